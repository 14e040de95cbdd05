// MARK: - Finding reporting cues

extension Attributor {
    /// The cue that attributes `quote`: right after it, right before it (colon or verb),
    /// or later in its sentence. A cue naming a source ("state media reported",
    /// "according to") yields to one naming a speaker.
    func chooseCue(_ quote: FoundQuote) -> Cue? {
        let first = quote.firstPiece, last = quote.lastPiece
        // The places are tried in order of preference and the search stops at the first cue
        // naming a speaker: the finders have no side effects, so the places not looked at
        // could not have changed the choice. The first weak cue is kept in case none does.
        var weak: Cue?
        if let close = last.close, let cue = afterCue(last.paragraph, close: close) {
            if !cue.weak { return cue }
            weak = cue
        }
        if let cue = beforeCue(first.paragraph, open: first.open ?? first.first, recovered: first.open == nil) {
            if !cue.weak { return cue }
            if weak == nil { weak = cue }
        }
        if let close = last.close, let cue = laterCue(last.paragraph, after: close) {
            if !cue.weak { return cue }
            if weak == nil { weak = cue }
        }
        return weak
    }

    // MARK: - Verbs

    /// Whether token `k` of `par` is a reporting verb used as one (not "was told", "the claims").
    ///
    /// Takes the paragraph rather than its index: callers scan a paragraph token by token and
    /// already hold it, and fetching it from ``paragraphs`` here would retain it on every call.
    /// Inlined as far as the verb test (word classes, and ``WorkParagraph/isWord(_:_:)``, whose
    /// length test is inline), which rules out most tokens without a call.
    @inline(__always)
    func isReportingVerb(_ par: WorkParagraph, _ k: Int, allowParticiple: Bool) -> Bool {
        guard k >= 0, k < par.tokens.count else { return false }
        let t = par.tokens[k]
        let finite = t.isWord(.reportingVerb) || t.isWord(.weakReportingVerb) || par.isWord(k, "reported")
            || (par.isWord(k, "made") || par.isWord(k, "makes")) && (par.isWord(k + 1, "clear") || par.isWord(k + 2, "clear"))
            || (par.isWord(k, "went") || par.isWord(k, "goes")) && par.isWord(k + 1, "on")
                && k + 2 < par.tokens.count && (par.tokens[k + 2].isPunct(UInt8(ascii: ":")) || par.tokens[k + 2].kind == .quote)
        guard finite || (allowParticiple && t.isWord(.reportingParticiple)) else { return false }
        return isUsedAsReportingVerb(par, k)
    }

    /// Whether the reporting verb at token `k` is used as one: outside quotation marks, and
    /// not after a determiner, a form of "be", "so" or "to".
    private func isUsedAsReportingVerb(_ par: WorkParagraph, _ k: Int) -> Bool {
        guard par.quote(of: k) < 0 else { return false }
        if k > 0 {
            let prev = par.tokens[k - 1]
            if prev.isWord(.determiner) && !prev.isWord(.pronoun) { return false }
            if par.isWord(k - 1, "was") || par.isWord(k - 1, "were") || par.isWord(k - 1, "been")
                || par.isWord(k - 1, "be") || par.isWord(k - 1, "being") || par.isWord(k - 1, "is") || par.isWord(k - 1, "are") {
                return false
            }
            if par.isWord(k - 1, "so") || par.isWord(k - 1, "to") { return false }
        }
        return true
    }

    private func isParticiple(_ par: WorkParagraph, _ k: Int) -> Bool {
        par.tokens[k].isWord(.reportingParticiple)
    }

    /// `SOURCE quoted NAME as saying` starting within a few words of `from`: NAME spoke, and
    /// SOURCE only reports it ("Arab News quoted Prince Saud as saying"); likewise `NAME is
    /// reported as saying`.
    func quotedAsSaying(_ p: Int, from: Int) -> Cue? {
        let par = paragraphs[p]
        // Either form needs "quoted" or "reported" within eleven tokens of `from` ("quoted" in the
        // first eight, or the word after "is"/"was" in the first ten). Most places have neither,
        // which one look at those tokens' lengths tells, before either form is looked for.
        let window = from..<max(from, min(from + 11, par.tokens.count))
        guard window.contains(where: { par.isWord($0, "quoted") || par.isWord($0, "reported") }) else { return nil }
        if let cue = reportedAsSaying(p, from: from) { return cue }
        var q = from
        while q < par.tokens.count, q - from < 8, par.quote(of: q) < 0, !par.isWord(q, "quoted") { q += 1 }
        guard q < par.tokens.count, par.isWord(q, "quoted"), let (phrase, end) = finder.starting(p, at: q + 1),
              par.isWord(end + 1, "as"), end + 2 < par.tokens.count, par.tokens[end + 2].isWord(.reportingParticiple)
        else { return nil }
        return Cue(phrase: phrase, paragraph: p, first: q, last: end + 2, rule: "quoted-as-saying", verb: q, weak: false)
    }

