/// The `tsv` format: a header row, tab-separated fields, LF line ends; a backslash, tab,
/// newline or carriage return inside a value is written `\\`, `\t`, `\n`, `\r` so every
/// record stays on one line. Missing values are empty fields.
struct TSVFormat {
    let escapeControls: Bool

    func render(_ result: ResultSet) -> String {
        DelimitedRows(separator: "\t", lineEnd: "\n", field: field).render(result)
    }

    /// One field with its separators escaped.
    func field(_ raw: String) -> String {
        guard raw.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) || escapeControls else { return raw }
        var out = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if escapeControls, let escape = ControlEscaping.escape(scalar, keepNewlines: false, keepTabs: false) {
                    out += escape
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
