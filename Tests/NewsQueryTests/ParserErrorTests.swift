import Testing
@testable import NewsQuery

/// Invalid statements: each expected error written inline, at the line:column it must point to.
@Suite struct ParserErrorTests {
    // MARK: - One error each

    @Test(arguments: [
        // Conditions
        ("quotes where", "1:13: expected a condition after 'where', found end of input"),
        ("quotes where \"Wang Yi\"", "1:14: expected a condition after 'where', found string \"Wang Yi\""),
        ("quotes where ()", "1:15: expected a condition after '(', found ')'"),
        ("quotes where not", "1:17: expected a condition after 'not', found end of input"),
        ("quotes where a = 1 and", "1:23: expected a condition after 'and', found end of input"),
        ("quotes where a = 1 or or b = 2", "1:23: expected a condition after 'or', found 'or'"),
        // Operators
        ("quotes where speaker", "1:21: expected an operator after 'speaker', found end of input"),
        ("quotes where speaker wang", "1:22: expected an operator after 'speaker', found 'wang'"),
        ("quotes where article.outlet UPI", "1:29: expected an operator after 'article.outlet', found 'UPI'"),
        ("quotes where a not = 1", "1:20: expected 'in' or 'matches' after 'not', found '='"),
        ("quotes where a is", "1:18: expected 'missing' or 'not missing' after 'is', found end of input"),
        ("quotes where a is not", "1:22: expected 'missing' after 'is not', found end of input"),
        ("quotes where a.", "1:16: expected a field name after '.', found end of input"),
        // Values
        ("quotes where speaker =", "1:23: expected a value after '=', found end of input"),
        ("quotes where a = in", "1:18: expected a value after '=', found 'in'"),
        ("quotes where a = (b)", "1:18: expected a value after '=', found '('"),
        ("quotes where a = 2023-02-30", "1:18: invalid date '2023-02-30': February 2023 has 28 days"),
        ("quotes where a = \"x\\q\"", "1:20: unknown escape '\\q' in string"),
        ("quotes where a = [x]", "1:18: a list of values needs 'in', not '='"),
        ("quotes where a ~ /x/", "1:18: a regular expression needs 'matches', not '~'"),
        ("quotes where a == 1", "1:16: '==' is not an operator here; use '='"),
        // Lists
        ("quotes where a in", "1:18: expected a list after 'in', found end of input"),
        ("quotes where a in taiwan", "1:19: expected a list after 'in', found 'taiwan'"),
        ("quotes where a in [x,", "1:22: expected a value after ',', found end of input"),
        ("quotes where a in [x", "1:21: expected ',' or ']', found end of input"),
        ("quotes where a in [x, ]", "1:23: expected a value after ',', found ']'"),
        ("quotes where a in [, x]", "1:20: expected a value after '[', found ','"),
        ("quotes where a in [x, [y]]", "1:23: lists cannot be nested"),
        // Regular expressions
        ("quotes where a matches", "1:23: expected a regular expression /.../ after 'matches', found end of input"),
        ("quotes where a matches \"x\"", "1:24: expected a regular expression after 'matches', found string \"x\""),
        ("quotes where a matches /x", "1:24: unterminated regular expression: missing closing '/'"),
        ("quotes where a matches /x/q", "1:27: unknown regular expression flag 'q'"),
        // Parentheses
        ("quotes where (a = b", "1:20: expected 'and', 'or' or ')', found end of input"),
        ("quotes where (a = b c", "1:21: expected 'and', 'or' or ')', found 'c'"),
        ("quotes where a = b)", "1:19: unmatched ')'"),
        // Clauses
        ("quotes wher x = 1", "1:8: expected 'where', 'count', 'sort', 'limit', 'select' or end of statement, found 'wher'"),
        ("quotes where a = b c = d",
         "1:20: expected 'and', 'or', 'count', 'sort', 'limit', 'select' or end of statement, found 'c'"),
        ("quotes count speaker", "1:14: expected 'sort', 'limit', 'select' or end of statement, found 'speaker'"),
        ("quotes count by", "1:16: expected a field after 'count by', found end of input"),
        ("quotes sort date", "1:13: expected 'by' after 'sort', found 'date'"),
        ("quotes sort by", "1:15: expected a field after 'sort by', found end of input"),
        ("quotes sort by date,", "1:21: expected a field after ',', found end of input"),
        ("quotes sort by date descending",
         "1:21: expected ',', 'asc', 'desc', 'limit', 'select' or end of statement, found 'descending'"),
        ("quotes limit", "1:13: expected a number after 'limit', found end of input"),
        ("quotes limit -1", "1:14: the limit must be a whole number of at least 0"),
        ("quotes limit 2.5", "1:14: the limit must be a whole number of at least 0"),
        ("quotes limit 99999999999999999999", "1:14: number too large: 99999999999999999999 (at most 9223372036854775807)"),
        ("quotes limit 5 select", "1:22: expected a field after 'select', found end of input"),
        ("quotes select \"text\"", "1:15: expected a field after 'select', found string \"text\""),
        ("quotes select text title", "1:20: expected ',' or end of statement, found 'title'"),
        ("quotes limit 5 where x = 1", "1:16: 'where' must come before 'limit'"),
        ("quotes select text count", "1:20: 'count' must come before 'select'"),
        ("quotes where a = 1 where b = 2", "1:20: a query has only one 'where' clause"),
        ("quotes sort by a sort by b", "1:18: a query has only one 'sort' clause"),
        // Statements
        ("where a = 1", "1:1: expected a collection, 'let' or 'show', found 'where'"),
        ("42", "1:1: expected a collection, 'let' or 'show', found number 42"),
        ("let", "1:4: expected a name after 'let', found end of input"),
        ("let where = quotes", "1:5: expected a name after 'let', found 'where'"),
        ("let x quotes", "1:7: expected '=' after 'let x', found 'quotes'"),
        ("let x =", "1:8: expected a collection after '=', found end of input"),
        ("show", "1:5: expected what to show after 'show' ('article', 'quote', 'person', 'topic' or 'outlet'), found end of input"),
        ("show 3", "1:6: expected what to show after 'show' ('article', 'quote', 'person', 'topic' or 'outlet'), found number 3"),
        ("show quote", "1:11: expected a record number after 'show quote', found end of input"),
        ("show quote x", "1:12: expected a record number after 'show quote', found 'x'"),
        ("show quote 0", "1:12: a record number must be a whole number of at least 1"),
        ("show quote 1.5", "1:12: a record number must be a whole number of at least 1"),
        ("show quote 3 4", "1:14: expected end of statement, found number 4"),
        // Positions on later lines and after wide characters count Unicode scalars
        ("quotes\n  where speaker =\n", "2:18: expected a value after '=', found end of input"),
        ("quotes where x = \"é台\" and y", "1:28: expected an operator after 'y', found end of input"),
        ("quotes where 台湾 # 1", "1:17: unexpected character '#'"),
    ])
    func singleError(source: String, expected: String) {
        #expect(errors(source) == [expected])
        #expect(printed(source) == [])
    }

