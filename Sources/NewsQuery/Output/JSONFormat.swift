/// The `json` format (a pretty-printed array of objects, or one object for a single full
/// record) and the `jsonl` format (one compact object per line).
///
/// Keys follow the column order; numbers are JSON numbers, dates `"YYYY-MM-DD"` strings,
/// missing values `null`, lists arrays. Strings escape `"`, `\` and every control character
/// as `\u00XX`; with `escapeControls`, C1 controls and bidirectional overrides are escaped
/// too (still valid JSON).
struct JSONFormat {
    let pretty: Bool
    let escapeControls: Bool

    func render(_ result: ResultSet) -> String {
        let objects = result.rows.map { object($0, columns: result.columns) }
        if !pretty { return objects.map { $0 + "\n" }.joined() }
        if result.shape == .record, objects.count == 1 { return objects[0] + "\n" }
        if objects.isEmpty { return "[]\n" }
        let indented = objects.map { object in "  " + object.split(separator: "\n").joined(separator: "\n  ") }
        return "[\n" + indented.joined(separator: ",\n") + "\n]\n"
    }

    private func object(_ row: [Value], columns: [ResultSet.Column]) -> String {
        let members = columns.enumerated().map { index, column in
            string(column.name) + (pretty ? ": " : ":") + value(row.indices.contains(index) ? row[index] : .missing)
        }
        if members.isEmpty { return "{}" }
        return pretty ? "{\n  " + members.joined(separator: ",\n  ") + "\n}" : "{" + members.joined(separator: ",") + "}"
    }

    private func value(_ value: Value) -> String {
        switch value {
        case .missing: return "null"
        case .number(let number): return number.isFinite ? Value.format(number) : "null"
        case .text(let text): return string(text)
        case .date(let date): return string(date.description)
        case .list(let values): return "[" + values.map(self.value).joined(separator: pretty ? ", " : ",") + "]"
        }
    }

    /// A JSON string literal.
    func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x00...0x1F, 0x7F, 0x2028, 0x2029: out += Self.unicodeEscape(scalar.value)
            case 0x80...0x9F where escapeControls, 0x202A...0x202E where escapeControls, 0x2066...0x2069 where escapeControls:
                out += Self.unicodeEscape(scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
