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
    /// Mergeable entities by ``NameKey`` of their name, people and organisations apart.
    private var personByKey: [String: Int] = [:]
    private var organisationByKey: [String: Int] = [:]
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
        for e in entities where CorpusBuilder.isProper(e) {
            setEntity(Int(e.id.index), kind: e.kind, key: NameKey.normalize(e.name))
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

    /// The mergeable entity of `kind` whose name has the key `key`; when there is none yet,
    /// `new` is recorded as that entity and `nil` returned. One hash lookup either way.
    private mutating func mergeableEntity(_ kind: EntityKind, key: String, orRecord new: Int) -> Int? {
        // `default:` with a constant inserts through the subscript's modify accessor, in the same lookup.
        func claim(_ slot: inout Int) -> Int? { slot == new ? nil : slot }
        return kind == .person ? claim(&personByKey[key, default: new]) : claim(&organisationByKey[key, default: new])
    }

    private mutating func setEntity(_ index: Int, kind: EntityKind, key: String) {
        if kind == .person { personByKey[key] = index } else { organisationByKey[key] = index }
    }

    // MARK: - Adding

    /// Adds one extracted article.
    mutating func add(_ x: ExtractedArticle) {
        let articleID = ArticleID(articles.count)
        var localToGlobal: [EntityID] = []
        localToGlobal.reserveCapacity(x.entities.count)
        // (Records are read field by field, by index: binding whole records would copy them.)
        for e in x.entities.indices {
            localToGlobal.append(entity(for: x.entities[e], in: articleID))
        }
        var quoteIDs: [QuoteID] = []
        quoteIDs.reserveCapacity(x.quotes.count)
        for q in x.quotes {
            let id = QuoteID(quotes.count)
            let speaker = q.speaker.flatMap { $0 < localToGlobal.count ? localToGlobal[$0] : nil }
            quotes.append(Quote(id: id, article: articleID, text: q.text, kind: q.kind, speaker: speaker,
                                speakerMention: q.speakerMention, topics: CorpusBuilder.topicIDs(q.topics, count: topics.count),
                                line: q.line, paragraph: q.paragraph, evidence: q.evidence))
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

    /// The corpus entity for an article's entity: merged by full-name key, or new.
    private mutating func entity(for e: ExtractedEntity, in article: ArticleID) -> EntityID {
        let index = entities.count
        if e.proper, let index = mergeableEntity(e.kind, key: e.key, orRecord: index) {
            // Both alias lists are sorted without duplicates (the extractor's, and the entity's own).
            entities[index].aliases.mergeSortedUnique(e.aliases)
            if entities[index].articles.last != article { entities[index].articles.append(article) }
            if let role = e.role {
                if let k = roleCounts[index].firstIndex(where: { $0.role == role }) { roleCounts[index][k].count += 1 }
                else { roleCounts[index].append((role, 1)) }
                // The most frequent role; on a tie, the first in string order.
                entities[index].role = roleCounts[index].max { a, b in a.count < b.count || (a.count == b.count && a.role > b.role) }?.role
            }
            return EntityID(index)
        }
        entities.append(Entity(id: EntityID(index), name: e.name, kind: e.kind, role: e.role, aliases: e.aliases,
                               articles: [article]))
        roleCounts.append(e.role.map { [($0, 1)] } ?? [])
        return EntityID(index)
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
        return Corpus(articles: articles, quotes: quotes, entities: entities, topics: topics, outlets: outlets, warnings: warnings)
    }
}
