import Testing
@testable import NewsQuery

@Suite struct ParserTests {
    // MARK: - Valid statements, checked through their canonical text

    @Test(arguments: [
        ("quotes", "quotes"),
        ("QUOTES WHERE Speaker = \"Wang Yi\"", "QUOTES where Speaker = \"Wang Yi\""),
        ("quotes where speaker = \"Wang Yi\" and topic = taiwan", "quotes where speaker = \"Wang Yi\" and topic = taiwan"),
        ("quotes where (a = 1 or b = 2) and c = 3", "quotes where (a = 1 or b = 2) and c = 3"),
        ("quotes where a not in [x, \"y z\", 3, 2023-01-01]", "quotes where not a in [x, \"y z\", 3, 2023-01-01]"),
        ("quotes where kind in []", "quotes where kind in []"),
        (#"quotes where text matches /wang\s+yi/i"#, #"quotes where text matches /wang\s+yi/i"#),
        ("quotes where text not matches /x/", "quotes where not text matches /x/"),
        ("quotes where role is missing or role is not missing", "quotes where role is missing or role is not missing"),
        ("quotes where date >= 2023-06-19 and date < 2024-01-01", "quotes where date >= 2023-06-19 and date < 2024-01-01"),
        ("quotes where words > 10 and words <= 20.50 and x != -3", "quotes where words > 10 and words <= 20.5 and x != -3"),
        ("quotes where x = -0 or x = 0.000001", "quotes where x = 0 or x = 0.000001"),
        ("quotes where text ~ \"Taiwan\"", "quotes where text ~ \"Taiwan\""),
        ("quotes where article.outlet = UPI", "quotes where article.outlet = UPI"),
        ("articles where quotes.speaker = \"Wang Yi\"", "articles where quotes.speaker = \"Wang Yi\""),
        ("people where quotes.topic = taiwan", "people where quotes.topic = taiwan"),
        ("quotes count", "quotes count"),
        ("quotes where topic = taiwan count by speaker limit 5", "quotes where topic = taiwan count by speaker limit 5"),
        ("quotes count by speaker sort by count asc, speaker", "quotes count by speaker sort by count, speaker"),
        ("quotes count select text", "quotes count select text"),
        ("quotes sort by date desc, title asc limit 10 select text, outlet, article.title",
         "quotes sort by date desc, title limit 10 select text, outlet, article.title"),
        ("quotes limit 0", "quotes limit 0"),
        ("let wang = quotes where speaker = \"Wang Yi\"", "let wang = quotes where speaker = \"Wang Yi\""),
        ("wang where topic = taiwan", "wang where topic = taiwan"),
        ("show quote 3", "show quote 3"),
        ("SHOW Article 12", "show Article 12"),
        (#"quotes where x = "tab\tquote\"back\\slash\u{1}""#, #"quotes where x = "tab\tquote\"back\\slash\u{1}""#),
        ("quotes where x = \"a\u{1B}b\"", #"quotes where x = "a\u{1B}b""#),
        ("quotes where 台湾 = \"台湾\" and x = café", "quotes where 台湾 = \"台湾\" and x = café"),
        ("quotes\n  where a = 1\n  and b = 2", "quotes where a = 1 and b = 2"),
        ("quotes where a = 1 -- a comment\n and b = 2", "quotes where a = 1 and b = 2"),
    ])
    func validStatement(source: String, expected: String) {
        #expect(errors(source) == [])
        #expect(printed(source) == [expected])
    }

    @Test func semicolonsSeparateStatementsAndEmptyOnesAreSkipped() {
        #expect(printed("quotes; articles;; show quote 1;") == ["quotes", "articles", "show quote 1"])
        #expect(printed("") == [])
        #expect(printed("-- nothing but a comment") == [])
    }

    // MARK: - Trees: precedence, flat chains, sugar

    @Test(arguments: [
        ("quotes where a = 1 or b = 2 and c = 3",
         "query quotes\n  where\n    or\n      a = 1\n      and\n        b = 2\n        c = 3"),
        ("quotes where not a = 1 and b = 2",
         "query quotes\n  where\n    and\n      not\n        a = 1\n      b = 2"),
        ("quotes where a = 1 or b = 2 or c = 3",
         "query quotes\n  where\n    or\n      a = 1\n      b = 2\n      c = 3"),
        ("quotes where not (a = 1 or b = 2)",
         "query quotes\n  where\n    not\n      ( )\n        or\n          a = 1\n          b = 2"),
        ("quotes where a not in [x]", "query quotes\n  where\n    not\n      a in [x]"),
        ("let w = quotes count by speaker sort by x desc limit 3 select a, b.c",
         "let w = query quotes\n  count by speaker\n  sort by\n    x desc\n  limit 3\n  select a, b.c"),
        ("show person 7", "show person 7"),
    ])
    func tree(source: String, expected: String) throws {
        let statement = try #require(Parser.parse(testSource(source)).statements.first)
        #expect(StatementPrinter.tree(statement) == expected)
    }

    @Test func nodesCarryTheirSourceRanges() throws {
        let source = testSource("quotes where article.outlet = UPI limit 5")
        let statement = try #require(Parser.parse(source).statements.first)
        guard case .query(let query) = statement.kind, case .comparison(let comparison)? = query.filter?.kind else {
            Issue.record("expected a query with a comparison")
            return
        }
        #expect(source.text(in: statement.range) == "quotes where article.outlet = UPI limit 5")
        #expect(source.text(in: comparison.range) == "article.outlet = UPI")
        #expect(source.text(in: comparison.field.range) == "article.outlet")
        #expect(source.text(in: comparison.opRange) == "=")
        #expect(comparison.value.map { source.text(in: $0.range) } == "UPI")
        #expect(query.limit.map { source.text(in: $0.range) } == "limit 5")
    }

    @Test func showKeepsTheNumberAndItsRange() throws {
        let source = testSource("show quote 42")
        let statement = try #require(Parser.parse(source).statements.first)
        guard case .show(let target, let number, let numberRange) = statement.kind else {
            Issue.record("expected a show statement")
            return
        }
        #expect(target.name == "quote")
        #expect(number == 42)
        #expect(source.text(in: numberRange) == "42")
    }

    // MARK: - Incomplete input (the interactive continuation prompt)

    @Test(arguments: [
        ("quotes where", true),
        ("quotes where (a = 1", true),
        ("quotes where a = \"open", true),
        ("quotes where a in [x,", true),
        ("quotes where a = 1 and -- more to come", true),
        ("quotes sort", true),
        ("let x =", true),
        ("show quote", true),
        ("quotes where a =\n", true),
        ("quotes", false),
        ("", false),
        ("quotes count", false),
        ("quotes wher", false),
        ("quotes where a = = ", false),
        ("quotes where a matches /x", false),
        ("quotes where a = \"bad \\q", false),
        ("quotes where a = 1)", false),
    ])
    func incomplete(source: String, expected: Bool) {
        #expect(Parser.isIncomplete(testSource(source)) == expected)
    }
}