    /// `NAME is reported as saying` / `NAME was quoted as saying` within a few words of `from`.
    private func reportedAsSaying(_ p: Int, from: Int) -> Cue? {
        let par = paragraphs[p]
        var v = from
        while v + 3 < par.tokens.count, v - from < 10, par.quote(of: v) < 0 {
            if (par.isWord(v, "is") || par.isWord(v, "was")) && (par.isWord(v + 1, "reported") || par.isWord(v + 1, "quoted"))
                && par.isWord(v + 2, "as") && par.tokens[v + 3].isWord(.reportingParticiple) {
                guard let (phrase, start) = finder.before(p, verb: v), start >= from else { return nil }
                return Cue(phrase: phrase, paragraph: p, first: start, last: v + 3, rule: "quoted-as-saying", verb: v + 1, weak: false)
            }
            v += 1
        }
        return nil
    }

    /// "according to X" at token `k` (the word "according"): the cue and the phrase after "to".
    private func accordingTo(_ p: Int, _ k: Int, rule: String) -> Cue? {
        let par = paragraphs[p]
        guard par.isWord(k, "according"), par.isWord(k + 1, "to"),
              let (phrase, end) = finder.starting(p, at: k + 2) else { return nil }
        return Cue(phrase: phrase, paragraph: p, first: k, last: end, rule: rule, verb: k, weak: true)
    }

    // MARK: - After the quote

    /// `"...," said Blinken` / `"...," Blinken said` / `"...," he told reporters` / `"...", according to X`.
    func afterCue(_ p: Int, close: Int) -> Cue? {
        let par = paragraphs[p]
        let n = par.tokens.count
        var k = close + 1
        while k < n, par.tokens[k].isPunct(UInt8(ascii: ",")) || par.tokens[k].kind == .dash { k += 1 }
        guard k < n, par.tokens[k].kind == .word else { return nil }
        if let cue = quotedAsSaying(p, from: k) { return cue }
        // A quote ending its sentence is followed by a new sentence, not a cue ("...good." He said ...),
        // unless the words after it cannot start a sentence ("...good." said Smith).
        if close > 0, par.tokens[close - 1].isPunct(UInt8(ascii: ".")), !par.tokens[k].has(.lowercase) { return nil }
        if par.isWord(k, "according") { return accordingTo(p, k, rule: "according-to") }
        if isReportingVerb(par, k, allowParticiple: false), !isParticiple(par, k), !par.isWord(k, "told"), !par.isWord(k, "tells") {
            guard let (phrase, end) = finder.starting(p, at: k + 1) else { return nil }
            return Cue(phrase: phrase, paragraph: p, first: k, last: end, rule: "verb-after-quote", verb: k,
                       weak: par.isWord(k, "reported"))
        }
        // The speaker first: find the verb within a few words.
        var v = k
        var appositive = false
        while v < n, v - k < 30 {
            let t = par.tokens[v]
            if isReportingVerb(par, v, allowParticiple: false) && !isParticiple(par, v) { break }
            if t.kind == .quote { return nil }
            if t.isPunct(UInt8(ascii: ",")) || t.isPunct(UInt8(ascii: "(")) || t.isPunct(UInt8(ascii: ")")) {
                appositive = true
            } else if t.kind == .punct { return nil }
            if !appositive && v - k >= 7 { return nil }
            v += 1
        }
        guard v < n, v > k, isReportingVerb(par, v, allowParticiple: false) else { return nil }
        // `"plain" Iraq continued to be ...`: a verb taking an infinitive does not report the quote before it.
        if par.isWord(v + 1, "to"), par.tokens[v].isWord(.infinitiveTaker) { return nil }
        // A name opening the clause, with an appositive after it, is the subject:
        // `"...," Michael Lamberty, a company spokesman told the BBC.`
        let opening = par.mentionStarting(at: k)
        if opening >= 0, mentions[opening].kind != .roleOnly, mentions[opening].chunkLast + 1 < v,
           par.tokens[mentions[opening].chunkLast + 1].isPunct(UInt8(ascii: ",")) {
            return Cue(phrase: .mention(opening), paragraph: p, first: k, last: v, rule: "verb-after-quote", verb: v,
                       weak: par.isWord(v, "reported"))
        }
        guard let (phrase, start) = finder.before(p, verb: v), start >= k else { return nil }
        return Cue(phrase: phrase, paragraph: p, first: k, last: v, rule: "verb-after-quote", verb: v,
                   weak: par.isWord(v, "reported"))
    }

