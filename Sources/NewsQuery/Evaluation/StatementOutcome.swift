/// What running one statement produced: a result to print, warnings to show, and/or a
/// one-line message (`let` reports what it bound).
public struct StatementOutcome: Sendable {
    public var result: ResultSet?
    /// Problems that did not stop the statement ("no speaker 'Wang Yo'").
    public var warnings: [Diagnostic]
    public var message: String?

    public init(result: ResultSet? = nil, warnings: [Diagnostic] = [], message: String? = nil) {
        self.result = result
        self.warnings = warnings
        self.message = message
    }
}
