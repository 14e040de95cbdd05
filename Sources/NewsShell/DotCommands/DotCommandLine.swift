import NewsQuery

/// A dot-command line split into its name and arguments, each with its source range so an
/// error can point at the argument that caused it.
struct DotCommandLine {
    /// One word of the line; double quotes group words with spaces (`.load "my files"`).
    struct Word {
        var text: String
        var range: SourceRange
    }

    var name: Word
    var arguments: [Word]
    /// Everything after the name (for `.explain`, whose argument is a statement).
    var restRange: SourceRange

    /// Splits the dot-command in `range` of `source`. The range starts at the dot.
    init(source: SourceFile, range: SourceRange) {
        let bytes = source.bytes
        var words: [Word] = []
        var index = range.lowerBound
        let end = min(range.upperBound, bytes.count)
        var nameEnd = end
        while index < end {
            while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D { index += 1 }
            guard index < end else { break }
            if bytes[index] == UInt8(ascii: "-"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "-"), !words.isEmpty,
               !(DotCommandCatalog.entry(named: words[0].text)?.argument == .statement) {
                break  // a comment ends the line
            }
            let start = index
            var text: [UInt8] = []
            if bytes[index] == UInt8(ascii: "\"") {
                index += 1
                while index < end, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\"), index + 1 < end { index += 1 }
                    text.append(bytes[index])
                    index += 1
                }
                if index < end { index += 1 }
            } else {
                while index < end, bytes[index] != 0x20, bytes[index] != 0x09, bytes[index] != 0x0D {
                    text.append(bytes[index])
                    index += 1
                }
            }
            words.append(Word(text: String(decoding: text, as: UTF8.self), range: SourceRange(start, index)))
            if words.count == 1 { nameEnd = index }
        }
        name = words.first ?? Word(text: ".", range: SourceRange(range.lowerBound, min(range.lowerBound + 1, end)))
        arguments = Array(words.dropFirst())
        restRange = SourceRange(min(nameEnd, end), end)
    }
}
