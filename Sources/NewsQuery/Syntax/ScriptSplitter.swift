/// One piece of a script: a statement to parse and run, or a dot-command line.
public enum ScriptItem: Equatable, Sendable {
    /// The source of one statement (its tokens, without the `;`), in the script's own offsets.
    case statement(SourceRange)
    /// A line whose first non-blank character is `.`, at the start of a statement: from the `.`
    /// to the end of the line (without the line break).
    case dotCommand(SourceRange)
}

/// Cuts a script into statements and dot-commands.
///
/// A statement ends at `;` or at the end of its line — unless it is incomplete there (an
/// open parenthesis, list or string, a trailing operator or keyword) or the next line
/// begins with a clause keyword (`where`, `and`, `or`, `sort`, `limit`, `select`, `count`).
/// The parser itself decides where a statement can end (see ``Parser``), in one pass over
/// the script, so splitting takes time linear in the script's length. A first line `#!` is
/// ignored; comments and blank lines produce nothing.
public enum ScriptSplitter {
    /// The statements and dot-commands of `script`, in order.
    public static func split(_ script: SourceFile) -> [ScriptItem] {
        let bytes = script.bytes
        var items: [ScriptItem] = []
        var parser = Parser(source: script, range: nil, scriptMode: true)
        var offset = shebangLineEnd(bytes)
        parser.restart(at: offset)
        while parser.current.kind != .endOfInput {
            let loopStart = offset
            if parser.current.kind == .semicolon {
                offset = parser.current.range.upperBound
            } else if parser.current.kind == .dot, isFirstOnLine(parser.current.range.lowerBound, in: bytes) {
                let line = restOfLine(from: parser.current.range.lowerBound, in: script)
                items.append(.dotCommand(line))
                offset = line.upperBound
            } else if let extent = parser.nextStatementExtent() {
                items.append(.statement(extent.statement))
                offset = extent.resume
            }
            if offset <= loopStart {
                assertionFailure("script splitter made no progress at offset \(loopStart)")
                offset = min(bytes.count, loopStart + 1)
            }
            parser.restart(at: offset)
        }
        return items
    }

    /// Where the first line ends if it is a `#!` line (after a byte order mark, if any); else 0.
    static func shebangLineEnd(_ bytes: [UInt8]) -> Int {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes.count >= start + 2, bytes[start] == UInt8(ascii: "#"), bytes[start + 1] == UInt8(ascii: "!") else {
            return 0
        }
        return bytes[start...].firstIndex(of: ASCII.newline) ?? bytes.count
    }

    /// Whether only blanks precede `offset` on its line.
    static func isFirstOnLine(_ offset: Int, in bytes: [UInt8]) -> Bool {
        var cursor = offset - 1
        while cursor >= 0, bytes[cursor] != ASCII.newline {
            guard ASCII.isBlank(bytes[cursor]) else { return false }
            cursor -= 1
        }
        return true
    }

    /// From `offset` to the end of its line, without the line break.
    static func restOfLine(from offset: Int, in script: SourceFile) -> SourceRange {
        let index = script.lineIndex(of: offset)
        let end = script.lineStarts[index] + script.lineText(index: index).utf8.count
        return SourceRange(offset, max(offset, end))
    }
}
