import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// History persistence, signals and paging, proven on a pseudo-terminal through EditLineProbe.
@Suite("History, signals and paging on a terminal")
struct HistoryAndSignalTests {
    @Test("the history file holds the statements afterwards: multi-line as one entry, no repeats, mode 0600")
    func historyFileContents() throws {
        let probe = try ProbeSession()
        try probe.enter("quotes where speaker = \"王毅\"")
        try probe.enter("quotes where speaker = \"王毅\"")  // consecutive duplicate: dropped
        try probe.type("articles where\\" + Key.enter, thenWaitFor: "   ...> ")
        try probe.type("words > 100" + Key.enter, thenWaitFor: "got: articles where\\nwords > 100\n")
        try probe.terminal.waitFor("newsq> ")
        try probe.enter("   ")  // blank: not recorded
        // Appended as entered: the file is complete before the session ends.
        #expect(try probe.historyLines() == ["quotes where speaker = \"王毅\"", "articles where\\nwords > 100"])
        #expect(try probe.quit() == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: probe.historyPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test("history is kept across sessions and recalled with Up")
    func historyAcrossSessions() throws {
        let home = try TestEnvironment.makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let first = try ProbeSession(home: home)
        try first.enter("topics count")
        try first.type("multi\\" + Key.enter, thenWaitFor: "   ...> ")
        try first.type("line" + Key.enter, thenWaitFor: "got: multi\\nline\n")
        try first.terminal.waitFor("newsq> ")
        #expect(try first.quit() == 0)
        let second = try ProbeSession(home: home)
        try second.type(Key.up, thenWaitFor: "line")
        try second.type(Key.up, thenWaitFor: "topics count")
        try second.type(Key.enter, thenWaitFor: "got: topics count\n")
        try second.terminal.waitFor("newsq> ")
        try second.type("history" + Key.enter, thenWaitFor: "4: history\n")
    }

    @Test("history and the terminal's settings survive a fatal signal", arguments: [SIGTERM, SIGHUP])
    func fatalSignal(_ signal: Int32) throws {
        let probe = try ProbeSession()
        try probe.enter("kept statement")
        try probe.type("half typed", thenWaitFor: "half typed")
        let editing = try probe.terminal.attributes()
        #expect(editing.c_lflag & tcflag_t(ICANON) == 0)  // libedit's raw mode while editing
        probe.terminal.signal(signal)
        #expect(try probe.terminal.waitForExit() == 128 + signal)
        #expect(try probe.historyLines() == ["kept statement"])
        let after = try probe.terminal.attributes()
        #expect(after.c_lflag & tcflag_t(ICANON) != 0)
        #expect(after.c_lflag & tcflag_t(ECHO) != 0)
    }

    @Test("a killed process loses nothing already entered")
    func sigkill() throws {
        let probe = try ProbeSession()
        try probe.enter("one")
        try probe.enter("two")
        probe.terminal.signal(SIGKILL)
        #expect(try probe.terminal.waitForExit() == 128 + SIGKILL)
        #expect(try probe.historyLines() == ["one", "two"])
    }

    @Test("Ctrl-C during a long query cancels the query, not the shell")
    func controlCCancelsQuery() throws {
        let probe = try ProbeSession()
        try probe.type("sleep" + Key.enter, thenWaitFor: "sleeping")
        try probe.type(Key.controlC, thenWaitFor: "query cancelled")
        try probe.terminal.waitFor("newsq> ")
        try probe.enter("still here")
        #expect(try probe.quit() == 0)
    }

    @Test("an unwritable history file costs one warning and the session goes on")
    func unwritableHistory() throws {
        let home = try TestEnvironment.makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try "not a directory".write(toFile: home + "/blocker", atomically: true, encoding: .utf8)
        let probe = try ProbeSession(home: home, environment: ["NEWSQ_HISTORY": home + "/blocker/history"])
        try probe.enter("first")
        try probe.enter("second")
        try probe.type(Key.up + Key.up + Key.enter, thenWaitFor: "got: first\n")
        try probe.terminal.waitFor("newsq> ")
        #expect(try probe.quit() == 0)
        let plain = probe.terminal.plainText
        #expect(plain.components(separatedBy: "newsq: warning:").count - 1 == 1)
        #expect(plain.contains(home + "/blocker/history: Not a directory"))
    }

    @Test("a full disk costs one warning and the session goes on")
    func fullDisk() throws {
        let probe = try ProbeSession(environment: ["NEWSQ_HISTORY": "/dev/full"])
        try probe.enter("first")
        try probe.enter("second")
        #expect(try probe.quit() == 0)
        let plain = probe.terminal.plainText
        #expect(plain.components(separatedBy: "cannot save history to /dev/full").count - 1 == 1)
        #expect(plain.contains("No space left on device"))
    }

    @Test("long output goes through $PAGER, short output does not (auto mode)")
    func pager() throws {
        let probe = try ProbeSession(environment: ["PAGER": "sed s/^/paged:/"], rows: 24)
        try probe.type("page 3" + Key.enter, thenWaitFor: "line 3\n")
        try probe.terminal.waitFor("newsq> ")
        #expect(!probe.terminal.plainText.contains("paged:"))
        try probe.type("page 40" + Key.enter, thenWaitFor: "paged:line 40\n")
        try probe.terminal.waitFor("newsq> ")
        #expect(try probe.quit() == 0)
    }

    @Test("a pager that quits early does not end the shell (no SIGPIPE)")
    func pagerQuitsEarly() throws {
        let probe = try ProbeSession(environment: ["PAGER": "head -n 2"])
        try probe.type("page 100000" + Key.enter, thenWaitFor: "line 2\n")
        try probe.terminal.waitFor("newsq> ")
        try probe.enter("alive")
        #expect(try probe.quit() == 0)
    }

    @Test("a pager that cannot start leaves the text printed directly")
    func pagerMissing() throws {
        let probe = try ProbeSession(environment: ["PAGER": "/nonexistent/pager"])
        try probe.type("page 30" + Key.enter, thenWaitFor: "line 30\n")
        try probe.terminal.waitFor("newsq> ")
        #expect(try probe.quit() == 0)
    }
}
