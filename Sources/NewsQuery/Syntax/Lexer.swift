/// Turns query text into ``Token``s, one at a time, working on the source's UTF-8 bytes.
///
/// The lexer never throws and never stops early: text it cannot read becomes an
/// ``TokenKind/invalid`` token (or a best-guess token) carrying its ``Diagnostic``, and
/// every call consumes at least one byte until the end of the range. A `/` is a
/// ``TokenKind/slash`` unless the parser asks for a regular expression at that offset
/// with ``scanRegex(at:)`` (only after `matches`), so no other context leaks into it.
public struct Lexer: Sendable {
    let source: SourceFile
    let bytes: [UInt8]
    /// Where lexing stops (exclusive).
    let end: Int
    /// The next byte to read.
    var position: Int
    /// Whether a line break was skipped since the last token.
    var sawLineBreak = false

    /// A lexer over `range` of `source` (the whole text when `range` is nil).
    public init(source: SourceFile, range: SourceRange? = nil) {
        self.source = source
        self.bytes = source.bytes
        let whole = SourceRange(0, source.bytes.count)
        let clamped = range.map {
            SourceRange(min(max($0.lowerBound, 0), whole.upperBound),
                        min(max($0.upperBound, $0.lowerBound, 0), whole.upperBound))
        } ?? whole
        self.end = clamped.upperBound
        self.position = min(clamped.lowerBound, clamped.upperBound)
    }

