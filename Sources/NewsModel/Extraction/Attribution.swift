// MARK: - Attribution results

/// Who a quote is attributed to, why, and what kind of quote it is.
struct Attribution {
    var speaker: Int?
    var mention: String?
    var kind: QuoteKind
    /// The rule id (``Evidence/rule``), the cue's words and its line.
    var rule: String
    var cue: String
    var cueLine: Int
    /// Sentences that attribute the quote, for topic tagging.
    var context: AttributingSentences
}

/// The sentences (paragraph, sentence) that attribute a quote: the one it opens in and, when
/// its cue or the report it continues stands in another, that one. Two at most, so they are
/// kept in place rather than in an array made for every quote.
struct AttributingSentences {
    var own: (paragraph: Int, sentence: Int)
    var other: (paragraph: Int, sentence: Int)? = nil
}

/// A reporting cue found next to a quote.
struct Cue {
    var phrase: SpeakerPhrase
    var paragraph: Int
    /// Token range of the cue's words (speaker phrase and verb).
    var first: Int
    var last: Int
    /// The position rule: `verb-after-quote`, `speaker-before-colon`, `verb-before-quote`, ...
    var rule: String
    /// The reporting verb's token, when there is one.
    var verb: Int?
    /// A source ("state media reported", "according to") rather than a speaker.
    var weak: Bool
    /// A participle reporting for the speaker later in the sentence ("..., saying").
    var participle: Int? = nil
}

// MARK: - Attributor

/// Attributes each quote of an article to a speaker, rule by rule, preferring no speaker
/// to a doubtful one. Quotes are processed in reading order so pronouns can refer back to
/// speakers already found.
struct Attributor {
    let paragraphs: [WorkParagraph]
    let mentions: [Mention]
    var table: EntityTable
    let quotes: [FoundQuote]
    let finder: SpeakerPhraseFinder
    /// The speaker of each sentence that attributed a quote, by ``EntityTable/position(_:_:)``.
    var speakerBySentence = HashIndex()
    /// Sentences whose reporting cue names someone unnamed ("a spokeswoman said"): a he or she
    /// in the next sentence is that person, not someone named earlier.
    var unnamedSpeakerSentences = HashIndex()
    /// How deep focus resolution has recursed (pronouns resolved through earlier pronouns).
    var focusDepth = 0
    private(set) var results: [Attribution] = []

    init(paragraphs: [WorkParagraph], mentions: [Mention], table: EntityTable, quotes: [FoundQuote]) {
        self.paragraphs = paragraphs
        self.mentions = mentions
        self.table = table
        self.quotes = quotes
        finder = SpeakerPhraseFinder(paragraphs: paragraphs, mentions: mentions)
    }

    /// Attributes every quote; results are in ``results``, one per quote.
    mutating func run() {
        results.reserveCapacity(quotes.count)
        for q in quotes.indices { results.append(attribute(q)) }
    }

    // MARK: - One quote

    private mutating func attribute(_ q: Int) -> Attribution {
        let quote = quotes[q]
        let first = quote.firstPiece
        let openToken = first.open ?? first.first
        let openSentence = paragraphs[first.paragraph].sentence(of: openToken)
        let ownContext = AttributingSentences(own: (first.paragraph, openSentence))
        if quote.nested {
            return nestedSpeech(quote, openSentence: openSentence)
        }
        if isNamed(quote) {
            return Attribution(speaker: nil, mention: nil, kind: .fragment, rule: "unattributed",
                               cue: "a name or title, not speech", cueLine: line(first.paragraph, openToken), context: ownContext)
        }
        if let cue = chooseCue(quote) {
            let resolved = resolve(cue.phrase, at: EntityTable.position(cue.paragraph, cue.first))
            let cueSentence = paragraphs[cue.paragraph].sentence(of: cue.first)
            var context = ownContext
            if cue.paragraph != first.paragraph || cueSentence != openSentence {
                context.other = (cue.paragraph, cueSentence)
            }
            let kind = kindOf(first, hasCue: true)
            var cueText = paragraphs[cue.paragraph].text(tokens: cue.first, cue.last)
            if let participle = cue.participle, participle > cue.last + 1 {
                cueText += " … " + paragraphs[cue.paragraph].text(tokens: participle, participle)
            }
            let cueLine = line(cue.paragraph, cue.first)
            guard let speaker = resolved.entity else {
                if case .description = cue.phrase, resolved.collective {
                    unnamedSpeakerSentences.insert(UInt64(truncatingIfNeeded: EntityTable.position(cue.paragraph, cueSentence)))
                }
                let why = resolved.collective ? "an unnamed group: " : "speaker not identified: "
                return Attribution(speaker: nil, mention: resolved.mention, kind: kind, rule: "unattributed",
                                   cue: why + cueText, cueLine: cueLine, context: context)
            }
            speakerBySentence.set(UInt64(truncatingIfNeeded: EntityTable.position(cue.paragraph, cueSentence)), speaker)
            speakerBySentence.set(UInt64(truncatingIfNeeded: EntityTable.position(first.paragraph, openSentence)), speaker)
            return Attribution(speaker: speaker, mention: resolved.mention, kind: kind,
                               rule: ruleName(cue, resolved), cue: cueText, cueLine: cueLine, context: context)
        }
        if let carried = continuation(q) { return carried }
        return Attribution(speaker: nil, mention: nil, kind: kindOf(first, hasCue: false), rule: "unattributed",
                           cue: "no reporting cue found", cueLine: line(first.paragraph, openToken), context: ownContext)
    }

