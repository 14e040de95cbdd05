import NewsQuery
@testable import NewsShell
import Testing

private let collectionNames = ["articles", "quotes", "people", "topics", "outlets"]
private let quoteFields = Schema.fields(of: .quotes).map(\.name)
private let articleFields = Schema.fields(of: .articles).map(\.name)
private let personFields = Schema.fields(of: .people).map(\.name)
private let allPeople = ["\"Antony Blinken\"", "\"Foreign Ministry\"", "\"Wang Jun\"", "\"Wang Yi\"",
                         "\"Wangari Maathai\"", "\"Xi Jinping\"", "\"Zoë Ünal\""]

@Suite("Query completion")
struct QueryCompletionTests {
    private func check(_ row: CompletionCase) {
        let (line, cursor) = row.lineAndCursor
        let completion = CompletionFixture.completer(preceding: row.preceding).completions(for: line, cursor: cursor)
        #expect(completion == row.expected)
    }

    @Test("statement start: collections, bound names, let and show", arguments: [
        CompletionCase("", collectionNames + ["chinese", "recent", "let", "show"]),
        CompletionCase("qu", replacing: "qu", ["quotes"]),
        CompletionCase("QUO", replacing: "QUO", ["quotes"]),
        CompletionCase("  pe", replacing: "pe", ["people"]),
        CompletionCase("re", replacing: "re", ["recent"]),
        CompletionCase("l", replacing: "l", ["let"]),
        CompletionCase("let x = ", collectionNames + ["chinese", "recent"]),
        CompletionCase("let x = ch", replacing: "ch", ["chinese"]),
        CompletionCase("let ", []),
        CompletionCase("let x ", []),
        CompletionCase("quotes; peo", replacing: "peo", ["people"]),
        CompletionCase("quotes where a = 1;", collectionNames + ["chinese", "recent", "let", "show"]),
        CompletionCase("show ", ["article", "quote", "person", "topic", "outlet"]),
        CompletionCase("show q", replacing: "q", ["quote"]),
        CompletionCase("show quote ", []),
        CompletionCase("show quote 3 ", []),
        CompletionCase("zz", replacing: "zz", []),
    ])
    func statementStart(_ row: CompletionCase) { check(row) }

    @Test("clause keywords in the grammar's order, each once", arguments: [
        CompletionCase("quotes ", ["where", "count", "sort", "limit", "select"]),
        CompletionCase("quotes w", replacing: "w", ["where"]),
        CompletionCase("quotes S", replacing: "S", ["sort", "select"]),
        CompletionCase("quotes where speaker = x ", ["and", "or", "count", "sort", "limit", "select"]),
        CompletionCase("quotes where (speaker = x ", ["and", "or"]),
        CompletionCase("quotes where (speaker = x) ", ["and", "or", "count", "sort", "limit", "select"]),
        CompletionCase("quotes where kind is missing ", ["and", "or", "count", "sort", "limit", "select"]),
        CompletionCase("quotes where topics in [taiwan] ", ["and", "or", "count", "sort", "limit", "select"]),
        CompletionCase("quotes where text matches /x/i ", ["and", "or", "count", "sort", "limit", "select"]),
        CompletionCase("quotes count ", ["by", "sort", "limit", "select"]),
        CompletionCase("quotes count by speaker ", ["sort", "limit", "select"]),
        CompletionCase("quotes sort ", ["by"]),
        CompletionCase("quotes sort by date ", ["asc", "desc", "limit", "select"]),
        CompletionCase("quotes sort by date desc ", ["limit", "select"]),
        CompletionCase("quotes limit 5 ", ["select"]),
        CompletionCase("quotes limit ", []),
        CompletionCase("quotes where kind = direct limit 5 s", replacing: "s", ["select"]),
        CompletionCase("quotes select text ", []),
    ])
    func clauses(_ row: CompletionCase) { check(row) }

