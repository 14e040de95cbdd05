import Foundation

/// The canonical form names are compared in: case-folded, accents removed, curly
/// apostrophes straightened, whitespace collapsed, a leading honorific and surrounding
/// punctuation dropped. `"Mr. Xi"`, `"xi"` and `" XI "` share the key `xi`.
public enum NameKey {
    /// Honorifics dropped from the front of a name before comparing.
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mx", "prof"]

    /// The comparison key for `name`.
    public static func normalize(_ name: some StringProtocol) -> String {
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
