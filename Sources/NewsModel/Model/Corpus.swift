/// The in-memory model of a loaded set of articles: what every query runs over.
///
/// Records refer to each other by identifier (``ArticleID``, ``QuoteID``, ``EntityID``,
/// ``TopicID``, ``OutletID``); the reverse relations (a person's quotes, a topic's quotes,
/// an outlet's articles) and the alias index are derived once, when the corpus is made.
public struct Corpus: Sendable {
    public let articles: [Article]
    public let quotes: [Quote]
    public let entities: [Entity]
    public let topics: [Topic]
    public let outlets: [Outlet]
    /// Problems met while loading, one per file at most per kind; the files named still loaded
    /// where they could.
    public let warnings: [LoadWarning]

    /// Quotes of each entity, indexed by ``EntityID/index``.
    public let quotesBySpeaker: [[QuoteID]]
    /// Quotes about each topic, indexed by ``TopicID/index``.
    public let quotesByTopic: [[QuoteID]]
    /// Entities by ``NameKey`` of every alias.
    private let entitiesByKey: [String: [EntityID]]
    /// Topics by ``NameKey`` of slug and label.
    private let topicsByKey: [String: TopicID]
    /// Outlets by ``NameKey`` of name.
    private let outletsByKey: [String: OutletID]

    /// An empty corpus with the given topic catalogue.
    public init(topics: [Topic] = []) {
        self.init(articles: [], quotes: [], entities: [], topics: topics, outlets: [], warnings: [])
    }

    /// Assembles a corpus from records whose identifiers equal their positions.
    public init(articles: [Article], quotes: [Quote], entities: [Entity], topics: [Topic],
                outlets: [Outlet], warnings: [LoadWarning]) {
        self.init(articles: articles, quotes: quotes, entities: entities, nameKeys: entities.map { NameKey.normalize($0.name) },
                  topics: topics, outlets: outlets, warnings: warnings)
    }

    /// Assembles a corpus whose entities' names have the keys `nameKeys` (each the
    /// ``NameKey`` of the name, as corpus building already knows them).
    init(articles: [Article], quotes: [Quote], entities: [Entity], nameKeys: [String], topics: [Topic],
         outlets: [Outlet], warnings: [LoadWarning]) {
        precondition(nameKeys.count == entities.count, "one name key per entity")
        precondition(articles.indices.allSatisfy { articles[$0].id.index == $0 }, "article ids must be positions")
        precondition(quotes.indices.allSatisfy { quotes[$0].id.index == $0 }, "quote ids must be positions")
        precondition(entities.indices.allSatisfy { entities[$0].id.index == $0 }, "entity ids must be positions")
        precondition(topics.indices.allSatisfy { topics[$0].id.index == $0 }, "topic ids must be positions")
        precondition(outlets.indices.allSatisfy { outlets[$0].id.index == $0 }, "outlet ids must be positions")
        self.articles = articles
        self.quotes = quotes
        self.entities = entities
        self.topics = topics
        self.outlets = outlets
        self.warnings = warnings

        // (Records are read field by field, by index: binding whole records would copy them.)
        // Each list is counted first and made once at its size, rather than grown append by append.
        var speakerCounts = [Int](repeating: 0, count: entities.count)
        var topicCounts = [Int](repeating: 0, count: topics.count)
        for q in quotes.indices {
            if let speaker = quotes[q].speaker { speakerCounts[Int(speaker.index)] += 1 }
            for topic in quotes[q].topics { topicCounts[Int(topic.index)] += 1 }
        }
        var bySpeaker = [[QuoteID]](repeating: [], count: entities.count)
        var byTopic = [[QuoteID]](repeating: [], count: topics.count)
        for e in bySpeaker.indices where speakerCounts[e] > 0 { bySpeaker[e].reserveCapacity(speakerCounts[e]) }
        for t in byTopic.indices where topicCounts[t] > 0 { byTopic[t].reserveCapacity(topicCounts[t]) }
        for q in quotes.indices {
            if let speaker = quotes[q].speaker { bySpeaker[Int(speaker.index)].append(quotes[q].id) }
            for topic in quotes[q].topics { byTopic[Int(topic.index)].append(quotes[q].id) }
        }
        quotesBySpeaker = bySpeaker
        quotesByTopic = byTopic

        var byKey: [String: [EntityID]] = [:]
        byKey.reserveCapacity(entities.count * 2)
        for e in entities.indices {
            // The keys of the name (already known) and of every other alias.
            let name = entities[e].name
            Corpus.index(entities[e].id, under: nameKeys[e], in: &byKey)
            for alias in entities[e].aliases where !alias.hasSameUTF8(as: name) {
                Corpus.index(entities[e].id, under: NameKey.normalize(alias), in: &byKey)
            }
        }
        entitiesByKey = byKey
        var topicKeys: [String: TopicID] = [:]
        for topic in topics {
            topicKeys[NameKey.normalize(topic.slug)] = topic.id
            let labelKey = NameKey.normalize(topic.label)
            if topicKeys[labelKey] == nil { topicKeys[labelKey] = topic.id }
        }
        topicsByKey = topicKeys
        var outletKeys: [String: OutletID] = [:]
        for outlet in outlets { outletKeys[NameKey.normalize(outlet.name)] = outlet.id }
        outletsByKey = outletKeys
    }

    /// Adds entity `id` to those under `key` in `byKey`, once: entities are indexed in id order,
    /// so when it is already there it is the last (aliases often share a key: "Blair", "Mr Blair").
    /// An empty key names nothing.
    private static func index(_ id: EntityID, under key: String, in byKey: inout [String: [EntityID]]) {
        guard !key.isEmpty else { return }
        func addOnce(_ list: inout [EntityID]) { if list.last != id { list.append(id) } }
        addOnce(&byKey[key, default: []])
    }

    // MARK: - Lookup

    public subscript(id: ArticleID) -> Article { articles[Int(id.index)] }
    public subscript(id: QuoteID) -> Quote { quotes[Int(id.index)] }
    public subscript(id: EntityID) -> Entity { entities[Int(id.index)] }
    public subscript(id: TopicID) -> Topic { topics[Int(id.index)] }
    public subscript(id: OutletID) -> Outlet { outlets[Int(id.index)] }

    /// The entities that go by `name` (any alias, compared by ``NameKey``), in id order.
    public func entities(named name: String) -> [EntityID] {
        entitiesByKey[NameKey.normalize(name)] ?? []
    }

    /// The topic whose slug or label is `name`, compared by ``NameKey``.
    public func topic(named name: String) -> TopicID? {
        topicsByKey[NameKey.normalize(name)]
    }

    /// The outlet called `name`, compared by ``NameKey``.
    public func outlet(named name: String) -> OutletID? {
        outletsByKey[NameKey.normalize(name)]
    }

    /// The article a quote appears in.
    public func article(of quote: Quote) -> Article { self[quote.article] }

    /// The outlet of an article, by name.
    public func outletName(of article: Article) -> String? { article.outlet.map { self[$0].name } }
}
