import NewsQuery

/// The user-adjustable state of a session: what `.mode`, `.timer`, `.pager`, `.bail` and `.echo` set.
public struct SessionSettings: Sendable {
    /// How results are printed (`--format`, `.mode`).
    public var format: OutputFormat = .table
    /// Print each statement's run time after its result.
    public var timer = false
    /// When results go through `$PAGER` (interactive only).
    public var pager: PagerMode = .off
    /// Stop a script at its first error.
    public var bail = false
    /// Print each statement and dot-command before its result (as sqlite3's `.echo`).
    public var echo = false

    public init() {}
}

/// The explicit limits of a session, named in the error when one is hit.
public enum SessionLimits {
    /// How deeply `.run` may nest scripts.
    public static let maxRunDepth = 16
    /// The largest script `.run` or `-f` reads (bytes).
    public static let maxScriptSize = 64 << 20
}
