// MARK: - Invisible line endings

/// What a line ends with that a reader never sees: spaces, control characters (C0, DEL
/// and C1) and terminal escape sequences (`ESC [ 0 m`, `ESC ( B`, `ESC ] 0 ; title BEL`).
///
/// Lines are judged by how they end (closing punctuation makes body text, a lowercase
/// letter an open line), so such bytes left behind by a scraper must not decide it. Each
/// test reads backwards from the end a few bytes at most, so ordinary lines cost little.
enum InvisibleTail {
    /// The number of bytes of `line` that remain once its invisible tail is cut off.
    static func visibleCount(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var end = line.count
        while end > 0 {
            let b = line[end - 1]
            if b == 0x07 || b == 0x5C && end >= 2 && line[end - 2] == 0x1B {
                // A string terminator (BEL, or ESC \) ends the command it closes, if any.
                let terminator = b == 0x07 ? end - 1 : end - 2
                end = commandStart(line, end: terminator) ?? terminator
                continue
            }
            if b <= 0x20 || b == 0x7F { end -= 1; continue }
            // C1 controls (U+0080–U+009F) are `C2 80` to `C2 9F` in UTF-8.
            if b < 0xA0, b >= 0x80, end >= 2, line[end - 2] == 0xC2 { end -= 2; continue }
            if let start = sequenceStart(line, end: end) { end = start; continue }
            break
        }
        return end
    }

    /// The longest escape sequence looked for; anything longer is left as text.
    private static let longestSequence = 64

    /// Where the escape sequence ending at `end` starts, when `line[..<end]` ends with one: ESC,
    /// then `[`, parameters (0x30–0x3F) and intermediates (0x20–0x2F) before a final byte
    /// (0x40–0x7E) — a control sequence — or ESC, intermediates and a final byte (0x30–0x7E).
    private static func sequenceStart(_ line: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        let final = line[end - 1]
        guard final >= 0x30, final <= 0x7E else { return nil }
        // Back over the bytes parameters and intermediates are made of.
        var i = end - 2
        let lowest = max(0, end - longestSequence)
        while i >= lowest, line[i] >= 0x20, line[i] <= 0x3F { i -= 1 }
        guard i >= lowest else { return nil }
        let inner = i + 1..<end - 1
        if line[i] == 0x1B {
            return inner.allSatisfy { line[$0] <= 0x2F } ? i : nil
        }
        guard line[i] == UInt8(ascii: "["), i >= 1, line[i - 1] == 0x1B, final >= 0x40 else { return nil }
        // Parameters first, then intermediates.
        var k = inner.lowerBound
        while k < inner.upperBound, line[k] >= 0x30 { k += 1 }
        while k < inner.upperBound, line[k] <= 0x2F { k += 1 }
        return k == inner.upperBound ? i - 1 : nil
    }

    /// Where an operating-system command (`ESC ]` and printable bytes) ending at `end` starts.
    private static func commandStart(_ line: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var i = end - 1
        let lowest = max(0, end - longestSequence)
        while i >= lowest, line[i] >= 0x20, line[i] < 0x7F {
            if line[i] == UInt8(ascii: "]"), i >= 1, line[i - 1] == 0x1B { return i - 1 }
            i -= 1
        }
        return nil
    }
}
