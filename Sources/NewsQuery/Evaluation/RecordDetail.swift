import NewsModel

/// One record in full for `show quote N`, `show article N`, ...: every field of the
/// collection, linked people, topics and outlets by name, where it is in its file, and for
/// an article its body paragraph by paragraph with each paragraph's line.
struct RecordDetail {
    let index: CorpusIndex

    /// The record as a one-row ``ResultSet`` of shape `.record`.
    func record(_ collection: CollectionName, row: Int) -> ResultSet {
        var fields: [(String, FieldType?, Value)] = []
        for descriptor in Schema.fields(of: collection) {
            guard let field = FieldRef(collection, canonical: descriptor.name) else { continue }
            fields.append((descriptor.name, descriptor.type, fullValue(field, row: row)))
        }
        switch collection {
        case .quotes: addQuoteDetails(&fields, row: row)
        case .articles: addArticleDetails(&fields, row: row)
        case .people, .topics, .outlets: break
        }
        return ResultSet(columns: fields.map { .init($0.0, type: $0.1) }, rows: [fields.map(\.2)],
                         shape: .record, collection: collection)
    }

    /// A field as the full record shows it: relations to people, topics and outlets list
    /// every linked name; relations to quotes and articles stay counts.
    private func fullValue(_ field: FieldRef, row: Int) -> Value {
        guard case .many(let target) = field.type, target != .quotes, target != .articles else {
            return index.value(field, row: row)
        }
        let links = index.relation(field).links(of: row)
        return links.isEmpty ? .missing : .list(links.map { index.displayValue(target, row: Int($0)) })
    }

    // MARK: - Quotes

    private func addQuoteDetails(_ fields: inout [(String, FieldType?, Value)], row: Int) {
        let quote = index.corpus.quotes[row]
        let article = index.corpus.article(of: quote)
        insert(&fields, after: "article", ("title", .text, .text(article.title)))
    }

    // MARK: - Articles

    private func addArticleDetails(_ fields: inout [(String, FieldType?, Value)], row: Int) {
        let article = index.corpus.articles[row]
        for (number, paragraph) in article.paragraphs.enumerated() {
            fields.append(("paragraph \(number + 1) (line \(paragraph.line))", .text, .text(paragraph.text)))
        }
    }

    private func insert(_ fields: inout [(String, FieldType?, Value)], after name: String, _ field: (String, FieldType?, Value)) {
        let position = fields.firstIndex { $0.0 == name }.map { $0 + 1 } ?? fields.count
        fields.insert(field, at: position)
    }
}
