// Regular expression literals, scanned only on the parser's request.

extension Lexer {
    /// The flags a regular expression may carry: `i` ignore case, `m` multi-line anchors,
    /// `s` dot matches newline, `x` extended (whitespace ignored).
    public static let regexFlags = "ims"

    /// Rescans from `offset`, which must hold a `/`, as a regular expression literal
    /// `/pattern/flags`. The pattern is kept as written (escapes included) and ends at the
    /// first `/` that is neither escaped nor inside a `[...]` class; it cannot span lines.
    public mutating func scanRegex(at offset: Int) -> Token {
        reset(to: offset)
        let start = position
        guard start < end, bytes[start] == ASCII.slash else { return scanToken() }
        position += 1
        var inClass = false
        while position < end {
            let byte = bytes[position]
            if byte == ASCII.newline { break }
            if byte == ASCII.backslash {
                position += 1
                if position < end, bytes[position] != ASCII.newline {
                    position += decodeScalar(in: bytes, at: position, end: end).length
                }
                continue
            }
            if byte == ASCII.slash, !inClass { return finishRegex(start: start, patternEnd: position) }
            if byte == ASCII.leftBracket { inClass = true } else if byte == ASCII.rightBracket { inClass = false }
            position += 1
        }
        return invalid(start, "unterminated regular expression: missing closing '/'")
    }

    /// The regex token once its closing `/` at `patternEnd` is found: reads the flags after it.
    private mutating func finishRegex(start: Int, patternEnd: Int) -> Token {
        let pattern = String(decoding: bytes[(start + 1)..<patternEnd], as: UTF8.self)
        position = patternEnd + 1
        let flagsStart = position
        var problem: Diagnostic?
        var seen: Set<UInt8> = []
        while position < end, ASCII.isLetter(bytes[position]) || ASCII.isDigit(bytes[position]) {
            let flag = bytes[position]
            let flagRange = SourceRange(position, position + 1)
            let name = Character(Unicode.Scalar(flag))
            if problem == nil, !Self.regexFlags.utf8.contains(flag) {
                let known = Self.regexFlags.map { String($0) }.joined(separator: ", ")
                problem = .error("unknown regular expression flag '\(name)'", at: flagRange,
                                 notes: ["the flags are \(known)"])
            } else if problem == nil, seen.contains(flag) {
                problem = .error("regular expression flag '\(name)' is given twice", at: flagRange)
            }
            seen.insert(flag)
            position += 1
        }
        let flags = String(decoding: bytes[flagsStart..<position], as: UTF8.self)
        let range = SourceRange(start, position)
        if pattern.isEmpty, problem == nil {
            problem = .error("empty regular expression", at: range)
        }
        return Token(kind: .regex, range: range, value: .regex(pattern: pattern, flags: flags), diagnostic: problem)
    }
}
