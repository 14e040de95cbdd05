/// What lies on one side of a position, as far as assertions care.
enum NeighbourKind: UInt8, Sendable, Hashable {
    /// The start or end of the text.
    case edge
    /// A `\n`.
    case newline
    /// A word character (see ``UnicodeClasses/word``).
    case word
    /// Anything else, including malformed bytes.
    case other
}

extension RegexAssertion {
    /// Whether the assertion holds between a `before` and an `after` neighbour.
    @inline(__always)
    func holds(before: NeighbourKind, after: NeighbourKind) -> Bool {
        switch self {
        case .textStart: before == .edge
        case .textEnd: after == .edge
        case .lineStart: before == .edge || before == .newline
        case .lineEnd: after == .edge || after == .newline
        case .wordBoundary: (before == .word) != (after == .word)
        case .notWordBoundary: (before == .word) == (after == .word)
        }
    }
}

/// Classifies the characters around a byte position of UTF-8 text.
struct NeighbourClassifier {
    let word: ScalarSet

    init() { word = UnicodeClasses.word }

    /// The kind of a scalar value.
    @inline(__always)
    func kind(of value: UInt32) -> NeighbourKind {
        if value == 0x0A { return .newline }
        if value < 0x80 { return UnicodeClasses.isASCIIWordByte(UInt8(value)) ? .word : .other }
        return word.contains(value) ? .word : .other
    }

    /// What precedes the position after the byte at `index`, given what preceded that byte:
    /// a continuation byte belongs to the character before it (so a stray one changes
    /// nothing), a lead byte starts a character that is a word character or not. The lazy
    /// DFA follows the same rule byte by byte.
    func context(after byte: UInt8, at index: Int, in bytes: UnsafeBufferPointer<UInt8>,
                 previous: NeighbourKind) -> NeighbourKind {
        switch byte {
        case 0x00..<0x80: return kind(of: UInt32(byte))
        case 0x80..<0xC0: return previous
        default:
            guard let value = UTF8Sequences.decode(bytes, at: index) else { return .other }
            return kind(of: value) == .word ? .word : .other
        }
    }

    /// The character starting at byte `index`.
    func after(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> NeighbourKind {
        guard index >= 0, index < bytes.count else { return .edge }
        let byte = bytes[index]
        if byte < 0x80 { return kind(of: UInt32(byte)) }
        return UTF8Sequences.decode(bytes, at: index).map(kind) ?? .other
    }
}
