// MARK: - Building the corpus

/// Assigns corpus-wide identifiers to extracted articles and merges their people,
/// organisations and outlets.
///
/// Full names (and proper organisation names) merge across articles by ``NameKey``; a
/// name the article only gives in part (a lone surname) stays that article's own entity.
struct CorpusBuilder {
    private(set) var articles: [Article] = []
    private(set) var quotes: [Quote] = []
    private(set) var entities: [Entity] = []
    let topics: [Topic]
    private(set) var outlets: [Outlet] = []
    var warnings: [LoadWarning] = []
    /// The ``NameKey`` of each entity's name, by entity index: what mergeable entities are
    /// found by, and what the corpus indexes each name under.
    private var nameKeys: [String] = []
    /// Mergeable entities by ``MergeChain`` hash of their kind and name key.
    private var mergeable = HashIndex()
    private var outletByKey: [String: Int] = [:]
    /// How often each entity was given each role (by entity index), for choosing its main role.
    private var roleCounts: [[(role: String, count: Int)]] = []

    /// Starts from an existing corpus (whose topics must be a prefix of `topics`).
    init(existing: Corpus, topics: [Topic]) {
        articles = existing.articles
        quotes = existing.quotes
        entities = existing.entities
        outlets = existing.outlets
        warnings = existing.warnings
        self.topics = topics
        roleCounts = entities.map { e in e.role.map { [($0, 1)] } ?? [] }
        nameKeys = entities.map { NameKey.normalize($0.name) }
        for e in entities.indices where CorpusBuilder.isProper(entities[e]) {
            // A later entity with the same key takes the name over, as it would be found first.
            mergeable.set(mergeableEntity(entities[e].kind, key: nameKeys[e]).hash, e)
        }
        for o in outlets { outletByKey[NameKey.normalize(o.name)] = Int(o.id.index) }
    }

    /// Whether an existing entity's name is specific enough to merge across articles.
    private static func isProper(_ e: Entity) -> Bool {
        switch e.kind {
        case .person: return e.name.splitAtSpaces().count >= 2
        case .organisation: return e.name.first?.isUppercase ?? false
        }
    }

    /// The mergeable entity of `kind` whose name has the key `key`, if any, and the hash it is
    /// (or would be) stored under: the first of the key's ``MergeChain`` that is free or holds it.
    private func mergeableEntity(_ kind: EntityKind, key: String) -> (hash: UInt64, entity: Int?) {
        var hash = MergeChain.first(kind, key: key)
        while let e = mergeable.value(hash) {
            if entities[e].kind == kind && nameKeys[e] == key { return (hash, e) }
            hash = MergeChain.next(hash)
        }
        return (hash, nil)
    }

    // MARK: - Adding

    /// Adds one extracted article.
    mutating func add(_ x: ExtractedArticle) {
        let articleID = ArticleID(articles.count)
        var localToGlobal: [EntityID] = []
        localToGlobal.reserveCapacity(x.entities.count)
        for e in x.entities.indices {
            localToGlobal.append(entity(e, of: x.entities, in: articleID))
        }
        var quoteIDs: [QuoteID] = []
        quoteIDs.reserveCapacity(x.quotes.count)
        // (Quotes are read field by field, by index: binding each would copy it.)
        for q in x.quotes.indices {
            let id = QuoteID(quotes.count)
            let speaker = x.quotes[q].speaker.flatMap { $0 < localToGlobal.count ? localToGlobal[$0] : nil }
            quotes.append(Quote(id: id, article: articleID, text: x.quotes[q].text, kind: x.quotes[q].kind, speaker: speaker,
                                speakerMention: x.quotes[q].speakerMention,
                                topics: CorpusBuilder.topicIDs(x.quotes[q].topics, count: topics.count),
                                line: x.quotes[q].line, paragraph: x.quotes[q].paragraph, evidence: x.quotes[q].evidence))
            quoteIDs.append(id)
        }
        let outlet = x.outlet.map { outletID(named: $0, article: articleID) }
        articles.append(Article(id: articleID, file: x.file, recordLine: x.recordLine, title: x.title, titleLine: x.titleLine,
                                outlet: outlet, date: x.date, byline: x.byline, url: x.url, paragraphs: x.paragraphs,
                                quotes: quoteIDs, topics: CorpusBuilder.topicIDs(x.topics, count: topics.count),
                                byteCount: x.byteCount))
    }

    /// The topic ids of catalogue positions `indices` (positions outside a catalogue of `count` topics are dropped).
    /// Static, so that building the ids captures nothing of the builder.
    private static func topicIDs(_ indices: [Int], count: Int) -> [TopicID] {
        var ids: [TopicID] = []
        ids.reserveCapacity(indices.count)
        for index in indices where index >= 0 && index < count { ids.append(TopicID(index)) }
        return ids
    }

    /// The corpus entity for entity `i` of an article: merged by full-name key, or new.
    /// (It takes the article's list and an index because binding the record would copy it.)
    private mutating func entity(_ i: Int, of extracted: [ExtractedEntity], in article: ArticleID) -> EntityID {
        var mergeableAs: UInt64?
        if extracted[i].proper {
            let found = mergeableEntity(extracted[i].kind, key: extracted[i].key)
            if let index = found.entity {
                merge(i, of: extracted, into: index, in: article)
                return EntityID(index)
            }
            mergeableAs = found.hash
        }
        let index = entities.count
        entities.append(Entity(id: EntityID(index), name: extracted[i].name, kind: extracted[i].kind, role: extracted[i].role,
                               aliases: extracted[i].aliases, articles: [article]))
        nameKeys.append(extracted[i].key)
        roleCounts.append(extracted[i].role.map { [($0, 1)] } ?? [])
        if let mergeableAs { mergeable.set(mergeableAs, index) }
        return EntityID(index)
    }

    /// Merges entity `i` of an article into corpus entity `index`: its aliases, the article, its role.
    private mutating func merge(_ i: Int, of extracted: [ExtractedEntity], into index: Int, in article: ArticleID) {
        // Both alias lists are sorted without duplicates (the extractor's, and the entity's own).
        entities[index].aliases.mergeSortedUnique(extracted[i].aliases)
        if entities[index].articles.last != article { entities[index].articles.append(article) }
        if let role = extracted[i].role {
            if let k = roleCounts[index].firstIndex(where: { $0.role == role }) { roleCounts[index][k].count += 1 }
            else { roleCounts[index].append((role, 1)) }
            // The most frequent role; on a tie, the first in string order.
            entities[index].role = roleCounts[index].max { a, b in a.count < b.count || (a.count == b.count && a.role > b.role) }?.role
        }
    }

    private mutating func outletID(named name: String, article: ArticleID) -> OutletID {
        let key = NameKey.normalize(name)
        if let index = outletByKey[key] {
            outlets[index].articles.append(article)
            return OutletID(index)
        }
        let index = outlets.count
        outlets.append(Outlet(id: OutletID(index), name: name, articles: [article]))
        outletByKey[key] = index
        return OutletID(index)
    }

    /// The finished corpus (the builder is used up).
    consuming func build() -> Corpus {
        Corpus(articles: articles, quotes: quotes, entities: entities, nameKeys: nameKeys, topics: topics, outlets: outlets,
               warnings: warnings)
    }
}
