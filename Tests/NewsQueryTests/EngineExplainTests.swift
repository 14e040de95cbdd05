import Testing
@testable import NewsQuery

/// `explain`: the plan in words, without running it.
@Suite struct EngineExplainTests {
    let harness = EngineHarness()

    private func explain(_ text: String) throws -> String {
        let (statement, source) = try TestQueryReader.statement(text)
        return try harness.engine.explain(statement, in: source)
    }

    @Test func describesIndexLookupsScansAndClausesInOrder() throws {
        let text = try explain("quotes where text ~ taiwan and speaker = \"Mr. Xi\" and line > 2 sort by date desc limit 3 select id, text")
        #expect(text == """
            source: quotes (10 quotes)
            filter:
              all of (cheapest first):
                speaker: some linked person satisfies (index lookup people → quotes when that touches fewer records than scanning the links):
                  is {Mr. Xi} (1 record; direct lookup)
                line > 2 (column scan)
                text ~ "taiwan" (byte search over the case-folded text of quotes)
            sort by date desc (stable; missing last)
            limit 3
            output: columns id, text
            """)
    }

    @Test func longOrChainsAreMergedAndShortened() throws {
        let names = (1...30).map { "speaker = \"Name \($0)\"" }.joined(separator: " or ")
        let text = try explain("quotes where \(names) or text ~ a count by topics")
        #expect(text.contains("is {Name 1, Name 2, Name 3, Name 4, Name 5, … (30 names)} (0 records; direct lookup)"))
        #expect(text.contains("output: count by topics, groups ordered by count descending, then value"))
    }

    @Test func describesBindingsShowsAndErrors() throws {
        _ = try harness.run("let tw = quotes where topic = taiwan")
        #expect(try explain("tw where id = 2").hasPrefix("source: tw ← quotes (10 quotes)\nstage 1: filter:"))
        #expect(try explain("show quote 2") == "show quote 2: reads the record directly, with every field")
        #expect(throws: DiagnosticList.self) { try explain("qoutes") }
    }
}
