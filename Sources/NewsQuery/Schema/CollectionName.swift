/// The collections a query can start from.
public enum CollectionName: String, Sendable, CaseIterable, CustomStringConvertible {
    case articles
    case quotes
    case people
    case topics
    case outlets

    /// The singular, used by `show quote 3` and in messages ("quote 3").
    public var singular: String {
        switch self {
        case .articles: "article"
        case .quotes: "quote"
        case .people: "person"
        case .topics: "topic"
        case .outlets: "outlet"
        }
    }

    /// The collection whose singular is `word` (`quote` → `quotes`).
    public init?(singular word: String) {
        guard let match = Self.allCases.first(where: { $0.singular == word }) else { return nil }
        self = match
    }

    public var description: String { rawValue }
}
