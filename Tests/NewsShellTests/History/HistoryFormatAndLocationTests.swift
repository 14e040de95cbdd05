import Testing

@testable import NewsShell

@Suite("History file format")
struct HistoryFileFormatTests {
    @Test("entries round-trip through their one-line form", arguments: [
        "plain", "two\nlines", "back\\slash", "\\n literally", "cr\r\nlf", "王毅 café", "trailing\\", "", "\t tab",
    ])
    func roundTrip(entry: String) {
        let line = HistoryFileFormat.encodeLine(entry)
        #expect(line.last == UInt8(ascii: "\n"))
        #expect(!line.dropLast().contains(UInt8(ascii: "\n")))
        let decoded = HistoryFileFormat.decode(line)
        #expect(decoded == (entry.isEmpty ? [] : [entry]))
    }

    @Test("encoding escapes backslash, newline and carriage return", arguments: [
        ("a\nb", "a\\nb\n"), ("a\\b", "a\\\\b\n"), ("a\rb", "a\\rb\n"),
    ])
    func encoding(entry: String, line: String) {
        #expect(HistoryFileFormat.encodeLine(entry) == Array(line.utf8))
    }

    @Test("reading is lenient: unknown escapes kept, blank lines skipped, invalid UTF-8 replaced")
    func lenientReading() {
        let bytes: [UInt8] = Array("a\\qb\n\n".utf8) + [0xFF, 0x41, 0x0A] + Array("end".utf8)
        #expect(HistoryFileFormat.decode(bytes) == ["a\\qb", "\u{FFFD}A", "end"])
        #expect(HistoryFileFormat.endsMidLine(bytes))
        #expect(!HistoryFileFormat.endsMidLine(Array("x\n".utf8)))
    }
}

@Suite("History location")
struct HistoryLocationTests {
    @Test("NEWSQ_HISTORY, else XDG_STATE_HOME/newsq/history, else ~/.newsq_history", arguments: [
        (["NEWSQ_HISTORY": "/a/h", "XDG_STATE_HOME": "/s", "HOME": "/home/u"], "/a/h"),
        (["NEWSQ_HISTORY": "", "XDG_STATE_HOME": "/s", "HOME": "/home/u"], "/s/newsq/history"),
        (["XDG_STATE_HOME": "/s/", "HOME": "/home/u"], "/s/newsq/history"),
        (["XDG_STATE_HOME": "relative/state", "HOME": "/home/u"], "/home/u/.newsq_history"),
        (["HOME": "/home/u"], "/home/u/.newsq_history"),
    ])
    func resolution(environment: [String: String], expected: String) {
        #expect(HistoryLocation.resolve(environment: environment) == expected)
    }

    @Test("without HOME the password database's home directory is used")
    func passwordDatabase() {
        let path = HistoryLocation.resolve(environment: [:])
        #expect(path?.hasSuffix("/.newsq_history") == true)
    }
}
