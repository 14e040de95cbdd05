/// A field of one collection, resolved from its spelling once at bind time.
///
/// The raw values are the canonical field names of ``Schema``; every schema field has exactly
/// one case here (a test checks both directions), so the evaluator can switch over fields
/// instead of comparing strings per row.
enum FieldRef: Hashable, Sendable, CustomStringConvertible {
    case quote(QuoteField)
    case article(ArticleField)
    case person(PersonField)
    case topic(TopicField)
    case outlet(OutletField)

    enum QuoteField: String, CaseIterable, Sendable {
        case id, text, speaker, kind, topics, article, outlet, date, location, file, line, words, mention, evidence, context
    }
    enum ArticleField: String, CaseIterable, Sendable {
        case id, title, outlet, date, byline, url, location, file, line, words, quotes, speakers, people, topics
    }
    enum PersonField: String, CaseIterable, Sendable {
        case id, name, kind, role, aliases, quotes, articles, topics, outlets
    }
    enum TopicField: String, CaseIterable, Sendable {
        case id, slug, label, keywords, quotes, articles, speakers
    }
    enum OutletField: String, CaseIterable, Sendable {
        case id, name, articles, quotes, speakers
    }

    /// The field of `collection` whose canonical name is `name`.
    init?(_ collection: CollectionName, canonical name: String) {
        switch collection {
        case .quotes: guard let f = QuoteField(rawValue: name) else { return nil }; self = .quote(f)
        case .articles: guard let f = ArticleField(rawValue: name) else { return nil }; self = .article(f)
        case .people: guard let f = PersonField(rawValue: name) else { return nil }; self = .person(f)
        case .topics: guard let f = TopicField(rawValue: name) else { return nil }; self = .topic(f)
        case .outlets: guard let f = OutletField(rawValue: name) else { return nil }; self = .outlet(f)
        }
    }

    /// Every field of every collection.
    static var all: [FieldRef] {
        QuoteField.allCases.map(FieldRef.quote) + ArticleField.allCases.map(FieldRef.article)
            + PersonField.allCases.map(FieldRef.person) + TopicField.allCases.map(FieldRef.topic)
            + OutletField.allCases.map(FieldRef.outlet)
    }

    /// The collection the field belongs to.
    var collection: CollectionName {
        switch self {
        case .quote: .quotes
        case .article: .articles
        case .person: .people
        case .topic: .topics
        case .outlet: .outlets
        }
    }

    /// The canonical field name.
    var name: String {
        switch self {
        case .quote(let f): f.rawValue
        case .article(let f): f.rawValue
        case .person(let f): f.rawValue
        case .topic(let f): f.rawValue
        case .outlet(let f): f.rawValue
        }
    }

    /// The field's type as the schema declares it.
    var type: FieldType { Self.types[self] ?? .text }

    /// Every field's type, looked up once from the schema.
    private static let types: [FieldRef: FieldType] = Dictionary(
        uniqueKeysWithValues: all.compactMap { ref in ref.descriptor.map { (ref, $0.type) } })

    /// The schema's descriptor for this field.
    var descriptor: FieldDescriptor? { Schema.fields(of: collection).first { $0.name == name } }

    /// `quotes.speaker`.
    var description: String { "\(collection).\(name)" }
}
