/// Colours the words a query searched for inside already-fitted cell text.
struct HighlightPainter {
    let highlights: [Highlight]
    let style: TerminalStyle

    /// The highlights for the column called `name`.
    static func forColumn(_ name: String, in result: ResultSet, style: TerminalStyle) -> HighlightPainter? {
        guard style.enabled else { return nil }
        let mine = result.highlights.filter { $0.column == name }
        return mine.isEmpty ? nil : HighlightPainter(highlights: mine, style: style)
    }

    /// `text` with every match of every highlight wrapped in the match style.
    func paint(_ text: String) -> String {
        var ranges = highlights.flatMap { $0.ranges(in: text) }.sorted { $0.lowerBound < $1.lowerBound }
        guard !ranges.isEmpty else { return text }
        var merged: [Range<String.Index>] = [ranges.removeFirst()]
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        var out = ""
        var position = text.startIndex
        for range in merged {
            out += text[position..<range.lowerBound]
            out += style.match(String(text[range]))
            position = range.upperBound
        }
        return out + text[position...]
    }
}
