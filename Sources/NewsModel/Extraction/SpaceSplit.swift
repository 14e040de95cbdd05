#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Splitting at spaces without Characters

extension String {
    /// The parts between spaces, exactly as `split(separator: " ")` gives them.
    ///
    /// ASCII strings (nearly every name and key) are split byte by byte, where bytes and
    /// characters agree; any other string takes the `Character` path, whose grapheme rules
    /// (a space followed by a combining mark is not a space) decide.
    func splitAtSpaces() -> [Substring] {
        let fast: [Substring]? = utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes where b >= 0x80 { return nil }
            var parts: [Substring] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
                if i > start { parts.append(self[utf8Index(start)..<utf8Index(i)]) }
                start = i + 1
            }
            return parts
        } ?? nil
        return fast ?? split(separator: " ")
    }

    /// The parts between runs of the given ASCII separator bytes, exactly as
    /// `split(whereSeparator:)` with those characters gives them; byte by byte for ASCII
    /// strings without carriage returns (a CR LF pair is one `Character`, equal to neither).
    func split(atASCII separators: [UInt8]) -> [Substring] {
        let fast: [Substring]? = utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes where b >= 0x80 || b == 0x0D { return nil }
            var parts: [Substring] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || separators.contains(bytes[i]) {
                if i > start { parts.append(self[utf8Index(start)..<utf8Index(i)]) }
                start = i + 1
            }
            return parts
        } ?? nil
        return fast ?? split { c in
            // A one-byte character only: `asciiValue` would also call CR LF a newline.
            guard c.utf8.count == 1, let b = c.utf8.first else { return false }
            return separators.contains(b)
        }
    }

    /// The string without leading and trailing spaces and tabs, as Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives it for ASCII text (other text is left to
    /// `slow`, which callers pass as that Foundation call).
    func trimmingASCIIWhitespace(orElse slow: (String) -> String) -> String {
        let fast: String?? = utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes where b >= 0x80 { return nil }
            var lo = 0, hi = bytes.count
            while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
            while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
            return lo == 0 && hi == bytes.count ? self : String(self[utf8Index(lo)..<utf8Index(hi)])
        }
        if let known = fast, let trimmed = known { return trimmed }
        return slow(self)
    }

    /// Whether the two strings have the same UTF-8 bytes (not merely canonically equivalent text).
    func hasSameUTF8(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        let fast: Bool?? = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b in
                guard let pa = a.baseAddress, let pb = b.baseAddress else { return a.count == b.count }
                return memcmp(pa, pb, a.count) == 0
            }
        }
        if let known = fast, let same = known { return same }
        return utf8.elementsEqual(other.utf8)
    }

    /// Whether the string's UTF-8 bytes sort before `other`'s (byte order, as file names are listed).
    func utf8Precedes(_ other: String) -> Bool {
        let fast: Bool?? = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b in
                let common = min(a.count, b.count)
                guard common > 0, let pa = a.baseAddress, let pb = b.baseAddress else { return a.count < b.count }
                let order = memcmp(pa, pb, common)
                return order != 0 ? order < 0 : a.count < b.count
            }
        }
        if let known = fast, let precedes = known { return precedes }
        return utf8.lexicographicallyPrecedes(other.utf8)
    }

    /// The first (or the last) of the parts ``splitAtSpaces()`` gives, when it gives `count` of
    /// them (found byte by byte for ASCII strings, building only the one string).
    func word(first: Bool, ifThereAre count: Int) -> String? {
        enum Outcome { case notASCII, other, found(String) }
        let fast: Outcome? = utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes where b >= 0x80 { return .notASCII }
            var firstPart = 0..<0, lastPart = 0..<0, parts = 0
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
                if i > start {
                    if parts == 0 { firstPart = start..<i }
                    lastPart = start..<i
                    parts += 1
                }
                start = i + 1
            }
            guard parts == count, parts > 0 else { return .other }
            return .found(String(decoding: UnsafeBufferPointer(rebasing: bytes[first ? firstPart : lastPart]), as: UTF8.self))
        }
        switch fast {
        case .found(let word): return word
        case .other: return nil
        case .notASCII, nil:
            let parts = splitAtSpaces()
            guard parts.count == count, let word = first ? parts.first : parts.last else { return nil }
            return String(word)
        }
    }

    /// The number of parts ``splitAtSpaces()`` gives, counted without building them when ASCII.
    func countOfSpaceSeparatedWords() -> Int {
        let fast: Int? = utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            var inWord = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if b == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
            }
            return count
        } ?? nil
        return fast ?? splitAtSpaces().count
    }

    /// The index of UTF-8 offset `offset` (constant time for native strings).
    private func utf8Index(_ offset: Int) -> Index {
        utf8.index(utf8.startIndex, offsetBy: offset)
    }
}
