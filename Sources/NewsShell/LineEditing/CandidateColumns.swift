// MARK: - Candidate listing

/// Lays completion candidates out in columns the way bash lists them: sorted down the columns,
/// as many columns as fit the terminal width, two spaces between columns.
public enum CandidateColumns {
    /// The lines to print for `candidates` on a terminal `width` columns wide (no trailing
    /// spaces; one candidate per line when even one column is wider than the terminal).
    public static func layout(_ candidates: [String], width: Int) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let widths = candidates.map(PrintedWidth.of)
        let widest = widths.max() ?? 0
        let gap = 2
        // Keep the last column free: some terminals wrap when it is written.
        let usable = max(1, width - 1)
        let fitting = max(1, (usable + gap) / (widest + gap))
        let rows = (candidates.count + fitting - 1) / fitting
        let columns = (candidates.count + rows - 1) / rows
        var lines: [String] = []
        lines.reserveCapacity(rows)
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < candidates.count else { break }
                let isLastInRow = column == columns - 1 || index + rows >= candidates.count
                line += candidates[index]
                if !isLastInRow {
                    line += String(repeating: " ", count: widest + gap - widths[index])
                }
            }
            lines.append(line)
        }
        return lines
    }
}
