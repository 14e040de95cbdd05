/// The `csv` format, RFC 4180: a header row, CRLF line ends, and a field quoted (its quotes
/// doubled) when it holds a comma, a quote, CR or LF. Missing values are empty fields;
/// lists are their elements joined by `, `.
struct CSVFormat {
    let escapeControls: Bool

    func render(_ result: ResultSet) -> String {
        var out = record(result.columns.map(\.name))
        for row in result.rows {
            out += record(result.columns.indices.map { row.indices.contains($0) ? row[$0].description : "" })
        }
        return out
    }

    private func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, quoted when needed.
    func field(_ raw: String) -> String {
        let text = escapeControls ? ControlEscaping.escaped(raw, keepNewlines: true, keepTabs: true) : raw
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text.unicodeScalars {
            if character == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(character) }
        }
        return quoted + "\""
    }
}
