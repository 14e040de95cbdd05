import Foundation

#if canImport(Glibc)
import Glibc
#endif

// MARK: - Pseudo-terminal driver

/// Runs a program on a real pseudo-terminal, as a user at a terminal would: the program is a
/// session leader whose controlling terminal is the pty's slave side, so Ctrl-C typed as byte
/// 0x03 reaches it as `SIGINT` and libedit finds a real terminal.
///
/// How: `openpty`, then `posix_spawn` with `POSIX_SPAWN_SETSID` (glibc ≥ 2.26 calls `setsid()`
/// in the child before the file actions) and a file action that opens the slave by path as
/// descriptor 0 — a session leader without a controlling terminal acquires the first terminal
/// it opens. No `fork` in Swift: `posix_spawn` is safe in a multi-threaded test process.
/// The parent keeps its own slave descriptor open, so no output is lost when the child exits
/// and the terminal's settings can still be read afterwards.
///
/// `waitFor` works like `expect`: it searches the output not yet consumed by an earlier
/// `waitFor`, in the *plain* text (escape sequences, carriage returns, backspaces and bells
/// removed). The raw bytes stay available in ``rawOutput``.
final class PseudoTerminal {
    /// A failure, carrying the screen text for the test report.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The child's process id.
    let processID: pid_t
    /// The terminal's width and height.
    private(set) var columns: Int
    private(set) var rows: Int
    /// The master side (-1 once closed).
    private var master: Int32
    /// The parent's own descriptor of the slave side (-1 once closed).
    private var slave: Int32
    private(set) var rawOutput: [UInt8] = []
    private var consumed = 0
    private var exitStatus: Int32?

