import NewsModel
import NewsQuery

/// What Tab completion offers from the loaded corpus and session: people's names and aliases,
/// topic slugs and labels, outlet names, `let`-bound names and help topics, each precomputed
/// once into a sorted prefix index.
///
/// Building one over a large corpus takes a moment; the driver keeps it until the corpus
/// changes, and uses ``replacingBindings(_:)`` (which reuses the indexes) when only the
/// bindings do.
public struct CompletionVocabulary: Sendable {
    /// A name bound by `let` and the collection its query draws from.
    struct Binding: Sendable, Equatable {
        var name: String
        var collection: CollectionName
    }

    /// People and organisations: canonical names, with their aliases.
    let people: NameIndex
    /// Topic slugs, with the topics' labels as aliases.
    let topics: NameIndex
    /// Topic labels alone (for `label = ...`).
    let topicLabels: NameIndex
    /// Outlet names.
    let outlets: NameIndex
    /// The `let`-bound names, sorted.
    private(set) var bindings: [Binding]
    /// What `.help` accepts: dot-command names without their dot, keywords and collections.
    public var helpTopics: [String] = CompletionVocabulary.defaultHelpTopics

    // MARK: - Building

    /// The vocabulary of `corpus` and the session's `bindings` (name, collection bound).
    public init(corpus: Corpus, bindings: [(name: String, collection: CollectionName)]) {
        people = NameIndex(corpus.entities.map { ($0.name, $0.aliases) })
        topics = NameIndex(corpus.topics.map { ($0.slug, [$0.label]) })
        topicLabels = NameIndex(corpus.topics.map { ($0.label, []) })
        outlets = NameIndex(corpus.outlets.map { ($0.name, []) })
        self.bindings = Self.sorted(bindings)
    }

    /// The vocabulary of an empty corpus with no bindings.
    public static let empty = CompletionVocabulary(corpus: Corpus(), bindings: [])

    /// This vocabulary with `bindings` in place of its bindings; the corpus indexes are shared.
    public func replacingBindings(_ bindings: [(name: String, collection: CollectionName)]) -> CompletionVocabulary {
        var copy = self
        copy.bindings = Self.sorted(bindings)
        return copy
    }

    /// The collection `name` is bound to (compared case-insensitively, as the binder does).
    func collection(bound name: String) -> CollectionName? {
        let lower = name.lowercased()
        return bindings.first { $0.name.lowercased() == lower }?.collection
    }

    private static func sorted(_ bindings: [(name: String, collection: CollectionName)]) -> [Binding] {
        bindings.map { Binding(name: $0.name, collection: $0.collection) }.sorted { $0.name < $1.name }
    }

    /// Dot-command names without their dot, the keywords and the collections, sorted.
    public static let defaultHelpTopics: [String] = {
        let commands = DotCommandCatalog.names.map { String($0.drop { $0 == "." }) }
        let words = commands + Keyword.allCases.map(\.rawValue) + CollectionName.allCases.map(\.rawValue)
        return Array(Set(words)).sorted()
    }()
}
