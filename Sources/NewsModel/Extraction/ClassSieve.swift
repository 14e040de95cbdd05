// MARK: - A first-letter sieve over word classes

/// A quick necessary condition for a word to be in some classes of the lexicon: its first
/// byte (lowercased) and its length must be those of one of the classes' words. Scans that
/// look up every word of a long line for a handful of rare words (appeals) skip the hash
/// lookup for nearly all of them. Built from ``LexiconWords/lists`` itself, so it cannot
/// disagree with the lexicon.
struct ClassSieve: Sendable {
    /// Whether some word of the classes starts with the byte, by byte value.
    private let firsts: [Bool]
    private let shortest: Int
    private let longest: Int

    init(_ classes: WordClass) {
        var firsts = [Bool](filling: 256, with: false)
        var shortest = Int.max, longest = 0
        for (cls, list) in LexiconWords.lists where !cls.isDisjoint(with: classes) {
            for word in list.split(atASCII: [0x20, 0x0A]) {
                guard let first = word.utf8.first else { continue }
                firsts[Int(first)] = true
                shortest = min(shortest, word.utf8.count)
                longest = max(longest, word.utf8.count)
            }
        }
        self.firsts = firsts
        self.shortest = shortest
        self.longest = longest
    }

    /// Whether `bytes[range]` may be a word of the classes (its lookup may find them).
    @inline(__always)
    func mayHold(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count >= shortest && range.count <= longest && firsts[Int(ByteClass.lower(bytes[range.lowerBound]))]
    }
}
