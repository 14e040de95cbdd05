// Grammar rules `value`, `list` and `regex`: the right-hand sides of comparisons.

extension Parser {
    // MARK: - After a comparison operator

    /// The value after `=`, `!=`, `~`, `<`, `<=`, `>`, `>=`. A list or a regular expression here
    /// is read whole and reported as needing `in` or `matches`.
    mutating func valueAfterOperator(after op: Token) throws(ParseFailure) -> Literal {
        let opText = excerpt(op.range)
        switch current.kind {
        case .leftBracket:
            let list = try parseList(after: op)
            report(SyntaxError.listNeedsIn(after: opText, at: list.range))
            return list
        case .slash:
            let regex = try parseRegex()
            report(SyntaxError.regexNeedsMatches(after: opText, at: regex.range))
            return regex
        default:
            return try parseValue(after: "'\(opText)'")
        }
    }

    // MARK: - value

    /// `value = STRING | WORD | NUMBER | DATE`.
    mutating func parseValue(after context: String) throws(ParseFailure) -> Literal {
        let token = current
        let kind: Literal.Kind
        switch (token.kind, token.value) {
        case (.string, .text(let text)):
            kind = .string(text)
            if multilineStringStart == nil, source.lineIndex(of: token.range.lowerBound)
                != source.lineIndex(of: token.range.upperBound) {
                multilineStringStart = token.range.lowerBound
            }
        case (.word, .text(let text)): kind = .word(text)
        case (.number, .number(let number)): kind = .number(number)
        case (.date, .date(let date)): kind = .date(date)
        case (.invalid, _):
            // Its lexical error is already reported; read it as a value to keep going.
            kind = .word(excerpt(token.range))
        default:
            throw fail(expected: "a value after \(context)",
                       notes: SyntaxError.quoteKeywordHint(token))
        }
        advance()
        return Literal(kind: kind, range: token.range)
    }

    // MARK: - list

    /// `list = "[" [ value { "," value } ] "]"` — lists do not nest. After `in`, a lone value
    /// is reported and read as a one-element list.
    mutating func parseList(after op: Token) throws(ParseFailure) -> Literal {
        guard current.kind == .leftBracket else {
            if [.string, .word, .number, .date].contains(current.kind) {
                let text = excerpt(current.range)
                report(expectedError("a list after '\(excerpt(op.range))'", notes: ["write the values in brackets: [\(text)]"]))
                let single = try parseValue(after: "'in'")
                return Literal(kind: .list([single]), range: single.range)
            }
            throw fail(expected: "a list after '\(excerpt(op.range))'", notes: ["write the values in brackets: [a, b]"])
        }
        let open = advance()
        openConstructs += 1
        defer { openConstructs -= 1 }
        var items: [Literal] = []
        if current.kind != .rightBracket {
            var separator = "'['"
            repeat {
                if current.kind == .leftBracket { throw fail(SyntaxError.nestedList(at: current.range)) }
                items.append(try parseValue(after: separator))
                separator = "','"
            } while match(.comma)
        }
        guard current.kind == .rightBracket else {
            throw fail(expected: "',' or ']'",
                       notes: [SyntaxError.unclosed("[", at: source.position(of: open.range.lowerBound))])
        }
        advance()
        return Literal(kind: .list(items), range: SourceRange(open.range.lowerBound, previousEnd))
    }

    // MARK: - regex

    /// `regex = REGEX` — `/pattern/flags`, scanned when the parser reaches it. A string here is
    /// reported with the regex spelling suggested, and read as that pattern.
    mutating func parseRegex() throws(ParseFailure) -> Literal {
        if current.kind == .slash { rescanRegex() }
        let token = current
        switch (token.kind, token.value) {
        case (.regex, .regex(let pattern, let flags)):
            advance()
            return Literal(kind: .regex(pattern: pattern, flags: flags), range: token.range)
        case (.invalid, _):
            advance()  // an unterminated regex: already reported
            return Literal(kind: .regex(pattern: "", flags: ""), range: token.range)
        case (.string, .text(let text)):
            let suggested = "/" + text.replacingOccurrences(of: "/", with: "\\/") + "/"
            report(.error("expected a regular expression after 'matches', found \(describe(token))",
                          at: token.range, suggestion: suggested))
            advance()
            return Literal(kind: .regex(pattern: text, flags: ""), range: token.range)
        default:
            throw fail(expected: "a regular expression /.../ after 'matches'")
        }
    }
}
