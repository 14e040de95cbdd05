// MARK: - What the terminal shows

/// A small model of an xterm screen, enough for libedit's output: printable text (wide
/// characters take two cells, combining marks none), auto-wrap at the right margin, `\r`, `\n`,
/// backspace, tab, and the CSI sequences for cursor movement (A B C D G H), erasing (K J X)
/// and inserting/deleting characters (@ P). Colours and modes are ignored.
///
/// Tests assert on what a user would *see*, which the plain byte stream does not show when
/// libedit redraws only the characters that changed.
struct ScreenModel {
    let columns: Int
    let rows: Int
    /// Lines scrolled off the top, oldest first.
    private(set) var scrollback: [String] = []
    private var cells: [[String]]
    private var row = 0
    private var column = 0
    private var pendingWrap = false

    /// A blank screen of `columns` × `rows`.
    init(columns: Int, rows: Int) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        cells = Array(repeating: Array(repeating: " ", count: max(1, columns)), count: max(1, rows))
    }

    /// The screen after `bytes` were written to a blank one.
    init(columns: Int, rows: Int, output bytes: [UInt8]) {
        self.init(columns: columns, rows: rows)
        feed(String(decoding: bytes, as: UTF8.self))
    }

    /// The visible rows, trailing blanks removed.
    var visibleLines: [String] {
        cells.map { line in
            var text = line.joined()
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    /// Scrollback and visible rows, one per line, trailing blank rows removed.
    var text: String {
        var lines = scrollback + visibleLines
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    // MARK: Interpreting output

    private mutating func feed(_ text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x1B: escape(&scalars)
            case 0x0D: column = 0; pendingWrap = false
            case 0x0A: lineFeed()
            case 0x08: column = max(0, column - 1); pendingWrap = false
            case 0x09: column = min(columns - 1, (column / 8 + 1) * 8); pendingWrap = false
            case 0..<0x20, 0x7F: break
            default: put(scalar)
            }
        }
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        let width = ScreenModel.width(of: scalar.value)
        if width == 0 {
            let previous = max(0, column - (pendingWrap ? 0 : 1))
            cells[row][previous].unicodeScalars.append(scalar)
            return
        }
        if pendingWrap || column + width > columns {
            column = 0
            lineFeed()
        }
        pendingWrap = false
        cells[row][column] = String(scalar)
        if width == 2, column + 1 < columns { cells[row][column + 1] = "" }
        column += width
        if column >= columns {
            column = columns - 1
            pendingWrap = true
        }
    }

    private mutating func lineFeed() {
        pendingWrap = false
        if row + 1 < rows {
            row += 1
            return
        }
        scrollback.append(visibleLines[0])
        cells.removeFirst()
        cells.append(Array(repeating: " ", count: columns))
    }

    private mutating func escape(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let kind = scalars.popFirst() else { return }
        switch kind {
        case "[":
            var parameters = ""
            while let next = scalars.popFirst() {
                if (0x40...0x7E).contains(next.value) {
                    controlSequence(parameters, final: next)
                    return
                }
                parameters.unicodeScalars.append(next)
            }
        case "]":
            while let next = scalars.popFirst(), next.value != 0x07 {
                if next.value == 0x1B { _ = scalars.popFirst(); return }
            }
        case "(", ")":
            _ = scalars.popFirst()
        default:
            break
        }
    }

    private mutating func controlSequence(_ parameters: String, final: Unicode.Scalar) {
        guard !parameters.hasPrefix("?"), !parameters.hasPrefix(">") else { return }
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        let count = max(1, numbers.first ?? 1)
        let first = numbers.first ?? 0
        pendingWrap = false
        switch final {
        case "A": row = max(0, row - count)
        case "B": row = min(rows - 1, row + count)
        case "C": column = min(columns - 1, column + count)
        case "D": column = max(0, column - count)
        case "G": column = min(columns - 1, count - 1)
        case "H", "f":
            row = min(rows - 1, max(1, first) - 1)
            column = min(columns - 1, max(1, numbers.count > 1 ? numbers[1] : 1) - 1)
        case "K":
            let range = first == 1 ? 0..<(column + 1) : (first == 2 ? 0..<columns : column..<columns)
            for index in range where index < columns { cells[row][index] = " " }
        case "J":
            for index in column..<columns { cells[row][index] = " " }
            for below in (row + 1)..<rows { cells[below] = Array(repeating: " ", count: columns) }
        case "X":
            for index in column..<min(columns, column + count) { cells[row][index] = " " }
        case "P":
            let removed = min(count, columns - column)
            cells[row].removeSubrange(column..<(column + removed))
            cells[row].append(contentsOf: Array(repeating: " ", count: removed))
        case "@":
            let inserted = min(count, columns - column)
            cells[row].insert(contentsOf: Array(repeating: " ", count: inserted), at: column)
            cells[row].removeLast(inserted)
        default:
            break
        }
    }

    /// Cells a scalar takes: an independent, simplified wcwidth (East Asian wide blocks,
    /// combining diacritics).
    static func width(of value: UInt32) -> Int {
        switch value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD: 2
        default: 1
        }
    }
}
