// MARK: - Topic matching

/// Finds topic keywords in a paragraph's tokens: case-insensitive, on word boundaries.
///
/// The tokenizer already looked each word up in the ``Vocabulary`` and flagged the words
/// that start a keyword; phrases check the hashes of the words that follow, and prefix
/// keywords (`tariff*`) are matched by ``PrefixKeywords``.
enum TopicMatcher {
    /// Every (token index, topic index) hit in `tokens`.
    static func hits(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], vocabulary: Vocabulary,
                     into result: inout [(token: Int, topic: Int32)]) {
        let prefixes = vocabulary.prefixes
        tokens.withUnsafeBufferPointer { tokens in
            for i in 0..<tokens.count where tokens[i].kind == .word {
                let t = tokens[i]
                // The few words that start a keyword are looked up again for which keywords.
                if t.has(.startsKeyword), let entry = vocabulary.table.lookup(hash: t.hash, bytes, t.start..<t.stemEnd) {
                    for k in Int(entry.keywordStart)..<Int(entry.keywordStart + entry.keywordCount) {
                        let keyword = vocabulary.keywords[k]
                        if matchesRest(vocabulary.restHashes, keyword, tokens, after: i) { result.append((i, keyword.topic)) }
                    }
                }
                if prefixes.mayMatch(bytes, t.start, t.stemEnd) {
                    prefixes.matches(bytes, t.start..<t.stemEnd) { result.append((i, $0)) }
                }
            }
        }
    }

    /// Whether the words after token `i` hash to the rest of `keyword` (its words after the first).
    @inline(__always)
    private static func matchesRest(_ restHashes: [UInt64], _ keyword: Vocabulary.Keyword,
                                    _ tokens: UnsafeBufferPointer<Token>, after i: Int) -> Bool {
        guard i + Int(keyword.restCount) < tokens.count else { return false }
        for r in 0..<Int(keyword.restCount) {
            let t = tokens[i + 1 + r]
            guard t.kind == .word, t.hash == restHashes[Int(keyword.restStart) + r] else { return false }
        }
        return true
    }
}
