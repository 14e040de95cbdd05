import Testing
@testable import NewsQuery

/// `sort by`, `limit`, `select`, `count` and `count by`.
@Suite struct EngineClauseTests {
    let harness = EngineHarness()

    @Test(arguments: [
        ("quotes", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        // Text sorts case-insensitively; missing sorts last in both directions; ties keep id order.
        ("quotes sort by speaker", [1, 8, 5, 2, 7, 4, 6, 9, 3, 10]),
        ("quotes sort by speaker desc", [9, 4, 6, 2, 7, 5, 1, 8, 3, 10]),
        ("quotes sort by date desc, line", [5, 6, 7, 1, 2, 3, 4, 8, 9, 10]),
        ("quotes sort by date, line desc", [4, 2, 3, 1, 7, 6, 5, 10, 9, 8]),
        ("quotes sort by line desc limit 3", [4, 7, 10]),
        ("quotes where topic = taiwan sort by id desc", [6, 5, 2]),
        ("quotes sort by topics", [10, 2, 5, 6, 4, 8, 9, 1, 3, 7]),
        ("quotes sort by topics desc", [4, 8, 9, 2, 5, 6, 10, 1, 3, 7]),
        ("quotes sort by article.title", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        ("quotes sort by speaker.role desc", [1, 8, 4, 6, 9, 2, 7, 3, 5, 10]),
        ("quotes limit 0", []),
        ("quotes limit 2", [1, 2]),
        ("quotes limit 100", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        ("articles sort by quotes desc, title", [1, 2, 3]),
        ("people sort by quotes desc, name", [3, 2, 1, 4, 5, 6]),
    ])
    func sortAndLimit(query: String, expected: [Int]) throws {
        #expect(try harness.ids(query) == expected)
    }

    @Test func defaultColumnsFollowTheSchema() throws {
        let result = try harness.result("quotes limit 1")
        #expect(result.columns.map(\.name) == Schema.defaultFields(of: .quotes))
        #expect(result.collection == .quotes)
        #expect(result.rows[0] == [.number(1), .text("Antony Blinken"), .text("We both agree on the need to stabilise relations,"),
                                   .text("direct"), .list([]), .text("UPI"), .number(1), .text("corpus/upi-blinken.txt"), .number(3)])
    }

    @Test func selectReadsPathsAndNamesColumnsCanonically() throws {
        let result = try harness.result("quotes where id = 2 select text, Speaker, article.title, speaker.role, topic")
        #expect(result.columns.map(\.name) == ["text", "speaker", "article.title", "speaker.role", "topics"])
        #expect(result.rows == [[.text("Taiwan is the core of China's core interests"), .text("Wang Yi"),
                                 .text("Blinken meets Xi in Beijing"), .text("Foreign Minister"), .list([.text("taiwan")])]])
    }

    @Test func selectThroughManyListsDistinctValuesAndManyFieldsCount() throws {
        let result = try harness.result("articles where id = 1 select quotes.speaker, quotes, speakers, topics, people")
        #expect(result.rows == [[.list([.text("Antony Blinken"), .text("Wang Yi"), .text("Xi Jinping")]),
                                 .number(4), .number(3), .list([.text("taiwan"), .text("trade")]), .number(3)]])
    }

    @Test func selectOfMissingLinkIsMissing() throws {
        #expect(try harness.column("speaker.role", of: "quotes where id = 3 select speaker.role") == [.missing])
        #expect(try harness.column("outlet", of: "articles where id = 3 select outlet") == [.missing])
    }

    @Test(arguments: [
        ("quotes count", 10),
        ("quotes where speaker = Xi count", 2),
        ("quotes where speaker = nobody count", 0),
        ("articles count", 3),
        ("people where kind = person count", 5),
    ])
    func count(query: String, expected: Int) throws {
        let result = try harness.result(query)
        #expect(result.columns.map(\.name) == ["count"])
        #expect(result.rows == [[.number(Double(expected))]])
    }

    @Test(arguments: [
        // Groups by count descending, then value ascending; missing forms its own group, last among equals.
        ("quotes count by speaker", ["Antony Blinken: 2", "Wang Yi: 2", "Xi Jinping: 2", "-: 2", "Foreign Ministry: 1", "李强: 1"]),
        // A many-valued field: a quote counts once in each of its topics.
        ("quotes count by topics", ["taiwan: 3", "trade: 3", "-: 3", "north-korea: 1"]),
        ("quotes count by kind", ["direct: 7", "partial: 2", "fragment: 1"]),
        ("quotes count by outlet sort by outlet", ["Reuters: 3", "UPI: 4", "-: 3"]),
        ("quotes count by outlet sort by outlet desc", ["UPI: 4", "Reuters: 3", "-: 3"]),
        ("quotes count by speaker limit 2", ["Antony Blinken: 2", "Wang Yi: 2"]),
        ("quotes count by speaker sort by count", ["Foreign Ministry: 1", "李强: 1", "Antony Blinken: 2", "Wang Yi: 2", "Xi Jinping: 2", "-: 2"]),
        ("quotes count by date", ["2023-06-19: 4", "2023-06-20: 3", "-: 3"]),
        ("quotes where outlet = UPI count by speaker", ["Antony Blinken: 1", "Wang Yi: 1", "Xi Jinping: 1", "-: 1"]),
        ("articles count by quotes.speaker", ["Antony Blinken: 2", "Wang Yi: 2", "Xi Jinping: 2", "Foreign Ministry: 1", "李强: 1"]),
        ("quotes count by speaker.kind", ["person: 7", "-: 2", "organisation: 1"]),
        ("quotes count by mention", ["Blinken: 2", "-: 2", "he: 1", "Mr. Xi: 1", "the foreign ministry: 1", "Wang: 1", "Wang Yi: 1", "李强: 1"]),
    ])
    func countBy(query: String, expected: [String]) throws {
        let result = try harness.result(query)
        #expect(result.columns.count == 2)
        #expect(result.columns.last?.name == "count")
        let groups = result.rows.map { row in "\(row[0] == .missing ? "-" : row[0].description): \(row[1])" }
        #expect(groups == expected)
    }

    @Test func countByColumnIsNamedByThePath() throws {
        let result = try harness.result("quotes count by Topic")
        #expect(result.columns.map(\.name) == ["topics", "count"])
        #expect(result.collection == nil)
    }
}
