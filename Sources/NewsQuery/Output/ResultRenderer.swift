/// Prints a ``ResultSet`` in one of the ``OutputFormat``s.
///
/// Every format ends each line with its line terminator (CRLF for CSV, LF otherwise).
/// Tables and Markdown always show control characters escaped; the other formats do so
/// when `escapeControls` is set (the driver sets it when writing to a terminal).
public struct ResultRenderer: Sendable {
    public var format: OutputFormat
    /// The terminal's width in columns, or `nil` when not writing to a terminal: then
    /// nothing is ever truncated or wrapped.
    public var terminalWidth: Int?
    /// Whether to colour headers, the speaker column and `(none)` with ANSI escapes.
    public var color: Bool
    public var escapeControls: Bool

    public init(format: OutputFormat, terminalWidth: Int?, color: Bool, escapeControls: Bool) {
        self.format = format
        self.terminalWidth = terminalWidth
        self.color = color
        self.escapeControls = escapeControls
    }

    /// The result as text in the renderer's format.
    public func render(_ result: ResultSet) -> String {
        switch format {
        case .table:
            let style = TerminalStyle(enabled: color)
            return result.shape == .record
                ? RecordFormat(width: terminalWidth, style: style).render(result)
                : TableFormat(width: terminalWidth, style: style).render(result)
        case .json: return JSONFormat(pretty: true, escapeControls: escapeControls).render(result)
        case .jsonl: return JSONFormat(pretty: false, escapeControls: escapeControls).render(result)
        case .csv: return CSVFormat(escapeControls: escapeControls).render(result)
        case .tsv: return TSVFormat(escapeControls: escapeControls).render(result)
        case .markdown: return MarkdownFormat().render(result)
        }
    }
}

/// How the human-readable formats (table, record, Markdown) print one value.
enum HumanText {
    /// Shown for a missing value.
    static let missing = "(none)"

    /// Missing as `(none)`, lists joined by `, `, everything else as ``Value/description``.
    static func text(_ value: Value) -> String {
        value == .missing ? missing : value.description
    }

    /// `text` with each of `scalars` (line breaks, tabs) shown as a space: a cell or record
    /// line is one display line, and a tab's width depends on the terminal.
    static func spaced(_ text: String, replacing scalars: Set<Unicode.Scalar>) -> String {
        guard text.unicodeScalars.contains(where: scalars.contains) else { return text }
        var spaced = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { spaced.append(scalars.contains(scalar) ? " " : scalar) }
        return String(spaced)
    }

    /// Whether a column holds numbers only (and some), so it is right-aligned.
    static func isNumeric(_ result: ResultSet, column: Int) -> Bool {
        var sawNumber = false
        for row in result.rows where row.indices.contains(column) {
            switch row[column] {
            case .number: sawNumber = true
            case .missing: continue
            default: return false
            }
        }
        return sawNumber
    }
}

/// ANSI styling for terminal output, or none.
struct TerminalStyle: Sendable {
    var enabled: Bool

    func bold(_ text: String) -> String { wrap(text, .bold) }
    func dim(_ text: String) -> String { wrap(text, .dim) }
    func cyan(_ text: String) -> String { wrap(text, .cyan) }
    /// Words a query searched for (`~`, `matches`): bold yellow.
    func match(_ text: String) -> String { wrap(text, .bold.combined(with: .yellow)) }

    private func wrap(_ text: String, _ style: ANSIStyle) -> String {
        enabled ? style.wrap(text) : text
    }
}
