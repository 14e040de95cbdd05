import NewsModel

/// Structures derived from one ``Corpus`` for fast evaluation, each built lazily on first use
/// and kept until the corpus changes: every relation as ``Adjacency`` (and its reverse),
/// case-folded text for search, and number and date columns.
///
/// Not thread-safe: one engine evaluates one statement at a time.
final class CorpusIndex {
    let corpus: Corpus
    private var relations: [FieldRef: Adjacency] = [:]
    private var reverseRelations: [FieldRef: Adjacency] = [:]
    private var searchIndexes: [TextKey: TextSearchIndex] = [:]
    private var numberColumns: [FieldRef: [Double]] = [:]
    private var dateColumns: [FieldRef: [Int32]] = [:]

    init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// How many records `collection` holds.
    func count(_ collection: CollectionName) -> Int { corpus.recordCount(collection) }

    // MARK: - Relations

    /// The links of a relation field (`quotes.speaker`, `articles.quotes`).
    func relation(_ field: FieldRef) -> Adjacency {
        if let cached = relations[field] { return cached }
        let built = buildRelation(field)
        relations[field] = built
        return built
    }

    /// The reverse of a relation field: for each target record, the records linking to it.
    /// Where the schema has the reverse as a field (`quotes.speaker` ↔ `people.quotes`), that
    /// field's links are used; otherwise the links are inverted once.
    func reverse(_ field: FieldRef) -> Adjacency {
        if let inverse = Self.inverses[field] { return relation(inverse) }
        if let cached = reverseRelations[field] { return cached }
        let built = relation(field).inverted()
        reverseRelations[field] = built
        return built
    }

    /// Pairs of relation fields that are each other's reverse.
    private static let inverses: [FieldRef: FieldRef] = {
        let pairs: [(FieldRef, FieldRef)] = [
            (.quote(.speaker), .person(.quotes)), (.quote(.topics), .topic(.quotes)),
            (.quote(.article), .article(.quotes)), (.quote(.outlet), .outlet(.quotes)),
            (.article(.outlet), .outlet(.articles)), (.article(.people), .person(.articles)),
            (.article(.topics), .topic(.articles)), (.person(.topics), .topic(.speakers)),
            (.person(.outlets), .outlet(.speakers)),
        ]
        var table: [FieldRef: FieldRef] = [:]
        for (a, b) in pairs { table[a] = b; table[b] = a }
        return table
    }()

    private func buildRelation(_ field: FieldRef) -> Adjacency {
        let target = field.type.relationTarget ?? field.collection
        let rows = count(field.collection)
        let targets = count(target)
        func direct(_ links: (Int) -> [Int32]) -> Adjacency {
            Adjacency(rowCount: rows, targetCount: targets, links: links)
        }
        switch field {
        // Links the model records directly.
        case .quote(.speaker): return direct { self.corpus.quotes[$0].speaker.map { [$0.index] } ?? [] }
        case .quote(.topics): return direct { self.corpus.quotes[$0].topics.map(\.index) }
        case .quote(.article): return direct { [self.corpus.quotes[$0].article.index] }
        case .article(.outlet): return direct { self.corpus.articles[$0].outlet.map { [$0.index] } ?? [] }
        case .article(.topics): return direct { self.corpus.articles[$0].topics.map(\.index) }
        case .person(.articles): return direct { self.corpus.entities[$0].articles.map(\.index) }
        case .person(.quotes): return direct { self.corpus.quotesBySpeaker[$0].map(\.index) }
        case .topic(.quotes): return direct { self.corpus.quotesByTopic[$0].map(\.index) }
        // Derived: reversed or composed from the above.
        case .quote(.outlet): return relation(.quote(.article)).composed(with: relation(.article(.outlet)))
        case .article(.quotes): return relation(.quote(.article)).inverted()
        case .article(.speakers): return relation(.article(.quotes)).composed(with: relation(.quote(.speaker)))
        case .article(.people): return relation(.person(.articles)).inverted()
        case .person(.topics): return relation(.person(.quotes)).composed(with: relation(.quote(.topics)))
        case .person(.outlets): return relation(.person(.quotes)).composed(with: relation(.quote(.outlet)))
        case .topic(.articles): return relation(.article(.topics)).inverted()
        case .topic(.speakers): return relation(.topic(.quotes)).composed(with: relation(.quote(.speaker)))
        case .outlet(.articles): return relation(.article(.outlet)).inverted()
        case .outlet(.quotes): return relation(.quote(.outlet)).inverted()
        case .outlet(.speakers): return relation(.outlet(.quotes)).composed(with: relation(.quote(.speaker)))
        default: return direct { _ in [] }  // not a relation: links nothing
        }
    }

    // MARK: - Text

    /// The case-folded texts of a key, for `=` and `~`.
    func search(_ key: TextKey) -> TextSearchIndex {
        if let cached = searchIndexes[key] { return cached }
        let rows = count(key.collection)
        let built = TextSearchIndex(rowCount: rows) { self.texts(key, row: $0) }
        searchIndexes[key] = built
        return built
    }

    /// The original texts of a key for one record (none when missing).
    func texts(_ key: TextKey, row: Int) -> [String] {
        switch key {
        case .field(let field):
            switch field {
            case .person(.aliases): return corpus.entities[row].aliases
            case .topic(.keywords): return corpus.topics[row].keywords
            default: return text(field, row: row).map { [$0] } ?? []
            }
        case .personNames:
            let entity = corpus.entities[row]
            return [entity.name] + entity.aliases
        case .topicNames:
            let topic = corpus.topics[row]
            return [topic.slug, topic.label]
        }
    }

    // MARK: - Columns

    /// A number field for every record; NaN where missing.
    func numbers(_ field: FieldRef) -> [Double] {
        if let cached = numberColumns[field] { return cached }
        let built = (0..<count(field.collection)).map { number(field, row: $0) ?? .nan }
        numberColumns[field] = built
        return built
    }

    /// A date field for every record as ``DayKey``; 0 where missing.
    func days(_ field: FieldRef) -> [Int32] {
        if let cached = dateColumns[field] { return cached }
        let built = (0..<count(field.collection)).map { date(field, row: $0).map(DayKey.of) ?? 0 }
        dateColumns[field] = built
        return built
    }
}
