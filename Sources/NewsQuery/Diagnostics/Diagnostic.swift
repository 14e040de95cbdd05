/// A problem with a query or script, pinned to the exact span of source that caused it.
///
/// Lexer, parser, binder and evaluator all report through this one type; the
/// renderer draws it as `SOURCE:LINE:COL: error: message`, the source line, and a
/// caret/tilde marker under ``range``.
public struct Diagnostic: Error, Equatable, Sendable {
    public enum Severity: String, Sendable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    /// The one-line message: "expected X, found Y", "unknown field 'spekaer' on quotes".
    public var message: String
    public var range: SourceRange
    /// "did you mean 'speaker'?" — the closest valid spelling, when there is one.
    public var suggestion: String?
    /// Further lines of help printed after the marker ("fields of quotes: id, text, ...").
    public var notes: [String]

    public init(_ severity: Severity, _ message: String, at range: SourceRange,
                suggestion: String? = nil, notes: [String] = []) {
        self.severity = severity
        self.message = message
        self.range = range
        self.suggestion = suggestion
        self.notes = notes
    }

    public static func error(_ message: String, at range: SourceRange, suggestion: String? = nil,
                             notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: range, suggestion: suggestion, notes: notes)
    }

    public static func warning(_ message: String, at range: SourceRange, suggestion: String? = nil,
                               notes: [String] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: range, suggestion: suggestion, notes: notes)
    }
}

/// One or more diagnostics thrown together (a statement can have several errors).
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