    // MARK: - Before the quote

    /// `Ms Hewitt said: "..."` / `Boss Kevin Keegan: "..."` / `Blinken said that ... "..."` /
    /// `..., saying "..."` (the sentence's subject).
    func beforeCue(_ p: Int, open: Int, recovered: Bool) -> Cue? {
        let par = paragraphs[p]
        let sentence = par.sentenceRange(par.sentence(of: open))
        if !recovered, open >= 2, par.tokens[open - 1].isPunct(UInt8(ascii: ":")) {
            var v = open - 2
            while v > sentence.lowerBound, open - v < 8, !isReportingVerb(par, v, allowParticiple: false),
                  par.tokens[v].kind == .word { v -= 1 }
            if isReportingVerb(par, v, allowParticiple: false), let (phrase, start) = finder.before(p, verb: v) {
                return Cue(phrase: phrase, paragraph: p, first: start, last: v, rule: "speaker-before-colon", verb: v, weak: false)
            }
            // "..., warning:" / "..., adding:" -- the sentence's subject speaks.
            if isParticiple(par, open - 2), let cue = participleCue(p, verb: open - 2, sentenceStart: sentence.lowerBound) {
                return cue
            }
            if let (phrase, start) = finder.ending(p, at: open - 2, allowAppositive: false) {
                return Cue(phrase: phrase, paragraph: p, first: start, last: open - 2, rule: "speaker-before-colon",
                           verb: nil, weak: false)
            }
            // "His message to the chancellor was:" / "The council's verdict is:"
            if par.isWord(open - 2, "was") || par.isWord(open - 2, "is") {
                var noun = open - 3
                while noun > sentence.lowerBound, open - noun < 9, !par.tokens[noun].isWord(.statementNoun) { noun -= 1 }
                if noun >= sentence.lowerBound, par.tokens[noun].isWord(.statementNoun),
                   let (phrase, start) = finder.description(p, endingAt: noun) {
                    return Cue(phrase: phrase, paragraph: p, first: start, last: open - 2, rule: "speaker-before-colon",
                               verb: nil, weak: false)
                }
            }
        }
        var k = open - 1
        while k >= sentence.lowerBound {
            if par.quote(of: k) >= 0 { k -= 1; continue }
            if par.isWord(k, "according"), let cue = accordingTo(p, k, rule: "according-to") { return cue }
            if isReportingVerb(par, k, allowParticiple: true) {
                if isParticiple(par, k) { return participleCue(p, verb: k, sentenceStart: sentence.lowerBound) }
                if let (phrase, start) = finder.before(p, verb: k) {
                    return Cue(phrase: phrase, paragraph: p, first: start, last: k, rule: "verb-before-quote", verb: k,
                               weak: par.isWord(k, "reported"))
                }
                // "Said Smith: ..." / "..., says a spokesman, ..." (the verb opens its clause)
                let opensClause = k == sentence.lowerBound || par.tokens[k - 1].isPunct(UInt8(ascii: ","))
                    || par.tokens[k - 1].kind == .dash || par.tokens[k - 1].kind == .quote
                if opensClause, par.tokens[k].isWord(.invertibleVerb), let (phrase, end) = finder.starting(p, at: k + 1), end < open {
                    return Cue(phrase: phrase, paragraph: p, first: k, last: end, rule: "verb-before-quote", verb: k, weak: false)
                }
            }
            k -= 1
        }
        return nil
    }

