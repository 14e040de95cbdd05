#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes: `memchr` for the needle's rarest byte, then `memcmp`
/// of the whole needle around each hit.
enum ByteSearch {
    /// A needle with the position of its least common byte, chosen once per search.
    struct Needle: Sendable {
        let bytes: [UInt8]
        let anchor: Int

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            var best = 0
            for index in bytes.indices where ByteSearch.rarity[Int(bytes[index])] > ByteSearch.rarity[Int(bytes[best])] {
                best = index
            }
            anchor = best
        }
    }

    /// How uncommon a byte is in (case-folded) English text: spaces and frequent letters low,
    /// everything not listed (digits, punctuation, non-ASCII) highest.
    static let rarity: [UInt8] = {
        var table = [UInt8](repeating: 200, count: 256)
        for (rank, byte) in " etaoinshrdlcumwfgypbvkjxqz".utf8.enumerated() { table[Int(byte)] = UInt8(rank) }
        return table
    }()

    /// The first offset at or after `start` where `needle` lies wholly before `end`.
    static func find(_ needle: Needle, in haystack: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int? {
        let length = needle.bytes.count
        guard let base = haystack.baseAddress, start >= 0, end <= haystack.count, end - start >= length else { return nil }
        if length == 0 { return start }
        let anchorByte = Int32(needle.bytes[needle.anchor])
        let lastAnchor = end - length + needle.anchor
        var position = start + needle.anchor
        return needle.bytes.withUnsafeBufferPointer { needleBytes -> Int? in
            guard let needleBase = needleBytes.baseAddress else { return nil }
            while position <= lastAnchor {
                guard let hit = memchr(base + position, anchorByte, lastAnchor - position + 1) else { return nil }
                let anchorOffset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                let candidate = anchorOffset - needle.anchor
                if memcmp(base + candidate, needleBase, length) == 0 { return candidate }
                position = anchorOffset + 1
            }
            return nil
        }
    }
}
