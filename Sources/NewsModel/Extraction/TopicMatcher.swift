// MARK: - Topic matching

/// Finds topic keywords in token streams: case-insensitive, on word boundaries, over bytes.
///
/// Keywords are compiled once: single words and the first word of phrases go in a
/// ``WordTable``; prefix keywords (`tariff*`) are looked up by the hash of each word's
/// prefix of every length some prefix keyword has.
struct TopicMatcher: Sendable {
    /// One keyword: its topic, and the hashes of its words after the first.
    private struct Keyword: Sendable {
        var topic: Int32
        var rest: [UInt64]
    }

    /// A prefix keyword: its topic and its lowercase bytes.
    private struct PrefixKeyword: Sendable {
        var topic: Int32
        var bytes: [UInt8]
    }

    private let exact: WordTable<[Keyword]>
    /// Prefix keywords, keyed by their first `prefixKeyLength` bytes.
    private let prefixes: WordTable<[PrefixKeyword]>
    private let prefixKeyLength: Int

    /// Compiles the keywords of `topics` (topic index = position in the array).
    init(topics: [Topic]) {
        var exactPairs: [(String, [Keyword])] = []
        var prefixWords: [(String, Int32)] = []
        for (index, topic) in topics.enumerated() {
            for keyword in topic.keywords {
                var words = keyword.split(separator: " ").map { String($0).lowercased() }
                guard !words.isEmpty else { continue }
                var isPrefix = false
                if let last = words.last, last.hasSuffix("*") {
                    isPrefix = true
                    words[words.count - 1] = String(last.dropLast())
                    if words[words.count - 1].isEmpty { continue }
                }
                let rest = words.dropFirst().map(TopicMatcher.hash)
                if isPrefix && words.count == 1 {
                    prefixWords.append((words[0], Int32(index)))
                } else {
                    // A prefix on a phrase's last word is matched exactly (kept simple).
                    exactPairs.append((words[0], [Keyword(topic: Int32(index), rest: rest)]))
                }
            }
        }
        exact = WordTable(exactPairs) { $0 + $1 }
        let keyLength = prefixWords.map { $0.0.utf8.count }.min() ?? 0
        prefixKeyLength = keyLength
        prefixes = WordTable(prefixWords.map { word, topic in
            (String(decoding: word.utf8.prefix(keyLength), as: UTF8.self), [PrefixKeyword(topic: topic, bytes: Array(word.utf8))])
        }) { $0 + $1 }
    }

    private static func hash(_ word: String) -> UInt64 {
        var copy = word
        return copy.withUTF8 { WordTable<Int>.hash($0, 0..<$0.count) }
    }

    /// Every (token index, topic index) hit in `tokens[range]` of `bytes`.
    func hits(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], in range: Range<Int>, into result: inout [(token: Int, topic: Int32)]) {
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            guard t.kind == .word else { i += 1; continue }
            let stem = t.start..<t.stemEnd
            if let keywords = exact.lookup(hash: t.hash, bytes, stem) {
                for k in keywords where matchesRest(k.rest, bytes, tokens, after: i, limit: range.upperBound) {
                    result.append((i, k.topic))
                }
            }
            if prefixKeyLength > 0, stem.count >= prefixKeyLength,
               let keywords = prefixes.lookup(bytes, stem.lowerBound..<(stem.lowerBound + prefixKeyLength)) {
                for k in keywords where hasPrefix(bytes, stem, k.bytes) { result.append((i, k.topic)) }
            }
            i += 1
        }
    }

    /// Whether `bytes[range]` starts with `prefix`, ignoring ASCII case.
    private func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ prefix: [UInt8]) -> Bool {
        guard range.count >= prefix.count else { return false }
        for (j, b) in prefix.enumerated() where ByteClass.lower(bytes[range.lowerBound + j]) != b { return false }
        return true
    }

    /// Whether the words after token `i` hash to `rest`.
    private func matchesRest(_ rest: [UInt64], _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], after i: Int, limit: Int) -> Bool {
        var j = i + 1
        for h in rest {
            guard j < limit, tokens[j].kind == .word, tokens[j].hash == h else { return false }
            j += 1
        }
        return true
    }
}
