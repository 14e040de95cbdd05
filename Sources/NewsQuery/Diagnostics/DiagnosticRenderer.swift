/// Draws a ``Diagnostic`` the way compilers do:
///
/// ```
/// script.q:3:14: error: expected a value after '=', found end of input
/// quotes where speaker =
///                       ^
/// help: did you mean 'where'?
/// note: ...
/// ```
///
/// The marker (`^` at the start of the range, `~` under the rest of its first line) is
/// aligned by display width, so it stays under the right characters after CJK text,
/// accents, tabs (expanded) and control characters (shown escaped, never sent raw to the
/// terminal). A very long line is shown as a window around the range.
public struct DiagnosticRenderer: Sendable {
    /// Whether to colour the output with ANSI escapes (bold red errors, yellow warnings).
    public var useColor: Bool
    /// The columns between tab stops when a tab in the source line is expanded.
    public var tabWidth: Int
    /// The widest source line shown whole; longer lines are cut to a window around the range.
    public var maxLineWidth: Int

    /// A renderer; colour is off unless asked for (the shell asks when writing to a terminal).
    public init(useColor: Bool = false, tabWidth: Int = 4, maxLineWidth: Int = 160) {
        self.useColor = useColor
        self.tabWidth = max(1, tabWidth)
        self.maxLineWidth = max(20, maxLineWidth)
    }

    // MARK: - Rendering

    /// Every diagnostic, one after another.
    public func render(_ diagnostics: [Diagnostic], in source: SourceFile) -> String {
        diagnostics.map { render($0, in: source) }.joined()
    }

    /// One diagnostic: its header, source line, marker, help and notes, each line ending in a newline.
    public func render(_ diagnostic: Diagnostic, in source: SourceFile) -> String {
        let position = source.position(of: diagnostic.range.lowerBound)
        var lines = [header(diagnostic, at: position, in: source)]
        let (line, marker) = sourceExcerpt(diagnostic.range, in: source)
        lines.append(line)
        lines.append(paint(marker, .green))
        if let suggestion = diagnostic.suggestion {
            lines.append(paint("help:", .bold.combined(with: .green)) + " did you mean '\(ControlEscaping.escaped(suggestion))'?")
        }
        for note in diagnostic.notes {
            lines.append(paint("note:", .bold.combined(with: .cyan)) + " " + ControlEscaping.escaped(note))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `NAME:LINE:COL: error: message`.
    private func header(_ diagnostic: Diagnostic, at position: SourcePosition, in source: SourceFile) -> String {
        let location = "\(ControlEscaping.escaped(source.name)):\(position.line):\(position.column):"
        let style: ANSIStyle = switch diagnostic.severity {
        case .error: .bold.combined(with: .red)
        case .warning: .bold.combined(with: .yellow)
        case .note: .bold.combined(with: .cyan)
        }
        return paint(location, .bold) + " " + paint("\(diagnostic.severity.rawValue):", style) + " "
            + paint(ControlEscaping.escaped(diagnostic.message), .bold)
    }

    // MARK: - The source line and its marker

    /// One scalar of the source line as printed: its text, its columns, its byte offset.
    private struct Cell {
        var text: String
        var width: Int
        var offset: Int
    }

    /// The line holding the start of `range` as printed, and the marker line under it.
    private func sourceExcerpt(_ range: SourceRange, in source: SourceFile) -> (line: String, marker: String) {
        let start = min(max(range.lowerBound, 0), source.bytes.count)
        let lineIndex = source.lineIndex(of: start)
        let lineStart = source.lineStarts[lineIndex]
        let lineEnd = lineStart + source.lineText(index: lineIndex).utf8.count

        let cells = self.cells(of: source, from: lineStart, to: lineEnd)
        var startColumn = 0, endColumn = 0, column = 0
        let markedEnd = min(max(range.upperBound, start), lineEnd)
        for cell in cells {
            if cell.offset < start { startColumn = column + cell.width }
            if cell.offset < markedEnd { endColumn = column + cell.width }
            column += cell.width
        }
        let totalWidth = column
        let markerWidth = max(1, endColumn - startColumn)
        return window(cells, totalWidth: totalWidth, markFrom: startColumn, width: markerWidth)
    }

    /// The printed cells of the bytes `from..<to`: tabs expanded, control characters escaped.
    private func cells(of source: SourceFile, from start: Int, to end: Int) -> [Cell] {
        var cells: [Cell] = []
        var offset = start, column = 0
        while offset < end {
            let (scalar, length) = decodeScalar(in: source.bytes, at: offset, end: end)
            let cell: Cell
            if scalar == "\t" {
                let width = tabWidth - column % tabWidth
                cell = Cell(text: String(repeating: " ", count: width), width: width, offset: offset)
            } else if let escaped = ControlEscaping.escape(scalar) {
                cell = Cell(text: escaped, width: escaped.utf8.count, offset: offset)
            } else {
                cell = Cell(text: String(scalar), width: DisplayWidth.of(scalar), offset: offset)
            }
            cells.append(cell)
            column += cell.width
            offset += length
        }
        return cells
    }

    /// The line and marker, cut to a window of ``maxLineWidth`` columns around the marker
    /// (with `…` where text is left out) when the line is wider than that.
    private func window(_ cells: [Cell], totalWidth: Int, markFrom startColumn: Int,
                        width markerWidth: Int) -> (line: String, marker: String) {
        func marker(at column: Int, width: Int) -> String {
            String(repeating: " ", count: column) + "^" + String(repeating: "~", count: max(0, width - 1))
        }
        guard totalWidth > maxLineWidth else {
            return (cells.map(\.text).joined(), marker(at: startColumn, width: markerWidth))
        }
        let first = max(0, min(startColumn - maxLineWidth / 3, totalWidth - maxLineWidth + 2))
        let last = first + maxLineWidth - 2  // room for the two ellipses
        var line = first > 0 ? "…" : ""
        var column = 0, shownFrom = -1
        var cutAtEnd = false
        for cell in cells {
            defer { column += cell.width }
            guard column >= first else { continue }
            guard column + cell.width <= last else { cutAtEnd = true; break }
            if shownFrom < 0 { shownFrom = column }
            line += cell.text
        }
        if cutAtEnd { line += "…" }
        let lead = first > 0 ? 1 : 0
        let markerColumn = max(0, startColumn - max(shownFrom, first)) + lead
        let visibleWidth = max(1, min(markerWidth, last - startColumn))
        return (line, marker(at: markerColumn, width: visibleWidth))
    }

    // MARK: - Colour

    private func paint(_ text: String, _ style: ANSIStyle) -> String {
        useColor ? style.wrap(text) : text
    }
}