    /// Starts `executable` with `arguments` and exactly `environment` on a new terminal of
    /// `columns` × `rows`.
    init(
        executable: String, arguments: [String] = [], environment: [String: String],
        columns: Int = 80, rows: Int = 24
    ) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw Failure(description: "openpty failed: \(String(cString: strerror(errno)))")
        }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(master, F_SETFL, O_NONBLOCK)  // reads never block, even after a spurious wake-up
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        self.master = master
        self.slave = slave
        self.columns = columns
        self.rows = rows
        var name = [CChar](repeating: 0, count: 256)
        guard ttyname_r(slave, &name, name.count) == 0, let end = name.firstIndex(of: 0) else {
            Glibc.close(master)
            Glibc.close(slave)
            throw Failure(description: "ttyname_r failed")
        }
        let slavePath = String(decoding: name[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do {
            processID = try PseudoTerminal.spawn(executable, arguments, environment, slavePath: slavePath)
        } catch {
            Glibc.close(master)
            Glibc.close(slave)
            throw error
        }
    }

    deinit {
        close()
    }

    // MARK: Typing

    /// Types `keys` (UTF-8).
    func send(_ keys: String) throws {
        try send(bytes: Array(keys.utf8))
    }

    /// Types raw bytes.
    func send(bytes: [UInt8], timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN, deadline.timeIntervalSinceNow > 0 {
                    pump(upTo: 0.01)  // the child is not reading yet: keep draining its output
                    continue
                }
                throw Failure(description: "write to pty failed: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    // MARK: Reading

    /// The output so far with escape sequences, `\r`, backspaces and bells removed.
    var plainText: String { PseudoTerminal.plain(rawOutput) }

    /// Waits until `text` appears in the plain output after the last match; returns the plain
    /// output from there up to and including `text`, and consumes it.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let plain = Array(plainText.utf8)
            if let range = PseudoTerminal.find(Array(text.utf8), in: plain, from: consumed) {
                let seen = String(decoding: plain[consumed..<range.upperBound], as: UTF8.self)
                consumed = range.upperBound
                return seen
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else {
                throw Failure(description: "timed out after \(timeout) s waiting for \(text.debugDescription)\n"
                    + "--- screen text (plain) ---\n\(plainText)\n--- raw ---\n\(rawDescription)")
            }
            pump(upTo: min(remaining, 0.2))
        }
    }

    /// What the screen shows now.
    var screen: ScreenModel { ScreenModel(columns: columns, rows: rows, output: rawOutput) }

    /// Waits until the screen satisfies `condition` (described as `expectation` on failure);
    /// returns the screen.
    @discardableResult
    func waitForScreen(
        _ expectation: String, timeout: Double = 10, until condition: (ScreenModel) -> Bool
    ) throws -> ScreenModel {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let current = screen
            if condition(current) { return current }
            guard deadline.timeIntervalSinceNow > 0 else {
                throw Failure(description: "timed out after \(timeout) s waiting for the screen to show \(expectation)\n"
                    + "--- screen ---\n\(current.text)\n--- raw ---\n\(rawDescription)")
            }
            pump(upTo: min(deadline.timeIntervalSinceNow, 0.2))
        }
    }

    /// Waits until some visible row reads exactly `line` (trailing blanks ignored).
    @discardableResult
    func waitForScreenLine(_ line: String, timeout: Double = 10) throws -> ScreenModel {
        try waitForScreen(line.debugDescription + " on a row", timeout: timeout) { $0.visibleLines.contains(line) }
    }

    /// Reads whatever arrives within `seconds`.
    func drain(for seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        while deadline.timeIntervalSinceNow > 0 { pump(upTo: deadline.timeIntervalSinceNow) }
    }

    /// The raw output with control characters made visible, for failure messages.
    var rawDescription: String {
        String(decoding: rawOutput, as: UTF8.self).debugDescription
    }

    private func pump(upTo seconds: Double) {
        guard master >= 0 else { return }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(max(1, seconds * 1000)))
        guard ready > 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 { rawOutput += chunk[0..<count] }
    }

    // MARK: Process

    /// Sends `signal` to the child.
    func signal(_ signal: Int32) {
        kill(processID, signal)
    }

    /// Changes the window size; the kernel sends the child SIGWINCH.
    func resize(columns: Int, rows: Int) throws {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else { throw Failure(description: "TIOCSWINSZ failed") }
        self.columns = columns
        self.rows = rows
    }

    /// The terminal's current settings (the program's, while it runs; what it left behind after).
    func attributes() throws -> termios {
        var settings = termios()
        guard tcgetattr(slave, &settings) == 0 else { throw Failure(description: "tcgetattr failed") }
        return settings
    }

    /// Waits for the child to end (reading its output meanwhile); returns its exit status, or
    /// 128 + the signal that ended it.
    func waitForExit(timeout: Double = 10) throws -> Int32 {
        if let exitStatus { return exitStatus }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            var status: Int32 = 0
            let result = waitpid(processID, &status, WNOHANG)
            if result == processID {
                drain(for: 0.05)
                let signal = status & 0x7F
                let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
                exitStatus = code
                return code
            }
            guard deadline.timeIntervalSinceNow > 0 else {
                throw Failure(description: "process still running after \(timeout) s\n"
                    + "--- screen text (plain) ---\n\(plainText)")
            }
            pump(upTo: 0.05)
        }
    }

    /// Kills the child if it still runs and closes the terminal (once; later calls do nothing).
    func close() {
        if exitStatus == nil {
            kill(processID, SIGKILL)
            var status: Int32 = 0
            while waitpid(processID, &status, 0) < 0, errno == EINTR {}
            exitStatus = 128 + SIGKILL
        }
        if master >= 0 { Glibc.close(master) }
        if slave >= 0 { Glibc.close(slave) }
        master = -1
        slave = -1
    }

    // MARK: Helpers

    private static func spawn(
        _ executable: String, _ arguments: [String], _ environment: [String: String], slavePath: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var defaults = sigset_t()
        sigfillset(&defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        let setSessionID: Int32 = 0x80  // POSIX_SPAWN_SETSID (glibc ≥ 2.26), hidden from Swift's Glibc
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | setSessionID))
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let variables = environment.map { "\($0.key)=\($0.value)" }
        let envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw Failure(description: "posix_spawn \(executable) failed: \(String(cString: strerror(result)))")
        }
        return child
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty else { return start..<start }
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
        where haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index..<(index + needle.count)
        }
        return nil
    }

    /// `bytes` without ANSI escape sequences (CSI, OSC, two-byte), `\r`, backspace and bell.
    /// An independent implementation from the product's, so the tests do not trust the code
    /// they check.
    static func plain(_ bytes: [UInt8]) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B, index + 1 < bytes.count {
                let kind = bytes[index + 1]
                index += 2
                if kind == UInt8(ascii: "[") {
                    while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
                    index += 1
                } else if kind == UInt8(ascii: "]") {
                    while index < bytes.count, bytes[index] != 0x07 { index += 1 }
                    index += 1
                }
                continue
            }
            if byte != 0x0D, byte != 0x08, byte != 0x07, byte != 0x1B { result.append(byte) }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
