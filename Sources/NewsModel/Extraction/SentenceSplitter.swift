// MARK: - Sentence splitting

/// Finds sentence boundaries in a paragraph's tokens.
///
/// A sentence ends at `.`, `!`, `?` or `…` (plus any closing quotes or brackets) when
/// the next token is separated by whitespace and starts a sentence (capital letter,
/// digit, opening quote or dash), unless the period belongs to an abbreviation or an
/// initial (`Mr.`, `J.`).
enum SentenceSplitter {
    /// The index of the first token of each sentence (always starts with 0 when there are tokens).
    static func sentenceStarts(_ tokens: [Token]) -> [Int] {
        tokens.withUnsafeBufferPointer(sentenceStarts)
    }

    /// ``sentenceStarts(_:)`` over a buffer pointer: it reads every token, and array reads
    /// would check bounds.
    private static func sentenceStarts(_ tokens: UnsafeBufferPointer<Token>) -> [Int] {
        guard !tokens.isEmpty else { return [] }
        // Made empty and then reserved: a literal `[0]` would be allocated twice.
        var starts: [Int] = []
        starts.reserveCapacity(tokens.count / 8 + 2)
        starts.append(0)
        var i = 0
        let n = tokens.count
        while i < n {
            // By kind first: most tokens are plain words, which end nothing.
            var endsHere = false
            switch tokens[i].kind {
            case .punct:
                let t = tokens[i]
                if t.byte == UInt8(ascii: ".") {
                    endsHere = !isAbbreviationBefore(tokens, i)
                } else {
                    endsHere = t.byte == UInt8(ascii: "!") || t.byte == UInt8(ascii: "?") || t.mark == .ellipsis
                }
            case .word where tokens[i].has(.dotted):
                // `U.S.` ends a sentence only before a word that usually opens one.
                endsHere = i + 1 < n && tokens[i + 1].isWord(.function) && tokens[i + 1].has(.capitalized)
            default:
                break
            }
            guard endsHere else { i += 1; continue }
            // Closing quotes and brackets stay with the sentence they close.
            var j = i + 1
            while j < n, !tokens[j].has(.spaceBefore),
                  tokens[j].kind == .quote || tokens[j].isPunct(UInt8(ascii: ")")) || tokens[j].isPunct(UInt8(ascii: "]"))
                  || tokens[j].isPunct(UInt8(ascii: ".")) {
                j += 1
            }
            if j < n, tokens[j].has(.spaceBefore), opensSentence(tokens[j]) {
                starts.append(j)
            }
            i = j
        }
        return starts
    }

    /// Whether a token can be the first of a sentence.
    @inline(__always)
    private static func opensSentence(_ t: Token) -> Bool {
        switch t.kind {
        case .word: return t.has(.capitalized) || (!t.has(.lowercase))
        case .number, .quote, .dash: return true
        case .punct: return t.isPunct(UInt8(ascii: "(")) || t.isPunct(UInt8(ascii: "["))
        }
    }

    /// Whether the period at `i` follows an abbreviation or an initial.
    private static func isAbbreviationBefore(_ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let prev = tokens[i - 1]
        guard prev.kind == .word, prev.end == tokens[i].start else { return false }
        if prev.end - prev.start == 1 && prev.has(.capitalized) { return true }   // an initial: J.
        if prev.classes.contains(.abbreviation) {
            // "No." only before a number; months and "Inc." may end a sentence before "The".
            if i + 1 < tokens.count {
                let next = tokens[i + 1]
                if next.isWord(.function) && next.has(.capitalized) && !prev.classes.contains(.honorific) { return false }
            }
            return true
        }
        return false
    }
}
