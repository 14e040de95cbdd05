import Foundation
import Testing

@testable import NewsShell

#if canImport(Glibc)
import Glibc
#endif

@Suite("PlainLineReader")
struct PlainLineReaderTests {
    /// A reader over `bytes` written to a pipe by a background thread (so inputs larger than
    /// the pipe's buffer work).
    private func reader(for bytes: [UInt8], chunkSize: Int = 64 * 1024, history: HistoryStore? = nil) -> PlainLineReader {
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        let (readEnd, writeEnd) = (ends[0], ends[1])
        Thread.detachNewThread {
            bytes.withUnsafeBytes { _ = FileDescriptorIO.writeAll(writeEnd, $0) }
            close(writeEnd)
        }
        return PlainLineReader(fileDescriptor: readEnd, history: history, chunkSize: chunkSize)
    }

    private func readAll(_ reader: PlainLineReader) -> [String] {
        var lines: [String] = []
        while case .line(let line) = reader.readLine(prompt: "newsq> ") { lines.append(line) }
        return lines
    }

    @Test("lines end at \\n; \\r\\n counts as one; the last line needs no terminator", arguments: [
        ("a\nb\n", ["a", "b"]),
        ("a\r\nb\r\n", ["a", "b"]),
        ("a\nlast", ["a", "last"]),
        ("\n\n", ["", ""]),
        ("", []),
        ("王毅\ncafé\n", ["王毅", "café"]),
        ("cr\ronly\n", ["cr\ronly"]),
    ])
    func splitting(input: String, expected: [String]) {
        #expect(readAll(reader(for: Array(input.utf8))) == expected)
    }

    @Test("the same lines come out whatever the read size", arguments: [1, 2, 3, 7, 4096])
    func chunkSizes(chunkSize: Int) {
        let input = "first line\nsecond 王毅\r\n\nthird"
        #expect(readAll(reader(for: Array(input.utf8), chunkSize: chunkSize)) == ["first line", "second 王毅", "", "third"])
    }

    @Test("a very long line (4 MiB) arrives whole")
    func longLine() {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 4 * 1024 * 1024)
        let lines = readAll(reader(for: long + [0x0A] + Array("after".utf8)))
        #expect(lines.count == 2)
        #expect(lines.first?.utf8.count == long.count)
        #expect(lines.last == "after")
    }

    @Test("invalid UTF-8 is replaced, not fatal")
    func invalidUTF8() {
        let lines = readAll(reader(for: [0x61, 0xFF, 0xC3, 0x0A, 0xE7, 0x8E]))
        #expect(lines == ["a\u{FFFD}\u{FFFD}", "\u{FFFD}"])
    }

    @Test("after the end, every read says end of input")
    func endIsSticky() {
        let reader = reader(for: Array("x".utf8))
        #expect(reader.readLine(prompt: "") == .line("x"))
        #expect(reader.readLine(prompt: "") == .endOfInput)
        #expect(reader.readLine(prompt: "") == .endOfInput)
    }

    @Test("added entries go to the history store when there is one")
    func history() {
        let store = HistoryStore(path: nil)
        let reader = reader(for: [], history: store)
        reader.addHistory("quotes\nwhere x")
        reader.addHistory("quotes\nwhere x")
        #expect(store.entries == ["quotes\nwhere x"])
    }
}