    /// A quote inside a quote: words the outer speaker reports someone saying (`we would say to
    /// him '...'` → the outer speaker; `the answer was '...'` → unknown), else a fragment.
    private func nestedSpeech(_ quote: FoundQuote, openSentence: Int) -> Attribution {
        let first = quote.firstPiece
        let par = paragraphs[first.paragraph]
        let open = first.open ?? first.first
        let context = AttributingSentences(own: (first.paragraph, openSentence))
        var k = open - 1
        while k >= 0, par.tokens[k].isPunct(UInt8(ascii: ":")) || par.tokens[k].isPunct(UInt8(ascii: ",")) { k -= 1 }
        let objects: [StaticString] = ["him", "her", "them", "us", "me", "you"]
        if k >= 1, objects.contains(where: { par.isWord(k, $0) }), par.tokens[k - 1].isWord(.preposition) { k -= 2 }   // "say to him"
        guard k >= 0 else {
            return Attribution(speaker: nil, mention: nil, kind: .fragment, rule: "unattributed",
                               cue: "nested inside another quotation", cueLine: line(first.paragraph, open), context: context)
        }
        let outer = par.quote(of: open)
        if par.tokens[k].isWord(.reportingVerb) {
            var s = k - 1
            while s >= 0, par.tokens[s].isWord(.verbFiller) && par.tokens[s].has(.lowercase) { s -= 1 }
            let firstPerson = s >= 0 && (par.isWord(s, "i") || par.isWord(s, "we"))
            let speaker = firstPerson && outer >= 0 && outer < results.count ? results[outer].speaker : nil
            return Attribution(speaker: speaker, mention: speaker == nil ? nil : par.text(tokens: s, s), kind: .direct,
                               rule: speaker == nil ? "unattributed" : "nested-speech",
                               cue: par.text(tokens: max(s, 0), k), cueLine: line(first.paragraph, k), context: context)
        }
        if (par.isWord(k, "was") || par.isWord(k, "is")) && k > 0 && par.tokens[k - 1].isWord(.statementNoun) {
            return Attribution(speaker: nil, mention: nil, kind: .direct, rule: "unattributed",
                               cue: "speaker not identified: " + par.text(tokens: k - 1, k), cueLine: line(first.paragraph, k),
                               context: context)
        }
        return Attribution(speaker: nil, mention: nil, kind: .fragment, rule: "unattributed",
                           cue: "nested inside another quotation", cueLine: line(first.paragraph, open), context: context)
    }

    /// The rule id for a cue: the resolution path when it went through a pronoun or role,
    /// else the verb form (told, according to, in a statement), else the cue's position.
    private func ruleName(_ cue: Cue, _ resolved: ResolvedSpeaker) -> String {
        if let via = resolved.via { return via }
        let par = paragraphs[cue.paragraph]
        if let v = cue.verb {
            if par.isWord(v, "told") || par.isWord(v, "tells") { return "told" }
            if par.isWord(v, "according") { return "according-to" }
            var k = v + 1
            while k < par.tokens.count, k <= v + 4, par.tokens[k].kind == .word {
                if par.tokens[k].isWord(.statementNoun) && par.isWord(k, "statement") { return "in-a-statement" }
                k += 1
            }
        }
        return cue.rule
    }

