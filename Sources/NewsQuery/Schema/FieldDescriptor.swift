/// One field of a collection, as `.schema`, completion, diagnostics and grammar.md describe it.
public struct FieldDescriptor: Equatable, Sendable {
    public var name: String
    /// Other accepted spellings (`topic` for `topics`).
    public var aliases: [String]
    public var type: FieldType
    /// One line saying what the field holds.
    public var summary: String

    public init(_ name: String, _ type: FieldType, aliases: [String] = [], _ summary: String) {
        self.name = name
        self.aliases = aliases
        self.type = type
        self.summary = summary
    }

    /// Whether `word` names this field (its name or an alias), case-insensitively.
    public func isNamed(_ word: String) -> Bool {
        let lower = word.lowercased()
        return name == lower || aliases.contains(lower)
    }
}
