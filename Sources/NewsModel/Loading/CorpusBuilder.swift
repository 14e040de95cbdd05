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
    private var entityByKey: [String: Int] = [:]
    private var outletByKey: [String: Int] = [:]
    /// How often each entity was given each role, for choosing its main role.
    private var roleCounts: [Int: [String: Int]] = [:]
    /// Aliases gathered for merged entities; sorted into the entities by ``build()``.
    private var aliasSets: [Int: Set<String>] = [:]

    /// Starts from an existing corpus (whose topics must be a prefix of `topics`).
    init(existing: Corpus, topics: [Topic]) {
        articles = existing.articles
        quotes = existing.quotes
        entities = existing.entities
        outlets = existing.outlets
        warnings = existing.warnings
        self.topics = topics
        for e in entities where CorpusBuilder.isProper(e) {
            entityByKey[CorpusBuilder.key(e.kind, e.name)] = Int(e.id.index)
            if let role = e.role { roleCounts[Int(e.id.index), default: [:]][role, default: 0] += 1 }
        }
        for o in outlets { outletByKey[NameKey.normalize(o.name)] = Int(o.id.index) }
    }

    /// Whether an existing entity's name is specific enough to merge across articles.
    private static func isProper(_ e: Entity) -> Bool {
        switch e.kind {
        case .person: return e.name.split(separator: " ").count >= 2
        case .organisation: return e.name.first?.isUppercase ?? false
        }
    }

    private static func key(_ kind: EntityKind, _ name: String) -> String {
        (kind == .person ? "p:" : "o:") + NameKey.normalize(name)
    }

    // MARK: - Adding

    /// Adds one extracted article.
    mutating func add(_ x: ExtractedArticle) {
        let articleID = ArticleID(articles.count)
        var localToGlobal: [EntityID] = []
        localToGlobal.reserveCapacity(x.entities.count)
        for e in x.entities {
            localToGlobal.append(entity(for: e, in: articleID))
        }
        var quoteIDs: [QuoteID] = []
        quoteIDs.reserveCapacity(x.quotes.count)
        for q in x.quotes {
            let id = QuoteID(quotes.count)
            let speaker = q.speaker.flatMap { $0 < localToGlobal.count ? localToGlobal[$0] : nil }
            quotes.append(Quote(id: id, article: articleID, text: q.text, kind: q.kind, speaker: speaker,
                                speakerMention: q.speakerMention, topics: q.topics.compactMap(topicID), line: q.line,
                                paragraph: q.paragraph, evidence: q.evidence))
            quoteIDs.append(id)
        }
        let outlet = x.outlet.map { outletID(named: $0, article: articleID) }
        articles.append(Article(id: articleID, file: x.file, recordLine: x.recordLine, title: x.title, titleLine: x.titleLine,
                                outlet: outlet, date: x.date, byline: x.byline, url: x.url, paragraphs: x.paragraphs,
                                quotes: quoteIDs, topics: x.topics.compactMap(topicID), byteCount: x.byteCount))
    }

    private func topicID(_ index: Int) -> TopicID? {
        index >= 0 && index < topics.count ? TopicID(index) : nil
    }

    /// The corpus entity for an article's entity: merged by full-name key, or new.
    private mutating func entity(for e: ExtractedEntity, in article: ArticleID) -> EntityID {
        let key = CorpusBuilder.key(e.kind, e.name)
        if e.proper, let index = entityByKey[key] {
            aliasSets[index, default: Set(entities[index].aliases)].formUnion(e.aliases)
            if entities[index].articles.last != article { entities[index].articles.append(article) }
            if let role = e.role {
                roleCounts[index, default: [:]][role, default: 0] += 1
                entities[index].role = roleCounts[index]?.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key
            }
            return EntityID(index)
        }
        let index = entities.count
        entities.append(Entity(id: EntityID(index), name: e.name, kind: e.kind, role: e.role, aliases: e.aliases,
                               articles: [article]))
        if let role = e.role { roleCounts[index, default: [:]][role, default: 0] += 1 }
        if e.proper { entityByKey[key] = index }
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

    /// The finished corpus.
    func build() -> Corpus {
        var entities = self.entities
        for (index, aliases) in aliasSets { entities[index].aliases = aliases.sorted() }
        return Corpus(articles: articles, quotes: quotes, entities: entities, topics: topics, outlets: outlets, warnings: warnings)
    }
}
