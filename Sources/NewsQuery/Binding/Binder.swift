import NewsModel

/// Semantic analysis: turns a statement's syntax tree into a typed ``BoundStatement``,
/// reporting every semantic error (and the warnings) with the exact range that caused it.
///
/// Binding does not stop at the first problem: each clause, comparison and value is checked,
/// so one run reports all of a statement's errors. The plan is only meaningful when
/// ``diagnostics`` holds no error.
struct Binder {
    let corpus: Corpus
    /// Bindings made by earlier `let` statements, by lowercased name.
    let bindings: [String: NamedQuery]
    let source: SourceFile
    /// Errors and warnings found so far, in source order of discovery.
    private(set) var diagnostics: [Diagnostic] = []
    /// When false, warnings are dropped (re-binding a `let` query whose warnings were shown
    /// when it was defined).
    var reportsWarnings = true

    /// The longest path accepted (`article.outlet.quotes...`); cycles through relations could
    /// otherwise make paths of any length.
    static let maxPathLength = 16
    /// The deepest nesting of `and`/`or` groups accepted: the parser's own limit, so that one
    /// documented limit holds for syntax trees built by hand too.
    static let maxNesting = Parser.maxDepth

    init(corpus: Corpus, bindings: [String: NamedQuery], source: SourceFile) {
        self.corpus = corpus
        self.bindings = bindings
        self.source = source
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    // MARK: - Reporting

    mutating func error(_ message: String, at range: SourceRange, suggestion: String? = nil, notes: [String] = []) {
        diagnostics.append(.error(message, at: range, suggestion: suggestion, notes: notes))
    }

    mutating func warning(_ message: String, at range: SourceRange, suggestion: String? = nil, notes: [String] = []) {
        guard reportsWarnings else { return }
        diagnostics.append(.warning(message, at: range, suggestion: suggestion, notes: notes))
    }

    // MARK: - Statements

    /// Binds one statement; `nil` when it has errors (see ``diagnostics``).
    mutating func bind(_ statement: Statement) -> BoundStatement? {
        switch statement.kind {
        case .query(let query):
            let plan = bindQuery(query)
            return hasErrors ? nil : plan.map(BoundStatement.query)
        case .binding(let name, let query):
            checkBindingName(name)
            if let aggregate = query.aggregate {
                error("a binding must be a list of records, not a count", at: aggregate.range,
                      notes: ["bind the records (`let \(name.name) = \(source.text(in: query.source.range)) ...`) and count when using it"])
            }
            let plan = bindQuery(query)
            return hasErrors ? nil : plan.map { .binding(name: name.name, plan: $0) }
        case .show(let target, let number, let numberRange):
            let index = bindShow(target: target, number: number, numberRange: numberRange)
            return hasErrors ? nil : index.map { .show($0.0, index: $0.1) }
        }
    }

    private mutating func checkBindingName(_ name: Identifier) {
        let lower = name.name.lowercased()
        if CollectionName(rawValue: lower) != nil {
            error("'\(name.name)' is a collection; a binding needs another name", at: name.range)
        } else if ReservedWords.keywords.contains(lower) {
            error("'\(name.name)' is a keyword; a binding needs another name", at: name.range)
        }
    }

    private mutating func bindShow(target: Identifier, number: Int, numberRange: SourceRange) -> (CollectionName, Int32)? {
        let word = target.name.lowercased()
        guard let collection = CollectionName(singular: word) ?? CollectionName(rawValue: word) else {
            let singulars = CollectionName.allCases.map(\.singular)
            error("unknown record kind '\(target.name)'; expected \(Self.choice(singulars, "or"))",
                  at: target.range, suggestion: Suggestions.closest(to: target.name, in: singulars))
            return nil
        }
        let count = corpus.recordCount(collection)
        guard number >= 1, number <= count else {
            let extent = count == 0 ? "there are no \(collection) loaded"
                : count == 1 ? "there is only \(collection.singular) 1" : "\(collection) are numbered 1 to \(count)"
            error("no \(collection.singular) \(number); \(extent)", at: numberRange)
            return nil
        }
        return (collection, Int32(number - 1))
    }

    // MARK: - Queries

    /// Binds a query: its source, then its clauses on the source's collection.
    mutating func bindQuery(_ query: Query) -> QueryPlan? {
        // Without a collection no field can be resolved: an unknown source is the only error.
        guard let resolved = resolveSource(query.source) else { return nil }
        var stages = resolved.stages
        let collection = resolved.collection
        let filter = query.filter.map { bindExpression($0, in: collection) }
        if let aggregate = query.aggregate {
            stages.append(RecordStage(filter: filter, sort: [], limit: nil))
            return QueryPlan(collection: collection, sourceDescription: resolved.description, stages: stages,
                             output: bindAggregate(aggregate, of: query, in: collection))
        }
        let sort = query.sort.compactMap { bindSortKey($0, in: collection) }
        let limit = query.limit.flatMap { bindLimit($0) }
        stages.append(RecordStage(filter: filter, sort: sort, limit: limit))
        let columns = query.projection.isEmpty
            ? (resolved.projection ?? Self.defaultColumns(of: collection))
            : query.projection.compactMap { resolveValuePath($0, in: collection) }
        return QueryPlan(collection: collection, sourceDescription: resolved.description, stages: stages,
                         output: .records(columns))
    }

    /// The default columns of a collection (``Schema/defaultFields(of:)``).
    static func defaultColumns(of collection: CollectionName) -> [ValuePath] {
        Schema.defaultFields(of: collection).compactMap { name in
            FieldRef(collection, canonical: name).map { ValuePath(hops: [], field: $0, name: name) }
        }
    }

    private mutating func bindLimit(_ limit: Limit) -> Int? {
        guard limit.count >= 0 else {
            error("expected a limit of 0 or more, found \(limit.count)", at: limit.range)
            return nil
        }
        return limit.count
    }

    private mutating func bindAggregate(_ aggregate: Aggregate, of query: Query, in collection: CollectionName) -> PlanOutput {
        let groupPath = aggregate.groupBy.flatMap { resolveValuePath($0, in: collection) }
        if let first = query.projection.first, let last = query.projection.last {
            let columns = groupPath.map { "count by gives columns \($0.name) and count" } ?? "count gives one column, count"
            error("select cannot follow count; \(columns)", at: first.range.union(last.range))
        }
        let sort = query.sort.compactMap { bindGroupSortKey($0, groupPath: groupPath, isGrouped: aggregate.groupBy != nil, in: collection) }
        let limit = query.limit.flatMap { bindLimit($0) }
        if let groupPath { return .countBy(groupPath, sort: sort, limit: limit) }
        return .count(sort: sort, limit: limit)
    }

    // MARK: - Sources

    private struct ResolvedSource {
        var collection: CollectionName
        var stages: [RecordStage]
        var projection: [ValuePath]?
        var description: String
    }

    private mutating func resolveSource(_ name: Identifier) -> ResolvedSource? {
        let lower = name.name.lowercased()
        if let collection = CollectionName(rawValue: lower) {
            return ResolvedSource(collection: collection, stages: [], projection: nil, description: collection.rawValue)
        }
        if let binding = bindings[lower] {
            return resolveBinding(binding, usedAt: name.range)
        }
        let collections = CollectionName.allCases.map(\.rawValue)
        let bound = bindings.values.map(\.name).sorted()
        var notes = ["collections: \(collections.joined(separator: ", "))"]
        if !bound.isEmpty { notes.append("bound by let: \(bound.joined(separator: ", "))") }
        error("unknown collection '\(name.name)'", at: name.range,
              suggestion: Suggestions.closest(to: name.name, in: collections + bound), notes: notes)
        return nil
    }

    /// Re-binds a `let` chain against the current corpus; its warnings were shown when defined.
    private mutating func resolveBinding(_ binding: NamedQuery, usedAt range: SourceRange) -> ResolvedSource? {
        var stages: [RecordStage] = []
        var projection: [ValuePath]?
        for link in binding.chain {
            var inner = Binder(corpus: corpus, bindings: [:], source: link.source)
            inner.reportsWarnings = false
            let collection = link.collection
            let query = link.query
            let filter = query.filter.map { inner.bindExpression($0, in: collection) }
            let sort = query.sort.compactMap { inner.bindSortKey($0, in: collection) }
            let limit = query.limit.flatMap { inner.bindLimit($0) }
            if !query.projection.isEmpty {
                projection = query.projection.compactMap { inner.resolveValuePath($0, in: collection) }
            }
            if let problem = inner.diagnostics.first(where: { $0.severity == .error }) {
                error("'\(link.name)' no longer binds: \(problem.message)", at: range)
                return nil
            }
            stages.append(RecordStage(filter: filter, sort: sort, limit: limit))
        }
        let names = binding.chain.map(\.name).reversed().joined(separator: " ← ")
        return ResolvedSource(collection: binding.collection, stages: stages, projection: projection,
                              description: "\(names) ← \(binding.collection)")
    }

    // MARK: - Helpers

    /// `a, b or c`.
    static func choice(_ words: [String], _ conjunction: String) -> String {
        guard let last = words.last else { return "" }
        if words.count == 1 { return last }
        return words.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}

extension Corpus {
    /// How many records `collection` holds.
    func recordCount(_ collection: CollectionName) -> Int {
        switch collection {
        case .articles: articles.count
        case .quotes: quotes.count
        case .people: entities.count
        case .topics: topics.count
        case .outlets: outlets.count
        }
    }
}
