import NewsModel

// Words, numbers, dates and strings.

extension Lexer {
    // MARK: - Words

    /// Whether the scalar at `offset` may continue a word (letters, digits, `_`, marks).
    func continuesWord(at offset: Int) -> Bool {
        guard offset < end else { return false }
        let byte = bytes[offset]
        if byte < 0x80 { return ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == ASCII.underscore }
        return ScalarClass.isWordContinue(decodeScalar(in: bytes, at: offset, end: end).scalar)
    }

    /// The end of the word-like run starting at `offset`: letters, digits, `_`, and `-` between them.
    func wordRunEnd(from offset: Int) -> Int {
        var cursor = offset
        while cursor < end {
            let byte = bytes[cursor]
            if byte < 0x80 {
                if ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == ASCII.underscore {
                    cursor += 1
                } else if byte == ASCII.minus, cursor > offset, continuesWord(at: cursor + 1) {
                    cursor += 1
                } else {
                    break
                }
            } else {
                let (scalar, length) = decodeScalar(in: bytes, at: cursor, end: end)
                guard ScalarClass.isWordContinue(scalar) else { break }
                cursor += length
            }
        }
        return cursor
    }

    /// A bare word or keyword: `quotes`, `north-korea`, `WHERE`.
    mutating func scanWord() -> Token {
        let start = position
        position = max(wordRunEnd(from: start), start + 1)
        let range = SourceRange(start, position)
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if let keyword = Keyword.lookup(bytes[start..<position]) {
            return Token(kind: .keyword(keyword), range: range, value: .text(text))
        }
        return Token(kind: .word, range: range, value: .text(text))
    }

    // MARK: - Numbers and dates

    /// A token starting with a digit: a number (`42`, `1.5`), a date (`2023-06-19`), or a
    /// word that merely starts with a digit (`5g`).
    mutating func scanNumberOrWord() -> Token {
        let start = position
        let runEnd = wordRunEnd(from: start)
        let run = bytes[start..<runEnd]
        if run.count >= 5, run.prefix(4).allSatisfy(ASCII.isDigit), run[start + 4] == ASCII.minus {
            position = runEnd
            return scanDate(start)
        }
        if run.allSatisfy({ ASCII.isDigit($0) || $0 == ASCII.minus }) {
            return scanDigits(start)
        }
        position = runEnd
        return Token(kind: .word, range: SourceRange(start, runEnd), value: .text(String(decoding: run, as: UTF8.self)))
    }

    /// Digits from `start` (after an optional `-`), an optional fraction, and nothing word-like after.
    mutating func scanDigits(_ start: Int) -> Token {
        position = start
        if position < end, bytes[position] == ASCII.minus { position += 1 }
        while position < end, ASCII.isDigit(bytes[position]) { position += 1 }
        if position + 1 < end, bytes[position] == ASCII.dot, ASCII.isDigit(bytes[position + 1]) {
            position += 1
            while position < end, ASCII.isDigit(bytes[position]) { position += 1 }
        }
        if continuesWord(at: position) || (position < end && bytes[position] == ASCII.minus && continuesWord(at: position + 1)) {
            position = wordRunEnd(from: position)
            return invalid(start, "invalid number '\(text(from: start))'")
        }
        guard let number = Double(text(from: start)), number.isFinite else {
            return invalid(start, "number is too large")
        }
        return Token(kind: .number, range: SourceRange(start, position), value: .number(number))
    }

