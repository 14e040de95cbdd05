import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The real `newsq` binary on a pseudo-terminal, over the bundled five-article corpus, driven
/// by real keystrokes.
@Suite("newsq interactive shell")
struct InteractiveShellTests {
    private final class Shell {
        let terminal: PseudoTerminal
        let home: String

        init() throws {
            home = try TestEnvironment.makeScratchDirectory()
            terminal = try PseudoTerminal(
                executable: TestEnvironment.executable("newsq"),
                arguments: [TestEnvironment.packageRoot + "/corpus"],
                environment: TestEnvironment.terminalEnvironment(home: home))
            let banner = try terminal.waitFor("newsq> ")
            #expect(banner.contains("newsq 0."))
            #expect(banner.contains("5 articles"))
        }

        deinit {
            terminal.close()
            try? FileManager.default.removeItem(atPath: home)
        }

        /// The history file's entries.
        func historyLines() throws -> [String] {
            try String(contentsOfFile: home + "/history", encoding: .utf8)
                .split(separator: "\n").map(String.init)
        }
    }

    @Test("a query prints its result; Up recalls it")
    func queryAndRecall() throws {
        let shell = try Shell()
        try shell.terminal.send("articles count" + Key.enter)
        let result = try shell.terminal.waitFor("(1 row)")
        #expect(result.contains("count"))
        #expect(result.contains("5"))
        try shell.terminal.waitFor("newsq> ")
        try shell.terminal.send(Key.up)
        try shell.terminal.waitForScreenLine("newsq> articles count")
        try shell.terminal.send(Key.enter)
        try shell.terminal.waitFor("(1 row)")
    }

    @Test("Tab completes a speaker's name from the corpus, quoted")
    func speakerCompletion() throws {
        let shell = try Shell()
        try shell.terminal.send("quotes where speaker = \"Wa" + Key.tab)
        try shell.terminal.waitForScreenLine("newsq> quotes where speaker = \"Wang Yi\"")
        try shell.terminal.send("select speaker, line" + Key.enter)
        let result = try shell.terminal.waitFor("rows)")
        #expect(result.contains("Wang Yi"))
        #expect(!result.contains("Blinken"))
    }

    @Test("Tab completes a field, and a field reached through a relation")
    func fieldCompletion() throws {
        let shell = try Shell()
        try shell.terminal.send("quotes where spe" + Key.tab)
        try shell.terminal.waitForScreenLine("newsq> quotes where speaker")
        try shell.terminal.send(Key.controlC)
        try shell.terminal.waitFor("newsq> ")
        try shell.terminal.send("quotes select article.ti" + Key.tab)
        try shell.terminal.waitForScreenLine("newsq> quotes select article.title")
    }

    @Test("an incomplete statement continues on a `   ...> ` line and runs as one")
    func continuation() throws {
        let shell = try Shell()
        try shell.terminal.send("articles where" + Key.enter)
        try shell.terminal.waitFor("   ...> ")
        try shell.terminal.send("outlet is not missing count" + Key.enter)
        let result = try shell.terminal.waitFor("(1 row)")
        #expect(result.contains("2"))
        try shell.terminal.waitFor("newsq> ")
        try shell.terminal.send(Key.controlD)
        #expect(try shell.terminal.waitForExit() == 0)
        #expect(try shell.historyLines() == ["articles where\\noutlet is not missing count"])
    }

    @Test("Ctrl-C discards a half-typed statement; Ctrl-D exits with status 0; history holds the statements")
    func controlKeysAndHistory() throws {
        let shell = try Shell()
        try shell.terminal.send("articles where" + Key.enter)
        try shell.terminal.waitFor("   ...> ")
        try shell.terminal.send("wor")
        try shell.terminal.waitFor("wor")
        try shell.terminal.send(Key.controlC)
        try shell.terminal.waitFor("newsq> ")
        try shell.terminal.send("articles count" + Key.enter)
        try shell.terminal.waitFor("(1 row)")
        try shell.terminal.waitFor("newsq> ")
        try shell.terminal.send(".history" + Key.enter)
        try shell.terminal.waitFor(".history")
        let listing = try shell.terminal.waitFor("2  .history")
        #expect(listing.contains("1  articles count"))
        try shell.terminal.waitFor("newsq> ")
        try shell.terminal.send(Key.controlD)
        #expect(try shell.terminal.waitForExit() == 0)
        #expect(try shell.historyLines() == ["articles count", ".history"])
    }

    @Test("UTF-8 input is echoed intact and reaches the query as typed")
    func utf8() throws {
        let shell = try Shell()
        try shell.terminal.send("quotes where speaker = \"王毅\" and text ~ \"café\"")
        try shell.terminal.waitForScreenLine("newsq> quotes where speaker = \"王毅\" and text ~ \"café\"")
        try shell.terminal.send(Key.enter)
        let warning = try shell.terminal.waitFor("(0 rows)")
        #expect(warning.contains("no speaker '王毅'"))
    }

    @Test("errors show the line, a caret and a suggestion; the shell goes on")
    func errorsThenMore() throws {
        let shell = try Shell()
        try shell.terminal.send("quotes wher speaker = Xi" + Key.enter)
        let error = try shell.terminal.waitFor("did you mean 'where'?")
        #expect(error.contains("<input>:1:8: error:"))
        #expect(error.contains("^~~~"))
        try shell.terminal.waitFor("newsq> ")
        try shell.terminal.send(".quit" + Key.enter)
        #expect(try shell.terminal.waitForExit() == 0)
    }
}
