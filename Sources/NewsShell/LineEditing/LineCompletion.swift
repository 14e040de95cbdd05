// MARK: - Completion hook

/// Supplies Tab completions for the line being edited. The driver plugs in a context-aware
/// completer (keywords, fields, speaker names, dot-commands); it must answer quickly.
public protocol LineCompleter {
    /// The completions for `line` with the cursor at UTF-8 byte offset `cursor`.
    func completions(for line: String, cursor: Int) -> Completion
}

/// The answer of a ``LineCompleter``: which bytes of the line a choice replaces, and the choices.
///
/// The editor applies it as bash does: no candidate → a beep; one → it replaces the range
/// (followed by ``suffixWhenUnique``); several → their longest common prefix replaces the range
/// when it is longer than the text there, and the candidates are listed in columns.
public struct Completion: Equatable, Sendable {
    /// The UTF-8 byte range of the line that a candidate replaces (usually the word being typed,
    /// ending at the cursor).
    public var replaceRange: Range<Int>
    /// The full replacement texts, in the order to list them.
    public var candidates: [String]
    /// Appended after a unique candidate (a space by default, like bash; empty after e.g. a
    /// closing quote or a dot-command that takes no argument).
    public var suffixWhenUnique: String

    /// A completion replacing `replaceRange` with one of `candidates`.
    public init(replaceRange: Range<Int>, candidates: [String], suffixWhenUnique: String = " ") {
        self.replaceRange = replaceRange
        self.candidates = candidates
        self.suffixWhenUnique = suffixWhenUnique
    }

    /// No completion at `cursor`.
    public static func none(at cursor: Int) -> Completion {
        Completion(replaceRange: cursor..<cursor, candidates: [])
    }
}
