/// Whether an ``Entity`` is a person or an organisation.
public enum EntityKind: String, Sendable, CaseIterable {
    case person
    case organisation
}

/// A person or organisation named in the corpus, with every name it goes by.
public struct Entity: Sendable {
    public var id: EntityID
    /// The fullest name seen ("Xi Jinping", "Foreign Ministry").
    public var name: String
    public var kind: EntityKind
    /// A title or role held, when stated ("Secretary of State", "President").
    public var role: String?
    /// Every form the entity is referred to by, including `name` ("Xi", "Mr. Xi",
    /// "Chinese President Xi Jinping"). Sorted, without duplicates.
    public var aliases: [String]
    /// The articles that mention it, in order.
    public var articles: [ArticleID]

    public init(id: EntityID, name: String, kind: EntityKind, role: String?, aliases: [String], articles: [ArticleID]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.role = role
        self.aliases = aliases
        self.articles = articles
    }
}
