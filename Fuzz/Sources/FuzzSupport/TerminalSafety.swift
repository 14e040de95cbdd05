import NewsQuery

// MARK: - Text bound for a terminal

/// What may reach a terminal: text where every control character is escaped.
public enum TerminalSafety {
    /// The first scalar of `text` that ``ControlEscaping`` would have escaped, other than a
    /// line break and the format's own separators in `allowed`, or `nil` if none.
    public static func firstRawControl(in text: String, allowing allowed: Set<Unicode.Scalar> = []) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            !allowed.contains(scalar) && ControlEscaping.escape(scalar, keepNewlines: true) != nil
        }
    }

    /// The control characters a format writes itself: CSV ends lines with CRLF and keeps tabs
    /// inside fields (a tab moves the cursor, it does not drive the terminal); TSV separates with tabs.
    public static func separators(of format: OutputFormat) -> Set<Unicode.Scalar> {
        switch format {
        case .csv: ["\r", "\t"]
        case .tsv: ["\t"]
        case .table, .json, .jsonl, .markdown: []
        }
    }

    /// The description of a scalar for a failure message.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        "U+" + String(scalar.value, radix: 16, uppercase: true)
    }
}
