import Testing
@testable import NewsQuery

/// Hostile statements taken through the whole query path — the real parser, then binding and
/// evaluation on the fixture corpus: a correct answer or a clear error, never a trap.
/// (EngineRobustnessTests feeds the engine hand-built trees; these start from text.)
@Suite struct HostileEvaluationTests {
    let engine = QueryEngine(corpus: EngineFixture.corpus)

    /// Parses `text` as one statement and runs it.
    private func run(_ text: String) throws -> StatementOutcome {
        let source = testSource(text)
        let parsed = Parser.parse(source)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.message))")
        let statement = try #require(parsed.statements.first)
        return try engine.execute(statement, in: source)
    }

    /// The quote ids a query returns (its first column).
    private func ids(_ text: String) throws -> [Int] {
        try run(text).result?.rows.compactMap { row -> Int? in
            guard case .number(let number)? = row.first else { return nil }
            return Int(number)
        } ?? []
    }

    /// The messages of the errors running `text` throws (empty if it runs).
    private func errorMessages(_ text: String) throws -> [String] {
        do {
            _ = try run(text)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.filter { $0.severity == .error }.map(\.message)
        }
    }

    // MARK: - Long chains

    @Test func tenThousandTermOrChainParsesAndAnswers() throws {
        let text = "quotes where " + (1...10_000).map { "id = \($0)" }.joined(separator: " or ") + " select id"
        #expect(try ids(text) == Array(1...10))
    }

    @Test func tenThousandTermOrChainOfTextSearchesFindsTheOneThatMatches() throws {
        var terms = (1...10_000).map { "text ~ \"absent phrase \($0)\"" }
        terms.insert("id = 7", at: 5_000)
        #expect(try ids("quotes where " + terms.joined(separator: " or ") + " select id") == [7])
    }

    @Test func tenThousandTermAndChainParsesAndAnswers() throws {
        let text = "quotes where " + (11...10_010).map { "id != \($0)" }.joined(separator: " and ") + " and kind = partial select id"
        #expect(try ids(text) == [5, 10])
    }

    @Test func tenThousandValueListParsesAndAnswers() throws {
        let text = "quotes where id in [" + (5...10_004).map(String.init).joined(separator: ", ") + "] select id"
        #expect(try ids(text) == Array(5...10))
    }

    @Test func tenThousandStatementScriptSplitsAndEveryStatementRuns() throws {
        let script = testSource(String(repeating: "quotes where id = 3 count;\n", count: 10_000))
        let items = ScriptSplitter.split(script)
        #expect(items.count == 10_000)
        guard case .statement(let range)? = items.last else {
            Issue.record("expected a statement")
            return
        }
        let statement = try #require(Parser.parse(script, in: range).statements.first)
        #expect(try engine.execute(statement, in: script).result?.rows == [[.number(1)]])
    }

    // MARK: - Depth

    /// Parentheses up to the limit give the right answer; deeper than the limit, the parser's
    /// clear error and nothing runs.
    @Test func nestedParenthesesAnswerOrGiveAClearError() throws {
        func nested(_ depth: Int) -> String {
            "quotes where " + String(repeating: "(id = 1 or ", count: depth) + "id = 2" + String(repeating: ")", count: depth) + " select id"
        }
        #expect(try ids(nested(100)) == [1, 2])
        #expect(try ids(nested(Parser.maxDepth - 1)) == [1, 2])
        let tooDeep = Parser.parse(testSource(nested(10_000)))
        #expect(tooDeep.statements.isEmpty)
        #expect(tooDeep.diagnostics.map(\.message) == ["expression nested too deeply (limit \(Parser.maxDepth))"])
    }

    @Test func theDeepestNotChainTheParserAllowsAnswers() throws {
        let even = "quotes where " + String(repeating: "not ", count: Parser.maxDepth) + "speaker is missing select id"
        #expect(try ids(even) == [3, 10])
        let odd = "quotes where " + String(repeating: "not ", count: Parser.maxDepth - 1) + "speaker is missing select id"
        #expect(try ids(odd) == [1, 2, 4, 5, 6, 7, 8, 9])
    }

    // MARK: - Size

    @Test func aStatementJustUnderTheLengthLimitRuns() throws {
        let padding = Parser.maxStatementLength - 100
        let text = "quotes where text = \"" + String(repeating: "x", count: padding) + "\" count"
        #expect(try run(text).result?.rows == [[.number(0)]])
    }
}
