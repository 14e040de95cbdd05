import NewsModel
import NewsQuery

// MARK: - Properties of parsing and running statements

/// The properties every piece of query text must keep, whatever its bytes: checked by the
/// syntax and script harnesses. A failed property aborts (libFuzzer saves the input).
public struct StatementChecks {
    /// Statements run per input at most, so that one input cannot take long.
    public static let maxStatementsRun = 8

    private let renderer = DiagnosticRenderer()

    public init() {}

    // MARK: Lexing

    /// Tokens lie inside the source, in order, without overlapping; their diagnostics too.
    public func checkTokens(of source: SourceFile, in range: SourceRange? = nil) {
        var lexer = Lexer(source: source, range: range)
        var previousEnd = range?.lowerBound ?? 0
        var count = 0
        while true {
            let token = lexer.next()
            fuzzRequire(token.range.lowerBound >= previousEnd && token.range.lowerBound <= token.range.upperBound
                        && token.range.upperBound <= source.bytes.count,
                        "token \(token.kind) at \(token.range) after \(previousEnd) in \(source.bytes.count) bytes")
            if let diagnostic = token.diagnostic { checkInside([diagnostic], source) }
            previousEnd = token.range.upperBound
            if token.kind == .endOfInput { break }
            count += 1
            fuzzRequire(count <= source.bytes.count + 1, "lexer produced more tokens than bytes")
        }
    }

    // MARK: Parsing

    /// Parses `range` of `source` and checks the result: diagnostics inside the source and
    /// renderable with no raw control characters; at most ``Parser/maxErrors`` errors; every
    /// clean statement prints and parses back to the same tree.
    @discardableResult
    public func checkParse(_ source: SourceFile, in range: SourceRange? = nil) -> ParseResult {
        let result = Parser.parse(source, in: range)
        checkInside(result.diagnostics, source)
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        fuzzRequire(errors <= Parser.maxErrors, "\(errors) errors, more than the limit \(Parser.maxErrors)")
        fuzzRequire(!result.isIncomplete || result.hasErrors, "incomplete without an error")
        checkRendered(result.diagnostics, in: source)
        for statement in result.statements { checkRoundTrip(statement) }
        return result
    }

    /// Printing a statement and parsing the text again gives the same tree, and printing that
    /// gives the same text.
    public func checkRoundTrip(_ statement: Statement) {
        let printed = StatementPrinter.print(statement)
        let again = Parser.parse(SourceFile(name: "<printed>", text: printed))
        fuzzRequire(!again.hasErrors, "printed statement does not parse: \(printed)\n\(again.diagnostics.map(\.message))")
        fuzzRequire(again.statements.count == 1, "printed statement parses as \(again.statements.count) statements: \(printed)")
        guard let reparsed = again.statements.first else { return }
        fuzzRequire(reparsed.isStructurallyEqual(to: statement), "round trip changed the tree: \(printed)")
        let reprinted = StatementPrinter.print(reparsed)
        fuzzRequire(reprinted == printed, "printing is not stable: \(printed) → \(reprinted)")
    }

    // MARK: Running

    /// Runs the statements on `engine` (a bounded number of them): each gives an outcome or a
    /// list of diagnostics inside the source; outcomes render with no raw control characters.
    public func checkRun(_ statements: [Statement], in source: SourceFile, on engine: QueryEngine) {
        for statement in statements.prefix(Self.maxStatementsRun) {
            do {
                _ = try engine.explain(statement, in: source)
                let outcome = try engine.execute(statement, in: source)
                checkInside(outcome.warnings, source)
                checkRendered(outcome.warnings, in: source)
                if let result = outcome.result { checkRendered(result) }
            } catch {
                fuzzRequire(error.hasErrors, "execution threw warnings only")
                checkInside(error.diagnostics, source)
                checkRendered(error.diagnostics, in: source)
            }
        }
    }

    // MARK: Shared checks

    /// Every diagnostic's range lies inside the source's bytes.
    public func checkInside(_ diagnostics: [Diagnostic], _ source: SourceFile) {
        for diagnostic in diagnostics {
            let range = diagnostic.range
            fuzzRequire(range.lowerBound >= 0 && range.lowerBound <= range.upperBound && range.upperBound <= source.bytes.count,
                        "diagnostic '\(diagnostic.message)' at \(range) outside the \(source.bytes.count) source bytes")
        }
    }

    /// Diagnostics render, and the rendering has no raw control characters.
    func checkRendered(_ diagnostics: [Diagnostic], in source: SourceFile) {
        guard !diagnostics.isEmpty else { return }
        let text = renderer.render(diagnostics, in: source)
        if let raw = TerminalSafety.firstRawControl(in: text) {
            fuzzRequire(false, "rendered diagnostic holds raw \(TerminalSafety.describe(raw)):\n\(text.debugDescription)")
        }
    }

    /// A result renders in every format; what a terminal would be sent has no raw control characters.
    func checkRendered(_ result: ResultSet) {
        for format in OutputFormat.allCases {
            for width in [nil, 40] as [Int?] {
                let text = ResultRenderer(format: format, terminalWidth: width, color: false, escapeControls: true).render(result)
                if let raw = TerminalSafety.firstRawControl(in: text, allowing: TerminalSafety.separators(of: format)) {
                    fuzzRequire(false, "\(format) output holds raw \(TerminalSafety.describe(raw)):\n\(text.debugDescription)")
                }
            }
        }
    }
}
