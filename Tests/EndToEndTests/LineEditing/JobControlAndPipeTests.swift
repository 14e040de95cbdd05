import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The terminal layer under a real job-control shell, and writing into a closed pipe.
@Suite("Job control and closed pipes")
struct JobControlAndPipeTests {
    @Test("Ctrl-Z stops the editor under a job-control shell; fg redraws the line and editing goes on",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
    func suspendAndResume() throws {
        let home = try TestEnvironment.makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = TestEnvironment.terminalEnvironment(home: home, extra: ["PS1": "bash$ "])
        let terminal = try PseudoTerminal(
            executable: "/bin/bash", arguments: ["--norc", "--noprofile", "-i"], environment: environment)
        defer { terminal.close() }
        try terminal.waitFor("bash$ ")
        try terminal.send(TestEnvironment.executable("EditLineProbe") + Key.enter)
        try terminal.waitFor("newsq> ")
        try terminal.send("abc")
        try terminal.waitFor("abc")
        try terminal.send("\u{1A}")
        try terminal.waitFor("Stopped")
        try terminal.waitFor("bash$ ")
        try terminal.send("fg" + Key.enter)
        try terminal.waitForScreenLine("newsq> abc")
        try terminal.send("def" + Key.enter)
        try terminal.waitFor("got: abcdef\n")
        try terminal.waitFor("newsq> ")
        try terminal.send(Key.controlD)
        try terminal.waitFor("bye")
        try terminal.waitFor("bash$ ")
        try terminal.send("exit" + Key.enter)
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("writing into a pipe whose reader has gone ends the process quietly with status 0")
    func closedPipe() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestEnvironment.executable("EditLineProbe"))
        process.arguments = ["--write-forever"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let start = output.fileHandleForReading.readData(ofLength: 64)
        #expect(String(decoding: start, as: UTF8.self).hasPrefix("line 0\n"))
        try output.fileHandleForReading.close()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(errors.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }
}
