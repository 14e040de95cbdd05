#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fast rejection test run before the automata: a literal every match contains, found
/// with `memchr` on its rarest byte and then verified.
///
/// When the whole pattern is that literal (no classes, repetitions or anchors), finding it
/// is the answer and the automata are skipped entirely.
struct LiteralPrefilter: Sendable {
    let needle: LiteralNeedle
    /// The pattern matches exactly when the text contains ``needle``.
    let isWholePattern: Bool
    /// Position in the needle of the byte `memchr` looks for.
    private let anchorIndex: Int

    /// A prefilter for the parsed pattern, or nil if no useful literal is required.
    init?(root: RegexNode) {
        let facts = LiteralFacts.of(root)
        let whole = facts.exact.map { !$0.isEmpty } ?? false
        let needle = whole ? (facts.exact ?? facts.required) : facts.required
        guard !needle.isEmpty else { return nil }
        self.needle = needle
        isWholePattern = whole
        anchorIndex = LiteralPrefilter.rarestIndex(in: needle)
    }

    // MARK: - Searching

    /// The start of the first occurrence of the needle in `bytes`, or nil.
    func firstOccurrence(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, bytes.count >= needle.count else { return nil }
        let anchor = needle.bytes[anchorIndex]
        let anchorFolds = needle.caseInsensitive[anchorIndex]
        let upperAnchor = anchorFolds ? anchor &- 0x20 : anchor
        var nextLower = LiteralPrefilter.find(anchor, from: anchorIndex, in: base, count: bytes.count)
        var nextUpper = anchorFolds ? LiteralPrefilter.find(upperAnchor, from: anchorIndex, in: base, count: bytes.count) : nil
        while true {
            let position: Int
            switch (nextLower, nextUpper) {
            case (nil, nil): return nil
            case (let lower?, nil): position = lower
            case (nil, let upper?): position = upper
            case (let lower?, let upper?): position = min(lower, upper)
            }
            let start = position - anchorIndex
            if start + needle.count <= bytes.count && matchesNeedle(base, at: start) { return start }
            if nextLower == position {
                nextLower = LiteralPrefilter.find(anchor, from: position + 1, in: base, count: bytes.count)
            }
            if nextUpper == position {
                nextUpper = LiteralPrefilter.find(upperAnchor, from: position + 1, in: base, count: bytes.count)
            }
        }
    }

    /// Whether the needle occurs at `start` (which the caller has bounds-checked).
    @inline(__always)
    private func matchesNeedle(_ base: UnsafePointer<UInt8>, at start: Int) -> Bool {
        guard start >= 0 else { return false }
        for index in 0..<needle.count {
            var byte = base[start + index]
            if needle.caseInsensitive[index], byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            if byte != needle.bytes[index] { return false }
        }
        return true
    }

    /// Index of `byte` at or after `start`, via the C library's vectorised `memchr`.
    private static func find(_ byte: UInt8, from start: Int, in base: UnsafePointer<UInt8>, count: Int) -> Int? {
        guard start < count, let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    // MARK: - Choosing the anchor byte

    /// The needle position whose byte is least common in news text (ties: the first).
    private static func rarestIndex(in needle: LiteralNeedle) -> Int {
        var best = 0
        var bestRank = Int.max
        for index in 0..<needle.count {
            var rank = commonness(needle.bytes[index])
            if needle.caseInsensitive[index] { rank += commonness(needle.bytes[index] &- 0x20) }
            if rank < bestRank {
                best = index
                bestRank = rank
            }
        }
        return best
    }

    /// A rough frequency rank of a byte in English-language news text (higher is commoner).
    private static func commonness(_ byte: UInt8) -> Int {
        let lowercaseByFrequency = Array("etaoinshrdlcumwfgypbvkjxqz".utf8)
        switch byte {
        case 0x20: return 255
        case 0x61...0x7A: return 200 - 4 * (lowercaseByFrequency.firstIndex(of: byte) ?? 25)
        case 0x41...0x5A: return 60 - 2 * (lowercaseByFrequency.firstIndex(of: byte | 0x20) ?? 25)
        case 0x2C, 0x2E: return 120
        case 0x30...0x39: return 50
        case 0x0A: return 90
        case 0x80...0xBF: return 80
        case 0xC0...0xFF: return 40
        case 0x00..<0x20: return 5
        default: return 30
        }
    }
}
