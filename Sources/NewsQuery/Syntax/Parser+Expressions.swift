// Grammar rules `or_expr`, `and_expr`, `not_expr`, `primary` and `comparison`.
//
// `or` and `and` chains are parsed by loops into flat n-ary nodes, so a 10,000-term chain
// costs no stack. `not` and parentheses recurse, at most `maxDepth` deep. A bad operand is
// skipped up to the next `and`, `or`, `)` or clause keyword, so the operands after it are
// still checked.

extension Parser {
    // MARK: - or_expr, and_expr

    /// `or_expr = and_expr { "or" and_expr }`.
    mutating func parseOrExpr() throws(ParseFailure) -> Expression {
        try operandChain(joinedBy: .or)
    }

    /// `and_expr = not_expr { "and" not_expr }`.
    mutating func parseAndExpr() throws(ParseFailure) -> Expression {
        try operandChain(joinedBy: .and)
    }

    /// The loop of `or_expr` (operands `and_expr`) and `and_expr` (operands `not_expr`): one
    /// operand alone, or several as one flat node. A bad operand is reported, skipped, and the
    /// operands after it are still parsed; the chain then fails as a whole.
    mutating func operandChain(joinedBy joiner: Keyword) throws(ParseFailure) -> Expression {
        var operands: [Expression] = []
        var failed = false
        repeat {
            do throws(ParseFailure) {
                operands.append(joiner == .or ? try parseAndExpr() : try parseNotExpr())
            } catch {
                if error == .fatal { throw .fatal }
                failed = true
                skip(to: .operand)
            }
        } while !stopped && match(joiner)
        if failed || stopped { throw stopped ? .fatal : .recoverable }
        guard operands.count > 1, let first = operands.first, let last = operands.last else {
            return operands.first ?? Expression(kind: .and([]), range: SourceRange(at: previousEnd))
        }
        let range = first.range.union(last.range)
        return Expression(kind: joiner == .or ? .or(operands) : .and(operands), range: range)
    }

    // MARK: - not_expr, primary

    /// `not_expr = "not" not_expr | primary`.
    mutating func parseNotExpr() throws(ParseFailure) -> Expression {
        guard current.kind == .keyword(.not) else { return try parsePrimary() }
        let start = current.range.lowerBound
        try enterNesting(at: current.range)
        defer { depth -= 1 }
        advance()
        let operand = try parseNotExpr()
        return Expression(kind: .not(operand), range: SourceRange(start, previousEnd))
    }

    /// `primary = "(" or_expr ")" | comparison`.
    mutating func parsePrimary() throws(ParseFailure) -> Expression {
        guard current.kind == .leftParen else { return try parseComparison() }
        let start = current.range.lowerBound
        try enterNesting(at: current.range)
        openConstructs += 1
        defer { depth -= 1; openConstructs -= 1 }
        advance()
        var inner: Expression?
        do throws(ParseFailure) {
            inner = try parseOrExpr()
        } catch {
            if error == .fatal { throw .fatal }
        }
        guard current.kind == .rightParen else {
            if inner == nil { throw .recoverable }  // the inner error is reported; do not pile on
            throw failUnclosedParenthesis(openedAt: start)
        }
        advance()
        guard let inner else { throw .recoverable }
        return Expression(kind: .group(inner), range: SourceRange(start, previousEnd))
    }

    /// Reports a `(` at `offset` that the current token does not close.
    @inline(never)
    mutating func failUnclosedParenthesis(openedAt offset: Int) -> ParseFailure {
        let note = recordsDiagnostics ? SyntaxError.unclosed("(", at: source.position(of: offset)) : ""
        return fail(expected: "'and', 'or' or ')'", suggesting: ["and", "or"], notes: [note])
    }

    /// Counts one more level of nesting, or reports that the expression is nested too deeply.
    /// The caller undoes it with `depth -= 1` when it returns.
    @inline(never)
    mutating func enterNesting(at range: SourceRange) throws(ParseFailure) {
        guard depth < Parser.maxDepth else {
            report(SyntaxError.nestedTooDeeply(at: range))
            throw .fatal
        }
        depth += 1
    }

    // MARK: - comparison

    /// `comparison = field_path ( compare_op value | [ "not" ] "matches" regex
    ///                          | [ "not" ] "in" list | "is" [ "not" ] "missing" )`.
    ///
    /// `f not in [...]` and `f not matches /re/` are read as `not` around the comparison.
    @inline(never)
    mutating func parseComparison() throws(ParseFailure) -> Expression {
        guard current.kind == .word else {
            let looksLikeValue = [.string, .number, .date].contains(current.kind)
            throw fail(expected: "a condition after '\(excerpt(previous.range))'",
                       notes: looksLikeValue ? [SyntaxError.conditionHint] : [])
        }
        let field = try comparisonField()
        switch current.kind {
        case .comparison(let op):
            let opToken = advance()
            let value = try valueAfterOperator(after: opToken)
            return comparison(field, op, opToken.range, value)
        case .keyword(.matches), .keyword(.in):
            return try membershipTest(field, negatedBy: nil)
        case .keyword(.not):
            let not = advance()
            guard current.kind == .keyword(.in) || current.kind == .keyword(.matches) else {
                throw fail(expected: "'in' or 'matches' after 'not'", suggesting: ["in", "matches"],
                           notes: [SyntaxError.notOperatorHint])
            }
            return try membershipTest(field, negatedBy: not)
        case .keyword(.is):
            let isToken = advance()
            var op = ComparisonOperator.isMissing
            if current.kind == .keyword(.not) {  // required position: may follow a line break
                advance()
                op = .isNotMissing
            }
            guard current.kind == .keyword(.missing) else {
                throw fail(expected: op == .isMissing ? "'missing' or 'not missing' after 'is'" : "'missing' after 'is not'",
                           suggesting: ["missing", "not"])
            }
            advance()
            return comparison(field, op, SourceRange(isToken.range.lowerBound, previousEnd), nil)
        default:
            throw fail(expected: "an operator after '\(field)'", suggesting: ["matches", "in", "is", "not"],
                       notes: ["the operators are = != ~ < <= > >= matches in, and 'is missing'"])
        }
    }

    /// The field of a comparison; until its operator is read the statement cannot end, so a
    /// line break inside the path does not end it.
    mutating func comparisonField() throws(ParseFailure) -> FieldPath {
        openConstructs += 1
        defer { openConstructs -= 1 }
        return try parseFieldPath(after: "'\(excerpt(previous.range))'")
    }

    /// `[ "not" ] "matches" regex` or `[ "not" ] "in" list`, at `matches` or `in`.
    mutating func membershipTest(_ field: FieldPath, negatedBy not: Token?) throws(ParseFailure) -> Expression {
        let opToken = advance()
        let op: ComparisonOperator = opToken.kind == .keyword(.in) ? .in : .matches
        let value = op == .in ? try parseList(after: opToken) : try parseRegex()
        let positive = comparison(field, op, opToken.range, value)
        guard not != nil else { return positive }
        return Expression(kind: .not(positive), range: positive.range)
    }

    /// A comparison expression spanning from the field to the last token read.
    func comparison(_ field: FieldPath, _ op: ComparisonOperator, _ opRange: SourceRange,
                    _ value: Literal?) -> Expression {
        let range = SourceRange(field.range.lowerBound, max(field.range.lowerBound, previousEnd))
        let comparison = Comparison(field: field, op: op, opRange: opRange, value: value, range: range)
        return Expression(kind: .comparison(comparison), range: range)
    }
}
