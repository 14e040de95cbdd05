import Testing
@testable import NewsQuery

/// Printing a parsed statement and parsing the text again gives the same tree.
@Suite struct RoundTripTests {
    static let samples = [
        "quotes",
        "quotes where speaker = \"Wang Yi\" and topic = taiwan select text, outlet",
        "quotes where (a = 1 or (b = 2 and not c ~ \"x\")) and d in [1, 2.5, -3, 2023-06-19, \"q\\\"uote\", w]",
        "quotes where text matches /a\\/b[/]c/im or text not matches /z/ and x not in []",
        "quotes where role is missing or role is not missing",
        "articles where quotes.speaker.name = \"Wang Yi\" count by outlet sort by x desc, y limit 3 select a.b",
        "people where quotes.topic = taiwan count",
        "let recent = articles where date >= 2023-06-01 sort by date desc",
        "show quote 12",
        "quotes where x = 0.1 or x = 1e0 or x = 123456789012345678901234567890 or x = -0.000000000001",
        "quotes where x = \"\\u{0}\\u{7F}\\u{85}\\n\\t\\\\ é 台湾 😀\"",
        "quotes where not not not x = 1",
        "QUOTES WHERE A = B AND C = D OR E = F SORT BY G ASC LIMIT 5 SELECT H",
    ]

    @Test(arguments: samples)
    func roundTrip(text: String) throws {
        let first = Parser.parse(testSource(text))
        #expect(first.diagnostics.isEmpty, "\(first.diagnostics.map(\.message))")
        let statement = try #require(first.statements.first)
        let printedText = StatementPrinter.print(statement)
        let second = Parser.parse(testSource(printedText))
        #expect(second.diagnostics.isEmpty, "\(printedText): \(second.diagnostics.map(\.message))")
        let reparsed = try #require(second.statements.first)
        #expect(reparsed.isStructurallyEqual(to: statement))
        #expect(StatementPrinter.print(reparsed) == printedText)
    }

    @Test func structuralEqualityIgnoresRangesButNotContent() throws {
        let a = try #require(Parser.parse(testSource("quotes where a = 1")).statements.first)
        let b = try #require(Parser.parse(testSource("quotes   where  a=1")).statements.first)
        let c = try #require(Parser.parse(testSource("quotes where a = 2")).statements.first)
        #expect(a != b)
        #expect(a.isStructurallyEqual(to: b))
        #expect(!a.isStructurallyEqual(to: c))
    }

    @Test func handBuiltTreesArePrintedWithTheParenthesesTheyNeed() {
        let r = SourceRange(at: 0)
        func comparison(_ name: String, _ number: Double = 1) -> Expression {
            let field = FieldPath(components: [Identifier(name, range: r)], range: r)
            let value = Literal(kind: .number(number), range: r)
            return Expression(kind: .comparison(Comparison(field: field, op: .equal, opRange: r, value: value, range: r)), range: r)
        }
        let or = Expression(kind: .or([comparison("a"), comparison("b", 2)]), range: r)
        let and = Expression(kind: .and([or, comparison("c")]), range: r)
        let not = Expression(kind: .not(and), range: r)
        #expect(StatementPrinter.print(not) == "not ((a = 1 or b = 2) and c = 1)")
    }

    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (5, "5"), (-12, "-12"), (0.5, "0.5"), (1e-5, "0.00001"),
        (1.5e20, "150000000000000000000"), (-2.5e-7, "-0.00000025"), (1e15, "1000000000000000"),
        (123.456, "123.456"),
    ])
    func numbersArePrintedInPlainDecimal(number: Double, expected: String) {
        #expect(StatementPrinter.format(number) == expected)
        #expect(Double(expected) == number)
    }

    // MARK: - Generated statements

    /// Statements generated from the grammar by a seeded random walk round-trip too.
    @Test func generatedStatementsRoundTrip() {
        var generator = StatementGenerator(seed: 0x5EED)
        for _ in 0..<400 {
            let text = generator.statement()
            let first = Parser.parse(testSource(text))
            guard let statement = first.statements.first, first.diagnostics.isEmpty else {
                Issue.record("generated text did not parse: \(text): \(first.diagnostics.map(\.message))")
                continue
            }
            let again = Parser.parse(testSource(StatementPrinter.print(statement))).statements.first
            #expect(again?.isStructurallyEqual(to: statement) == true, "\(text)")
        }
    }
}

/// A seeded random walk over the grammar, producing valid statement text.
struct StatementGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(max(1, bound)))
    }
    mutating func pick(_ options: [String]) -> String { options[next(options.count)] }

    mutating func statement() -> String {
        switch next(6) {
        case 0: return "let " + pick(["a", "recent", "wang_yi"]) + " = " + query()
        case 1: return "show " + pick(["quote", "article", "person"]) + " \(next(500) + 1)"
        default: return query()
        }
    }

    mutating func query() -> String {
        var parts = [pick(["quotes", "articles", "people", "topics", "outlets", "recent"])]
        if next(4) > 0 { parts.append("where " + expression(depth: 0)) }
        if next(3) == 0 { parts.append(next(2) == 0 ? "count" : "count by " + path()) }
        if next(3) == 0 { parts.append("sort by " + (0...next(2)).map { _ in path() + pick(["", " asc", " desc"]) }.joined(separator: ", ")) }
        if next(3) == 0 { parts.append("limit \(next(100))") }
        if next(3) == 0 { parts.append("select " + (0...next(3)).map { _ in path() }.joined(separator: ", ")) }
        return parts.joined(separator: pick([" ", "\n  ", "  "]))
    }

    mutating func expression(depth: Int) -> String {
        let count = next(3) + 1
        let joiner = pick([" and ", " or ", " AND "])
        return (0..<count).map { _ in term(depth: depth) }.joined(separator: joiner)
    }

    mutating func term(depth: Int) -> String {
        switch next(depth > 3 ? 1 : 6) {
        case 1: return "(" + expression(depth: depth + 1) + ")"
        case 2: return "not " + term(depth: depth + 1)
        default: return comparison()
        }
    }

    mutating func comparison() -> String {
        let field = path()
        switch next(6) {
        case 0: return field + " in [" + (0..<next(3)).map { _ in value() }.joined(separator: ", ") + "]"
        case 1: return field + pick([" matches ", " not matches "]) + pick(["/wang/", #"/a\/b/i"#, "/[/x]+/ms"])
        case 2: return field + pick([" is missing", " is not missing", " not in [x]"])
        default: return field + " " + pick(["=", "!=", "~", "<", "<=", ">", ">="]) + " " + value()
        }
    }

    mutating func path() -> String {
        (0...next(2)).map { _ in pick(["speaker", "topic", "article", "outlet", "date", "text", "name"]) }.joined(separator: ".")
    }

    mutating func value() -> String {
        pick(["taiwan", "north-korea", "\"Wang Yi\"", "\"a \\\"b\\\" \\\\ \\n\\t\\u{263A}\"", "42", "-1.5", "0.001",
              "2023-06-19", "UPI", "\"\"", "台湾", "5g"])
    }
}
