/// A span of query text as UTF-8 byte offsets into its ``SourceFile``.
///
/// Tokens, syntax nodes and diagnostics carry only offsets; the source file turns an
/// offset into line and column when a message is printed (as Go's go/token does).
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var lowerBound: Int
    public var upperBound: Int

    public init(_ lowerBound: Int, _ upperBound: Int) {
        precondition(lowerBound <= upperBound, "inverted source range")
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    /// An empty range at `offset` (an insertion point, e.g. end of input).
    public init(at offset: Int) { self.init(offset, offset) }

    public var isEmpty: Bool { lowerBound == upperBound }
    public var count: Int { upperBound - lowerBound }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(lowerBound, other.lowerBound), max(upperBound, other.upperBound))
    }

    public var description: String { "\(lowerBound)..<\(upperBound)" }
}