    // MARK: - Did you mean

    @Test(arguments: [
        ("quotes wher x = 1", "where"),
        ("quotes where a = 1 adn b = 2", "and"),
        ("quotes where a matchs /x/", "matches"),
        ("quotes where a iss missing", "is"),
        ("quotes where a is mising", "missing"),
        ("quotes sort bi date", "by"),
        ("quotes sort by date des", "desc"),
        ("quotes sort by date descending", "desc"),
        ("quotes limt 5", "limit"),
        ("quotes selct text", "select"),
        ("quotes where x = 'Wang Yi'", "\"Wang Yi\""),
        ("quotes where x matches \"a/b\"", #"/a\/b/"#),
        ("show qoute 1 2", nil),
    ] as [(String, String?)])
    func suggestion(source: String, expected: String?) {
        let diagnostics = Parser.parse(testSource(source)).diagnostics
        #expect(diagnostics.first?.suggestion == expected)
    }

    @Test func aMisspeltStatementKeywordIsNamedInANote() {
        let diagnostics = Parser.parse(testSource("shw quote 3")).diagnostics
        #expect(diagnostics.map(\.notes) == [["'shw' is read as a collection name; did you mean 'show'?"]])
    }

    @Test func anUnclosedParenthesisPointsBackToIt() {
        let diagnostics = Parser.parse(testSource("quotes where (a = 1 or\n  (b = 2)")).diagnostics
        #expect(diagnostics.map(\.notes) == [["the '(' at 1:14 is not closed"]])
    }

    @Test func aStringRunningAcrossLinesGetsAHint() {
        let text = "quotes where a = \"x and b = 2\nsort by date\" limit x"
        let diagnostics = Parser.parse(testSource(text)).diagnostics
        #expect(diagnostics.map(\.message) == ["expected a number after 'limit', found 'x'"])
        #expect(diagnostics.first?.notes == ["the string at 1:18 runs across a line break; is its closing '\"' missing?"])
    }

    // MARK: - Several errors in one statement

    @Test(arguments: [
        ("quotes where speaker = and topic ~ sort by date limit x", [
            "1:24: expected a value after '=', found 'and'",
            "1:36: expected a value after '~', found 'sort'",
            "1:55: expected a number after 'limit', found 'x'",
        ]),
        ("quotes wher x = 1 sort date limit 5", [
            "1:8: expected 'where', 'count', 'sort', 'limit', 'select' or end of statement, found 'wher'",
            "1:24: expected 'by' after 'sort', found 'date'",
        ]),
        ("quotes where (a = ) and b = = c or d", [
            "1:19: expected a value after '=', found ')'",
            "1:29: expected a value after '=', found '='",
            "1:37: expected an operator after 'd', found end of input",
        ]),
        ("quotes limit 5 where x = 1 limit 3", [
            "1:16: 'where' must come before 'limit'",
            "1:28: a query has only one 'limit' clause",
        ]),
        ("quotes where a = 2023-02-30 and b = \"\\q\" and c == 1", [
            "1:18: invalid date '2023-02-30': February 2023 has 28 days",
            "1:38: unknown escape '\\q' in string",
            "1:48: '==' is not an operator here; use '='",
        ]),
        ("a b; quotes; c d", [
            "1:3: expected 'where', 'count', 'sort', 'limit', 'select' or end of statement, found 'b'",
            "1:16: expected 'where', 'count', 'sort', 'limit', 'select' or end of statement, found 'd'",
        ]),
    ])
    func severalErrors(source: String, expected: [String]) {
        #expect(errors(source) == expected)
    }

    @Test func theCleanStatementsAroundABadOneStillParse() {
        let result = Parser.parse(testSource("quotes; articles where; people"))
        #expect(result.statements.map(StatementPrinter.print) == ["quotes", "people"])
        #expect(result.diagnostics.count == 1)
    }

    @Test func parsingStopsAfterTenErrors() {
        let text = Array(repeating: "a b", count: 15).joined(separator: "; ")
        let diagnostics = Parser.parse(testSource(text)).diagnostics
        #expect(diagnostics.filter { $0.severity == .error }.count == Parser.maxErrors)
        #expect(diagnostics.last?.severity == .note)
        #expect(diagnostics.last?.message == "too many errors (10); stopped here")
    }

    @Test func aStatementWhoseErrorCameAfterTheLimitIsStillLeftOut() {
        let text = String(repeating: "a b; ", count: Parser.maxErrors) + "quotes where d = 2023-02-30"
        let result = Parser.parse(testSource(text))
        #expect(result.statements.isEmpty)
        #expect(result.diagnostics.last?.severity == .note)
    }

    @Test func skippedTokensDoNotReportTheirLexicalErrors() {
        #expect(errors("quotes wher # @ \"\\q\"") ==
                ["1:8: expected 'where', 'count', 'sort', 'limit', 'select' or end of statement, found 'wher'"])
    }

    @Test func statementLengthIsLimited() {
        let text = "quotes where text = \"" + String(repeating: "x", count: Parser.maxStatementLength) + "\""
        #expect(errors(text) == ["1:1: statement too long: \(text.utf8.count) bytes (limit \(Parser.maxStatementLength))"])
    }
}
