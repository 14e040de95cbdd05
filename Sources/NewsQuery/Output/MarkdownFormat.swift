/// The `markdown` format: a GitHub-flavoured Markdown table (numeric columns right-aligned),
/// `|` escaped as `\|`, line breaks as `<br>`, missing as `(none)`, control characters
/// always escaped. A full record is a two-column `field | value` table.
struct MarkdownFormat {
    func render(_ result: ResultSet) -> String {
        if result.shape == .record, result.rows.count == 1 {
            let row = result.rows[0]
            let pairs = result.columns.enumerated().map { index, column in
                [cell(.text(column.name)), cell(row.indices.contains(index) ? row[index] : .missing)]
            }
            return table(header: ["field", "value"], alignments: [false, false], rows: pairs)
        }
        let numeric = result.columns.indices.map { HumanText.isNumeric(result, column: $0) }
        let rows = result.rows.map { row in result.columns.indices.map { cell(row.indices.contains($0) ? row[$0] : .missing) } }
        return table(header: result.columns.map { cell(.text($0.name)) }, alignments: numeric, rows: rows)
    }

    private func table(header: [String], alignments: [Bool], rows: [[String]]) -> String {
        var lines = [line(header), line(alignments.map { $0 ? "---:" : "---" })]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// A value as one Markdown table cell.
    func cell(_ value: Value) -> String {
        let escaped = ControlEscaping.escaped(HumanText.text(value), keepNewlines: true, keepTabs: true)
        var out = ""
        for scalar in escaped.unicodeScalars {
            switch scalar {
            case "|": out += "\\|"
            case "\n": out += "<br>"
            case "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