    /// The 1-based file line of token `k` of paragraph `p`.
    func line(_ p: Int, _ k: Int) -> Int {
        let par = paragraphs[p]
        guard k >= 0, k < par.tokens.count else { return par.line }
        return par.line(ofByte: par.tokens[k].start)
    }

    // MARK: - Continuation

    /// A quote standing alone in its sentence takes its speaker from what came just before:
    /// an attributed quote in the previous sentence (`continuation`); a previous sentence reporting
    /// someone's words or views (`preceding-report`: "She said ...", "Greene believes ...");
    /// the last attributed quote of this or the previous paragraph when no other name came
    /// between (`continuation`); or a person who is the previous sentence's subject
    /// (`preceding-subject`).
    private mutating func continuation(_ q: Int) -> Attribution? {
        let quote = quotes[q]
        let first = quote.firstPiece
        guard isQuoteOnly(quote) else { return nil }
        let s = paragraphs[first.paragraph].sentence(of: first.open ?? first.first)
        let previous: (paragraph: Int, sentence: Int)
        if s > 0 { previous = (first.paragraph, s - 1) }
        else if first.paragraph > 0 { previous = (first.paragraph - 1, paragraphs[first.paragraph - 1].sentenceStarts.count - 1) }
        else { return nil }
        guard previous.sentence >= 0 else { return nil }
        let kind = kindOf(first, hasCue: false)
        func attributed(_ speaker: Int, _ mention: String?, rule: String, cue: String, line: Int,
                        context: AttributingSentences) -> Attribution {
            speakerBySentence.set(UInt64(truncatingIfNeeded: EntityTable.position(first.paragraph, s)), speaker)
            return Attribution(speaker: speaker, mention: mention, kind: kind, rule: rule, cue: cue, cueLine: line, context: context)
        }
        var p = q - 1
        while p >= 0, quotes[p].nested { p -= 1 }
        if p >= 0 {
            let prev = quotes[p].lastPiece
            let prevSentence = paragraphs[prev.paragraph].sentence(of: prev.close ?? prev.last)
            if prev.paragraph == previous.paragraph && prevSentence == previous.sentence
                || prev.paragraph == first.paragraph && prevSentence == s {
                guard let speaker = results[p].speaker else { return nil }
                return attributed(speaker, results[p].mention, rule: "continuation",
                                  cue: "continues the quote of line \(line(prev.paragraph, prev.close ?? prev.last))",
                                  line: results[p].cueLine, context: AttributingSentences(own: (first.paragraph, s)))
            }
        }
        if let (speaker, mention, start, verb) = reportedSpeaker(in: previous) {
            return attributed(speaker, mention, rule: "preceding-report",
                              cue: paragraphs[previous.paragraph].text(tokens: min(start, verb), max(start, verb)),
                              line: line(previous.paragraph, min(start, verb)),
                              context: AttributingSentences(own: (first.paragraph, s), other: (previous.paragraph, previous.sentence)))
        }
        if p >= 0, let speaker = results[p].speaker, quotes[p].lastPiece.paragraph >= first.paragraph - 1,
           noOtherName(between: quotes[p].lastPiece, and: first, except: speaker) {
            let prev = quotes[p].lastPiece
            return attributed(speaker, results[p].mention, rule: "continuation",
                              cue: "continues the quote of line \(line(prev.paragraph, prev.close ?? prev.last))",
                              line: results[p].cueLine, context: AttributingSentences(own: (first.paragraph, s)))
        }
        if let (speaker, mention, k) = sentenceSubject(previous) {
            return attributed(speaker, mention, rule: "preceding-subject",
                              cue: paragraphs[previous.paragraph].text(tokens: k, k + max(0, mentionLength(previous.paragraph, k) - 1)),
                              line: line(previous.paragraph, k),
                              context: AttributingSentences(own: (first.paragraph, s), other: (previous.paragraph, previous.sentence)))
        }
        return nil
    }

