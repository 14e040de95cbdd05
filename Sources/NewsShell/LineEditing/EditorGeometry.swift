import NewsQuery

// MARK: - Where the editor's cursor is on screen

/// Screen arithmetic for libedit's display of prompt + line, used to print a completion listing
/// without damaging it: the listing starts below the last row of the line, and since libedit
/// redraws by first moving up to where it believes the prompt's row is, the listing is
/// followed by as many blank rows as the cursor was below the prompt's row.
enum EditorGeometry {
    /// The row (0 for the prompt's row) reached after printing `prompt` then `text` on a
    /// terminal `columns` wide. Never less than libedit's own count; it may be one more when a
    /// row is filled exactly.
    static func row(after text: String, prompt: String, columns: Int) -> Int {
        let width = max(1, columns)
        var row = 0
        var column = 0
        func advance(by cells: Int) {
            if column + cells > width {
                row += 1
                column = 0
            }
            column += cells
        }
        for scalar in visiblePart(of: prompt).unicodeScalars {
            if scalar == "\n" {
                row += 1
                column = 0
            } else {
                advance(by: DisplayWidth.of(scalar))
            }
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                row += 1
                column = 0
            case 0x09:
                advance(by: 8 - column % 8)
            case 0..<0x20, 0x7F:
                advance(by: 2)  // shown as ^X
            default:
                advance(by: DisplayWidth.of(scalar))
            }
        }
        return column >= width ? row + 1 : row
    }

    /// `prompt` without the sections between `\u{1}` markers (printed, but taking no columns).
    static func visiblePart(of prompt: String) -> String {
        guard prompt.utf8.contains(1) else { return prompt }
        var visible = ""
        var hidden = false
        for scalar in prompt.unicodeScalars {
            if scalar.value == 1 {
                hidden.toggle()
            } else if !hidden {
                visible.unicodeScalars.append(scalar)
            }
        }
        return visible
    }
}
