import NewsModel
@testable import NewsQuery

/// Runs query text through a ``QueryEngine`` over the fixture corpus and reads results back.
final class EngineHarness {
    let engine: QueryEngine
    /// The source of the last statement run, to read diagnostic ranges back as text.
    private(set) var lastSource = SourceFile(name: "<test>", text: "")

    init(corpus: Corpus = EngineFixture.corpus) {
        engine = QueryEngine(corpus: corpus)
    }

    /// Runs one statement; rethrows its ``DiagnosticList``.
    func run(_ text: String, cancellation: CancellationToken? = nil) throws -> StatementOutcome {
        let (statement, source) = try TestQueryReader.statement(text)
        lastSource = source
        return try engine.execute(statement, in: source, cancellation: cancellation)
    }

    /// The result of a query.
    func result(_ text: String) throws -> ResultSet {
        guard let result = try run(text).result else { throw TestQueryReader.Failure(description: "no result") }
        return result
    }

    /// The numbers in the `id` column of a query's result, in result order.
    func ids(_ text: String) throws -> [Int] {
        let result = try result(text)
        guard let column = result.columns.firstIndex(where: { $0.name == "id" }) else {
            throw TestQueryReader.Failure(description: "no id column")
        }
        return result.rows.map { row in
            if case .number(let number) = row[column] { return Int(number) }
            return -1
        }
    }

    /// The values of one column of a query's result.
    func column(_ name: String, of text: String) throws -> [Value] {
        let result = try result(text)
        guard let column = result.columns.firstIndex(where: { $0.name == name }) else {
            throw TestQueryReader.Failure(description: "no column \(name)")
        }
        return result.rows.map { $0[column] }
    }

    /// The diagnostics a statement throws (empty when it runs).
    func diagnostics(_ text: String) throws -> [Diagnostic] {
        do {
            _ = try run(text)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics
        }
    }

    /// The source text a diagnostic points at.
    func text(at range: SourceRange) -> String { lastSource.text(in: range) }
}
