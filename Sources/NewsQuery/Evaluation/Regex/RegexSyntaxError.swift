/// An invalid pattern: the message and the UTF-8 byte offset inside the pattern where it went wrong.
///
/// Offsets count bytes of the `pattern/flags` text that follows the opening slash of a
/// regex literal: an error in the pattern is at its byte offset in the pattern; an error in
/// the flags is at `pattern.utf8.count + 1 + index` (the `1` is the closing slash). An error
/// that concerns the whole pattern (it compiles too large) covers offset 0 and the pattern's
/// full length.
public struct RegexSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. "unmatched ')'" or "repetition count too large (limit 1000)".
    public var message: String
    /// Byte offset into the pattern (or past it, for a flag).
    public var offset: Int
    /// Bytes covered (≥ 0).
    public var length: Int

    /// An error covering `length` bytes starting at `offset`.
    public init(_ message: String, offset: Int, length: Int = 1) {
        self.message = message
        self.offset = offset
        self.length = max(0, length)
    }

    /// The message followed by the offset, for logs.
    public var description: String { "\(message) (at byte \(offset))" }
}

/// The fixed limits that keep compiling and matching a user's pattern bounded.
public enum RegexLimits {
    /// Largest count allowed in `{m}`, `{m,}` and `{m,n}`.
    public static let maxRepetitionCount = 1000
    /// Deepest nesting of groups `( … )`.
    public static let maxNestingDepth = 100
    /// Largest compiled program, counting instructions and byte transitions.
    public static let maxProgramSize = 100_000
}
