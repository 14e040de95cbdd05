// Grammar rules `script`, `statement`, `let_statement`, `show_statement`.

extension Parser {
    // MARK: - script

    /// `script = [ statement ] { ";" [ statement ] }` — statements with errors are left out.
    mutating func parseScript() -> [Statement] {
        var statements: [Statement] = []
        while current.kind != .endOfInput, !stopped {
            if current.kind == .semicolon {
                advance()
                continue
            }
            if let statement = statementWithRecovery() { statements.append(statement) }
            if current.kind == .semicolon { advance() }
        }
        return statements
    }

    /// Parses one statement and whatever follows it up to its end (`;`, end of input, or in
    /// a script a line break), reporting the leftovers; the statement if it had no errors.
    mutating func statementWithRecovery() -> Statement? {
        let start = current.range.lowerBound
        current.startsLine = false  // the first token of a statement never ends it
        multilineStringStart = nil
        var statement: Statement?
        do {
            statement = try parseStatement()
            if !atStatementEnd { report(expectedError("end of statement")) }
        } catch {
            statement = nil
        }
        if !atStatementEnd { skipToStatementEnd() }
        ensureProgress(since: start)
        let end = max(start, previousEnd)
        let hadErrors = stopped || diagnostics.contains {
            $0.severity == .error && (start...end).contains($0.range.lowerBound)
        }
        return hadErrors ? nil : statement
    }

    /// The extent of the next statement of a script (script mode): from its first token to its
    /// last, and the offset after it (after its `;`, if any). Nil at the end of the input.
    mutating func nextStatementExtent() -> (statement: SourceRange, resume: Int)? {
        while current.kind == .semicolon { advance() }
        guard current.kind != .endOfInput else { return nil }
        diagnostics.removeAll(keepingCapacity: true)
        errorOffsets.removeAll(keepingCapacity: true)
        (errorCount, endOfInputErrors, stopped) = (0, 0, false)
        let start = current.range.lowerBound
        _ = statementWithRecovery()
        let statement = SourceRange(start, max(start, previousEnd))
        let resume = current.kind == .semicolon ? current.range.upperBound : previousEnd
        return (statement, max(resume, statement.upperBound))
    }

    /// Restarts the parser at `offset`, as if the text began there.
    mutating func restart(at offset: Int) {
        lexer.reset(to: offset)
        current = lexer.next()
        previous = Token(kind: .endOfInput, range: SourceRange(at: offset))
        (depth, openConstructs) = (0, 0)
    }

    // MARK: - statement

    /// `statement = let_statement | show_statement | query`.
    mutating func parseStatement() throws(ParseFailure) -> Statement {
        let start = current.range.lowerBound
        let kind: Statement.Kind
        switch current.kind {
        case .keyword(.let): kind = try parseLetStatement()
        case .keyword(.show): kind = try parseShowStatement()
        default: kind = .query(try parseQuery(startOfStatement: true))
        }
        return Statement(kind: kind, range: SourceRange(start, max(start, previousEnd)))
    }

    /// `let_statement = "let" IDENT "=" query`.
    mutating func parseLetStatement() throws(ParseFailure) -> Statement.Kind {
        advance()  // let
        guard current.kind == .word else {
            throw fail(expected: "a name after 'let'",
                       notes: current.keyword.map { ["'\($0.rawValue)' is a keyword and cannot name a query"] } ?? [])
        }
        let name = identifier(advance())
        try expect(.comparison(.equal), "'=' after 'let \(name.name)'")
        let query = try parseQuery(startOfStatement: false)
        return .binding(name: name, query: query)
    }

    /// `show_statement = "show" IDENT NUMBER`.
    mutating func parseShowStatement() throws(ParseFailure) -> Statement.Kind {
        advance()  // show
        let singulars = CollectionName.allCases.map(\.singular)
        guard current.kind == .word else {
            throw fail(expected: "what to show after 'show' (\(Parser.alternatives(singulars)))", suggesting: singulars)
        }
        let target = identifier(advance())
        guard current.kind == .number else {
            throw fail(expected: "a record number after 'show \(target.name)'")
        }
        let numberToken = advance()
        let number = try wholeNumber(numberToken, naming: "a record number", minimum: 1)
        return .show(target: target, number: number, numberRange: numberToken.range)
    }

    /// The whole number a number token writes, at least `minimum`; otherwise reports that
    /// `what` must be a whole number and fails.
    mutating func wholeNumber(_ token: Token, naming what: String, minimum: Int) throws(ParseFailure) -> Int {
        let text = source.text(in: token.range)
        let digitsOnly = text.utf8.allSatisfy(ASCII.isDigit)
        guard digitsOnly, let value = Int(text), value >= minimum else {
            throw fail(digitsOnly && Int(text) == nil
                       ? SyntaxError.numberTooLarge(text, at: token.range)
                       : SyntaxError.notWholeNumber(what, minimum: minimum, at: token.range))
        }
        return value
    }
}
