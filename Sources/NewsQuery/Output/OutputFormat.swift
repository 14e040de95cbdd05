/// The formats results can be printed in (`--format`, `.mode`).
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns, fitted to the terminal's width when printing to one.
    case table
    /// One JSON array of objects.
    case json
    /// One JSON object per line.
    case jsonl
    /// RFC 4180 comma-separated values with a header row.
    case csv
    /// Tab-separated values with a header row.
    case tsv
    /// A GitHub-flavoured Markdown table.
    case markdown
}
