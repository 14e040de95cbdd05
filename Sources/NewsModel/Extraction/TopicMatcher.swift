// MARK: - Topic matching

/// Finds topic keywords in a paragraph's tokens: case-insensitive, on word boundaries.
///
/// The tokenizer already looked each word up in the ``Vocabulary``, so a word that starts
/// a keyword carries it; phrases check the hashes of the words that follow, and prefix
/// keywords (`tariff*`) are matched by ``PrefixKeywords``.
enum TopicMatcher {
    /// Every (token index, topic index) hit in `tokens`.
    static func hits(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], vocabulary: Vocabulary,
                     into result: inout [(token: Int, topic: Int32)]) {
        let prefixes = vocabulary.prefixes
        tokens.withUnsafeBufferPointer { tokens in
            for i in 0..<tokens.count where tokens[i].kind == .word {
                let t = tokens[i]
                if t.keywordCount > 0 {
                    for k in Int(t.keywordStart)..<Int(t.keywordStart + t.keywordCount) {
                        if matchesRest(vocabulary.keywords[k].rest, tokens, after: i) {
                            result.append((i, vocabulary.keywords[k].topic))
                        }
                    }
                }
                if prefixes.mayMatch(bytes, t.start, t.stemEnd) {
                    prefixes.matches(bytes, t.start..<t.stemEnd) { result.append((i, $0)) }
                }
            }
        }
    }

    /// Whether the words after token `i` hash to `rest`.
    @inline(__always)
    private static func matchesRest(_ rest: [UInt64], _ tokens: UnsafeBufferPointer<Token>, after i: Int) -> Bool {
        var j = i + 1
        for h in rest {
            guard j < tokens.count, tokens[j].kind == .word, tokens[j].hash == h else { return false }
            j += 1
        }
        return true
    }
}
