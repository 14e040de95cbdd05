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
