/// The `table` format for one record in full (`show quote 3`): a `field │ value` line per
/// field, like psql's expanded display. Values keep their line breaks as continuation lines
/// and, on a terminal, long values wrap at spaces to fit its width.
struct RecordFormat {
    let width: Int?
    let style: TerminalStyle

    /// The narrowest the value column is wrapped to, however narrow the terminal.
    static let minimumValueWidth = 20

    func render(_ result: ResultSet) -> String {
        let labels = result.columns.map { ControlEscaping.escaped($0.name) }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
        let valueWidth = width.map { max($0 - labelWidth - 3, Self.minimumValueWidth) }
        let painters = result.columns.map { HighlightPainter.forColumn($0.name, in: result, style: style) }
        var lines: [String] = []
        for (number, row) in result.rows.enumerated() {
            if result.rows.count > 1 {
                if number > 0 { lines.append("") }
                lines.append(style.bold("-[ record \(number + 1) ]-"))
            }
            for (column, label) in labels.enumerated() {
                let value = row.indices.contains(column) ? row[column] : .missing
                let valueLines = self.valueLines(value, width: valueWidth)
                for (index, text) in valueLines.enumerated() {
                    let shownLabel = index == 0 ? style.bold(label) : ""
                    let gap = String(repeating: " ", count: labelWidth - (index == 0 ? DisplayWidth.of(label) : 0))
                    let styled = value == .missing ? style.dim(text) : painters[column]?.paint(text) ?? text
                    var line = shownLabel + gap + " │ " + styled
                    while line.hasSuffix(" ") { line.removeLast() }
                    lines.append(line)
                }
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// A value's text as display lines: its own line breaks kept, tabs as spaces, controls
    /// escaped, each line wrapped to `width` when given.
    private func valueLines(_ value: Value, width: Int?) -> [String] {
        let text = HumanText.spaced(HumanText.text(value), replacing: ["\t"])
        let escaped = ControlEscaping.escaped(text, keepNewlines: true)
        return escaped.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            let plain = String(line.hasSuffix("\r") ? line.dropLast() : line)
            return width.map { TextFitting.wrap(plain, to: $0) } ?? [plain]
        }
    }
}
