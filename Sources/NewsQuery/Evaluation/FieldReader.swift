import NewsModel

/// Reading one field of one record, by kind of value. Rows are 0-based record indices that
/// the caller has taken from the collection's range.
extension CorpusIndex {
    // MARK: - Scalars

    /// A number field (`id`, `line`, `words`); `nil` for fields of another kind.
    func number(_ field: FieldRef, row: Int) -> Double? {
        switch field {
        case .quote(.id), .article(.id), .person(.id), .topic(.id), .outlet(.id): return Double(row + 1)
        case .quote(.line): return Double(corpus.quotes[row].line)
        case .quote(.words): return Double(corpus.quotes[row].wordCount)
        case .article(.line): return Double(articleLine(row))
        case .article(.words): return Double(corpus.articles[row].wordCount)
        default: return nil
        }
    }

    /// The line an article starts at: its headline's, or its JSON record's.
    private func articleLine(_ row: Int) -> Int {
        let article = corpus.articles[row]
        return article.titleLine ?? article.recordLine
    }

    /// A date field; `nil` when the article states none.
    func date(_ field: FieldRef, row: Int) -> CalendarDate? {
        switch field {
        case .quote(.date): corpus.article(of: corpus.quotes[row]).date
        case .article(.date): corpus.articles[row].date
        default: nil
        }
    }

    /// A keyword field's value (`direct`, `person`).
    func keyword(_ field: FieldRef, row: Int) -> String? {
        switch field {
        case .quote(.kind): corpus.quotes[row].kind.rawValue
        case .person(.kind): corpus.entities[row].kind.rawValue
        default: nil
        }
    }

    /// A text field; `nil` when missing.
    func text(_ field: FieldRef, row: Int) -> String? {
        switch field {
        case .quote(let name): return quoteText(name, corpus.quotes[row])
        case .article(.title): return corpus.articles[row].title
        case .article(.byline): return corpus.articles[row].byline
        case .article(.url): return corpus.articles[row].url
        case .article(.file): return corpus.articles[row].file
        case .article(.location): return "\(corpus.articles[row].file):\(articleLine(row))"
        case .person(.name): return corpus.entities[row].name
        case .person(.role): return corpus.entities[row].role
        case .topic(.slug): return corpus.topics[row].slug
        case .topic(.label): return corpus.topics[row].label
        case .outlet(.name): return corpus.outlets[row].name
        default: return nil
        }
    }

    private func quoteText(_ field: FieldRef.QuoteField, _ quote: Quote) -> String? {
        switch field {
        case .text: return quote.text
        case .file: return corpus.article(of: quote).file
        case .location: return "\(corpus.article(of: quote).file):\(quote.line)"
        case .mention: return quote.speakerMention
        case .evidence: return Self.describe(quote.evidence)
        case .context:
            let paragraphs = corpus.article(of: quote).paragraphs
            return paragraphs.indices.contains(quote.paragraph) ? paragraphs[quote.paragraph].text : nil
        default: return nil
        }
    }

    /// `verb-after-quote: "said Blinken" (line 12)`.
    static func describe(_ evidence: Evidence) -> String {
        "\(evidence.rule): \"\(evidence.cue)\" (line \(evidence.line))"
    }

    /// Whether a scalar field has a value.
    func isPresent(_ field: FieldRef, row: Int) -> Bool {
        switch field.type {
        case .number: number(field, row: row) != nil
        case .date: date(field, row: row) != nil
        case .keyword: keyword(field, row: row) != nil
        case .text: text(field, row: row) != nil
        case .textList: !texts(.field(field), row: row).isEmpty
        case .one, .many: relation(field).degree(row) > 0
        }
    }

    // MARK: - Display values

    /// The value a result column shows for a field: relations to one record show that
    /// record's display name, `topics` the list of slugs, other relations to many their count.
    func value(_ field: FieldRef, row: Int) -> Value {
        switch field.type {
        case .number: return number(field, row: row).map(Value.number) ?? .missing
        case .date: return date(field, row: row).map(Value.date) ?? .missing
        case .keyword: return keyword(field, row: row).map(Value.text) ?? .missing
        case .text: return text(field, row: row).map(Value.text) ?? .missing
        case .textList:
            let list = texts(.field(field), row: row)
            return list.isEmpty ? .missing : .list(list.map(Value.text))
        case .one(let target):
            guard let linked = relation(field).links(of: row).first else { return .missing }
            return displayValue(target, row: Int(linked))
        case .many(let target):
            let links = relation(field).links(of: row)
            if target == .topics { return .list(links.map { displayValue(.topics, row: Int($0)) }) }
            return .number(Double(links.count))
        }
    }

    /// How a record is named where another record links to it: quotes and articles by
    /// number (`show article 3`), people and outlets by name, topics by slug.
    func displayValue(_ collection: CollectionName, row: Int) -> Value {
        switch collection {
        case .quotes, .articles: .number(Double(row + 1))
        case .people: .text(corpus.entities[row].name)
        case .topics: .text(corpus.topics[row].slug)
        case .outlets: .text(corpus.outlets[row].name)
        }
    }
}
