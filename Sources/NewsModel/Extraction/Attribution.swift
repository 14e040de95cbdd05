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
    /// Sentences (paragraph, sentence) that attribute the quote, for topic tagging.
    var context: [(paragraph: Int, sentence: Int)]
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
    var speakerBySentence: [Int: Int] = [:]
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
        let ownContext = [(paragraph: first.paragraph, sentence: openSentence)]
        if quote.nested {
            return Attribution(speaker: nil, mention: nil, kind: .fragment, rule: "unattributed",
                               cue: "nested inside another quotation", cueLine: line(first.paragraph, openToken), context: ownContext)
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
                context.append((cue.paragraph, cueSentence))
            }
            let kind = kindOf(quote, hasCue: true)
            var cueText = paragraphs[cue.paragraph].text(tokens: cue.first, cue.last)
            if let participle = cue.participle, participle > cue.last + 1 {
                cueText += " … " + paragraphs[cue.paragraph].text(tokens: participle, participle)
            }
            let cueLine = line(cue.paragraph, cue.first)
            guard let speaker = resolved.entity else {
                let why = resolved.collective ? "an unnamed group: " : "speaker not identified: "
                return Attribution(speaker: nil, mention: resolved.mention, kind: kind, rule: "unattributed",
                                   cue: why + cueText, cueLine: cueLine, context: context)
            }
            speakerBySentence[EntityTable.position(cue.paragraph, cueSentence)] = speaker
            speakerBySentence[EntityTable.position(first.paragraph, openSentence)] = speaker
            return Attribution(speaker: speaker, mention: resolved.mention, kind: kind,
                               rule: ruleName(cue, resolved), cue: cueText, cueLine: cueLine, context: context)
        }
        if let carried = continuation(q) { return carried }
        return Attribution(speaker: nil, mention: nil, kind: kindOf(quote, hasCue: false), rule: "unattributed",
                           cue: "no reporting cue found", cueLine: line(first.paragraph, openToken), context: ownContext)
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

    /// A quote-only sentence right after an attributed quote continues its speaker; right
    /// after a sentence reporting someone's words, it is theirs.
    private mutating func continuation(_ q: Int) -> Attribution? {
        let quote = quotes[q]
        let first = quote.firstPiece
        guard isQuoteOnly(quote) else { return nil }
        let par = paragraphs[first.paragraph]
        let s = par.sentence(of: first.open ?? first.first)
        let previous: (paragraph: Int, sentence: Int)
        if s > 0 { previous = (first.paragraph, s - 1) }
        else if first.paragraph > 0 { previous = (first.paragraph - 1, paragraphs[first.paragraph - 1].sentenceStarts.count - 1) }
        else { return nil }
        guard previous.sentence >= 0 else { return nil }
        let kind = kindOf(quote, hasCue: false)
        // The last top-level quote before this one, when it ends in the previous sentence.
        var p = q - 1
        while p >= 0, quotes[p].nested { p -= 1 }
        if p >= 0 {
            let prev = quotes[p].lastPiece
            let prevSentence = paragraphs[prev.paragraph].sentence(of: prev.close ?? prev.last)
            if prev.paragraph == previous.paragraph && prevSentence == previous.sentence
                || prev.paragraph == first.paragraph && prevSentence == s {
                let attributed = results[p]
                guard let speaker = attributed.speaker else { return nil }
                speakerBySentence[EntityTable.position(first.paragraph, s)] = speaker
                return Attribution(speaker: speaker, mention: attributed.mention, kind: kind, rule: "continuation",
                                   cue: "continues the quote of line \(line(prev.paragraph, prev.close ?? prev.last))",
                                   cueLine: attributed.cueLine, context: [(first.paragraph, s)])
            }
        }
        // A sentence reporting speech right before: "She said new mothers ... "We have ...""
        let prevPar = paragraphs[previous.paragraph]
        let range = prevPar.sentenceRange(previous.sentence)
        guard !range.contains(where: { prevPar.tokens[$0].kind == .quote }) else { return nil }
        for v in range where isReportingVerb(previous.paragraph, v, allowParticiple: false) {
            guard let (phrase, start) = finder.before(previous.paragraph, verb: v) else { continue }
            let resolved = resolve(phrase, at: EntityTable.position(previous.paragraph, start))
            guard let speaker = resolved.entity else { return nil }
            speakerBySentence[EntityTable.position(first.paragraph, s)] = speaker
            return Attribution(speaker: speaker, mention: resolved.mention, kind: kind, rule: "preceding-report",
                               cue: prevPar.text(tokens: start, v), cueLine: line(previous.paragraph, start),
                               context: [(first.paragraph, s), (previous.paragraph, previous.sentence)])
        }
        return nil
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
