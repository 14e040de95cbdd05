import Testing
@testable import NewsQuery

/// Values that name nothing: not errors, but warnings with the closest names.
@Suite struct BinderWarningTests {
    let harness = EngineHarness()

    @Test(arguments: [
        ("quotes where speaker = \"Wang Yo\"", "no speaker 'Wang Yo'", "\"Wang Yo\"", "Wang Yi"),
        ("quotes where topic = taiwn", "no topic 'taiwn'", "taiwn", "taiwan"),
        ("quotes where outlet = UPl", "no outlet 'UPl'", "UPl", "UPI"),
        ("quotes where article.outlet = Reuter", "no outlet 'Reuter'", "Reuter", "Reuters"),
        ("articles where speakers = Blinkin", "no person 'Blinkin'", "Blinkin", "Blinken"),
        ("people where name = \"Zhang Wie\"", "no person 'Zhang Wie'", "\"Zhang Wie\"", "Zhang Wei"),
        ("topics where name = climat", "no topic 'climat'", "climat", "climate"),
        ("quotes where article = 9", "no article 9; articles are numbered 1 to 3", "9", nil),
        ("quotes where speaker = Qwertyuiop", "no speaker 'Qwertyuiop'", "Qwertyuiop", nil),
    ] as [(String, String, String, String?)])
    func nameThatMatchesNothingWarns(query: String, message: String, at text: String, suggestion: String?) throws {
        let outcome = try harness.run(query)
        #expect(outcome.result?.rows.isEmpty == true)
        #expect(outcome.warnings.map(\.message) == [message])
        #expect(outcome.warnings.allSatisfy { $0.severity == .warning })
        #expect(outcome.warnings.first.map { harness.text(at: $0.range) } == text)
        #expect(outcome.warnings.first?.suggestion == suggestion)
    }

    @Test func eachUnknownListElementWarnsOnItsOwn() throws {
        let outcome = try harness.run("quotes where speaker in [Xi, \"Wang Yo\", Blinkn]")
        #expect(try harness.ids("quotes where speaker in [Xi, \"Wang Yo\", Blinkn]") == [4, 6])
        #expect(outcome.warnings.map { harness.text(at: $0.range) } == ["\"Wang Yo\"", "Blinkn"])
    }

    @Test func severalCloseNamesAreListedInANote() throws {
        let outcome = try harness.run("quotes where speaker = \"Wang Y\"")
        #expect(outcome.warnings.first?.suggestion == "Wang Yi")
        #expect(outcome.warnings.first?.notes == ["other close names: 'Wang'"])
        let single = try harness.run("quotes where speaker = \"Xi Jinpin\"")
        #expect(single.warnings.first?.suggestion == "Xi Jinping")
        #expect(single.warnings.first?.notes == [])
    }

    @Test func knownNamesDoNotWarn() throws {
        #expect(try harness.run("quotes where speaker = \"mr. xi\" and topic = TAIWAN and outlet = reuters").warnings.isEmpty)
    }
}