    @Test("fields of the collection in scope, and paths through relations", arguments: [
        CompletionCase("quotes where ", quoteFields + ["not"]),
        CompletionCase("quotes where spe", replacing: "spe", ["speaker"]),
        CompletionCase("  spe", replacing: "spe", ["speaker"], after: "quotes\n  where"),
        CompletionCase("  where spe", replacing: "spe", ["speaker"], after: "quotes"),
        CompletionCase("quotes where spe‸ = x", replacing: "spe", ["speaker"]),
        CompletionCase("quotes where speaker = x and ", quoteFields + ["not"]),
        CompletionCase("quotes where not ", quoteFields + ["not"]),
        CompletionCase("quotes where (", quoteFields + ["not"]),
        CompletionCase("quotes where n", replacing: "n", ["not"]),
        CompletionCase("people where ro", replacing: "ro", ["role"]),
        CompletionCase("chinese where spe", replacing: "spe", ["speaker"]),
        CompletionCase("recent where t", replacing: "t", ["title", "topics"]),
        CompletionCase("let y = recent where by", replacing: "by", ["byline"]),
        CompletionCase("unknown where ", ["not"]),
        CompletionCase("quotes where article.", articleFields),
        CompletionCase("quotes where article.ou", replacing: "ou", ["outlet"]),
        CompletionCase("quotes where speaker.", personFields),
        CompletionCase("quotes where speaker.ro", replacing: "ro", ["role"]),
        CompletionCase("quotes where article.outlet.na", replacing: "na", ["name"]),
        CompletionCase("quotes where text.", []),
        CompletionCase("quotes where nonsense.", []),
        CompletionCase("quotes sort by ", quoteFields),
        CompletionCase("quotes sort by date desc, sp", replacing: "sp", ["speaker"]),
        CompletionCase("quotes count by ", quoteFields),
        CompletionCase("quotes count by article.", articleFields),
        CompletionCase("quotes select ", quoteFields),
        CompletionCase("quotes select text, ", quoteFields),
        CompletionCase("quotes select text, art", replacing: "art", ["article"]),
        CompletionCase("quotes where \"sp", replacing: "\"sp", []),
    ])
    func fields(_ row: CompletionCase) { check(row) }

    @Test("operators a field takes", arguments: [
        CompletionCase("quotes where speaker ", ["=", "!=", "~", "matches", "in", "is", "not"]),
        CompletionCase("quotes where words ", ["=", "!=", "<", "<=", ">", ">=", "in", "is", "not"]),
        CompletionCase("quotes where kind ", ["=", "!=", "in", "is", "not"]),
        CompletionCase("quotes where speaker i", replacing: "i", ["in", "is"]),
        CompletionCase("quotes where speaker not ", ["in", "matches"]),
        CompletionCase("quotes where speaker is ", ["missing", "not"]),
        CompletionCase("quotes where speaker is not ", ["missing"]),
        CompletionCase("quotes where speaker in ", []),
        CompletionCase("quotes where text matches ", []),
        CompletionCase("quotes where date < ", []),
        CompletionCase("articles where speakers >= ", []),
    ])
    func operators(_ row: CompletionCase) { check(row) }

    @Test("values from the corpus, quoted when they are not bare words", arguments: [
        CompletionCase("quotes where speaker = ", allPeople),
        CompletionCase("quotes where speaker=", allPeople),
        CompletionCase("quotes where speaker = \"Wa", replacing: "\"Wa",
                       ["\"Wang Jun\"", "\"Wang Yi\"", "\"Wangari Maathai\""]),
        CompletionCase("quotes where speaker = \"Wang ", replacing: "\"Wang ", ["\"Wang Jun\"", "\"Wang Yi\""]),
        CompletionCase("quotes where speaker = \"Wang Y", replacing: "\"Wang Y", ["\"Wang Yi\""]),
        CompletionCase("quotes where speaker = \"Wang Y‸\" and", replacing: "\"Wang Y", ["\"Wang Yi\""]),
        CompletionCase("quotes where speaker = Wa", replacing: "Wa", ["\"Wang Jun\"", "\"Wang Yi\"", "\"Wangari Maathai\""]),
        CompletionCase("quotes where speaker = wang", replacing: "wang", ["\"Wang Jun\"", "\"Wang Yi\"", "\"Wangari Maathai\""]),
        CompletionCase("quotes where speaker = \"wáng j", replacing: "\"wáng j", ["\"Wang Jun\""]),
        CompletionCase("quotes where speaker = zoe", replacing: "zoe", ["\"Zoë Ünal\""]),
        CompletionCase("quotes where speaker = Yi", replacing: "Yi", ["\"Wang Yi\""]),
        CompletionCase("quotes where speaker = Blin", replacing: "Blin", ["\"Antony Blinken\""]),
        CompletionCase("quotes where speaker = x", replacing: "x", ["\"Xi Jinping\""]),
        CompletionCase("quotes where speaker = mr", replacing: "mr", ["\"Mr. Blinken\"", "\"Mr. Xi\""]),
        CompletionCase("quotes where speaker = \"Mr. X", replacing: "\"Mr. X", ["\"Mr. Xi\""]),
        CompletionCase("quotes where speaker = chinese", replacing: "chinese", ["\"Chinese President Xi Jinping\""]),
        CompletionCase("quotes where speaker = ma", replacing: "ma", ["\"Wangari Maathai\""]),
        CompletionCase("quotes where speaker = \"Wang Yi\"", []),
        CompletionCase("quotes where speaker = q", replacing: "q", []),
        CompletionCase("quotes where speaker in [", allPeople),
        CompletionCase("quotes where speaker in [\"Wang Yi\", wangari", replacing: "wangari", ["\"Wangari Maathai\""]),
        CompletionCase("quotes where topic = ", ["north-korea", "taiwan", "trade"]),
        CompletionCase("quotes where topics = t", replacing: "t", ["taiwan", "trade"]),
        CompletionCase("quotes where topic = \"ta", replacing: "\"ta", ["\"taiwan\""]),
        CompletionCase("quotes where topic = korea", replacing: "korea", ["north-korea"]),
        CompletionCase("quotes where topic = north-", replacing: "north-", ["north-korea"]),
        CompletionCase("quotes where topic not in [taiwan, t", replacing: "t", ["taiwan", "trade"]),
        CompletionCase("topics where label = No", replacing: "No", ["\"North Korea\""]),
        CompletionCase("topics where slug = n", replacing: "n", ["north-korea"]),
        CompletionCase("quotes where outlet = ", ["AFP", "UPI"]),
        CompletionCase("quotes where outlet = u", replacing: "u", ["UPI"]),
        CompletionCase("quotes where article.outlet = a", replacing: "a", ["AFP"]),
        CompletionCase("outlets where name = ", ["AFP", "UPI"]),
        CompletionCase("people where name = Fo", replacing: "Fo", ["\"Foreign Ministry\""]),
        CompletionCase("quotes where kind = ", ["direct", "partial", "fragment"]),
        CompletionCase("quotes where kind != f", replacing: "f", ["fragment"]),
        CompletionCase("quotes where speaker ~ \"Wang J", replacing: "\"Wang J", ["\"Wang Jun\""]),
        CompletionCase("quotes where kind = \"fr", replacing: "\"fr", ["\"fragment\""]),
        CompletionCase("people where kind = o", replacing: "o", ["organisation"]),
        CompletionCase("chinese where speaker.name = an", replacing: "an", ["\"Antony Blinken\""]),
        CompletionCase("quotes where text = ", []),
        CompletionCase("quotes where words = 1", replacing: "1", []),
    ])
    func values(_ row: CompletionCase) { check(row) }

