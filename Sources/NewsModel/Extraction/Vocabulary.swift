// MARK: - Vocabulary

/// The word table extraction looks every word up in, once: the lexicon's classes and, for
/// words that start a topic keyword, which keywords. One lookup per word serves tokenizing,
/// name recognition, attribution and topic tagging.
///
/// An immutable class, so that handing it around (and capturing it) costs one reference
/// count rather than one per table it holds.
final class Vocabulary: Sendable {
    /// What is known about one word.
    struct Entry: Sendable {
        var classes: WordClass
        /// The keywords (indices into ``keywords``) this word starts.
        var keywordStart: Int32 = 0
        var keywordCount: Int32 = 0
    }

    /// A topic keyword: its topic and the hashes of its words after the first.
    struct Keyword: Sendable {
        var topic: Int32
        var rest: [UInt64]
    }

    let table: WordTable<Entry>
    let keywords: [Keyword]
    let prefixes: PrefixKeywords
    /// The longest word in the table, in bytes; longer words are not looked up.
    let longestWord: Int

    /// The lexicon alone, for extraction without topics.
    static let plain = Vocabulary(topics: [])

    /// The lexicon plus the keywords of `topics` (topic index = position in the array).
    init(topics: [Topic]) {
        var byFirstWord: [String: [Keyword]] = [:]
        var prefixWords: [(String, Int32)] = []
        for (index, topic) in topics.enumerated() {
            for keyword in topic.keywords {
                var words = keyword.splitAtSpaces().map { String($0).lowercased() }
                guard let last = words.last else { continue }
                if last.hasSuffix("*") {
                    words[words.count - 1] = String(last.dropLast())
                    if words[words.count - 1].isEmpty { continue }
                    if words.count == 1 { prefixWords.append((words[0], Int32(index))); continue }
                    // A prefix on a phrase's last word is matched exactly.
                }
                let rest = words.dropFirst().map(Vocabulary.hash)
                byFirstWord[words[0], default: []].append(Keyword(topic: Int32(index), rest: rest))
            }
        }
        var keywords: [Keyword] = []
        var pairs: [(String, Entry)] = []
        for (cls, list) in LexiconWords.lists {
            for word in list.split(atASCII: [0x20, 0x0A]) {
                pairs.append((String(word), Entry(classes: cls)))
            }
        }
        // Topic keywords' first words join the lexicon's words in one table.
        for (word, list) in byFirstWord.sorted(by: { $0.key < $1.key }) {
            pairs.append((word, Entry(classes: [], keywordStart: Int32(keywords.count), keywordCount: Int32(list.count))))
            keywords.append(contentsOf: list)
        }
        table = WordTable(pairs) { a, b in
            Entry(classes: a.classes.union(b.classes),
                  keywordStart: a.keywordCount > 0 ? a.keywordStart : b.keywordStart,
                  keywordCount: a.keywordCount + b.keywordCount)
        }
        self.keywords = keywords
        prefixes = PrefixKeywords(prefixWords)
        longestWord = pairs.map { $0.0.utf8.count }.max() ?? 0
    }

    /// The ``WordTable`` hash of a lowercase word.
    static func hash(_ word: String) -> UInt64 {
        var copy = word
        return copy.withUTF8 { WordTable<Entry>.hash($0, 0..<$0.count) }
    }
}

// MARK: - Prefix keywords

/// Keywords ending in `*` ("tariff*"), found by their first four bytes packed in an integer.
struct PrefixKeywords: Sendable {
    private struct Prefix: Sendable {
        var key: UInt32
        var bytes: [UInt8]
        var topic: Int32
    }

    private let slots: [Int32]
    private let prefixes: [Prefix]
    private let mask: UInt32
    /// Which (lowercase) first two bytes some prefix starts with, one bit per pair (8 KB,
    /// so that the test every word takes stays in cache), for a cheap rejection.
    private let firstPairs: [UInt64]
    /// Every prefix is at least this long; shorter words are never checked.
    let minimumLength: Int

    init(_ words: [(String, Int32)]) {
        let usable = words.filter { $0.0.utf8.count >= 3 }
        minimumLength = min(4, usable.map { $0.0.utf8.count }.min() ?? 4)
        var prefixes: [Prefix] = []
        for (word, topic) in usable {
            let bytes = Array(word.utf8)
            prefixes.append(Prefix(key: PrefixKeywords.pack(bytes, minimumLength), bytes: bytes, topic: topic))
        }
        var capacity: UInt32 = 16
        while Int(capacity) < prefixes.count * 4 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: Int(capacity))
        for (i, p) in prefixes.enumerated() {
            var slot = PrefixKeywords.spread(p.key) & (capacity - 1)
            while slots[Int(slot)] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[Int(slot)] = Int32(i)
        }
        self.slots = slots
        self.prefixes = prefixes
        mask = capacity - 1
        var pairs = [UInt64](repeating: 0, count: 65536 / 64)
        for p in prefixes where p.bytes.count >= 2 {
            let pair = Int(p.bytes[0]) << 8 | Int(p.bytes[1])
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        firstPairs = pairs
    }

    private static func pack(_ bytes: [UInt8], _ length: Int) -> UInt32 {
        var key: UInt32 = 0
        for i in 0..<length { key = key << 8 | UInt32(bytes[i]) }
        return key
    }

    @inline(__always) private static func spread(_ key: UInt32) -> UInt32 { (key &* 0x9E37_79B1) >> 7 }

    /// A cheap first test: whether any prefix keyword starts with the word's first two bytes.
    @inline(__always)
    func mayMatch(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= minimumLength, !prefixes.isEmpty else { return false }
        return startsPair(bytes, start)
    }

    /// Whether some prefix keyword starts with the (lowercased) bytes at `start` and `start + 1`.
    @inline(__always)
    private func startsPair(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        let pair = Int(ByteClass.lower(bytes[start])) << 8 | Int(ByteClass.lower(bytes[start + 1]))
        return firstPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }

    /// Calls `found` with the topic of every prefix keyword that `bytes[range]` starts with.
    @inline(__always)
    func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ found: (Int32) -> Void) {
        guard !prefixes.isEmpty, range.count >= minimumLength else { return }
        guard startsPair(bytes, range.lowerBound) else { return }
        var key: UInt32 = 0
        for i in 0..<minimumLength { key = key << 8 | UInt32(ByteClass.lower(bytes[range.lowerBound + i])) }
        var slot = PrefixKeywords.spread(key) & mask
        while true {
            let index = Int(slots[Int(slot)])
            if index < 0 { return }
            let p = prefixes[index]
            if p.key == key && p.bytes.count <= range.count {
                var same = true
                for (j, b) in p.bytes.enumerated() where ByteClass.lower(bytes[range.lowerBound + j]) != b { same = false; break }
                if same { found(p.topic) }
            }
            slot = (slot + 1) & mask
        }
    }
}
