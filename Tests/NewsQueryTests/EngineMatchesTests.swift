import Testing
@testable import NewsQuery

/// `matches /regex/flags` through the linear-time regex engine, and its errors' exact spans.
@Suite struct EngineMatchesTests {
    let harness = EngineHarness()

    @Test(arguments: [
        ("quotes where text matches /^we/i", [1, 6]),
        ("quotes where text matches /^we/", []),
        ("quotes where text matches /core.*core/", [2]),
        ("quotes where text matches /自由/", [9]),
        ("quotes where text matches /\\x1b\\[31m/", [8]),
        // On a relation, `matches` tests the display name: the speaker's canonical name.
        ("quotes where speaker matches /^Xi/", [4, 6]),
        ("quotes where speaker matches /^Mr/", []),
        ("quotes where topics matches /korea$/", [10]),
        ("quotes where outlet matches /^U/", [1, 2, 3, 4]),
        ("quotes where mention matches /^he$/", [6]),
        ("quotes where not text matches /e/", [3, 7]),
        ("people where aliases matches /^Mr\\. /", [1, 3]),
        ("articles where title matches /Tai.an$/", [2]),
        ("quotes where text matches /a\\/b/", []),
    ])
    func matches(query: String, expected: [Int]) throws {
        #expect(try harness.ids(query) == expected)
    }

    @Test(arguments: [
        ("quotes where text matches /a(b/", "("),
        ("quotes where text matches /x\\/y)/", ")"),
        ("quotes where text matches /ab/q", "q"),
        ("quotes where text matches /[z-a]/", "z-a"),
    ])
    func invalidPatternPointsInsideTheLiteral(query: String, at text: String) throws {
        let diagnostics = try harness.diagnostics(query)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix("invalid regex: ") == true)
        #expect(diagnostics.first.map { harness.text(at: $0.range) } == text)
    }
}
