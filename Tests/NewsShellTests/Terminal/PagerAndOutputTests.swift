import Foundation
import Testing

@testable import NewsShell

#if canImport(Glibc)
import Glibc
#endif

extension ProcessSignalStateTests {
@Suite("Pager")
struct PagerTests {
    @Test("rows taken, with long lines wrapping, counted up to a limit", arguments: [
        ("a\nb\nc\n", 80, 100, 3), ("a\nb\nc", 80, 100, 3), (String(repeating: "x", count: 200), 80, 100, 3),
        ("\n\n", 80, 100, 2), (String(repeating: "line\n", count: 1000), 80, 24, 24), ("王毅王毅\n", 4, 100, 2),
    ])
    func rowCount(text: String, columns: Int, limit: Int, rows: Int) {
        #expect(Pager.rowCount(text, columns: columns, limit: limit) == rows)
    }

    @Test("when to page", arguments: [
        (PagerMode.off, true, 100, false), (.on, true, 1, true), (.on, false, 100, false),
        (.auto, true, 5, false), (.auto, true, 23, false), (.auto, true, 24, true), (.auto, false, 100, false),
    ])
    func decision(mode: PagerMode, terminal: Bool, lines: Int, pages: Bool) {
        let pager = Pager(mode: mode, environment: ["PAGER": "less"])
        let text = String(repeating: "line\n", count: lines)
        #expect(pager.shouldPage(text, outputIsTerminal: terminal, size: TerminalSize(columns: 80, rows: 24)) == pages)
    }

    @Test("$PAGER is used; empty means none; default less -FRX when less exists")
    func command() {
        #expect(Pager(mode: .on, environment: ["PAGER": "more -s"]).command == "more -s")
        #expect(Pager(mode: .on, environment: ["PAGER": "  "]).command == nil)
        #expect(Pager(mode: .on, environment: ["PATH": "/nonexistent"]).command == nil)
        let hasLess = Pager.programExists("less", path: "/usr/bin:/bin")
        #expect(Pager(mode: .on, environment: ["PATH": "/usr/bin:/bin"]).command == (hasLess ? "less -FRX" : nil))
    }

    @Test("the text reaches the pager's standard input")
    func runsThePager() throws {
        let scratch = try ScratchDirectory()
        let output = scratch.file("paged")
        #expect(Pager.run("cat > '\(output)'", input: "one\n王毅\n"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "one\n王毅\n")
    }

    @Test("a pager that quits early ends the writing, not newsq")
    func pagerQuitsEarly() {
        let text = String(repeating: "a fairly long line of text\n", count: 200_000)
        #expect(Pager.run("head -c 10 > /dev/null", input: text))
    }

    @Test("a pager that cannot start is reported, so the caller prints directly")
    func missingPager() {
        #expect(!Pager.run("/nonexistent/pager 2>/dev/null", input: "text\n"))
    }
}
}

@Suite("OutputSink")
struct OutputSinkTests {
    @Test("text goes straight to the descriptor")
    func writes() throws {
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        defer { close(ends[0]) }
        let sink = OutputSink(fileDescriptor: ends[1], onBrokenPipe: .ignore)
        #expect(sink.write("王毅 "))
        #expect(sink.writeLine("café"))
        #expect(sink.write(bytes: [0x41]))
        close(ends[1])
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(ends[0], &buffer, buffer.count)
        #expect(String(decoding: buffer[0..<max(0, count)], as: UTF8.self) == "王毅 café\nA")
    }

    @Test("a closed pipe makes the write fail instead of killing the process")
    func brokenPipe() {
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        close(ends[0])
        defer { close(ends[1]) }
        let sink = OutputSink(fileDescriptor: ends[1], onBrokenPipe: .ignore)
        #expect(!sink.write("nobody reads this\n"))
    }
}

@Suite("Pager environment")
struct PagerEnvironmentTests {
    @Test("the pager gets LESS=FRX when LESS is unset")
    func lessOptions() throws {
        let scratch = try ScratchDirectory()
        let output = scratch.file("environment")
        let expected = ProcessInfo.processInfo.environment["LESS"] ?? "FRX"
        #expect(Pager.run("printf %s \"$LESS\" > '\(output)'", input: ""))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == expected)
    }
}
