import NewsModel
@testable import NewsQuery

/// Small result sets for output tests.
enum OutputTestData {
    static let quotes = ResultSet(
        columns: [.init("id", type: .number), .init("speaker", type: .one(.people)), .init("text", type: .text),
                  .init("topics", type: .many(.topics))],
        rows: [
            [.number(2), .text("Wang Yi"), .text("Taiwan is core"), .list([.text("taiwan"), .text("trade")])],
            [.number(10), .missing, .text("say \"no\", twice"), .list([])],
            [.number(9), .text("李强"), .text("自由贸易"), .list([.text("trade")])],
        ],
        collection: .quotes)

    static let count = ResultSet(columns: [.init("count", type: .number)], rows: [[.number(12)]])

    static let groups = ResultSet(
        columns: [.init("speaker", type: .one(.people)), .init("count", type: .number)],
        rows: [[.text("Wang Yi"), .number(2)], [.missing, .number(1)]])

    static let record = ResultSet(
        columns: [.init("id", type: .number), .init("text", type: .text), .init("date", type: .date),
                  .init("speaker", type: .one(.people))],
        rows: [[.number(3), .text("one two three four five six"), .date(CalendarDate(year: 2023, month: 6, day: 19)!), .missing]],
        shape: .record, collection: .quotes)

    static func render(_ result: ResultSet, _ format: OutputFormat, width: Int? = nil, color: Bool = false,
                       escape: Bool = false) -> String {
        ResultRenderer(format: format, terminalWidth: width, color: color, escapeControls: escape).render(result)
    }
}
