/// A subject a quote can be about, defined by keywords and phrases in a topic file.
public struct Topic: Sendable, Hashable {
    public var id: TopicID
    /// Short lowercase identifier used in queries (`taiwan`, `north-korea`).
    public var slug: String
    /// Human-readable name ("North Korea").
    public var label: String
    /// Single words and multi-word phrases that signal the topic, matched case-insensitively
    /// on word boundaries.
    public var keywords: [String]

    public init(id: TopicID, slug: String, label: String, keywords: [String]) {
        self.id = id
        self.slug = slug
        self.label = label
        self.keywords = keywords
    }
}

/// A news organisation that published or supplied articles.
public struct Outlet: Sendable, Hashable {
    public var id: OutletID
    public var name: String
    public var articles: [ArticleID]

    public init(id: OutletID, name: String, articles: [ArticleID]) {
        self.id = id
        self.name = name
        self.articles = articles
    }
}

/// Something that went wrong loading one file; the rest still load.
public struct LoadWarning: Sendable, Hashable, CustomStringConvertible {
    /// What sort of problem it was; `unreadable` decides newsq's exit status.
    public enum Kind: String, Sendable, Hashable {
        /// The path does not exist or could not be opened or read.
        case unreadable
        /// The file was read but left out: empty, binary, too large, not a regular file.
        case skipped
        /// The file loaded, decoded as Windows-1252 because it is not valid UTF-8.
        case encoding
        /// A JSON record or topic line that could not be understood; the rest loaded.
        case malformed
        /// Anything else.
        case other
    }

    public var file: String
    public var message: String
    public var kind: Kind

    public init(file: String, message: String, kind: Kind = .other) {
        self.file = file
        self.message = message
        self.kind = kind
    }

    /// `FILE: warning: MESSAGE`.
    public var description: String { "\(file): warning: \(message)" }
}
