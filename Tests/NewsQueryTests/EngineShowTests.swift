import NewsModel
import Testing
@testable import NewsQuery

/// `show quote N`, `show article N` and the other records in full.
@Suite struct EngineShowTests {
    let harness = EngineHarness()

    private func fields(_ statement: String) throws -> [String: Value] {
        let result = try harness.result(statement)
        #expect(result.shape == .record)
        #expect(result.rows.count == 1)
        return Dictionary(uniqueKeysWithValues: zip(result.columns.map(\.name), result.rows[0]))
    }

    @Test func quoteShowsContextAndLocation() throws {
        let record = try fields("show quote 3")
        #expect(record["id"] == .number(3))
        #expect(record["text"] == .text("robust"))
        #expect(record["speaker"] == .missing)
        #expect(record["kind"] == .text("fragment"))
        #expect(record["article"] == .number(1))
        #expect(record["title"] == .text("Blinken meets Xi in Beijing"))
        #expect(record["location"] == .text("corpus/upi-blinken.txt:5"))
        #expect(record["context"] == .text("Wang said \"Taiwan is the core of China's core interests\" in a \"robust\" talk."))
        #expect(record["evidence"] == .text("unattributed: \"\" (line 5)"))
        let columns = try harness.result("show quote 3").columns.map(\.name)
        #expect(Array(columns.prefix(4)) == ["id", "text", "speaker", "kind"])
    }

    @Test func articleShowsBodyWithLines() throws {
        let result = try harness.result("show article 2")
        let names = result.columns.map(\.name)
        #expect(names.contains("location"))
        #expect(Array(names.suffix(3)) == ["paragraph 1 (line 3)", "paragraph 2 (line 5)", "paragraph 3 (line 7)"])
        let record = try fields("show article 2")
        #expect(record["title"] == .text("China warns on Taiwan"))
        #expect(record["outlet"] == .text("Reuters"))
        #expect(record["date"] == .date(CalendarDate(year: 2023, month: 6, day: 20)!))
        #expect(record["byline"] == .missing)
        #expect(record["location"] == .text("corpus/reuters-taiwan.txt:1"))
        #expect(record["quotes"] == .number(3))
        #expect(record["speakers"] == .list([.text("Xi Jinping"), .text("Wang Yi"), .text("Foreign Ministry")]))
        #expect(record["topics"] == .list([.text("taiwan")]))
    }

    @Test func otherRecordsListTheirLinksByName() throws {
        let person = try fields("show person 1")
        #expect(person["name"] == .text("Xi Jinping"))
        #expect(person["aliases"] == .list(["Chinese President Xi Jinping", "Mr. Xi", "Xi", "Xi Jinping"].map(Value.text)))
        #expect(person["quotes"] == .number(2))
        #expect(person["topics"] == .list([.text("taiwan"), .text("trade")]))
        #expect(person["outlets"] == .list([.text("UPI"), .text("Reuters")]))
        let topic = try fields("show topic 2")
        #expect(topic["slug"] == .text("trade"))
        #expect(topic["speakers"] == .list([.text("Xi Jinping"), .text("Antony Blinken"), .text("李强")]))
        let outlet = try fields("show outlet 1")
        #expect(outlet["name"] == .text("UPI"))
        #expect(outlet["articles"] == .number(1))
        #expect(outlet["quotes"] == .number(4))
        #expect(try fields("show quotes 2")["id"] == .number(2))
    }

    @Test(arguments: [
        ("show quote 11", "no quote 11; quotes are numbered 1 to 10", "11", nil),
        ("show quote 0", "no quote 0; quotes are numbered 1 to 10", "0", nil),
        ("show article 4", "no article 4; articles are numbered 1 to 3", "4", nil),
        ("show qoute 1", "unknown record kind 'qoute'; expected article, quote, person, topic or outlet", "qoute", "quote"),
    ] as [(String, String, String, String?)])
    func showErrors(statement: String, message: String, at text: String, suggestion: String?) throws {
        let diagnostics = try harness.diagnostics(statement)
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first.map { harness.text(at: $0.range) } == text)
        #expect(diagnostics.first?.suggestion == suggestion)
    }
}
