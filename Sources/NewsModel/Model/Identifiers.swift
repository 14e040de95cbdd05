/// Identifiers of the records in a ``Corpus``.
///
/// Each is a 0-based index into the corpus's array of that record kind. Users see
/// 1-based numbers (`show quote 3`); ``displayNumber`` converts.

/// Names one article in a ``Corpus``.
public struct ArticleID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let index: Int32
    public init(_ index: Int) { self.index = Int32(index) }
    public var displayNumber: Int { Int(index) + 1 }
    public var description: String { "article \(displayNumber)" }
    public static func < (a: Self, b: Self) -> Bool { a.index < b.index }
}

/// Names one quote in a ``Corpus``.
public struct QuoteID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let index: Int32
    public init(_ index: Int) { self.index = Int32(index) }
    public var displayNumber: Int { Int(index) + 1 }
    public var description: String { "quote \(displayNumber)" }
    public static func < (a: Self, b: Self) -> Bool { a.index < b.index }
}

/// Names one person or organisation in a ``Corpus``.
public struct EntityID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let index: Int32
    public init(_ index: Int) { self.index = Int32(index) }
    public var displayNumber: Int { Int(index) + 1 }
    public var description: String { "person \(displayNumber)" }
    public static func < (a: Self, b: Self) -> Bool { a.index < b.index }
}

/// Names one topic in a ``Corpus``'s topic catalogue.
public struct TopicID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let index: Int32
    public init(_ index: Int) { self.index = Int32(index) }
    public var displayNumber: Int { Int(index) + 1 }
    public var description: String { "topic \(displayNumber)" }
    public static func < (a: Self, b: Self) -> Bool { a.index < b.index }
}

/// Names one outlet (news organisation that published or supplied an article).
public struct OutletID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let index: Int32
    public init(_ index: Int) { self.index = Int32(index) }
    public var displayNumber: Int { Int(index) + 1 }
    public var description: String { "outlet \(displayNumber)" }
    public static func < (a: Self, b: Self) -> Bool { a.index < b.index }
}
