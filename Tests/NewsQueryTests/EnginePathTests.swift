import Testing
@testable import NewsQuery

/// Related fields by path, in both directions, and every collection as a source.
@Suite struct EnginePathTests {
    let harness = EngineHarness()

    @Test(arguments: [
        ("quotes where article.outlet = UPI", [1, 2, 3, 4]),
        ("quotes where article.title ~ taiwan", [5, 6, 7]),
        ("quotes where article.date is missing", [8, 9, 10]),
        ("quotes where speaker.role ~ minister", [2, 7]),
        ("quotes where speaker.kind = organisation", [5]),
        ("quotes where speaker.role != President", [1, 2, 3, 5, 7, 8, 9, 10]),
        // No value along the path: unattributed quotes and a speaker without a role.
        ("quotes where speaker.role is missing", [3, 5, 10]),
        ("quotes where speaker.role is not missing", [1, 2, 4, 6, 7, 8, 9]),
        ("quotes where speaker.quotes > 1", [1, 2, 4, 6, 7, 8]),
        ("quotes where article.quotes.speaker = \"Foreign Ministry\"", [5, 6, 7]),
    ])
    func fromQuotes(query: String, expected: [Int]) throws {
        #expect(try harness.ids(query) == expected)
    }

    @Test(arguments: [
        ("articles where quotes.speaker = \"Wang Yi\"", [1, 2]),
        ("articles where quotes.speaker = Xi", [1, 2]),
        ("articles where quotes.speaker = Blinken", [1, 3]),
        ("articles where quotes.speaker != Blinken", [2]),
        ("articles where quotes.topic = north-korea", [3]),
        ("articles where quotes.kind = fragment", [1]),
        ("articles where speakers = 李强", [3]),
        ("articles where people = \"Zhang Wei\"", [3]),
        ("articles where quotes > 3", [1]),
        ("articles where quotes = 3", [2, 3]),
        ("articles where outlet is missing", [3]),
        ("articles where topics = trade", [1, 3]),
        ("articles where title ~ china", [2]),
        ("articles where byline is missing", [2, 3]),
        ("articles where url ~ upi", [1]),
        ("articles where words > 20", [1, 2]),
        ("articles where line = 1", [1, 2, 3]),
    ])
    func fromArticles(query: String, expected: [Int]) throws {
        #expect(try harness.ids(query) == expected)
    }

    @Test(arguments: [
        ("people where quotes.topic = taiwan", [1, 2, 4]),
        ("people where name = Xi", [1]),
        ("people where name = \"mr. blinken\"", [3]),
        ("people where name ~ qiang", [5]),
        ("people where kind = organisation", [4]),
        ("people where quotes = 0", [6]),
        ("people where quotes is missing", [6]),
        ("people where quotes >= 2", [1, 2, 3]),
        ("people where aliases = xi", [1]),
        ("people where alias ~ \"mr.\"", [1, 3]),
        ("people where articles = 2", [1, 2, 3]),
        ("people where outlets = UPI", [1, 2, 3]),
        ("people where topics = trade", [1, 3, 5]),
        ("people where role is missing", [4, 6]),
        ("people where quotes.article.outlet = Reuters", [1, 2, 4]),
    ])
    func fromPeople(query: String, expected: [Int]) throws {
        #expect(try harness.ids(query) == expected)
    }

    @Test(arguments: [
        ("topics where quotes > 0", [1, 2, 3]),
        ("topics where speakers = Xi", [1, 2]),
        ("topics where name = \"North Korea\"", [3]),
        ("topics where slug = trade", [2]),
        ("topics where label ~ korea", [3]),
        ("topics where keywords ~ tariff", [2]),
        ("topics where articles = 0", [4]),
        ("outlets where speakers = Xi", [1, 2]),
        ("outlets where quotes > 3", [1]),
        ("outlets where articles.date = 2023-06-20", [2]),
        ("outlets where name = upi", [1]),
        ("outlets where quotes.topic = taiwan", [1, 2]),
    ])
    func fromTopicsAndOutlets(query: String, expected: [Int]) throws {
        #expect(try harness.ids(query) == expected)
    }
}
