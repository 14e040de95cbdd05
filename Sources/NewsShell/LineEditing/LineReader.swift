// MARK: - Line reader

/// What one call to ``LineReader/readLine(prompt:)`` produced.
public enum LineReadResult: Equatable, Sendable {
    /// A line as typed, without its line terminator (it may contain newlines when recalled
    /// from a multi-line history entry).
    case line(String)
    /// Ctrl-C at the prompt: the partial line was discarded; show a fresh prompt.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the input.
    case endOfInput
}

/// A source of input lines: the libedit editor on a terminal (``EditLineReader``), plain reads
/// for pipes, scripts and tests (``PlainLineReader``).
///
/// The driver owns the statement buffer: it asks for lines with `"newsq> "` and, while the
/// parser says the statement is incomplete, with `"   ...> "`; on ``LineReadResult/interrupted``
/// it discards the buffer; once a statement is complete it calls ``addHistory(_:)`` with the
/// whole statement (so a multi-line statement is one entry).
public protocol LineReader: AnyObject {
    /// Shows `prompt` (when the reader shows prompts) and reads one line.
    func readLine(prompt: String) -> LineReadResult

    /// Records a complete statement: recallable with Up/Down and Ctrl-R, and persisted when the
    /// reader has a ``HistoryStore``. Blank entries and repeats of the newest entry are dropped.
    func addHistory(_ entry: String)

    /// Offers Tab completions; `nil` means Tab inserts nothing.
    var completer: (any LineCompleter)? { get set }
}
