import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The harness itself, checked against ordinary programs before it is trusted with newsq.
@Suite("PseudoTerminal harness")
struct PseudoTerminalTests {
    @Test("the child's standard streams are the terminal and it reads typed lines")
    func childSeesATerminal() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh",
            arguments: ["-c", "test -t 0 && test -t 1 && echo on-a-tty; read line; echo \"read:$line\""],
            environment: ["PATH": "/usr/bin:/bin"])
        defer { terminal.close() }
        try terminal.waitFor("on-a-tty")
        try terminal.send("typed text\r")
        try terminal.waitFor("read:typed text")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("Ctrl-C typed on the terminal reaches the child as SIGINT (it has a controlling terminal)")
    func controlCSignalsTheChild() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "echo ready; exec sleep 30"],
            environment: ["PATH": "/usr/bin:/bin"])
        defer { terminal.close() }
        try terminal.waitFor("ready")
        terminal.drain(for: 0.2)  // let `exec sleep` happen
        try terminal.send(Key.controlC)
        #expect(try terminal.waitForExit() == 128 + SIGINT)
    }

    @Test("the window size given is the one the child sees")
    func windowSize() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "stty size"],
            environment: ["PATH": "/usr/bin:/bin"], columns: 57, rows: 13)
        defer { terminal.close() }
        try terminal.waitFor("13 57")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("a timeout reports the screen text", .timeLimit(.minutes(1)))
    func timeoutShowsScreen() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "echo visible-text; sleep 5"],
            environment: ["PATH": "/usr/bin:/bin"])
        defer { terminal.close() }
        let error = #expect(throws: PseudoTerminal.Failure.self) { try terminal.waitFor("never printed", timeout: 0.5) }
        #expect(error?.description.contains("visible-text") == true)
    }

    @Test("escape sequences, carriage returns, backspaces and bells are stripped from the plain text",
          arguments: [
              ("\u{1B}[1;31mred\u{1B}[0m", "red"),
              ("a\r\nb", "a\nb"),
              ("ab\u{08}c\u{07}", "abc"),
              ("\u{1B}]0;title\u{07}text", "text"),
              ("王毅\u{1B}[K", "王毅"),
          ])
    func plainText(raw: String, plain: String) {
        #expect(PseudoTerminal.plain(Array(raw.utf8)) == plain)
    }
}

/// The screen model the end-to-end tests read the terminal through.
@Suite("ScreenModel")
struct ScreenModelTests {
    @Test("text, carriage return, newline and erase to end of line")
    func basics() {
        let screen = ScreenModel(columns: 20, rows: 4, output: Array("abc\r\ndef\rX\u{1B}[K\r\n".utf8))
        #expect(screen.visibleLines == ["abc", "X", "", ""])
    }

    @Test("libedit-style partial redraw: column moves, delete and insert characters")
    func partialRedraw() {
        let output = "newsq> second statement\r\u{1B}[8G\u{1B}[Pfirst\u{1B}[12X"
        // The delete shifts the old text left; "first" overwrites; X erases the rest.
        let screen = ScreenModel(columns: 40, rows: 2, output: Array(output.utf8))
        #expect(screen.visibleLines[0] == "newsq> first")
        let inserted = ScreenModel(columns: 20, rows: 1, output: Array("abd\u{1B}[3G\u{1B}[1@c".utf8))
        #expect(inserted.visibleLines == ["abcd"])
    }

    @Test("wide characters take two cells and lines wrap at the margin, scrolling at the bottom")
    func wrapping() {
        let screen = ScreenModel(columns: 5, rows: 2, output: Array("王毅ab\r\nxyz123".utf8))
        #expect(screen.scrollback == ["王毅a", "b"])
        #expect(screen.visibleLines == ["xyz12", "3"])
    }
}
