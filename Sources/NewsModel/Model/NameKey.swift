import Foundation

/// The canonical form names are compared in: case-folded, accents removed, curly
/// apostrophes straightened, whitespace collapsed, a leading honorific and surrounding
/// punctuation dropped. `"Mr. Xi"`, `"xi"` and `" XI "` share the key `xi`.
public enum NameKey {
    /// Honorifics dropped from the front of a name before comparing.
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mx", "prof"]

    /// ``honorifics`` packed byte by byte into integers, for the ASCII path.
    private static let packedHonorifics: [UInt64] = honorifics.map { $0.utf8.reduce(0) { $0 << 8 | UInt64($1) } }

    /// The comparison key for `name`.
    public static func normalize(_ name: some StringProtocol) -> String {
        // Fast path: ASCII names (nearly all) are folded byte by byte, with the same result.
        var copy = String(name)
        if let key = copy.withUTF8({ normalizeASCII($0) }) { return key }
        return normalizeUnicode(name)
    }

    /// The key of ASCII bytes, or `nil` when any byte is not ASCII. One pass, no intermediate
    /// arrays: each word's kept bytes are folded straight into scratch space (after the space
    /// that separates it from the previous word) and its ends trimmed there, and a leading
    /// honorific is cut from the front afterwards when another word follows it.
    static func normalizeASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let n = bytes.count
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(n, 1)) { out -> String? in
            var count = 0
            // The first word holding a byte that is not dropped: whether it is an honorific, and
            // how much output it made; whether any later word holds such a byte.
            var sawFirst = false, firstIsHonorific = false, outputAfterFirst = 0, hasSecond = false
            var k = 0
            while k < n {
                if isSpace(bytes[k]) { k += 1; continue }
                // The word without its dropped bytes, folded. A space separates it from what
                // is written before; the input had one there, so this stays within `n` bytes.
                let start = count > 0 ? count + 1 : 0
                var end = start
                while k < n {
                    let b = bytes[k]
                    if isSpace(b) { break }
                    if b >= 0x80 { return nil }
                    if !isDropped(b) {
                        out[end] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                        end += 1
                    }
                    k += 1
                }
                guard end > start else { continue }
                if sawFirst { hasSecond = true } else {
                    sawFirst = true
                    firstIsHonorific = isHonorific(UnsafeBufferPointer(rebasing: out[start..<end]))
                }
                // Then it loses the punctuation at its ends.
                var lo = start, hi = end
                while lo < hi, isTrimmed(out[lo]) { lo += 1 }
                while hi > lo, isTrimmed(out[hi - 1]) { hi -= 1 }
                if hi > lo {
                    if count > 0 { out[count] = 0x20 }
                    if lo > start {
                        for j in lo..<hi { out[start + j - lo] = out[j] }
                    }
                    count = start + (hi - lo)
                }
                if !hasSecond { outputAfterFirst = count }
            }
            // A leading honorific goes, with the space after what it wrote, when a name follows.
            var from = 0
            if hasSecond && firstIsHonorific && outputAfterFirst > 0 { from = min(outputAfterFirst + 1, count) }
            return String(decoding: UnsafeBufferPointer(rebasing: out[from..<count]), as: UTF8.self)
        }
    }

    /// The bytes left out of keys: controls and straight double quotes.
    @inline(__always) private static func isDropped(_ b: UInt8) -> Bool { b < 0x20 || b == 0x7F || b == 0x22 }

    /// Whether a word (folded ASCII, without dropped bytes) is an honorific once surrounding periods go.
    private static func isHonorific(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var lo = 0, hi = word.count
        while lo < hi, word[lo] == 0x2E { lo += 1 }
        while hi > lo, word[hi - 1] == 0x2E { hi -= 1 }
        // The word packed into an integer, compared with the packed honorifics (none is over six bytes).
        guard hi - lo <= 6 else { return false }
        var packed: UInt64 = 0
        for k in lo..<hi { packed = packed << 8 | UInt64(word[k]) }
        return packedHonorifics.contains(packed)
    }

    /// The punctuation trimmed from both ends of each word: `.,;:!?`.
    private static func isTrimmed(_ b: UInt8) -> Bool {
        b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F
    }

    /// The general path, scalar by scalar.
    static func normalizeUnicode(_ name: some StringProtocol) -> String {
        var words: [String] = []
        var current = ""
        for scalar in name.unicodeScalars {
            if let folded = fold(scalar) {
                if folded == " " {
                    if !current.isEmpty { words.append(current); current = "" }
                } else {
                    current.unicodeScalars.append(contentsOf: folded.unicodeScalars)
                }
            }
        }
        if !current.isEmpty { words.append(current) }
        if words.count > 1, honorifics.contains(words[0].trimmingASCII(".")) {
            words.removeFirst()
        }
        return words.map { $0.trimmingASCII(".,;:!?") }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// One scalar's folded form: `" "` for whitespace, `nil` for quote marks and controls.
    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x2000...0x200B: return " "
        case 0x00...0x1F, 0x7F: return nil
        case 0x22, 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: return nil
        case 0x2018, 0x2019, 0x02BC: return "'"
        case 0x41...0x5A: return String(Unicode.Scalar(scalar.value + 32)!)
        case 0x00...0x7F: return String(scalar)
        default:
            // Decompose, drop combining marks, lowercase what remains.
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping
            var out = ""
            for s in decomposed.unicodeScalars where !(0x0300...0x036F).contains(s.value) {
                out += String(s).lowercased()
            }
            return out
        }
    }
}

extension String {
    /// Trims the given ASCII characters from both ends.
    func trimmingASCII(_ set: String) -> String {
        let chars = Set(set.unicodeScalars)
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, chars.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, chars.contains(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