    /// A date `YYYY-MM-DD` from `start` to `position`, checked against the calendar.
    func scanDate(_ start: Int) -> Token {
        let written = text(from: start)
        let range = SourceRange(start, position)
        let digits = Array(bytes[start..<position])
        let shaped = digits.count == 10 && digits[7] == ASCII.minus
            && digits.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || ASCII.isDigit($0.element) }
        guard shaped else {
            return invalid(start, "invalid date '\(written)': dates are written YYYY-MM-DD")
        }
        func number(_ slice: ArraySlice<UInt8>) -> Int { slice.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let year = number(digits[0..<4]), month = number(digits[5..<7]), day = number(digits[8..<10])
        if let date = CalendarDate(year: year, month: month, day: day) {
            return Token(kind: .date, range: range, value: .date(date))
        }
        let reason: String
        if year < 1 {
            reason = "years run from 0001 to 9999"
        } else if !(1...12).contains(month) {
            reason = "there is no month \(month)"
        } else {
            reason = "\(Self.monthNames[month - 1]) \(year) has \(CalendarDate.daysIn(month: month, year: year)) days"
        }
        return invalid(start, "invalid date '\(written)': \(reason)")
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// The source text from `start` to the current position.
    func text(from start: Int) -> String {
        String(decoding: bytes[start..<max(start, position)], as: UTF8.self)
    }

    // MARK: - Strings

    /// A double-quoted string with escapes `\"`, `\\`, `\n`, `\t` and `\u{XXXX}`; it may span lines.
    /// A bad escape is reported at its own span; a string still open at the end is unterminated.
    mutating func scanString() -> Token {
        let start = position
        position += 1
        var decoded: [UInt8] = []
        var problem: Diagnostic?
        while position < end {
            let byte = bytes[position]
            if byte == ASCII.quote {
                position += 1
                return Token(kind: .string, range: SourceRange(start, position),
                             value: .text(String(decoding: decoded, as: UTF8.self)), diagnostic: problem)
            }
            if byte == ASCII.backslash {
                let escapeStart = position
                if let error = scanEscape(into: &decoded), problem == nil {
                    problem = .error(error, at: SourceRange(escapeStart, position),
                                     notes: [#"the escapes are \" \\ \n \t and \u{XXXX}"#])
                }
            } else {
                decoded.append(byte)
                position += 1
            }
        }
        let range = SourceRange(start, end)
        let unterminated = Diagnostic.error("unterminated string: missing closing '\"'", at: range)
        return Token(kind: .string, range: range, value: .text(String(decoding: decoded, as: UTF8.self)),
                     diagnostic: problem ?? unterminated, isUnterminated: problem == nil)
    }

    /// Decodes the escape at `position` (a backslash) into `decoded`; returns an error message
    /// if it is not a valid escape. Always consumes the backslash.
    mutating func scanEscape(into decoded: inout [UInt8]) -> String? {
        position += 1
        guard position < end else { return nil }  // the string is unterminated; reported by the caller
        let (scalar, length) = decodeScalar(in: bytes, at: position, end: end)
        position += length
        switch scalar {
        case "\"": decoded.append(ASCII.quote)
        case "\\": decoded.append(ASCII.backslash)
        case "n": decoded.append(ASCII.newline)
        case "t": decoded.append(ASCII.tab)
        case "u": return scanUnicodeEscape(into: &decoded)
        case "\n": return "a backslash cannot end a line inside a string"
        default: return "unknown escape '\\\(Character(scalar))' in string"
        }
        return nil
    }

    /// The rest of `\u{XXXX}` after the `u`: one to six hex digits naming a Unicode scalar.
    mutating func scanUnicodeEscape(into decoded: inout [UInt8]) -> String? {
        guard position < end, bytes[position] == ASCII.leftBrace else {
            return #"a Unicode escape is written \u{XXXX}"#
        }
        position += 1
        let digitsStart = position
        while position < end, ASCII.isHexDigit(bytes[position]), position - digitsStart < 8 { position += 1 }
        let digits = String(decoding: bytes[digitsStart..<position], as: UTF8.self)
        guard position < end, bytes[position] == ASCII.rightBrace else {
            return #"a Unicode escape is written \u{XXXX}"#
        }
        position += 1
        guard (1...6).contains(digits.count), let value = UInt32(digits, radix: 16),
              let scalar = Unicode.Scalar(value) else {
            return "'\\u{\(digits)}' is not a Unicode character"
        }
        decoded.append(contentsOf: Array(String(scalar).utf8))
        return nil
    }

    /// A string in single or curly quotes, which the language does not accept: read as the
    /// string that was meant, with an error suggesting the double-quoted spelling. Without a
    /// closing mark on the same line, just the opening mark is an unexpected character.
    mutating func scanMisquotedString(closing: Set<UInt32>) -> Token {
        let start = position
        let opening = decodeScalar(in: bytes, at: start, end: end)
        var cursor = start + opening.length
        while cursor < end, bytes[cursor] != ASCII.newline {
            let (scalar, length) = decodeScalar(in: bytes, at: cursor, end: end)
            if closing.contains(scalar.value) {
                let contents = String(decoding: bytes[(start + opening.length)..<cursor], as: UTF8.self)
                position = cursor + length
                let range = SourceRange(start, position)
                let problem = opening.scalar == "'"
                    ? "strings are written in double quotes, not single quotes"
                    : "curly quotation marks do not delimit strings; use straight double quotes"
                return Token(kind: .string, range: range, value: .text(contents),
                             diagnostic: .error(problem, at: range, suggestion: StatementPrinter.quoted(contents)))
            }
            cursor += length
        }
        position = start + opening.length
        return invalid(start, "unexpected character \(ScalarClass.describe(opening.scalar))",
                       notes: ["strings are written in double quotes: \"...\""])
    }
}
