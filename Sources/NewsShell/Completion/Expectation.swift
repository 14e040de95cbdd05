import NewsQuery

/// What may come at the cursor, as the tokens before it leave it: the kind of word that a
/// completion there can offer.
enum Expectation: Equatable {
    /// The start of a statement: collections, bound names, `let`, `show`.
    case statementStart
    /// A query's source after `let NAME =`: collections and bound names.
    case source
    /// What `show` shows: the singulars (`quote`, `article`, ...).
    case showTarget
    /// A field of `collection` (nil: unknown source, no fields), then `keywords`.
    case fields(CollectionName?, keywords: [String])
    /// Keywords (or operators) only, in the order to offer them.
    case keywords([String])
    /// A value compared with `field` of a record of `collection`.
    case value(FieldDescriptor, in: CollectionName)
    /// Nothing that completion can offer (a new name, a number, a regular expression, an error).
    case nothing
}

// MARK: - Field paths

/// Follows field paths through the schema: `article.outlet` of quotes is the `outlet` field of
/// articles.
enum FieldPathResolver {
    /// The collection and field that `components` name, starting from `collection`; nil when a
    /// component is not a field or a component before the last is not a relation.
    static func field(_ components: [String], from collection: CollectionName?) -> (FieldDescriptor, CollectionName)? {
        guard var current = collection, let last = components.last else { return nil }
        for component in components.dropLast() {
            guard let target = Schema.field(component, of: current)?.type.relationTarget else { return nil }
            current = target
        }
        return Schema.field(last, of: current).map { ($0, current) }
    }

    /// The collection whose fields follow `components` and a dot (`article.` → articles).
    static func collection(after components: [String], from collection: CollectionName?) -> CollectionName? {
        field(components, from: collection)?.0.type.relationTarget
    }

    /// The operators a field of `type` takes, as the binder accepts them: ordering for numbers,
    /// dates and counts; `~` and `matches` for text and relations; `=`, `!=`, `in`, `is` for all.
    static func operators(for type: FieldType) -> [String] {
        var operators = ["=", "!="]
        switch type {
        case .number, .date: operators += ["<", "<=", ">", ">="]
        case .many: operators += ["~", "<", "<=", ">", ">=", "matches"]
        case .text, .textList, .one: operators += ["~", "matches"]
        case .keyword: break
        }
        return operators + ["in", "is", "not"]
    }
}
