import Foundation

// MARK: - A session with EditLineProbe

/// EditLineProbe (Tests/EditLineProbe) running on a pseudo-terminal with its own scratch home
/// directory and history file.
final class ProbeSession {
    let terminal: PseudoTerminal
    let home: String
    private let ownsHome: Bool
    var historyPath: String { home + "/history" }

    /// Starts the probe in `home` (a new scratch directory, removed afterwards, by default) and
    /// waits for its prompt.
    init(home: String? = nil, environment extra: [String: String] = [:], columns: Int = 80, rows: Int = 24) throws {
        ownsHome = home == nil
        let home = try home ?? TestEnvironment.makeScratchDirectory()
        self.home = home
        terminal = try PseudoTerminal(
            executable: TestEnvironment.executable("EditLineProbe"),
            environment: TestEnvironment.terminalEnvironment(home: home, extra: extra),
            columns: columns, rows: rows)
        try terminal.waitFor("newsq> ")
    }

    /// Types `keys`, then waits for `text`.
    @discardableResult
    func type(_ keys: String, thenWaitFor text: String) throws -> String {
        try terminal.send(keys)
        return try terminal.waitFor(text)
    }

    /// Types a statement and Enter, and waits for the probe's echo of `expected`.
    func enter(_ line: String, expecting expected: String? = nil) throws {
        try type(line + Key.enter, thenWaitFor: "got: " + (expected ?? line) + "\n")
        try terminal.waitFor("newsq> ")
    }

    /// Presses Ctrl-D at an empty prompt and returns the exit status. Wait for the prompt
    /// first: keys typed before it are read by the terminal in its normal mode, where Ctrl-D
    /// means something else.
    func quit() throws -> Int32 {
        try type(Key.controlD, thenWaitFor: "bye")
        return try terminal.waitForExit()
    }

    /// The history file's lines.
    func historyLines() throws -> [String] {
        let text = try String(contentsOfFile: historyPath, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    deinit {
        terminal.close()
        if ownsHome { try? FileManager.default.removeItem(atPath: home) }
    }
}
