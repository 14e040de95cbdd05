/// The flags written after a regex literal's closing slash.
struct RegexFlags: Sendable, Equatable {
    /// `i`: letters match their other case forms (see ``CaseFolding``).
    var caseInsensitive = false
    /// `s`: `.` also matches `\n`.
    var dotMatchesNewline = false
    /// `m`: `^` and `$` also match at the start and end of every line.
    var multiline = false

    /// Parses `flags`; errors are at `patternByteCount + 1 + index` (see ``RegexSyntaxError``).
    init(parsing flags: String, patternByteCount: Int) throws(RegexSyntaxError) {
        var seen: Set<Unicode.Scalar> = []
        var index = 0
        for scalar in flags.unicodeScalars {
            let width = UTF8Sequences.encodedLength(scalar.value)
            let offset = patternByteCount + 1 + index
            guard seen.insert(scalar).inserted else {
                throw RegexSyntaxError("duplicate flag '\(scalar)'", offset: offset, length: width)
            }
            switch scalar {
            case "i": caseInsensitive = true
            case "s": dotMatchesNewline = true
            case "m": multiline = true
            default:
                throw RegexSyntaxError("unknown flag '\(scalar)' (flags are i, s, m)", offset: offset, length: width)
            }
            index += width
        }
    }
}
