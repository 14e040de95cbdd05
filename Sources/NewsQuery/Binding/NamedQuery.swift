/// A query bound to a name by `let NAME = QUERY`, usable as a collection afterwards.
///
/// It keeps the syntax, not the result, so that it is re-evaluated against whatever corpus is
/// loaded when it is used. `parent` is the binding its source named when it was defined, so
/// redefining a name never makes a cycle.
final class NamedQuery: Sendable {
    let name: String
    let query: Query
    let source: SourceFile
    let parent: NamedQuery?
    /// The collection its records come from (its fields are that collection's).
    let collection: CollectionName

    init(name: String, query: Query, source: SourceFile, parent: NamedQuery?, collection: CollectionName) {
        self.name = name
        self.query = query
        self.source = source
        self.parent = parent
        self.collection = collection
    }

    /// This binding and those it is built on, the root first.
    var chain: [NamedQuery] {
        var chain: [NamedQuery] = []
        var current: NamedQuery? = self
        while let binding = current {
            chain.append(binding)
            current = binding.parent
        }
        return chain.reversed()
    }
}

/// Words a binding may not be named, because the language gives them a meaning.
enum ReservedWords {
    static let keywords: Set<String> = [
        "where", "sort", "by", "asc", "desc", "limit", "select", "count", "let", "show",
        "and", "or", "not", "in", "matches", "is", "missing", "explain",
    ]
}