    /// The speaker of the first reporting or stance verb of a sentence ("She said ...",
    /// "..., said Mr Thomas.", "Greene believes ..."), with the subject's and verb's tokens.
    private mutating func reportedSpeaker(in at: (paragraph: Int, sentence: Int)) -> (Int, String, Int, Int)? {
        let par = paragraphs[at.paragraph]
        for v in par.sentenceRange(at.sentence) where par.quote(of: v) < 0 {
            let t = par.tokens[v]
            guard isReportingVerb(par, v, allowParticiple: false) && !t.isWord(.weakReportingVerb)
                    || t.isWord(.stanceVerb) && t.has(.lowercase) else { continue }
            var found = finder.before(at.paragraph, verb: v)
            if found == nil, v > 0, par.tokens[v - 1].isPunct(UInt8(ascii: ",")), t.isWord(.invertibleVerb),
               let (phrase, _) = finder.starting(at.paragraph, at: v + 1) {
                found = (phrase, v + 1)
            }
            guard let (phrase, start) = found else { continue }
            let resolved = resolve(phrase, at: EntityTable.position(at.paragraph, start))
            guard let speaker = resolved.entity else { return nil }
            return (speaker, resolved.mention, start, v)
        }
        return nil
    }

    /// Whether no name other than `speaker`'s stands (outside quotes) between two quote pieces.
    private func noOtherName(between a: QuotePiece, and b: QuotePiece, except speaker: Int) -> Bool {
        for p in a.paragraph...b.paragraph {
            let par = paragraphs[p]
            let lo = p == a.paragraph ? (a.close ?? a.last) + 1 : 0
            let hi = p == b.paragraph ? (b.open ?? b.first) : par.tokens.count
            guard lo < hi else { continue }
            for k in lo..<hi where par.quote(of: k) < 0 {
                let m = par.mentionStarting(at: k)
                guard m >= 0 else { continue }
                if let e = table.entity(ofMention: m) {
                    if e != speaker { return false }
                } else if mentions[m].nameTokens >= 2 && (mentions[m].kind == .person || mentions[m].kind == .unknown) {
                    return false
                }
            }
        }
        return true
    }

    /// The person who is the subject opening a sentence ("However, Mr Negroponte has ...", "He plans ...").
    private mutating func sentenceSubject(_ at: (paragraph: Int, sentence: Int)) -> (Int, String, Int)? {
        let par = paragraphs[at.paragraph]
        let range = par.sentenceRange(at.sentence)
        var k = range.lowerBound
        var words = 0
        while k < range.upperBound, words < 3 {
            let t = par.tokens[k]
            guard par.quote(of: k) < 0 else { return nil }
            if t.kind != .word { k += 1; continue }
            if finder.isSubjectPronoun(at.paragraph, k) {
                guard par.isWord(k, "he") || par.isWord(k, "she") else { return nil }
                let resolved = resolve(.pronoun(paragraph: at.paragraph, token: k), at: EntityTable.position(at.paragraph, k))
                return resolved.entity.map { ($0, resolved.mention, k) }
            }
            let m = par.mentionStarting(at: k)
            if m >= 0 {
                guard let e = table.entity(ofMention: m), table.entities[e].kind == .person else { return nil }
                return (e, par.text(tokens: mentions[m].chunkFirst, mentions[m].chunkLast), k)
            }
            guard t.isWord(.function) else { return nil }
            words += 1
            k += 1
        }
        return nil
    }

    private func mentionLength(_ p: Int, _ k: Int) -> Int {
        let m = paragraphs[p].mentionStarting(at: k)
        return m >= 0 ? mentions[m].chunkLast - mentions[m].chunkFirst + 1 : 1
    }

    /// Whether the quote's sentences hold nothing but the quote (and punctuation).
    private func isQuoteOnly(_ quote: FoundQuote) -> Bool {
        for piece in quote.pieces {
            let par = paragraphs[piece.paragraph]
            let start = piece.open ?? piece.first
            let end = piece.close ?? piece.last
            let sFirst = par.sentence(of: start), sLast = par.sentence(of: max(start, min(end, par.tokens.count - 1)))
            let range = par.sentenceRange(sFirst).lowerBound..<par.sentenceRange(sLast).upperBound
            for k in range where k < start || k > end {
                let t = par.tokens[k]
                if t.kind == .word || t.kind == .number { return false }
            }
        }
        return true
    }
}