    @Test("nothing inside comments, finished strings and regular expressions", arguments: [
        CompletionCase("quotes -- where ", []),
        CompletionCase("-- quotes ", []),
        CompletionCase("quotes where text matches /spe", []),
        CompletionCase("quotes where a = 2023-01-0", []),
        CompletionCase("quotes where speaker = \"Wang Yi\"x", replacing: "x", []),
        CompletionCase("quotes where # ", []),
        CompletionCase("where ", []),
    ])
    func nothing(_ row: CompletionCase) { check(row) }

    @Test("a string still open from an earlier line is not replaced across lines")
    func stringFromEarlierLine() {
        let completer = CompletionFixture.completer(preceding: "quotes where speaker = \"Wang")
        #expect(completer.completions(for: " Y", cursor: 2) == .none(at: 2))
    }

    @Test("the vocabulary is asked only when a candidate list needs it")
    func vocabularyIsLazy() {
        nonisolated(unsafe) var asked = 0
        let completer = QueryCompleter {
            asked += 1
            return CompletionFixture.vocabulary
        }
        _ = completer.completions(for: "quotes where spe", cursor: 16)
        _ = completer.completions(for: ".mode j", cursor: 7)
        #expect(asked == 0)
        _ = completer.completions(for: "quotes where speaker = W", cursor: 24)
        #expect(asked == 1)
    }
}

@Suite("Completion applied by the editor")
struct AppliedCompletionTests {
    /// The line after one Tab at its end, as the editor applies the completion, and the listing.
    private func tab(_ line: String) -> (String, [String]) {
        let bytes = Array(line.utf8)
        let completion = CompletionFixture.completer().completions(for: line, cursor: bytes.count)
        let plan = CompletionPlan(line: bytes, completion: completion)
        guard let (range, text) = plan.replacement else { return (line, plan.listing) }
        let edited = Array(bytes[..<range.lowerBound]) + Array(text.utf8) + Array(bytes[range.upperBound...])
        return (String(decoding: edited, as: UTF8.self), plan.listing)
    }

    @Test("typing a name: common prefix, then the closed string and a space", arguments: [
        ("quotes where speaker = Wa", "quotes where speaker = \"Wang", 3),
        ("quotes where speaker = \"Wang ", "quotes where speaker = \"Wang ", 2),
        ("quotes where speaker = \"Wang Y", "quotes where speaker = \"Wang Yi\" ", 0),
        ("quotes where speaker = yi", "quotes where speaker = \"Wang Yi\" ", 0),
        ("quotes where topic = tai", "quotes where topic = taiwan ", 0),
        ("quotes where article.ou", "quotes where article.outlet ", 0),
        ("quotes sel", "quotes select ", 0),
        (".mo", ".mode ", 0),
        (".qu", ".quit", 0),
    ])
    func typing(line: String, after: String, listed: Int) {
        let (result, listing) = tab(line)
        #expect(result == after)
        #expect(listing.count == listed)
    }
}
