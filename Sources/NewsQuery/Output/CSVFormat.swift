/// The `csv` format, RFC 4180: a header row, CRLF line ends, and a field quoted (its quotes
/// doubled) when it holds a comma, a quote, CR or LF. Missing values are empty fields;
/// lists are their elements joined by `, `.
struct CSVFormat {
    let escapeControls: Bool

    func render(_ result: ResultSet) -> String {
        DelimitedRows(separator: ",", lineEnd: "\r\n", field: field).render(result)
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
