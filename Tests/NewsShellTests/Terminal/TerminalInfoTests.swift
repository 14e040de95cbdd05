import Testing
import NewsQuery

@testable import NewsShell

#if canImport(Glibc)
import Glibc
#endif

@Suite("TerminalInfo")
struct TerminalInfoTests {
    @Test("colour only on a terminal, not with NO_COLOR set, not for TERM=dumb or no TERM", arguments: [
        (true, ["TERM": "xterm-256color"], true),
        (false, ["TERM": "xterm-256color"], false),
        (true, ["TERM": "xterm", "NO_COLOR": "1"], false),
        (true, ["TERM": "xterm", "NO_COLOR": ""], true),  // no-color.org: only a non-empty value counts
        (true, ["TERM": "dumb"], false),
        (true, [:], false),
    ])
    func colourDecision(isTerminal: Bool, environment: [String: String], colour: Bool) {
        #expect(TerminalInfo.shouldUseColour(isTerminal: isTerminal, environment: environment) == colour)
    }

    @Test("size: the terminal's report, else COLUMNS/LINES, else 80 × 24, each dimension alone", arguments: [
        (120, 40, [String: String](), TerminalSize(columns: 120, rows: 40)),
        (0, 0, ["COLUMNS": "100", "LINES": "30"], TerminalSize(columns: 100, rows: 30)),
        (0, 0, ["COLUMNS": "wide", "LINES": "-3"], TerminalSize(columns: 80, rows: 24)),
        (90, 0, ["LINES": "50"], TerminalSize(columns: 90, rows: 50)),
        (0, 0, [:], TerminalSize(columns: 80, rows: 24)),
    ])
    func size(columns: Int, rows: Int, environment: [String: String], expected: TerminalSize) {
        #expect(TerminalInfo.resolveSize(reportedColumns: columns, reportedRows: rows, environment: environment) == expected)
    }

    @Test("a pipe is not a terminal, and its size falls back")
    func pipeIsNotATerminal() {
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        defer { ends.forEach { close($0) } }
        #expect(!TerminalInfo.isTerminal(ends[1]))
        #expect(!TerminalInfo.usesColour(ends[1], environment: ["TERM": "xterm"]))
        #expect(TerminalInfo.size(of: ends[1], environment: [:]) == .fallback)
    }

    @Test("palettes colour only when enabled")
    func palette() {
        #expect(Palette(enabled: false).speaker("Wang Yi") == "Wang Yi")
        #expect(Palette(enabled: true).speaker("Wang Yi") == "\u{1B}[1;36mWang Yi\u{1B}[0m")
        #expect(Palette(enabled: true).error("") == "")
        #expect(ANSIStyle.red.combined(with: .underline).openSequence == "\u{1B}[31;4m")
    }
}

@Suite("PrintedWidth")
struct PrintedWidthTests {
    @Test("columns taken by text", arguments: [
        ("abc", 3), ("王毅", 4), ("café", 4), ("cafe\u{301}", 4), ("\u{1B}[1;31mred\u{1B}[0m", 3),
        ("\u{1B}]0;title\u{07}x", 1), ("a\tb", 9), ("ＡＢ", 4), ("🙂", 2), ("", 0), ("zero\u{200B}width", 9),
    ])
    func widths(text: String, columns: Int) {
        #expect(PrintedWidth.of(text) == columns)
    }
}
