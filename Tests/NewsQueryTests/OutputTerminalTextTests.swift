import Testing
@testable import NewsQuery

/// Display width, control escaping and fitting text to columns.
@Suite struct OutputTerminalTextTests {
    @Test(arguments: [
        ("abc", 3), ("", 0), ("李强", 4), ("自由 trade", 10), ("e\u{301}", 1), ("한국", 4), ("ｆｕｌｌ", 8),
        ("a\u{200B}b", 2), ("👍", 2), ("x\u{FE0F}", 1), ("é", 1), ("\u{1B}", 0), ("Ωmega", 5),
    ])
    func displayWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("\u{1B}[31mred", "\\e[31mred"),
        ("bell\u{07}", "bell\\x07"),
        ("nul\u{0}", "nul\\x00"),
        ("del\u{7F}", "del\\x7f"),
        ("c1\u{85}\u{9B}", "c1\\u{0085}\\u{009B}"),
        ("bidi\u{202E}x\u{2066}y\u{202A}", "bidi\\u{202E}x\\u{2066}y\\u{202A}"),
        ("tab\tnew\nline", "tab\\x09new\\x0aline"),
        ("cr\r", "cr\\x0d"),
        ("李强 é", "李强 é"), ("mark\u{200F}", "mark\\u{200F}"), ("line\u{2028}sep", "line\\u{2028}sep"),
    ])
    func escaping(text: String, expected: String) {
        #expect(ControlEscaping.escaped(text) == expected)
    }

    @Test func escapingCanKeepLineBreaksAndTabs() {
        #expect(ControlEscaping.escaped("a\tb\nc\u{1B}", keepNewlines: true, keepTabs: true) == "a\tb\nc\\e")
        #expect(ControlEscaping.escaped("a\tb", keepNewlines: true) == "a\\x09b")
    }

    @Test(arguments: [
        ("abcdef", 4, "abc…"), ("abc", 3, "abc"), ("abc", 1, "…"), ("李强李强", 5, "李强…"), ("李强李强", 4, "李…"),
        ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"),
    ])
    func truncation(text: String, width: Int, expected: String) {
        #expect(TextFitting.truncate(text, to: width) == expected)
        #expect(DisplayWidth.of(TextFitting.truncate(text, to: width)) <= width)
    }

    @Test func wrapping() {
        #expect(TextFitting.wrap("one two three", to: 7) == ["one two", "three"])
        #expect(TextFitting.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
        #expect(TextFitting.wrap("short", to: 10) == ["short"])
        #expect(TextFitting.wrap("贸易贸易贸易", to: 5) == ["贸易", "贸易", "贸易"])
        #expect(TextFitting.wrap("", to: 5) == [""])
    }

    @Test func padding() {
        #expect(TextFitting.pad("李", to: 4) == "李  ")
        #expect(TextFitting.pad("7", to: 3, rightAligned: true) == "  7")
    }
}
