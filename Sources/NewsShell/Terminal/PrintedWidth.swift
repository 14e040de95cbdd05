import NewsQuery

// MARK: - Display width

/// How many terminal columns already-styled output takes: ``DisplayWidth`` per character,
/// plus tab stops, with ANSI escape sequences (colour, window titles) taking none.
public enum PrintedWidth {
    /// The number of columns `text` takes when printed from column 0 (tabs stop every 8 columns;
    /// other control characters and escape sequences take none).
    public static func of(_ text: String) -> Int {
        var columns = 0
        var escape = EscapeState.none
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch escape {
            case .none:
                break
            case .started:
                // ESC [ opens a control sequence, ESC ] an operating-system command;
                // anything else ends a two-character escape.
                escape = value == 0x5B ? .controlSequence : (value == 0x5D ? .osCommand : .none)
                continue
            case .controlSequence:
                if (0x40...0x7E).contains(value) { escape = .none }
                continue
            case .osCommand:
                if value == 0x07 { escape = .none } else if value == 0x1B { escape = .started }
                continue
            }
            if value == 0x1B {
                escape = .started
            } else if value == 0x09 {
                columns += 8 - columns % 8
            } else {
                columns += DisplayWidth.of(scalar)
            }
        }
        return columns
    }

    // MARK: - Escape sequences

    private enum EscapeState { case none, started, controlSequence, osCommand }
}
