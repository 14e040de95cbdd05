/// The row layout CSV and TSV share: a header row of column names, then one line per row,
/// fields escaped by the format's own rule and joined by its separator.
struct DelimitedRows {
    let separator: String
    let lineEnd: String
    let field: (String) -> String

    func render(_ result: ResultSet) -> String {
        var out = line(result.columns.map(\.name))
        for row in result.rows {
            out += line(result.columns.indices.map { row.indices.contains($0) ? row[$0].description : "" })
        }
        return out
    }

    private func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: separator) + lineEnd
    }
}
