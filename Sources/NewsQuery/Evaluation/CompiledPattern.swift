/// A compiled `matches /pattern/flags` (a linear-time ``SafeRegex``), with its spelling for
/// `explain`.
struct CompiledPattern: Sendable, CustomStringConvertible {
    let regex: SafeRegex

    /// Compiles the pattern, or throws where its syntax is wrong.
    init(pattern: String, flags: String) throws(RegexSyntaxError) {
        regex = try SafeRegex(pattern: pattern, flags: flags)
    }

    func matches(_ text: String) -> Bool { regex.matches(text) }

    var description: String { "/\(regex.pattern)/\(regex.flags)" }
}
