// MARK: - String literals in Swift test sources

/// Reads the one-line string literals of Swift source text, for seeds taken from the tests.
enum SwiftLiterals {
    /// The decoded string literals of one line, in order (raw and multi-line strings are skipped).
    static func literals(inLine line: Substring) -> [String] {
        var result: [String] = []
        var scalars = Array(line.unicodeScalars)[...]
        while let open = scalars.firstIndex(of: "\"") {
            if open > scalars.startIndex, scalars[open - 1] == "#" { return result }
            var value = String.UnicodeScalarView()
            var index = open + 1
            var closed = false
            while index < scalars.endIndex {
                let scalar = scalars[index]
                if scalar == "\"" { closed = true; break }
                if scalar == "\\", index + 1 < scalars.endIndex {
                    index += 1
                    switch scalars[index] {
                    case "n": value.append("\n")
                    case "t": value.append("\t")
                    case "r": value.append("\r")
                    case "0": value.append("\0")
                    case "u":
                        let digits = scalars[(index + 2)...].prefix { $0 != "}" }
                        if let number = UInt32(String(String.UnicodeScalarView(digits)), radix: 16),
                           let decoded = Unicode.Scalar(number) {
                            value.append(decoded)
                        }
                        index += digits.count + 2
                    case "(": return result  // interpolation: not a plain literal
                    default: value.append(scalars[index])
                    }
                } else {
                    value.append(scalar)
                }
                index += 1
            }
            guard closed else { return result }
            result.append(String(value))
            scalars = scalars[(index + 1)...]
        }
        return result
    }
}
