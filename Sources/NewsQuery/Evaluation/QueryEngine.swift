import NewsModel

/// Runs statements against a corpus: binds each (reporting every semantic error with its
/// range), evaluates it, and keeps the session's `let` bindings.
///
/// Derived indexes (relations, folded text, columns) are built lazily on first use and kept
/// until ``corpus`` is replaced. Use one engine from one thread at a time.
public final class QueryEngine {
    /// The corpus queried; replacing it (after `.load`) drops every derived index. Bindings
    /// stay: they hold queries, not results, and run against the new corpus.
    public var corpus: Corpus {
        didSet { index = CorpusIndex(corpus: corpus) }
    }

    private var index: CorpusIndex
    /// `let` bindings by lowercased name.
    private var bindings: [String: NamedQuery] = [:]

    /// An engine over `corpus` with no bindings.
    public init(corpus: Corpus) {
        self.corpus = corpus
        self.index = CorpusIndex(corpus: corpus)
    }

    /// The names bound by `let` so far, sorted (for completion and `.schema`).
    public var bindingNames: [String] { bindings.values.map(\.name).sorted() }

    /// The collection a bound name's records come from.
    public func bindingCollection(_ name: String) -> CollectionName? {
        bindings[name.lowercased()]?.collection
    }

    /// Runs one statement.
    ///
    /// Throws the statement's diagnostics when binding finds an error (warnings included),
    /// or a single error "query interrupted" (at the statement's range) when `cancellation`
    /// is set while it runs.
    public func execute(_ statement: Statement, in source: SourceFile,
                        cancellation: CancellationToken? = nil) throws(DiagnosticList) -> StatementOutcome {
        let (bound, warnings) = try bind(statement, in: source)
        let runner = QueryRunner(index: index, cancellation: cancellation)
        do {
            switch bound {
            case .query(let plan):
                return StatementOutcome(result: try runner.run(plan), warnings: warnings)
            case .binding(let name, let plan):
                let count = try runner.records(plan).count
                define(name, statement: statement, source: source, collection: plan.collection)
                let noun = count == 1 ? plan.collection.singular : plan.collection.rawValue
                return StatementOutcome(warnings: warnings, message: "bound '\(name)': \(count) \(noun)")
            case .show(let collection, let row):
                let result = RecordDetail(index: index).record(collection, row: Int(row))
                return StatementOutcome(result: result, warnings: warnings)
            }
        } catch {
            throw DiagnosticList(warnings + [.error("query interrupted", at: statement.range)])
        }
    }

    /// A readable description of how the statement would run (`.explain`).
    public func explain(_ statement: Statement, in source: SourceFile) throws(DiagnosticList) -> String {
        let (bound, _) = try bind(statement, in: source)
        return PlanExplainer(index: index).describe(bound)
    }

    // MARK: - Binding

    private func bind(_ statement: Statement, in source: SourceFile) throws(DiagnosticList) -> (BoundStatement, [Diagnostic]) {
        var binder = Binder(corpus: corpus, bindings: bindings, source: source)
        let bound = binder.bind(statement)
        guard let bound, !binder.hasErrors else { throw DiagnosticList(binder.diagnostics) }
        return (bound, binder.diagnostics)
    }

    /// Records `let NAME = QUERY`; the query's source, when itself a binding, is captured now.
    private func define(_ name: String, statement: Statement, source: SourceFile, collection: CollectionName) {
        guard case .binding(_, let query) = statement.kind else { return }
        let parent = bindings[query.source.name.lowercased()]
        let isCollection = CollectionName(rawValue: query.source.name.lowercased()) != nil
        bindings[name.lowercased()] = NamedQuery(name: name, query: query, source: source,
                                                 parent: isCollection ? nil : parent, collection: collection)
    }
}
