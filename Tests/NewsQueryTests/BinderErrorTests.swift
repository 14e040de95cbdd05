import Testing
@testable import NewsQuery

/// Semantic errors: each message, the exact text it points at, and its suggestion.
@Suite struct BinderErrorTests {
    let harness = EngineHarness()

    struct Case: CustomTestStringConvertible, Sendable {
        var statement: String
        var message: String
        var at: String
        var suggestion: String? = nil
        var testDescription: String { statement }
    }

    @Test(arguments: [
        Case(statement: "qoutes", message: "unknown collection 'qoutes'", at: "qoutes", suggestion: "quotes"),
        Case(statement: "quote where id = 1", message: "unknown collection 'quote'", at: "quote", suggestion: "quotes"),
        Case(statement: "quotes where spekaer = Xi", message: "unknown field 'spekaer' on quotes", at: "spekaer", suggestion: "speaker"),
        Case(statement: "quotes where article.titel ~ x", message: "unknown field 'titel' on articles", at: "titel", suggestion: "title"),
        Case(statement: "quotes where text.x = 1", message: "'text' is not a relation; it has no field 'x'", at: "x"),
        Case(statement: "quotes where speaker < 3", message: "'<' compares numbers and dates; 'speaker' is a person", at: "<"),
        Case(statement: "quotes where article >= 2", message: "'>=' compares numbers and dates; 'article' is an article", at: ">="),
        Case(statement: "quotes where text > abc", message: "'>' compares numbers and dates; 'text' is text", at: ">"),
        Case(statement: "quotes where kind < direct", message: "'<' compares numbers and dates; 'kind' is one of direct, partial or fragment", at: "<"),
        Case(statement: "quotes where date > yesterday", message: "expected a date, found 'yesterday'", at: "yesterday"),
        Case(statement: "quotes where date = 2023", message: "expected a date, found '2023'", at: "2023"),
        Case(statement: "quotes where date ~ 2023", message: "'~' searches text; 'date' is a date", at: "~"),
        Case(statement: "quotes where id ~ 1", message: "'~' searches text; 'id' is a number", at: "~"),
        Case(statement: "quotes where id = abc", message: "expected a number, found 'abc'", at: "abc"),
        Case(statement: "quotes where line > 2023-01-01", message: "expected a number, found '2023-01-01'", at: "2023-01-01"),
        Case(statement: "quotes where quotes > 1", message: "unknown field 'quotes' on quotes", at: "quotes"),
        Case(statement: "articles where quotes > many", message: "expected a number (of quotes), found 'many'", at: "many"),
        Case(statement: "quotes where kind = quote", message: "expected direct, partial or fragment, found 'quote'", at: "quote"),
        Case(statement: "people where kind = organization", message: "expected person or organisation, found 'organization'",
             at: "organization", suggestion: "organisation"),
        Case(statement: "quotes where speaker in Xi", message: "'in' takes a list: expected [a, b, ...], found 'Xi'", at: "Xi"),
        Case(statement: "quotes where text = [a, b]", message: "expected a single value, found a list; use 'in' to test several", at: "[a, b]"),
        Case(statement: "quotes where text = /a/", message: "a /regex/ goes with 'matches'; '=' needs a value", at: "/a/"),
        Case(statement: "quotes where text matches \"a\"", message: "'matches' needs a /regex/, found 'a'", at: "\"a\""),
        Case(statement: "quotes where date matches /2023/", message: "'matches' tests text against a /pattern/; 'date' is a date", at: "matches"),
        Case(statement: "quotes count select text", message: "select cannot follow count; count gives one column, count", at: "text"),
        Case(statement: "quotes count by speaker select text, id",
             message: "select cannot follow count; count by gives columns speaker and count", at: "text, id"),
        Case(statement: "quotes sort by spekaer", message: "unknown field 'spekaer' on quotes", at: "spekaer", suggestion: "speaker"),
        Case(statement: "articles sort by quotes.speaker", message: "cannot sort by 'quotes.speaker': 'quotes' links many records",
             at: "quotes.speaker"),
        Case(statement: "quotes count by speaker sort by text",
             message: "after 'count by speaker', sort by speaker or count; found 'text'", at: "text"),
        Case(statement: "quotes count sort by text", message: "after 'count', sort by count; found 'text'", at: "text"),
        Case(statement: "quotes count by spekaer", message: "unknown field 'spekaer' on quotes", at: "spekaer", suggestion: "speaker"),
        Case(statement: "quotes limit -1", message: "expected a limit of 0 or more, found -1", at: "limit -1"),
        Case(statement: "quotes select txt", message: "unknown field 'txt' on quotes", at: "txt", suggestion: "text"),
    ])
    func singleError(_ test: Case) throws {
        let diagnostics = try harness.diagnostics(test.statement)
        #expect(diagnostics.map(\.message) == [test.message])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        if let first = diagnostics.first {
            if !test.at.isEmpty { #expect(harness.text(at: first.range) == test.at) }
            #expect(first.suggestion == test.suggestion)
        }
    }

    @Test func unknownFieldListsTheCollectionsFields() throws {
        let diagnostic = try #require(try harness.diagnostics("quotes where spekaer = Xi").first)
        #expect(diagnostic.notes == ["fields of quotes: " + Schema.fields(of: .quotes).map(\.name).joined(separator: ", ")])
    }

    @Test func unknownCollectionSuggestsBoundNames() throws {
        _ = try harness.run("let taiwanese = quotes where topic = taiwan")
        let diagnostic = try #require(try harness.diagnostics("taiwanes").first)
        #expect(diagnostic.suggestion == "taiwanese")
        #expect(diagnostic.notes.contains("bound by let: taiwanese"))
    }

    @Test func everyErrorOfAStatementIsReported() throws {
        let diagnostics = try harness.diagnostics(
            "quotes where spekaer = Xi and date > yesterday or kind = quote sort by foo limit -2 select bar")
        #expect(diagnostics.map { harness.text(at: $0.range) } == ["spekaer", "yesterday", "quote", "foo", "limit -2", "bar"])
    }

    @Test func errorsCarryTheWarningsFoundAlongside() throws {
        let diagnostics = try harness.diagnostics("quotes where speaker = \"Wang Yo\" and id = abc")
        #expect(diagnostics.map(\.severity) == [.warning, .error])
    }

    @Test func tooLongAPathIsAnError() throws {
        let path = Array(repeating: "article.quotes", count: 9).joined(separator: ".") + ".id"
        let diagnostics = try harness.diagnostics("quotes where \(path) = 1")
        #expect(diagnostics.map(\.message) == ["a path can have at most 16 fields, found 19"])
    }
}
