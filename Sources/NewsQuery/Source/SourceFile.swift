/// Query text with a name, and the table of line starts that turns offsets into positions.
public struct SourceFile: Sendable {
    /// What diagnostics call the source: a script path, `<command line>`, `<stdin>`, `<input>`.
    public let name: String
    public let text: String
    /// The text as UTF-8 bytes; ``SourceRange`` offsets index this.
    public let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// The line number of the first line (a statement cut out of a script keeps its script's numbering).
    public let firstLine: Int

    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
        let bytes = Array(text.utf8)
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// The 0-based index into ``lineStarts`` of the line holding `offset`.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The position of `offset`: 1-based line (offset by ``firstLine``) and 1-based column
    /// counted in Unicode scalars (what editors show for the column).
    public func position(of offset: Int) -> SourcePosition {
        let clamped = min(max(offset, 0), bytes.count)
        let index = lineIndex(of: clamped)
        let start = lineStarts[index]
        var column = 1
        var i = start
        while i < clamped {
            // Count scalar starts: bytes that are not UTF-8 continuation bytes.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourcePosition(line: index + firstLine, column: column, offset: clamped)
    }

    /// The text of the line with 0-based index `index`, without its newline.
    public func lineText(index: Int) -> String {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The text covered by `range`.
    public func text(in range: SourceRange) -> String {
        let low = min(max(range.lowerBound, 0), bytes.count)
        let high = min(max(range.upperBound, low), bytes.count)
        return String(decoding: bytes[low..<high], as: UTF8.self)
    }
}

/// A line and column in a ``SourceFile`` (both 1-based), and the byte offset they name.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public var description: String { "\(line):\(column)" }
}