    /// A participle ("saying", "adding") reports its clause's subject: the subject of an
    /// earlier reporting verb in the sentence, else the sentence's first name.
    private func participleCue(_ p: Int, verb: Int, sentenceStart: Int) -> Cue? {
        let par = paragraphs[p]
        if let cue = quotedAsSaying(p, from: sentenceStart), cue.last == verb { return cue }
        var k = verb - 1
        while k >= sentenceStart {
            if par.quote(of: k) < 0, isReportingVerb(par, k, allowParticiple: false), !isParticiple(par, k),
               let (phrase, start) = finder.before(p, verb: k) {
                return Cue(phrase: phrase, paragraph: p, first: start, last: k, rule: "participle-subject", verb: k, weak: false,
                           participle: verb)
            }
            k -= 1
        }
        for k in sentenceStart..<verb where par.quote(of: k) < 0 {
            if finder.isSubjectPronoun(p, k) {
                return Cue(phrase: .pronoun(paragraph: p, token: k), paragraph: p, first: k, last: verb,
                           rule: "participle-subject", verb: nil, weak: false)
            }
            let m = par.mentionStarting(at: k)
            if m >= 0 {
                let governed = isGoverned(par, chunkFirst: k, sentenceStart: sentenceStart)
                if governed || mentions[m].kind == .organisation && mentions[m].nameTokens == 0 { continue }
                return Cue(phrase: .mention(m), paragraph: p, first: k, last: verb, rule: "participle-subject",
                           verb: nil, weak: false)
            }
        }
        return nil
    }

    // MARK: - Later in the sentence

    /// A reporting clause later in the quote's sentence: `..., but "..." must be protected, Blinken added.`
    func laterCue(_ p: Int, after close: Int) -> Cue? {
        let par = paragraphs[p]
        let sentence = par.sentenceRange(par.sentence(of: close))
        var k = close + 1
        while k < sentence.upperBound {
            if par.quote(of: k) >= 0 { k += 1; continue }
            if par.isWord(k, "according"), let cue = accordingTo(p, k, rule: "clause-after-quote") { return cue }
            if isReportingVerb(par, k, allowParticiple: false), !isParticiple(par, k), !par.tokens[k].isWord(.weakReportingVerb) {
                if let (phrase, start) = finder.before(p, verb: k), start > close {
                    return Cue(phrase: phrase, paragraph: p, first: start, last: k, rule: "clause-after-quote", verb: k,
                               weak: par.isWord(k, "reported"))
                }
                if k > 0, par.tokens[k - 1].isPunct(UInt8(ascii: ",")), par.tokens[k].isWord(.invertibleVerb),
                   let (phrase, end) = finder.starting(p, at: k + 1) {
                    return Cue(phrase: phrase, paragraph: p, first: k, last: end, rule: "clause-after-quote", verb: k, weak: false)
                }
            }
            k += 1
        }
        return nil
    }

    // MARK: - Kind

    /// Whether the quote is a name or title: right after "dubbed", "entitled", "so-called", "known as".
    func isNamed(_ quote: FoundQuote) -> Bool {
        let first = quote.firstPiece
        guard let open = first.open, open > 0 else { return false }
        let par = paragraphs[first.paragraph]
        var k = open - 1
        if par.isWord(k, "as"), k > 0 { k -= 1 }
        if par.tokens[k].isWord(.determiner) && k > 0 { k -= 1 }
        return par.tokens[k].isWord(.namingVerb) && !par.isWord(k, "called")
            || (par.isWord(k, "called") && par.isWord(open - 1, "called"))
    }

    /// Direct when a piece of a quote is whole sentences, partial when it is words inside a
    /// sentence that reports speech, fragment otherwise.
    func kindOf(_ piece: QuotePiece, hasCue: Bool) -> QuoteKind {
        let par = paragraphs[piece.paragraph]
        guard piece.first <= piece.last, piece.first < par.tokens.count else { return .fragment }
        let contentStart = par.tokens[piece.first]
        let capital = contentStart.kind != .word || !contentStart.has(.lowercase)
        let last = min(piece.last, par.tokens.count - 1)
        let multiSentence = par.sentence(of: piece.first) != par.sentence(of: max(piece.first, last))
        var opensSentence = piece.open == nil
        if let open = piece.open {
            let s = par.sentenceRange(par.sentence(of: open))
            opensSentence = (s.lowerBound..<open).allSatisfy { par.tokens[$0].kind == .dash || par.tokens[$0].kind == .punct }
            if open > 0, par.tokens[open - 1].isPunct(UInt8(ascii: ":")) { opensSentence = true }
            if open > 1, par.tokens[open - 1].isPunct(UInt8(ascii: ",")), isReportingVerb(par, open - 2, allowParticiple: true) {
                opensSentence = true
            }
        }
        if capital && (opensSentence || multiSentence) { return .direct }
        return hasCue ? .partial : .fragment
    }
}
