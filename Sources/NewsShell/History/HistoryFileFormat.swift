// MARK: - History file format

/// The on-disk format of the history file, version 1:
///
/// - UTF-8 text, one entry per line, every line ending in `\n`;
/// - inside an entry a backslash is written `\\`, a newline `\n` and a carriage return `\r`, so a
///   multi-line statement stays one line (one entry);
/// - each entry is appended with a single `write(2)`, so a process killed mid-session loses at
///   most the entry being written. A last line without `\n` (a torn write) still reads as an
///   entry, and the next append starts a fresh line first.
///
/// Reading is lenient: invalid UTF-8 becomes U+FFFD, an unknown escape is kept as written,
/// blank lines are skipped.
enum HistoryFileFormat {
    private static let backslash = UInt8(ascii: "\\")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The line (with its terminating `\n`) that stores `entry`.
    static func encodeLine(_ entry: String) -> [UInt8] {
        var line: [UInt8] = []
        line.reserveCapacity(entry.utf8.count + 1)
        for byte in entry.utf8 {
            switch byte {
            case backslash: line += [backslash, backslash]
            case newline: line += [backslash, UInt8(ascii: "n")]
            case carriageReturn: line += [backslash, UInt8(ascii: "r")]
            default: line.append(byte)
            }
        }
        line.append(newline)
        return line
    }

    /// The entries stored in `bytes`, oldest first.
    static func decode(_ bytes: [UInt8]) -> [String] {
        var entries: [String] = []
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
            if end > start {
                entries.append(decodeLine(bytes[start..<end]))
            }
            start = end + 1
        }
        return entries
    }

    /// Whether `bytes` ends in the middle of a line (a torn last write).
    static func endsMidLine(_ bytes: [UInt8]) -> Bool {
        guard let last = bytes.last else { return false }
        return last != newline
    }

    private static func decodeLine(_ line: ArraySlice<UInt8>) -> String {
        var entry: [UInt8] = []
        entry.reserveCapacity(line.count)
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            let next = line.index(after: index)
            if byte == backslash, next < line.endIndex {
                switch line[next] {
                case backslash: entry.append(backslash)
                case UInt8(ascii: "n"): entry.append(newline)
                case UInt8(ascii: "r"): entry.append(carriageReturn)
                default: entry += [backslash, line[next]]
                }
                index = line.index(after: next)
            } else {
                entry.append(byte)
                index = next
            }
        }
        return String(decoding: entry, as: UTF8.self)
    }
}
