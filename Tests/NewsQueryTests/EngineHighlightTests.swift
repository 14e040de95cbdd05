import Testing
@testable import NewsQuery

/// What a query searched for comes back with its result, so a terminal can colour the matches.
@Suite struct EngineHighlightTests {
    let harness = EngineHarness()

    @Test(arguments: [
        ("quotes where text ~ \"Core\" select id, text", ["text: core"]),
        ("quotes where text matches /^we/i select text", ["text: /^we/i"]),
        ("quotes where text ~ core or speaker = Xi select text", ["text: core"]),
        ("quotes where not text ~ core select text", []),
        ("quotes where text ~ core select id", []),
        ("quotes where article.title ~ taiwan select text, article.title", ["article.title: taiwan"]),
        ("quotes count", []),
    ])
    func highlights(query: String, expected: [String]) throws {
        let result = try harness.result(query)
        let described = result.highlights.map { highlight -> String in
            switch highlight.pattern {
            case .substring(let needle): "\(highlight.column): \(needle)"
            case .regex(let regex): "\(highlight.column): /\(regex.pattern)/\(regex.flags)"
            }
        }
        #expect(described == expected)
    }

    @Test func matchesAreFoundCaseInsensitivelyAndWithoutOverlap() throws {
        let substring = Highlight(column: "text", pattern: .substring("ab"))
        let text = "AB ab aab"
        #expect(substring.ranges(in: text).map { String(text[$0]) } == ["AB", "ab", "ab"])
        let regex = Highlight(column: "text", pattern: .regex(try SafeRegex(pattern: "a+", flags: "")))
        #expect(regex.ranges(in: "caaat a").map { String("caaat a"[$0]) } == ["aaa", "a"])
    }

    @Test func tablesColourMatchesOnlyWithColour() {
        let result = ResultSet(columns: [.init("text", type: .text)], rows: [[.text("made progress today")]],
                               highlights: [Highlight(column: "text", pattern: .substring("progress"))])
        #expect(OutputTestData.render(result, .table, color: true).contains("made \u{1B}[1;33mprogress\u{1B}[0m today"))
        #expect(!OutputTestData.render(result, .table).contains("\u{1B}"))
    }
}
