import Testing
@testable import NewsQuery

/// Long chains, deep nesting and cancellation: correct answers, errors, never a crash.
@Suite struct EngineRobustnessTests {
    let harness = EngineHarness()

    private func comparison(_ field: String, _ op: ComparisonOperator, _ value: Literal.Kind) -> Expression {
        let range = SourceRange(at: 0)
        let path = FieldPath(components: [Identifier(field, range: range)], range: range)
        let comparison = Comparison(field: path, op: op, opRange: range, value: Literal(kind: value, range: range), range: range)
        return Expression(kind: .comparison(comparison), range: range)
    }

    private func run(_ filter: Expression, cancellation: CancellationToken? = nil) throws -> StatementOutcome {
        let range = SourceRange(at: 0)
        let query = Query(source: Identifier("quotes", range: range), filter: filter,
                          projection: [FieldPath(components: [Identifier("id", range: range)], range: range)], range: range)
        return try harness.engine.execute(Statement(kind: .query(query), range: range), in: SourceFile(name: "<test>", text: ""),
                                          cancellation: cancellation)
    }

    private func ids(_ outcome: StatementOutcome) -> [Value] { outcome.result?.rows.map { $0[0] } ?? [] }

    @Test func tenThousandTermOrChainOfTextSearches() throws {
        var operands = (1...10_000).map { comparison("text", .contains, .string("absent phrase \($0)")) }
        operands.insert(comparison("id", .equal, .number(7)), at: 5_000)
        operands.append(comparison("text", .contains, .string("SEA")))
        let outcome = try run(Expression(kind: .or(operands), range: SourceRange(at: 0)))
        #expect(ids(outcome) == [.number(7), .number(10)])
    }

    @Test func tenThousandTermOrChainOfEqualitiesMergesIntoOneTest() throws {
        let operands = (1...10_000).map { comparison("line", .equal, .number(Double($0 * 2 + 1))) }
        let outcome = try run(Expression(kind: .or(operands), range: SourceRange(at: 0)))
        #expect(ids(outcome).count == 10)
        let speakers = (1...10_000).map { comparison("speaker", .equal, .number(Double($0))) }
        #expect(ids(try run(Expression(kind: .or(speakers), range: SourceRange(at: 0)))).count == 8)
    }

    @Test func tenThousandTermAndChain() throws {
        let operands = (11...10_010).map { comparison("id", .notEqual, .number(Double($0))) }
            + [comparison("kind", .notEqual, .word("direct"))]
        let outcome = try run(Expression(kind: .and(operands), range: SourceRange(at: 0)))
        #expect(ids(outcome) == [.number(3), .number(5), .number(10)])
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        var expression = comparison("id", .equal, .number(1))
        for level in 0..<300 {
            let other = comparison("id", .equal, .number(Double(level)))
            let grouped = Expression(kind: .group(expression), range: SourceRange(at: 0))
            expression = Expression(kind: level % 2 == 0 ? .and([grouped, other]) : .or([grouped, other]), range: SourceRange(at: 0))
        }
        #expect(throws: DiagnosticList.self) { try run(expression) }
        do {
            _ = try run(expression)
        } catch let error as DiagnosticList {
            #expect(error.diagnostics.map(\.message) == ["expression nested too deeply (limit \(Parser.maxDepth))"])
        }
    }

    @Test func longNotChainUnwrapsWithoutRecursion() throws {
        var expression = comparison("speaker", .equal, .word("Xi"))
        for _ in 0..<10_001 { expression = Expression(kind: .not(expression), range: SourceRange(at: 0)) }
        #expect(ids(try run(expression)) == [1, 2, 3, 5, 7, 8, 9, 10].map { .number(Double($0)) })
    }

    @Test func cancelledTokenInterruptsTheQuery() throws {
        let token = CancellationToken()
        token.cancel()
        do {
            _ = try harness.engine.execute(try TestQueryReader.statement("quotes where text ~ a").0,
                                           in: SourceFile(name: "<test>", text: "quotes where text ~ a"), cancellation: token)
            Issue.record("expected an interruption")
        } catch let error as DiagnosticList {
            #expect(error.diagnostics.map(\.message) == ["query interrupted"])
            #expect(error.diagnostics.map(\.severity) == [.error])
        }
        token.reset()
        #expect(try run(comparison("text", .contains, .word("sea")), cancellation: token).result?.rows.count == 1)
    }

    @Test func cancelledLetBindsNothing() throws {
        let token = CancellationToken()
        token.cancel()
        let (statement, source) = try TestQueryReader.statement("let x = quotes")
        #expect(throws: DiagnosticList.self) { try harness.engine.execute(statement, in: source, cancellation: token) }
        #expect(harness.engine.bindingNames.isEmpty)
    }

    @Test func emptyCorpusAnswersEverything() throws {
        let harness = EngineHarness(corpus: .init())
        #expect(try harness.ids("quotes where speaker = Xi sort by date") == [])
        #expect(try harness.result("quotes count").rows == [[.number(0)]])
        #expect(try harness.result("quotes count by topics").rows == [])
        #expect(try harness.diagnostics("show quote 1").map(\.message) == ["no quote 1; there are no quotes loaded"])
    }
}
