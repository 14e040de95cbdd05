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

    /// The character just before byte `index`.
    func before(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> NeighbourKind {
        guard index > 0, index <= bytes.count else { return .edge }
        let byte = bytes[index - 1]
        if byte < 0x80 { return kind(of: UInt32(byte)) }
        return UTF8Sequences.decode(bytes, before: index).map(kind) ?? .other
    }

    /// The character starting at byte `index`.
    func after(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> NeighbourKind {
        guard index >= 0, index < bytes.count else { return .edge }
        let byte = bytes[index]
        if byte < 0x80 { return kind(of: UInt32(byte)) }
        return UTF8Sequences.decode(bytes, at: index).map(kind) ?? .other
    }
}