    /// Every token of the range, ending with the ``TokenKind/endOfInput`` token.
    public static func tokens(of source: SourceFile, in range: SourceRange? = nil) -> [Token] {
        var lexer = Lexer(source: source, range: range)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .endOfInput { return tokens }
        }
    }

    /// The next token; at the end of the range, an end-of-input token (again on every call).
    public mutating func next() -> Token {
        skipTrivia()
        let startsLine = sawLineBreak
        sawLineBreak = false
        var token = scanToken()
        token.startsLine = startsLine
        return token
    }

    /// Restarts lexing at `offset` (which must lie in the range), as if the text began there.
    mutating func reset(to offset: Int) {
        position = min(max(offset, 0), end)
        sawLineBreak = false
    }

    // MARK: - Trivia

    /// Skips blanks, line breaks and `--` comments, noting whether a line break was passed.
    mutating func skipTrivia() {
        while position < end {
            let byte = bytes[position]
            if ASCII.isBlank(byte) {
                position += 1
            } else if byte == ASCII.newline {
                sawLineBreak = true
                position += 1
            } else if byte == ASCII.minus, position + 1 < end, bytes[position + 1] == ASCII.minus {
                skipToLineEnd()
            } else if byte >= 0x80 {
                let (scalar, length) = decodeScalar(in: bytes, at: position, end: end)
                if ScalarClass.isBlank(scalar) {
                    position += length
                } else if ScalarClass.isLineBreak(scalar) {
                    sawLineBreak = true
                    position += length
                } else {
                    return
                }
            } else {
                return
            }
        }
    }

    /// Moves to the line feed ending the current line (or the end of the range).
    mutating func skipToLineEnd() {
        while position < end, bytes[position] != ASCII.newline { position += 1 }
    }

    // MARK: - Dispatch

    /// Scans the token starting at `position` (trivia already skipped).
    mutating func scanToken() -> Token {
        let start = position
        guard start < end else { return Token(kind: .endOfInput, range: SourceRange(at: end)) }
        let byte = bytes[start]
        switch byte {
        case ASCII.quote: return scanString()
        case ASCII.apostrophe: return scanMisquotedString(closing: [UInt32(ASCII.apostrophe)])
        case _ where ASCII.isDigit(byte): return scanNumberOrWord()
        case ASCII.minus where start + 1 < end && ASCII.isDigit(bytes[start + 1]): return scanDigits(start)
        case _ where ASCII.isLetter(byte) || byte == ASCII.underscore: return scanWord()
        case _ where byte >= 0x80: return scanNonASCII()
        default: return scanPunctuation()
        }
    }

    /// A token starting with a non-ASCII scalar: a word, a curly-quoted string, or an error.
    mutating func scanNonASCII() -> Token {
        let (scalar, length) = decodeScalar(in: bytes, at: position, end: end)
        if ScalarClass.isWordStart(scalar) { return scanWord() }
        if ScalarClass.isCurlyDoubleQuote(scalar) { return scanMisquotedString(closing: [0x201C, 0x201D, 0x201E]) }
        if scalar.value == 0x2018 || scalar.value == 0x2019 { return scanMisquotedString(closing: [0x2018, 0x2019]) }
        let start = position
        position += length
        return invalid(start, "unexpected character \(ScalarClass.describe(scalar))")
    }

    // MARK: - Punctuation and operators

    /// Brackets, separators and comparison operators, with friendly errors for other languages'
    /// spellings (`==`, `<>`, `&&`, `||`, `!`), which are read as what they meant.
    mutating func scanPunctuation() -> Token {
        let start = position
        let byte = bytes[start]
        let nextByte: UInt8 = start + 1 < end ? bytes[start + 1] : 0
        func single(_ kind: TokenKind) -> Token {
            position = start + 1
            return Token(kind: kind, range: SourceRange(start, start + 1))
        }
        func double(_ kind: TokenKind, _ diagnostic: ((SourceRange) -> Diagnostic)? = nil) -> Token {
            position = start + 2
            let range = SourceRange(start, start + 2)
            let value: TokenValue = if case .keyword(let keyword) = kind { .text(keyword.rawValue) } else { .none }
            return Token(kind: kind, range: range, value: value, diagnostic: diagnostic?(range))
        }
        switch (byte, nextByte) {
        case (UInt8(ascii: "("), _): return single(.leftParen)
        case (UInt8(ascii: ")"), _): return single(.rightParen)
        case (UInt8(ascii: "["), _): return single(.leftBracket)
        case (UInt8(ascii: "]"), _): return single(.rightBracket)
        case (UInt8(ascii: ","), _): return single(.comma)
        case (UInt8(ascii: "."), _): return single(.dot)
        case (UInt8(ascii: ";"), _): return single(.semicolon)
        case (UInt8(ascii: "/"), _): return single(.slash)
        case (UInt8(ascii: "~"), _): return single(.comparison(.contains))
        case (UInt8(ascii: "="), UInt8(ascii: "=")):
            return double(.comparison(.equal)) { SyntaxError.misspeltOperator("==", use: "=", at: $0) }
        case (UInt8(ascii: "="), _): return single(.comparison(.equal))
        case (UInt8(ascii: "!"), UInt8(ascii: "=")): return double(.comparison(.notEqual))
        case (UInt8(ascii: "<"), UInt8(ascii: "=")): return double(.comparison(.lessOrEqual))
        case (UInt8(ascii: "<"), UInt8(ascii: ">")):
            return double(.comparison(.notEqual)) { SyntaxError.misspeltOperator("<>", use: "!=", at: $0) }
        case (UInt8(ascii: "<"), _): return single(.comparison(.less))
        case (UInt8(ascii: ">"), UInt8(ascii: "=")): return double(.comparison(.greaterOrEqual))
        case (UInt8(ascii: ">"), _): return single(.comparison(.greater))
        case (UInt8(ascii: "&"), UInt8(ascii: "&")):
            return double(.keyword(.and)) { SyntaxError.misspeltOperator("&&", use: "and", at: $0) }
        case (UInt8(ascii: "|"), UInt8(ascii: "|")):
            return double(.keyword(.or)) { SyntaxError.misspeltOperator("||", use: "or", at: $0) }
        case (UInt8(ascii: "!"), _):
            var token = single(.keyword(.not))
            token.value = .text("not")
            token.diagnostic = SyntaxError.misspeltOperator("!", use: "not", at: token.range)
            return token
        default:
            position = start + 1
            return invalid(start, "unexpected character \(ScalarClass.describe(Unicode.Scalar(byte)))")
        }
    }

    // MARK: - Errors

    /// An invalid token from `start` to the current position, explained by `message`.
    func invalid(_ start: Int, _ message: String, notes: [String] = []) -> Token {
        let range = SourceRange(start, max(start, position))
        return Token(kind: .invalid, range: range, diagnostic: .error(message, at: range, notes: notes))
    }
}
