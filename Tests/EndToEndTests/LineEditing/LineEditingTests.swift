import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// EditLineReader proven with real keystrokes on a pseudo-terminal (through EditLineProbe).
@Suite("Line editing on a terminal")
struct LineEditingTests {
    @Test("a typed line comes back whole")
    func typedLine() throws {
        let probe = try ProbeSession()
        try probe.enter("quotes where speaker = \"Someone\"")
        #expect(try probe.quit() == 0)
    }

    @Test("Up recalls earlier statements, Down comes back")
    func upArrowRecall() throws {
        let probe = try ProbeSession()
        try probe.enter("first statement")
        try probe.enter("second statement")
        try probe.terminal.send(Key.up + Key.up)
        try probe.terminal.waitForScreenLine("newsq> first statement")
        try probe.terminal.send(Key.down)
        try probe.terminal.waitForScreenLine("newsq> second statement")
        try probe.type(Key.up + Key.enter, thenWaitFor: "got: first statement\n")
    }

    @Test("Tab with one candidate inserts it and a space")
    func tabCompletesUniqueCandidate() throws {
        let probe = try ProbeSession()
        try probe.type("select quo", thenWaitFor: "select quo")
        try probe.type(Key.tab, thenWaitFor: "tes ")
        try probe.type("x" + Key.enter, thenWaitFor: "got: select quotes x\n")
    }

    @Test("Tab with several candidates inserts their common prefix and lists them in columns")
    func tabListsCandidates() throws {
        let probe = try ProbeSession()
        try probe.type("spe", thenWaitFor: "spe")
        try probe.terminal.send(Key.tab)
        let screen = try probe.terminal.waitForScreen("the listing, then the line redrawn") {
            $0.visibleLines.starts(with: ["newsq> spe", "speakers  speaker", "newsq> speaker"])
        }
        #expect(!screen.text.contains("got:"))
        try probe.type("s" + Key.enter, thenWaitFor: "got: speakers\n")
    }

    @Test("a listing below a line that wraps onto several rows stays intact when the line is redrawn")
    func listingBelowWrappedLine() throws {
        let probe = try ProbeSession(columns: 40)
        let long = String(repeating: "x", count: 45)
        try probe.type(long + " spe", thenWaitFor: " spe")
        try probe.terminal.send(Key.tab)
        try probe.terminal.waitForScreen("the two-row line, the listing, the two-row line again") {
            $0.visibleLines.starts(with: [
                "newsq> " + String(repeating: "x", count: 33), String(repeating: "x", count: 12) + " spe",
                "speakers  speaker",
                "newsq> " + String(repeating: "x", count: 33), String(repeating: "x", count: 12) + " speaker",
            ])
        }
        try probe.type(Key.enter, thenWaitFor: "got: " + long + " speaker\n")
    }

    @Test("completing a word in the first row of a wrapped line lists below the whole line")
    func listingFromFirstRowOfWrappedLine() throws {
        let probe = try ProbeSession(columns: 40)
        let long = String(repeating: "x", count: 45)
        try probe.type("spe " + long, thenWaitFor: "xxxxx")
        try probe.terminal.send(Key.controlA + Key.right + Key.right + Key.right + Key.tab)
        try probe.terminal.waitForScreen("the old two-row line, the listing, the new two-row line") {
            $0.visibleLines.starts(with: [
                "newsq> spe " + String(repeating: "x", count: 29), String(repeating: "x", count: 16),
                "speakers  speaker",
                "newsq> speaker " + String(repeating: "x", count: 25), String(repeating: "x", count: 20),
            ])
        }
        try probe.type(Key.enter, thenWaitFor: "got: speaker " + long + "\n")
    }

    @Test("Tab with very many candidates asks first, then lists them down the columns")
    func tabAsksBeforeLongListing() throws {
        let probe = try ProbeSession(columns: 80)
        try probe.type("it", thenWaitFor: "it")
        try probe.type(Key.tab, thenWaitFor: "Display all 150 possibilities? (y or n)")
        // 7-column words, 2 spaces apart, 80 columns: 9 columns of 17 rows, sorted downwards.
        try probe.type("y", thenWaitFor: "item000  item017  item034  item051")
        try probe.terminal.waitFor("item016  item033")
        try probe.terminal.waitFor("newsq> item")
        try probe.type("042" + Key.enter, thenWaitFor: "got: item042\n")
    }

    @Test("declining the long listing prints nothing and keeps the line")
    func tabDeclinedListing() throws {
        let probe = try ProbeSession()
        try probe.type("it", thenWaitFor: "it")
        try probe.type(Key.tab, thenWaitFor: "(y or n)")
        let screen = try probe.type("n", thenWaitFor: "newsq> item")
        #expect(!screen.contains("item000"))
        try probe.type("7" + Key.enter, thenWaitFor: "got: item7\n")
    }

    @Test("UTF-8 input is echoed and returned intact, and the cursor moves by characters")
    func utf8Input() throws {
        let probe = try ProbeSession()
        try probe.enter("quotes where speaker = \"王毅\" and text ~ \"café\"")
        try probe.type("王毅", thenWaitFor: "王毅")
        try probe.terminal.send(Key.left + Key.left + "«" + Key.right + "·")
        try probe.terminal.waitForScreenLine("newsq> «王·毅")
        try probe.type(Key.enter, thenWaitFor: "got: «王·毅\n")
    }

