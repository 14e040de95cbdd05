import Foundation

/// The canonical form names are compared in: case-folded, accents removed, curly
/// apostrophes straightened, whitespace collapsed, a leading honorific and surrounding
/// punctuation dropped. `"Mr. Xi"`, `"xi"` and `" XI "` share the key `xi`.
public enum NameKey {
    /// Honorifics dropped from the front of a name before comparing.
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mx", "prof"]

    /// The comparison key for `name`.
    public static func normalize(_ name: some StringProtocol) -> String {
        // Fast path: ASCII names (nearly all) are folded byte by byte, with the same result.
        var copy = String(name)
        if let key = copy.withUTF8({ normalizeASCII($0) }) { return key }
        return normalizeUnicode(name)
    }

    /// The key of ASCII bytes, or `nil` when any byte is not ASCII. Two passes, no
    /// intermediate arrays: find whether the first word is an honorific to drop, then write
    /// the folded, trimmed words straight into the result.
    static func normalizeASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let n = bytes.count
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        @inline(__always) func isDropped(_ b: UInt8) -> Bool { b < 0x20 || b == 0x7F || b == 0x22 }
        // Pass 1: ASCII check, and the first word's extent when a second word follows it.
        var firstStart = -1, firstEnd = -1, hasSecond = false
        var i = 0
        while i < n {
            let b = bytes[i]
            if b >= 0x80 { return nil }
            if isSpace(b) {
                if firstStart >= 0 && firstEnd < 0 { firstEnd = i }
            } else if !isDropped(b) {
                if firstStart < 0 { firstStart = i } else if firstEnd >= 0 { hasSecond = true }
            }
            i += 1
        }
        var skipUntil = 0
        if hasSecond {
            // The honorific check sees the first word folded and without surrounding periods.
            var lo = firstStart, hi = firstEnd
            while lo < hi, bytes[lo] == 0x2E || isDropped(bytes[lo]) { lo += 1 }
            while hi > lo, bytes[hi - 1] == 0x2E || isDropped(bytes[hi - 1]) { hi -= 1 }
            var word: [UInt8] = []
            for k in lo..<hi where !isDropped(bytes[k]) { word.append(bytes[k] >= 0x41 && bytes[k] <= 0x5A ? bytes[k] + 32 : bytes[k]) }
            if word.count <= 6, honorifics.contains(String(decoding: word, as: UTF8.self)) { skipUntil = firstEnd }
        }
        // Pass 2: fold each remaining word, trim its punctuation, join with single spaces.
        return String(unsafeUninitializedCapacity: n) { out in
            var count = 0
            var k = skipUntil
            while k < n {
                while k < n, isSpace(bytes[k]) { k += 1 }
                let wordStart = k
                while k < n, !isSpace(bytes[k]) { k += 1 }
                var lo = wordStart, hi = k
                while lo < hi, isDropped(bytes[lo]) || isTrimmed(bytes[lo]) { lo += 1 }
                while hi > lo, isDropped(bytes[hi - 1]) || isTrimmed(bytes[hi - 1]) { hi -= 1 }
                guard hi > lo else { continue }
                if count > 0 { out[count] = 0x20; count += 1 }
                for j in lo..<hi where !isDropped(bytes[j]) {
                    let b = bytes[j]
                    out[count] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                    count += 1
                }
            }
            return count
        }
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
