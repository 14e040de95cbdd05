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

    /// A topic keyword: its topic and where the hashes of its words after the first are in
    /// ``restHashes`` (flat, so that checking a keyword touches no array of its own).
    struct Keyword: Sendable {
        var topic: Int32
        var restStart: Int32
        var restCount: Int32
    }

    let table: WordTable<Entry>
    let keywords: [Keyword]
    /// The hashes of every keyword's words after its first, keyword after keyword.
    let restHashes: [UInt64]
    let prefixes: PrefixKeywords
    /// The longest word in the table, in bytes; longer words are not looked up.
    let longestWord: Int

    /// The lexicon alone, for extraction without topics.
    static let plain = Vocabulary(topics: [])

    /// The lexicon plus the keywords of `topics` (topic index = position in the array).
    init(topics: [Topic]) {
        var byFirstWord: [String: [Keyword]] = [:]
        var restHashes: [UInt64] = []
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
                let restStart = Int32(restHashes.count)
                restHashes.append(contentsOf: words.dropFirst().map(Vocabulary.hash))
                byFirstWord[words[0], default: []].append(
                    Keyword(topic: Int32(index), restStart: restStart, restCount: Int32(words.count - 1)))
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
        self.restHashes = restHashes
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
    /// One prefix: its first bytes packed, where its bytes are in ``bytes``, and its topic.
    private struct Prefix: Sendable {
        var key: UInt32
        var start: Int32
        var count: Int32
        var topic: Int32
    }

    private let slots: [Int32]
    private let prefixes: [Prefix]
    /// Every prefix's (lowercase) bytes, one after another.
    private let bytes: [UInt8]
    private let mask: UInt32
    /// A filter on a word's first ``minimumLength`` (lowercase) bytes, packed: the bit of
    /// each prefix's packed start is set, so nearly every word that starts no prefix is
    /// turned away by one bit test (512 bytes, always in cache).
    private let startFilter: [UInt64]
    /// Every prefix is at least this long; shorter words are never checked.
    let minimumLength: Int

    init(_ words: [(String, Int32)]) {
        let usable = words.filter { $0.0.utf8.count >= 3 }
        let length = min(4, usable.map { $0.0.utf8.count }.min() ?? 4)
        minimumLength = length
        var prefixes: [Prefix] = []
        var allBytes: [UInt8] = []
        for (word, topic) in usable {
            let bytes = Array(word.utf8)
            let key = bytes.withUnsafeBufferPointer { PrefixKeywords.packedStart($0, 0, length) }
            prefixes.append(Prefix(key: key, start: Int32(allBytes.count),
                                   count: Int32(bytes.count), topic: topic))
            allBytes.append(contentsOf: bytes)
        }
        bytes = allBytes
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
        var filter = [UInt64](repeating: 0, count: PrefixKeywords.filterBits / 64)
        for p in prefixes {
            let bit = Int(PrefixKeywords.spread(p.key)) & (PrefixKeywords.filterBits - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        startFilter = filter
    }

    @inline(__always) private static func spread(_ key: UInt32) -> UInt32 { (key &* 0x9E37_79B1) >> 7 }

    /// The size of ``startFilter`` in bits.
    private static let filterBits = 4096

    /// The first `length` bytes at `start`, lowercased and packed as a prefix's key is.
    @inline(__always)
    private static func packedStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> UInt32 {
        var key: UInt32 = 0
        for i in 0..<length { key = key << 8 | UInt32(ByteClass.lower(bytes[start + i])) }
        return key
    }

    /// A cheap first test: whether some prefix keyword may start the word `bytes[start..<end]`.
    @inline(__always)
    func mayMatch(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= minimumLength, !prefixes.isEmpty else { return false }
        let bit = Int(PrefixKeywords.spread(PrefixKeywords.packedStart(bytes, start, minimumLength))) & (PrefixKeywords.filterBits - 1)
        return startFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Calls `found` with the topic of every prefix keyword that `bytes[range]` starts with.
    @inline(__always)
    func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ found: (Int32) -> Void) {
        guard !prefixes.isEmpty, range.count >= minimumLength else { return }
        let key = PrefixKeywords.packedStart(bytes, range.lowerBound, minimumLength)
        var slot = PrefixKeywords.spread(key) & mask
        while true {
            let index = Int(slots[Int(slot)])
            if index < 0 { return }
            let p = prefixes[index]
            if p.key == key && Int(p.count) <= range.count {
                let same = self.bytes.withUnsafeBufferPointer { prefix in
                    for j in 0..<Int(p.count) where ByteClass.lower(bytes[range.lowerBound + j]) != prefix[Int(p.start) + j] {
                        return false
                    }
                    return true
                }
                if same { found(p.topic) }
            }
            slot = (slot + 1) & mask
        }
    }
}