    @Test("Tab completes and lists UTF-8 candidates")
    func utf8Completion() throws {
        let probe = try ProbeSession()
        try probe.type("王", thenWaitFor: "王")
        try probe.type(Key.tab, thenWaitFor: "王毅    王毅的\n")  // 王毅 takes 4 columns, 王毅的 6
        try probe.terminal.waitFor("newsq> 王毅")
        try probe.type("的" + Key.enter, thenWaitFor: "got: 王毅的\n")
        try probe.type("caf", thenWaitFor: "caf")
        try probe.type(Key.tab + Key.enter, thenWaitFor: "got: café \n")
    }

    @Test("an incomplete statement gets the continuation prompt and comes back as one statement")
    func continuationPrompt() throws {
        let probe = try ProbeSession()
        try probe.type("quotes where\\" + Key.enter, thenWaitFor: "   ...> ")
        try probe.type("speaker = \"X\"\\" + Key.enter, thenWaitFor: "   ...> ")
        try probe.type("limit 3" + Key.enter, thenWaitFor: "got: quotes where\\nspeaker = \"X\"\\nlimit 3\n")
        try probe.terminal.waitFor("newsq> ")
        // A multi-line statement is one history entry: one Up brings all of it back.
        try probe.type(Key.up + Key.enter, thenWaitFor: "got: quotes where\\nspeaker = \"X\"\\nlimit 3\n")
    }

    @Test("Ctrl-C discards a half-typed line and gives a fresh prompt")
    func controlCDiscardsLine() throws {
        let probe = try ProbeSession()
        try probe.type("half typed", thenWaitFor: "half typed")
        try probe.type(Key.controlC, thenWaitFor: "^C\n")
        try probe.terminal.waitFor("newsq> ")
        try probe.enter("next")
        #expect(!probe.terminal.plainText.contains("got: half"))
        #expect(try probe.quit() == 0)
    }

    @Test("Ctrl-C discards a whole multi-line statement, not just its last line")
    func controlCDiscardsStatement() throws {
        let probe = try ProbeSession()
        try probe.type("quotes where\\" + Key.enter, thenWaitFor: "   ...> ")
        try probe.type("speak", thenWaitFor: "speak")
        try probe.type(Key.controlC, thenWaitFor: "^C\nnewsq> ")
        try probe.enter("articles")
        #expect(try probe.quit() == 0)
        #expect(try probe.historyLines() == ["articles"])
    }

    @Test("Ctrl-D on an empty line exits cleanly and leaves the terminal as it was")
    func controlDExits() throws {
        let probe = try ProbeSession()
        try probe.enter("something")
        #expect(try probe.quit() == 0)
        let settings = try probe.terminal.attributes()
        #expect(settings.c_lflag & tcflag_t(ICANON) != 0)
        #expect(settings.c_lflag & tcflag_t(ECHO) != 0)
    }

    @Test("Ctrl-D on a non-empty line deletes a character instead of exiting")
    func controlDOnText() throws {
        let probe = try ProbeSession()
        try probe.type("abc" + Key.left, thenWaitFor: "abc")
        try probe.type(Key.controlD + Key.enter, thenWaitFor: "got: ab\n")
    }

    @Test("Ctrl-R searches the history incrementally")
    func controlRSearch() throws {
        let probe = try ProbeSession()
        try probe.enter("quotes where topic = taiwan")
        try probe.enter("articles count")
        try probe.type(Key.controlR, thenWaitFor: "bck:")
        try probe.terminal.send("taiw")
        try probe.terminal.waitForScreen("the search finding the entry") { screen in
            screen.visibleLines.contains { $0.contains("quotes where topic = taiwan") && $0.contains("taiw") }
        }
        try probe.type(Key.enter, thenWaitFor: "got: quotes where topic = taiwan\n")
    }

    @Test("after a window resize the editor wraps and moves the cursor at the new width")
    func windowResize() throws {
        let probe = try ProbeSession(columns: 80)
        try probe.terminal.resize(columns: 40, rows: 24)
        probe.terminal.drain(for: 0.2)  // SIGWINCH delivered
        let long = String(repeating: "x", count: 45)
        try probe.type(long, thenWaitFor: long.suffix(5) + "")
        try probe.terminal.send(Key.controlA + "Y")
        try probe.terminal.waitForScreen("Y at the start of the wrapped line") {
            $0.visibleLines.starts(with: ["newsq> Y" + String(repeating: "x", count: 32), String(repeating: "x", count: 13)])
        }
        try probe.type(Key.enter, thenWaitFor: "got: Y" + long + "\n")
    }

    @Test("Ctrl-Z that cannot stop the process (orphaned process group) leaves editing working")
    func controlZDiscarded() throws {
        let probe = try ProbeSession()
        try probe.type("before", thenWaitFor: "before")
        try probe.terminal.send("\u{1A}")
        probe.terminal.drain(for: 0.3)
        try probe.type(" after", thenWaitFor: " after")
        #expect(try probe.terminal.attributes().c_lflag & tcflag_t(ICANON) == 0)  // raw again
        try probe.type(Key.enter, thenWaitFor: "got: before after\n")
    }

    @Test("~/.editrc is read, and its program-specific lines apply")
    func editrcIsHonoured() throws {
        let home = try TestEnvironment.makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        // By default Ctrl-T transposes characters; here it moves to the start of the line.
        try "newsq:bind ^T ed-move-to-beg\n".write(toFile: home + "/.editrc", atomically: true, encoding: .utf8)
        let probe = try ProbeSession(home: home)
        try probe.type("world", thenWaitFor: "world")
        try probe.type(Key.controlT + "hello " + Key.enter, thenWaitFor: "got: hello world\n")
    }
}
