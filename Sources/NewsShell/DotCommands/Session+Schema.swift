import NewsModel
import NewsQuery

// MARK: - .schema

extension Session {
    /// `.schema`: the collections with their sizes; `.schema COLLECTION`: its fields, their types,
    /// what they hold and a few example values from the loaded corpus.
    func showSchema(_ argument: DotCommandLine.Word?, _ source: SourceFile) -> Bool {
        guard let argument else {
            let rows = CollectionName.allCases.map { collection in
                [Value.text(collection.rawValue), .number(Double(recordCount(collection))),
                 .text(Schema.fields(of: collection).map(\.name).joined(separator: ", "))]
            }
            show(ResultSet(columns: [.init("collection", type: .text), .init("records", type: .number),
                                     .init("fields", type: .text)], rows: rows))
            return true
        }
        let word = argument.text.lowercased()
        guard let collection = CollectionName(rawValue: word) ?? CollectionName(singular: word)
                ?? engine.bindingCollection(argument.text) else {
            let names = CollectionName.allCases.map(\.rawValue) + engine.bindingNames
            return fail("unknown collection '\(argument.text)'", (source, argument.range),
                        suggestion: Suggestions.closest(to: argument.text, in: names),
                        notes: ["collections: " + CollectionName.allCases.map(\.rawValue).joined(separator: ", ")])
        }
        let rows = Schema.fields(of: collection).map { field in
            [Value.text(field.name), .text(field.type.description), .text(field.summary),
             .text(examples(of: field, in: collection))]
        }
        show(ResultSet(columns: [.init("field", type: .text), .init("type", type: .text),
                                 .init("meaning", type: .text), .init("examples", type: .text)], rows: rows))
        return true
    }

    /// The number of records in `collection`.
    func recordCount(_ collection: CollectionName) -> Int {
        let corpus = engine.corpus
        switch collection {
        case .articles: return corpus.articles.count
        case .quotes: return corpus.quotes.count
        case .people: return corpus.entities.count
        case .topics: return corpus.topics.count
        case .outlets: return corpus.outlets.count
        }
    }

    /// Up to three distinct example values of `field`, asked of the engine like any query.
    func examples(of field: FieldDescriptor, in collection: CollectionName) -> String {
        let text = "\(collection.rawValue) where \(field.name) is not missing limit 20 select \(field.name)"
        let source = SourceFile(name: "<schema>", text: text)
        guard let statement = Parser.parse(source).statements.first,
              let result = try? engine.execute(statement, in: source).result else { return "" }
        var seen: [String] = []
        for row in result.rows {
            guard let value = row.first else { continue }
            var shown = value.description
            if shown.count > 24 { shown = String(shown.prefix(23)) + "…" }
            if shown.isEmpty || seen.contains(shown) { continue }
            seen.append(shown)
            if seen.count == 3 { break }
        }
        return seen.joined(separator: "; ")
    }
}
