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
    func reverse(_ field: FieldRef) -> Adjacency {
        if let cached = reverseRelations[field] { return cached }
        let built = relation(field).inverted()
        reverseRelations[field] = built
        return built
    }

    private func buildRelation(_ field: FieldRef) -> Adjacency {
        let target = field.type.relationTarget ?? field.collection
        let rows = count(field.collection)
        let targets = count(target)
        func direct(_ links: (Int) -> [Int32]) -> Adjacency {
            Adjacency(rowCount: rows, targetCount: targets, links: links)
        }
        switch field {
        case .quote(.speaker): return direct { self.corpus.quotes[$0].speaker.map { [$0.index] } ?? [] }
        case .quote(.topics): return direct { self.corpus.quotes[$0].topics.map(\.index) }
        case .quote(.article): return direct { [self.corpus.quotes[$0].article.index] }
        case .quote(.outlet):
            return relation(.quote(.article)).composed(with: relation(.article(.outlet)))
        case .article(.outlet): return direct { self.corpus.articles[$0].outlet.map { [$0.index] } ?? [] }
        case .article(.quotes): return reverse(.quote(.article))
        case .article(.speakers): return relation(.article(.quotes)).composed(with: relation(.quote(.speaker)))
        case .article(.people): return reverse(.person(.articles))
        case .article(.topics): return direct { self.corpus.articles[$0].topics.map(\.index) }
        case .person(.quotes): return reverse(.quote(.speaker))
        case .person(.articles): return direct { self.corpus.entities[$0].articles.map(\.index) }
        case .person(.topics): return relation(.person(.quotes)).composed(with: relation(.quote(.topics)))
        case .person(.outlets): return relation(.person(.quotes)).composed(with: relation(.quote(.outlet)))
        case .topic(.quotes): return reverse(.quote(.topics))
        case .topic(.articles): return reverse(.article(.topics))
        case .topic(.speakers): return relation(.topic(.quotes)).composed(with: relation(.quote(.speaker)))
        case .outlet(.articles): return reverse(.article(.outlet))
        case .outlet(.quotes): return reverse(.quote(.outlet))
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
