// MARK: - Quote topics

/// The topics of a quote: keyword hits in its own words, in the sentences that attribute
/// it, and — when it points back ("On this issue, ...", "That means ...") — in what came
/// just before (the previous sentence of its paragraph, or the previous paragraph when it
/// opens its paragraph).
enum QuoteTopics {
    static func topics(of piece: QuotePiece, _ a: Attribution, _ paragraphs: [WorkParagraph],
                       _ hits: [[(token: Int, topic: Int32)]]) -> [Int] {
        // Topic indices, possibly repeated: sorted and made unique at the end.
        var found: [Int] = []
        // A paragraph's hits are in token order (``TopicMatcher`` scans tokens in order), so the
        // hits in a range are found by binary search: one huge paragraph with many quotes and
        // many hits would otherwise take time quadratic in its length.
        func collect(_ p: Int, _ range: ClosedRange<Int>) {
            let paragraphHits = hits[p]
            var low = 0, high = paragraphHits.count
            while low < high {
                let mid = (low + high) / 2
                if paragraphHits[mid].token < range.lowerBound { low = mid + 1 } else { high = mid }
            }
            while low < paragraphHits.count, paragraphHits[low].token <= range.upperBound {
                found.append(Int(paragraphHits[low].topic))
                low += 1
            }
        }
        collect(piece.paragraph, piece.first...max(piece.first, piece.last))
        func collect(sentence c: (paragraph: Int, sentence: Int)) {
            let r = paragraphs[c.paragraph].sentenceRange(c.sentence)
            if !r.isEmpty { collect(c.paragraph, r.lowerBound...(r.upperBound - 1)) }
        }
        collect(sentence: a.context.own)
        if let other = a.context.other { collect(sentence: other) }
        let first = piece
        let par = paragraphs[first.paragraph]
        let sentence = par.sentence(of: first.open ?? first.first)
        if pointsBack(par, from: first.first) || pointsBack(par, from: par.sentenceRange(sentence).lowerBound) {
            if sentence > 0 {
                let r = par.sentenceRange(sentence - 1)
                if !r.isEmpty { collect(first.paragraph, r.lowerBound...(r.upperBound - 1)) }
            } else if first.paragraph > 0 {
                for h in hits[first.paragraph - 1] { found.append(Int(h.topic)) }
            }
        }
        found.sortUnique()
        return found
    }

    /// Whether the words at token `k` open with a back-reference: "this", "that", "these",
    /// optionally after a preposition ("On this issue", "In that regard").
    private static func pointsBack(_ par: WorkParagraph, from k: Int) -> Bool {
        var i = k
        while i < par.tokens.count, par.tokens[i].kind != .word { i += 1 }
        guard i < par.tokens.count else { return false }
        if par.tokens[i].isWord(.preposition) { i += 1 }
        guard i < par.tokens.count else { return false }
        return par.tokens[i].isWord(.pointBack)
    }
}
