import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Pager

/// When results go through the pager (`.pager on|off|auto`).
public enum PagerMode: String, Sendable, CaseIterable {
    /// Never.
    case off
    /// Whenever standard output is a terminal (`less -F` itself quits if the text fits).
    case on
    /// When standard output is a terminal and the text, with the prompt after it, does not fit
    /// on the screen.
    case auto
}

/// Shows long results through `$PAGER` (default `less -FRX`), or writes them directly.
///
/// The pager runs as `/bin/sh -c "$PAGER"` with the text on its standard input, the default
/// signal actions restored, and `LESS=FRX` when `LESS` is unset (as git does, so a plain
/// `PAGER=less` still shows colours and quits when the text fits). If it quits early (`q` in less) the write fails with `EPIPE`,
/// which only stops the writing: newsq ignores `SIGPIPE`. If it cannot start (spawn failure,
/// exit status 126 or 127, or the default `less` missing) the text is written directly.
/// An empty `$PAGER` means no pager.
public struct Pager: Sendable {
    /// The command used when `$PAGER` is not set.
    public static let defaultCommand = "less -FRX"

    /// When to page.
    public var mode: PagerMode
    /// The shell command that pages its standard input; `nil` when paging is disabled.
    public var command: String?

    /// A pager in `mode` running `$PAGER` from `environment` (default `less -FRX`).
    public init(mode: PagerMode, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.mode = mode
        if let configured = environment["PAGER"] {
            let trimmed = configured.trimmingCharacters(in: .whitespaces)
            command = trimmed.isEmpty ? nil : trimmed
        } else {
            command = Pager.programExists("less", path: environment["PATH"]) ? Pager.defaultCommand : nil
        }
    }

    // MARK: Deciding

    /// Whether `text` goes through the pager when printed to an output that is (or not) a
    /// terminal of `size`.
    public func shouldPage(_ text: String, outputIsTerminal: Bool, size: TerminalSize) -> Bool {
        guard command != nil, outputIsTerminal else { return false }
        switch mode {
        case .off: return false
        case .on: return true
        case .auto: return Pager.rowCount(text, columns: size.columns, limit: size.rows) >= size.rows
        }
    }

    /// The terminal rows `text` takes when long lines wrap at `columns`, counting no further
    /// than `limit` (the answer is then `limit`). Scans UTF-8 bytes and stops at `limit`.
    public static func rowCount(_ text: String, columns: Int, limit: Int) -> Int {
        let width = max(1, columns)
        let bytes = text.utf8
        var rows = 0
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex, rows < limit {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = bytes[lineStart..<lineEnd]
            let isPlainASCII = line.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
            let columnsUsed = isPlainASCII ? line.count : PrintedWidth.of(String(Substring(line)))
            rows += max(1, (columnsUsed + width - 1) / width)
            lineStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
        }
        return min(rows, limit)
    }

    // MARK: Showing

    /// Writes `text` to `sink`, through the pager when ``shouldPage(_:outputIsTerminal:size:)``
    /// says so for `sink`'s terminal.
    public func show(_ text: String, on sink: OutputSink = .standardOutput) {
        let descriptor = sink.fileDescriptor
        let size = TerminalInfo.size(of: descriptor)
        guard let command,
            shouldPage(text, outputIsTerminal: TerminalInfo.isTerminal(descriptor), size: size),
            Pager.run(command, input: text)
        else {
            sink.write(text)
            return
        }
    }

    /// Pipes `input` into `/bin/sh -c command`; returns whether the pager ran (it may have
    /// quit before reading everything).
    static func run(_ command: String, input: String) -> Bool {
        OutputSink.ignoreBrokenPipeSignal()
        fflush(nil)
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return false }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        guard let child = spawnShell(command, standardInput: readEnd) else {
            close(readEnd)
            close(writeEnd)
            return false
        }
        close(readEnd)
        _ = FileDescriptorIO.writeAll(writeEnd, input)  // EPIPE: the user quit the pager
        close(writeEnd)
        let status = waitForExit(child)
        _ = Interrupts.takePending()  // a Ctrl-C typed in the pager was the pager's
        return status != 126 && status != 127
    }

    private static func spawnShell(_ command: String, standardInput: Int32) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        if standardInput != STDIN_FILENO {
            posix_spawn_file_actions_adddup2(&actions, standardInput, STDIN_FILENO)
            posix_spawn_file_actions_addclose(&actions, standardInput)
        }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP] { sigaddset(&defaults, signal) }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let words: [String] = ["sh", "-c", command]
        var environment = ProcessInfo.processInfo.environment
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }  // as git does: colours pass through
        let variables = environment.map { "\($0.key)=\($0.value)" }
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let environmentStrings: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer {
            arguments.forEach { free($0) }
            environmentStrings.forEach { free($0) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, "/bin/sh", &actions, &attributes, arguments, environmentStrings)
        return result == 0 ? child : nil
    }

    /// Waits for `child`; its exit status, or 128 + signal when a signal ended it.
    private static func waitForExit(_ child: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            guard errno == EINTR else { return -1 }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Whether an executable named `program` is in one of `path`'s directories.
    static func programExists(_ program: String, path: String?) -> Bool {
        let directories = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return directories.contains { access("\($0)/\(program)", X_OK) == 0 }
    }
}
