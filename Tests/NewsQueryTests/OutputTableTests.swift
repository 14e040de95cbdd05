import Testing
@testable import NewsQuery

/// The `table` format: alignment by display width, truncation only on a terminal, records.
@Suite struct OutputTableTests {
    @Test func alignsColumnsByDisplayWidth() {
        #expect(OutputTestData.render(OutputTestData.quotes, .table) == """
             id │ speaker │ text            │ topics
            ────┼─────────┼─────────────────┼──────────────
              2 │ Wang Yi │ Taiwan is core  │ taiwan, trade
             10 │ (none)  │ say "no", twice │
              9 │ 李强    │ 自由贸易        │ trade
            (3 rows)

            """)
    }

    @Test func countAndGroupsRender() {
        #expect(OutputTestData.render(OutputTestData.count, .table) == " count\n──────\n    12\n(1 row)\n")
        #expect(OutputTestData.render(OutputTestData.groups, .table) == """
             speaker │ count
            ─────────┼──────
             Wang Yi │     2
             (none)  │     1
            (2 rows)

            """)
    }

    @Test func emptyResultKeepsItsHeader() {
        let empty = ResultSet(columns: OutputTestData.quotes.columns, rows: [])
        #expect(OutputTestData.render(empty, .table) == " id │ speaker │ text │ topics\n────┼─────────┼──────┼───────\n(0 rows)\n")
    }

    @Test func truncatesTextColumnsOnlyOnATerminal() {
        let long = ResultSet(columns: [.init("id", type: .number), .init("text", type: .text)],
                             rows: [[.number(1), .text(String(repeating: "word ", count: 40) + "end")]])
        let piped = OutputTestData.render(long, .table)
        #expect(piped.contains("word word end"))
        let fitted = OutputTestData.render(long, .table, width: 30)
        let lines = fitted.split(separator: "\n").map(String.init)
        #expect(lines[2] == "  1 │ word word word word wor…")
        #expect(DisplayWidth.of(lines[2]) == 30)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
    }

    @Test func theWidestTextColumnKeepsTheMostRoom() {
        let quote = ResultSet(columns: [.init("text", type: .text), .init("file", type: .text), .init("line", type: .number)],
                              rows: [[.text(String(repeating: "quoted words ", count: 10)), .text("corpus/000_7c86af2b89749f4b.txt"), .number(52)]])
        let fitted = OutputTestData.render(quote, .table, width: 60)
        let lines = fitted.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
        let cells = lines[2].split(separator: "│").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(cells.count == 3)
        #expect(DisplayWidth.of(cells[0]) > DisplayWidth.of(cells[1]))
        #expect(cells[1].hasSuffix("…"))
    }

    @Test func truncatesWideCharactersWithoutSplittingThem() {
        let wide = ResultSet(columns: [.init("text", type: .text)], rows: [[.text(String(repeating: "贸", count: 20))]])
        let lines = OutputTestData.render(wide, .table, width: 12).split(separator: "\n").map(String.init)
        #expect(lines[2] == " 贸贸贸贸贸…")
        #expect(DisplayWidth.of(lines[2]) == 12)
    }

    @Test func escapesControlCharactersAndFlattensLineBreaks() {
        let hostile = ResultSet(columns: [.init("text", type: .text)],
                                rows: [[.text("a\u{1B}[2Jb\u{07}c\u{202E}d\u{85}e\nf\tg")]])
        #expect(OutputTestData.render(hostile, .table) == """
             text
            ───────────────────────────────────
             a\\e[2Jb\\x07c\\u{202E}d\\u{0085}e f g
            (1 row)

            """)
    }

    @Test func colourMarksHeadersSpeakerAndMissing() {
        let text = OutputTestData.render(OutputTestData.groups, .table, color: true)
        #expect(text.contains("\u{1B}[1mspeaker\u{1B}[0m"))
        #expect(text.contains("\u{1B}[36mWang Yi\u{1B}[0m"))
        #expect(text.contains("\u{1B}[2m(none)\u{1B}[0m"))
        #expect(!OutputTestData.render(OutputTestData.groups, .table).contains("\u{1B}"))
    }

    @Test func recordPrintsFieldPerLineAndWrapsOnlyOnATerminal() {
        #expect(OutputTestData.render(OutputTestData.record, .table) == """
            id      │ 3
            text    │ one two three four five six
            date    │ 2023-06-19
            speaker │ (none)

            """)
        #expect(OutputTestData.render(OutputTestData.record, .table, width: 30) == """
            id      │ 3
            text    │ one two three four
                    │ five six
            date    │ 2023-06-19
            speaker │ (none)

            """)
    }

    @Test func recordKeepsLineBreaksAsContinuationLines() {
        let record = ResultSet(columns: [.init("context", type: .text)], rows: [[.text("first\nsecond\u{1B}")]], shape: .record)
        #expect(OutputTestData.render(record, .table) == "context │ first\n        │ second\\e\n")
    }
}
