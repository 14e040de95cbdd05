import NewsQuery

/// The word being typed at the cursor, which a completion replaces.
struct Partial: Equatable {
    /// Its bytes in the scanned text (ending at the cursor; empty when nothing is typed yet).
    var range: Range<Int>
    /// What is typed: the word, or the decoded contents of an unterminated string.
    var text: String
    /// Whether it is an unterminated string (`"Wa`): candidates are inserted quoted, closed.
    var isQuoted: Bool

    /// Nothing typed yet at `offset`.
    static func empty(at offset: Int) -> Partial {
        Partial(range: offset..<offset, text: "", isQuoted: false)
    }
}

/// Reads statement text up to the cursor with the real ``Lexer`` and walks its tokens with a
/// ``ContextWalker``: what the cursor's position expects, and the word being typed there.
enum StatementScanner {
    // MARK: - Scanning

    /// The expectation and partial word at the end of `text` (the statement so far, the cursor
    /// at its end); nil when the cursor is somewhere nothing can be completed (inside a
    /// comment, a finished string or a regular expression).
    static func scan(_ text: String, bindings: @escaping (String) -> CollectionName?) -> (Expectation, Partial)? {
        let source = SourceFile(name: "<completion>", text: text)
        let end = source.bytes.count
        guard end <= Parser.maxStatementLength else { return nil }
        var lexer = Lexer(source: source)
        var walker = ContextWalker(bindings: bindings)
        // The walker before the last token and before the one ahead of it, with those tokens.
        var beforeLast = walker, beforeSecondLast = walker
        var last: Token?, secondLast: Token?
        while true {
            var token = lexer.next()
            if token.kind == .slash, walker.wantsRegex { token = lexer.scanRegex(at: token.range.lowerBound) }
            if token.kind == .endOfInput { break }
            (beforeSecondLast, beforeLast) = (beforeLast, walker)
            (secondLast, last) = (last, token)
            walker.feed(token)
        }
        guard let last, last.range.upperBound >= end else {
            let trailing = last?.range.upperBound ?? 0
            if endsInComment(source.bytes, from: trailing) { return nil }
            return (walker.expectation, .empty(at: end))
        }
        switch last.kind {
        case .word, .keyword, .number:
            return (beforeLast.expectation, Partial(range: last.range.lowerBound..<end,
                                                    text: source.text(in: last.range), isQuoted: false))
        case .string where last.isUnterminated:
            guard case .text(let typed) = last.value else { return nil }
            return (beforeLast.expectation, Partial(range: last.range.lowerBound..<end, text: typed, isQuoted: true))
        case .invalid where source.text(in: last.range) == "-":
            // A hyphen ending a word being typed (`north-`): the word goes on after it.
            guard let word = secondLast, word.kind == .word, word.range.upperBound == last.range.lowerBound else {
                return nil
            }
            let range = SourceRange(word.range.lowerBound, end)
            return (beforeSecondLast.expectation, Partial(range: range.lowerBound..<end,
                                                          text: source.text(in: range), isQuoted: false))
        case .dot, .comma, .semicolon, .leftParen, .rightParen, .leftBracket, .rightBracket, .comparison:
            return (walker.expectation, .empty(at: end))
        default:
            return nil
        }
    }

    // MARK: - Comments

    /// Whether the blanks and comments from `start` to the end of `bytes` leave the end inside
    /// a `--` comment (one started on the last line of them).
    private static func endsInComment(_ bytes: [UInt8], from start: Int) -> Bool {
        var index = bytes.count
        while index > start {
            let byte = bytes[index - 1]
            if byte == UInt8(ascii: "\n") { return false }
            if byte == UInt8(ascii: "-") { return true }
            index -= 1
        }
        return false
    }
}
