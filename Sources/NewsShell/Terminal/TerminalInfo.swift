import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Terminal size

/// The visible size of a terminal in character cells.
public struct TerminalSize: Equatable, Sendable {
    /// Cells per row.
    public var columns: Int
    /// Visible rows.
    public var rows: Int

    /// A size of `columns` × `rows` cells.
    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// The size assumed when nothing better is known (80 × 24).
    public static let fallback = TerminalSize(columns: 80, rows: 24)
}

// MARK: - Terminal facts

/// What newsq needs to know about its terminal: whether a stream is one, its size, and whether
/// to colour output.
public enum TerminalInfo {
    /// Whether `fileDescriptor` refers to a terminal.
    public static func isTerminal(_ fileDescriptor: Int32) -> Bool {
        isatty(fileDescriptor) == 1
    }

    /// Whether both standard input and standard output are terminals (the interactive shell).
    public static var standardStreamsAreTerminals: Bool {
        isTerminal(STDIN_FILENO) && isTerminal(STDOUT_FILENO)
    }

    /// The size of the terminal on `fileDescriptor`: `TIOCGWINSZ`, else `$COLUMNS`/`$LINES`,
    /// else 80 × 24. Each dimension falls back on its own.
    public static func size(
        of fileDescriptor: Int32 = STDOUT_FILENO,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TerminalSize {
        var window = winsize()
        let queried = ioctl(fileDescriptor, UInt(TIOCGWINSZ), &window) == 0
        return resolveSize(
            reportedColumns: queried ? Int(window.ws_col) : 0,
            reportedRows: queried ? Int(window.ws_row) : 0,
            environment: environment
        )
    }

    /// Picks each dimension from the terminal's report when positive, else the environment,
    /// else the fallback.
    public static func resolveSize(
        reportedColumns: Int, reportedRows: Int, environment: [String: String]
    ) -> TerminalSize {
        func pick(_ reported: Int, _ variable: String, _ fallback: Int) -> Int {
            if reported > 0 { return reported }
            if let text = environment[variable], let value = Int(text), value > 0, value < 100_000 {
                return value
            }
            return fallback
        }
        return TerminalSize(
            columns: pick(reportedColumns, "COLUMNS", TerminalSize.fallback.columns),
            rows: pick(reportedRows, "LINES", TerminalSize.fallback.rows)
        )
    }

    // MARK: Colour

    /// Whether output written to `fileDescriptor` should carry colour.
    public static func usesColour(
        _ fileDescriptor: Int32 = STDOUT_FILENO,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        shouldUseColour(isTerminal: isTerminal(fileDescriptor), environment: environment)
    }

    /// The colour rule: only on a terminal, never when `NO_COLOR` is set to a non-empty value
    /// (no-color.org), never when `TERM` is `dumb` or unset.
    public static func shouldUseColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return false }
        return true
    }
}
