/// The `table` format: a header, a rule, one aligned line per row and a `(N rows)` footer,
/// like psql. Columns are aligned by display width; numeric columns are right-aligned.
/// Given a terminal width, text columns share what is left after the others and long values
/// are cut with `…`; without one nothing is cut.
struct TableFormat {
    let width: Int?
    let style: TerminalStyle

    /// The narrowest a text column is squeezed to when fitting a terminal.
    static let minimumColumnWidth = 8

    func render(_ result: ResultSet) -> String {
        let count = result.columns.count
        let headers = result.columns.map { Self.cellText(.text($0.name)) }
        let cells = result.rows.map { row in (0..<count).map { row.indices.contains($0) ? row[$0] : .missing } }
        let numeric = (0..<count).map { HumanText.isNumeric(result, column: $0) }
        var natural = headers.map(DisplayWidth.of)
        for row in cells {
            for (column, value) in row.enumerated() { natural[column] = max(natural[column], DisplayWidth.of(Self.cellText(value))) }
        }
        let widths = fit(natural, numeric: numeric)
        var lines: [String] = []
        if count > 0 {
            lines.append(line((0..<count).map { format(headers[$0], width: widths[$0], right: numeric[$0], style: style.bold) }))
            // As wide as the rows: one space before each cell, one after all but the last.
            lines.append(widths.enumerated().map { String(repeating: "─", count: $1 + ($0 == count - 1 ? 1 : 2)) }
                .joined(separator: "┼"))
        }
        let isSpeaker = result.columns.map { $0.name == "speaker" }
        let painters = result.columns.map { HighlightPainter.forColumn($0.name, in: result, style: style) }
        for row in cells {
            var texts: [String] = []
            for (column, value) in row.enumerated() {
                let text = Self.cellText(value)
                let styler: (String) -> String
                if value == .missing {
                    styler = style.dim
                } else if isSpeaker[column] {
                    styler = style.cyan
                } else if let painter = painters[column] {
                    styler = painter.paint
                } else {
                    styler = { $0 }
                }
                texts.append(format(text, width: widths[column], right: numeric[column], style: styler))
            }
            lines.append(line(texts))
        }
        lines.append(result.rows.count == 1 ? "(1 row)" : "(\(result.rows.count) rows)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A value as one table cell: `(none)` for missing, line breaks and tabs as spaces,
    /// control characters escaped.
    static func cellText(_ value: Value) -> String {
        let text = HumanText.spaced(HumanText.text(value), replacing: ["\n", "\r", "\t"])
        return ControlEscaping.escaped(text)
    }

    // MARK: - Layout

    /// Column widths: the natural ones, or on a terminal too narrow for them, squeezed. The
    /// widest text column (the quote's text, the title) is the one worth reading, so it keeps
    /// two thirds of the room left after the numbers; the other text columns share the
    /// rest, capped at the largest common width that fits (never below ``minimumColumnWidth``),
    /// and whatever they do not use goes back to the widest one.
    func fit(_ natural: [Int], numeric: [Bool]) -> [Int] {
        guard let width, !natural.isEmpty else { return natural }
        let separators = 3 * (natural.count - 1) + 1
        guard natural.reduce(0, +) + separators > width else { return natural }
        let fixed = zip(natural, numeric).filter { $0.1 }.map(\.0).reduce(0, +) + separators
        let available = width - fixed
        let textColumns = natural.indices.filter { !numeric[$0] }
        guard let main = textColumns.max(by: { natural[$0] < natural[$1] }) else { return natural }
        let others = textColumns.filter { $0 != main }
        let mainTarget = min(natural[main], max(available * 2 / 3, Self.minimumColumnWidth))
        let cap = Self.commonCap(others.map { natural[$0] }, fitting: available - mainTarget)
        var widths = natural
        for column in others { widths[column] = min(natural[column], cap) }
        let othersTotal = others.map { widths[$0] }.reduce(0, +)
        widths[main] = min(natural[main], max(Self.minimumColumnWidth, available - othersTotal))
        return widths
    }

    /// The largest width, at least ``minimumColumnWidth``, such that the columns capped at it
    /// fit in `available`.
    static func commonCap(_ natural: [Int], fitting available: Int) -> Int {
        var low = minimumColumnWidth, high = max(natural.max() ?? 0, low)
        while low < high {
            let middle = (low + high + 1) / 2
            if natural.map({ min($0, middle) }).reduce(0, +) <= available { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private func format(_ text: String, width: Int, right: Bool, style: (String) -> String) -> String {
        let fitted = TextFitting.truncate(text, to: width)
        let gap = String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
        return right ? gap + style(fitted) : style(fitted) + gap
    }

    /// ` a │ b │ c` without trailing spaces.
    private func line(_ cells: [String]) -> String {
        var text = " " + cells.joined(separator: " │ ")
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
