import Testing
@testable import NewsQuery

/// `where` over every field type and operator, on the fixture corpus (quote numbers 1–10).
@Suite struct EngineFilterTests {
    let harness = EngineHarness()

    @Test(arguments: [
        // Names through aliases, case-insensitively (NameKey).
        ("quotes where speaker = Xi", [4, 6]),
        ("quotes where speaker = \"Mr. Xi\"", [4, 6]),
        ("quotes where speaker = \"xi jinping\"", [4, 6]),
        ("quotes where speaker = \"Chinese President Xi Jinping\"", [4, 6]),
        ("quotes where speaker = XI", [4, 6]),
        ("quotes where speaker = Wang", [2, 7]),
        ("quotes where speaker = \"wang yi\"", [2, 7]),
        ("quotes where speaker = 李强", [9]),
        ("quotes where speaker = \"Li Qiang\"", [9]),
        ("quotes where speaker = 1", [4, 6]),
        ("quotes where speaker != Xi", [1, 2, 3, 5, 7, 8, 9, 10]),
        ("quotes where speaker in [Xi, \"Wang Yi\"]", [2, 4, 6, 7]),
        ("quotes where speaker ~ xi", [4, 6]),
        ("quotes where speaker ~ mini", [5]),
        ("quotes where speaker ~ \"li qiang\"", [9]),
        ("quotes where speaker is missing", [3, 10]),
        ("quotes where speaker is not missing", [1, 2, 4, 5, 6, 7, 8, 9]),
    ])
    func speaker(query: String, expected: [Int]) throws {
        #expect(try harness.ids(query) == expected)
    }

    @Test(arguments: [
        ("quotes where text ~ taiwan", [2, 5]),
        ("quotes where text ~ \"TRADE\"", [4, 8, 9]),
        ("quotes where text ~ \"自由\"", [9]),
        ("quotes where text ~ \"\"", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        ("quotes where text = robust", [3]),
        ("quotes where text = \"ROBUST\"", [3]),
        ("quotes where text = robus", []),
        ("quotes where text != robust", [1, 2, 4, 5, 6, 7, 8, 9, 10]),
        ("quotes where text in [robust, \"Mr. Xi is right\"]", [3, 7]),
        ("quotes where file ~ reuters", [5, 6, 7]),
        ("quotes where mention = he", [6]),
        ("quotes where mention is missing", [3, 10]),
        ("quotes where context ~ \"robust\"", [2, 3]),
        ("quotes where evidence ~ unattributed", [3, 10]),
    ])
    func text(query: String, expected: [Int]) throws {
        #expect(try harness.ids(query) == expected)
    }

    @Test(arguments: [
        ("quotes where kind = direct", [1, 2, 4, 6, 7, 8, 9]),
        ("quotes where kind = PARTIAL", [5, 10]),
        ("quotes where kind in [partial, fragment]", [3, 5, 10]),
        ("quotes where kind != direct", [3, 5, 10]),
        ("quotes where line = 5", [2, 3, 6, 9]),
        ("quotes where line > 5", [4, 7, 10]),
        ("quotes where line <= 3", [1, 5, 8]),
        ("quotes where line >= 7", [4, 7, 10]),
        ("quotes where line < 4", [1, 5, 8]),
        ("quotes where line in [3, 7]", [1, 4, 5, 7, 8, 10]),
        ("quotes where line != 5", [1, 4, 5, 7, 8, 10]),
        ("quotes where id = 3", [3]),
        ("quotes where id = \"4\"", [4]),
        ("quotes where id > 8", [9, 10]),
        ("quotes where words = 1", [3]),
        ("quotes where words > 8", [1, 6]),
        ("quotes where date = 2023-06-19", [1, 2, 3, 4]),
        ("quotes where date = \"2023-06-20\"", [5, 6, 7]),
        ("quotes where date > 2023-06-19", [5, 6, 7]),
        ("quotes where date >= 2023-06-19", [1, 2, 3, 4, 5, 6, 7]),
        ("quotes where date < 2023-06-20", [1, 2, 3, 4]),
        ("quotes where date <= 2023-06-20", [1, 2, 3, 4, 5, 6, 7]),
        ("quotes where date != 2023-06-19", [5, 6, 7, 8, 9, 10]),
        ("quotes where date is missing", [8, 9, 10]),
        ("quotes where date in [2023-06-20, 2024-01-01]", [5, 6, 7]),
    ])
    func numbersDatesKeywords(query: String, expected: [Int]) throws {
        #expect(try harness.ids(query) == expected)
    }

    @Test(arguments: [
        ("quotes where topics = taiwan", [2, 5, 6]),
        ("quotes where topic = Taiwan", [2, 5, 6]),
        ("quotes where topic = \"North Korea\"", [10]),
        ("quotes where topics != taiwan", [1, 3, 4, 7, 8, 9, 10]),
        ("quotes where topics in [taiwan, north-korea]", [2, 5, 6, 10]),
        ("quotes where topics > 0", [2, 4, 5, 6, 8, 9, 10]),
        ("quotes where topics = 0", [1, 3, 7]),
        ("quotes where topics is missing", [1, 3, 7]),
        ("quotes where topics ~ korea", [10]),
        ("quotes where outlet = UPI", [1, 2, 3, 4]),
        ("quotes where outlet = upi", [1, 2, 3, 4]),
        ("quotes where outlet != UPI", [5, 6, 7, 8, 9, 10]),
        ("quotes where outlet is missing", [8, 9, 10]),
        ("quotes where outlet ~ reu", [5, 6, 7]),
        ("quotes where article = 2", [5, 6, 7]),
        ("quotes where article = \"china warns on taiwan\"", [5, 6, 7]),
        ("quotes where article ~ beijing", [1, 2, 3, 4]),
    ])
    func relations(query: String, expected: [Int]) throws {
        #expect(try harness.ids(query) == expected)
    }

    @Test(arguments: [
        ("quotes where speaker = Xi and topic = taiwan", [6]),
        ("quotes where speaker = Xi or topic = taiwan", [2, 4, 5, 6]),
        ("quotes where not (speaker = Xi or topic = taiwan)", [1, 3, 7, 8, 9, 10]),
        ("quotes where (kind = partial or kind = fragment) and outlet = UPI", [3]),
        ("quotes where not not speaker = Xi", [4, 6]),
        ("quotes where not speaker is missing and (line = 3 or text ~ \"sea\")", [1, 5, 8]),
        ("quotes where id > 2 and id < 5 and kind = direct", [4]),
        ("quotes where text ~ trade or text ~ taiwan or speaker = Wang", [2, 4, 5, 7, 8, 9]),
    ])
    func booleans(query: String, expected: [Int]) throws {
        #expect(try harness.ids(query) == expected)
    }

    @Test func equivalentSpellingsOfOneSpeakerSelectTheSameQuotes() throws {
        let spellings = ["Xi", "\"Mr. Xi\"", "\"xi jinping\"", "\" XI  Jinping \""]
        let results = try spellings.map { try harness.ids("quotes where speaker = \($0)") }
        #expect(Set(results.map { $0.description }).count == 1)
        #expect(results.first == [4, 6])
    }
}
