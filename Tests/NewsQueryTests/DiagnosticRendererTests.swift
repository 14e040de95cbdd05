import Testing
@testable import NewsQuery

@Suite struct DiagnosticRendererTests {
    /// The rendering of the first diagnostic of parsing `text`.
    func rendered(_ text: String, color: Bool = false) -> String {
        let source = testSource(text)
        let diagnostics = Parser.parse(source).diagnostics
        return DiagnosticRenderer(useColor: color).render(Array(diagnostics.prefix(1)), in: source)
    }

    @Test func anErrorAtTheEndOfInputGetsACaretAfterTheLastCharacter() {
        #expect(rendered("quotes where speaker =") == """
            <test>:1:23: error: expected a value after '=', found end of input
            quotes where speaker =
                                  ^

            """)
    }

    @Test func theMarkerCoversTheTokenAndHelpFollows() {
        #expect(rendered("quotes wher speaker = x") == """
            <test>:1:8: error: expected 'where', 'count', 'sort', 'limit', 'select' or end of statement, found 'wher'
            quotes wher speaker = x
                   ^~~~
            help: did you mean 'where'?

            """)
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(rendered("quotes where 台湾 # 1") == """
            <test>:1:17: error: unexpected character '#'
            quotes where 台湾 # 1
                              ^

            """)
        #expect(rendered("quotes where x = \"台湾\" wher") == """
            <test>:1:23: error: expected 'and', 'or', 'count', 'sort', 'limit', 'select' or end of statement, found 'wher'
            quotes where x = "台湾" wher
                                    ^~~~
            help: did you mean 'where'?

            """)
    }

    @Test func aWideTokenIsUnderlinedAcrossBothColumnsOfEachCharacter() {
        #expect(rendered("quotes where x = 1 台湾") == """
            <test>:1:20: error: expected 'and', 'or', 'count', 'sort', 'limit', 'select' or end of statement, found '台湾'
            quotes where x = 1 台湾
                               ^~~~

            """)
    }

    @Test func combiningAccentsTakeNoColumn() {
        // "cafe" + U+0301 COMBINING ACUTE ACCENT: five scalars, four columns.
        #expect(rendered("quotes where cafe\u{301} = x y") == """
            <test>:1:24: error: expected 'and', 'or', 'count', 'sort', 'limit', 'select' or end of statement, found 'y'
            quotes where cafe\u{301} = x y
                                  ^

            """)
        #expect(rendered("quotes where café = x y") == """
            <test>:1:23: error: expected 'and', 'or', 'count', 'sort', 'limit', 'select' or end of statement, found 'y'
            quotes where café = x y
                                  ^

            """)
    }

    @Test func tabsAreExpandedAndControlCharactersEscaped() {
        #expect(rendered("quotes\twhere a = = 1") == """
            <test>:1:18: error: expected a value after '=', found '='
            quotes  where a = = 1
                              ^

            """)
        #expect(rendered("quotes where a = \"\u{1B}[31m\" wher") == """
            <test>:1:26: error: expected 'and', 'or', 'count', 'sort', 'limit', 'select' or end of statement, found 'wher'
            quotes where a = "\\e[31m" wher
                                      ^~~~
            help: did you mean 'where'?

            """)
    }

    @Test func aSpanOverSeveralLinesIsMarkedToTheEndOfItsFirstLine() {
        #expect(rendered("quotes where a = \"open\nand more") == """
            <test>:1:18: error: unterminated string: missing closing '"'
            quotes where a = "open
                             ^~~~~

            """)
    }

    @Test func notesFollowTheMarker() {
        #expect(rendered("quotes where (a = 1") == """
            <test>:1:20: error: expected 'and', 'or' or ')', found end of input
            quotes where (a = 1
                               ^
            note: the '(' at 1:14 is not closed

            """)
    }

    @Test func emptyInputAndLaterLines() {
        #expect(rendered("") == "")
        let source = SourceFile(name: "script.q", text: "quotes\nwhere", firstLine: 10)
        let diagnostics = Parser.parse(source).diagnostics
        #expect(DiagnosticRenderer().render(diagnostics, in: source) == """
            script.q:11:6: error: expected a condition after 'where', found end of input
            where
                 ^

            """)
    }

    @Test func colourIsOptIn() {
        let esc = "\u{1B}"
        #expect(rendered("quotes where") == """
            <test>:1:13: error: expected a condition after 'where', found end of input
            quotes where
                        ^

            """)
        #expect(rendered("quotes where", color: true) == """
            \(esc)[1m<test>:1:13:\(esc)[0m \(esc)[1;31merror:\(esc)[0m \(esc)[1mexpected a condition after 'where', found end of input\(esc)[0m
            quotes where
            \(esc)[32m            ^\(esc)[0m

            """)
        let warning = Diagnostic.warning("no such topic", at: SourceRange(0, 6))
        #expect(DiagnosticRenderer(useColor: true).render(warning, in: testSource("quotes")).contains("\(esc)[1;33mwarning:"))
    }

    @Test func aLongLineIsShownAsAWindowAroundTheError() {
        let text = "quotes where " + (0..<100).map { "a\($0) = 1" }.joined(separator: " and ") + " wher"
        let output = rendered(text)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 5)
        #expect(lines[1].hasPrefix("…"))
        #expect(lines[1].hasSuffix("wher"))
        #expect(DisplayWidth.of(lines[1]) <= 160)
        // The caret stands under the 'w' of "wher".
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let wher = lines[1].range(of: " wher").map { lines[1].distance(from: lines[1].startIndex, to: $0.lowerBound) + 1 }
        #expect(caret != nil && caret == wher)
        #expect(lines[2].hasSuffix("^~~~"))
    }

    @Test func aLongLineWindowAlsoCutsTheEnd() {
        let text = "quotes wher " + String(repeating: "x ", count: 200)
        let lines = rendered(text).split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix("quotes wher x"))
        #expect(lines[1].hasSuffix("…"))
        #expect(lines[2] == "       ^~~~")
    }

    // MARK: - Display width

    @Test(arguments: [
        ("abc", 3), ("台湾", 4), ("café", 4), ("cafe\u{301}", 4), ("ｆｕｌｌ", 8), ("한국", 4),
        ("😀", 2), ("a\u{200B}b", 2), ("", 0), ("\u{1B}", 0), ("Ελλάδα", 6), ("Россия", 6),
    ])
    func displayWidth(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }
}
