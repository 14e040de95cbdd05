/// Fitting text into terminal columns by display width: padding, truncating with `…`, and
/// word-wrapping.
enum TextFitting {
    /// `text` padded with spaces to `width` columns, on the right (left-aligned) or the left.
    static func pad(_ text: String, to width: Int, rightAligned: Bool = false) -> String {
        let gap = width - DisplayWidth.of(text)
        guard gap > 0 else { return text }
        let spaces = String(repeating: " ", count: gap)
        return rightAligned ? spaces + text : text + spaces
    }

    /// `text` cut to at most `width` columns, ending in `…` when anything was cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var result = ""
        var used = 0
        for scalar in text.unicodeScalars {
            let scalarWidth = DisplayWidth.of(scalar)
            if used + scalarWidth > width - 1 { break }
            result.unicodeScalars.append(scalar)
            used += scalarWidth
        }
        return result + "…"
    }

    /// `text` broken into lines of at most `width` columns, at spaces where possible; a word
    /// wider than a line is split. Never returns an empty array.
    static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0, DisplayWidth.of(text) > width else { return [text] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var piece = String(word)
            var pieceWidth = DisplayWidth.of(piece)
            let separator = line.isEmpty ? 0 : 1
            if lineWidth + separator + pieceWidth <= width {
                if separator == 1 { line += " " }
                line += piece
                lineWidth += separator + pieceWidth
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = ""
            lineWidth = 0
            while pieceWidth > width {
                let (head, rest) = split(piece, at: width)
                lines.append(head)
                piece = rest
                pieceWidth = DisplayWidth.of(piece)
            }
            line = piece
            lineWidth = pieceWidth
        }
        lines.append(line)
        return lines
    }

    /// The longest prefix of `text` within `width` columns (at least one scalar), and the rest.
    private static func split(_ text: String, at width: Int) -> (String, String) {
        var head = ""
        var used = 0
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            let scalarWidth = DisplayWidth.of(scalar)
            if used + scalarWidth > width, !head.isEmpty { break }
            head.unicodeScalars.append(scalar)
            used += scalarWidth
            scalars = scalars.dropFirst()
        }
        return (head, String(String.UnicodeScalarView(scalars)))
    }
}
