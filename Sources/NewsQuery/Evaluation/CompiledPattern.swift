/// Something that decides whether a text matches a pattern (the linear-time `SafeRegex`).
protocol TextMatcher: Sendable {
    func matches(_ text: String) -> Bool
}

/// A syntax error in a `matches` pattern, at a byte offset into the pattern.
struct PatternSyntaxError: Error {
    var message: String
    var offset: Int
    var length: Int
}

/// A compiled `matches /pattern/flags`, with its spelling for `explain`.
struct CompiledPattern: Sendable, CustomStringConvertible {
    let pattern: String
    let flags: String
    let matcher: any TextMatcher

    func matches(_ text: String) -> Bool { matcher.matches(text) }

    var description: String { "/\(pattern)/\(flags)" }
}
