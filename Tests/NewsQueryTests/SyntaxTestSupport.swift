import Testing
@testable import NewsQuery

// Helpers shared by the syntax tests: compact token dumps and "LINE:COL: message" lines.

/// `text` as a source named `<test>`.
func testSource(_ text: String) -> SourceFile {
    SourceFile(name: "<test>", text: text)
}

/// The tokens of `text` in a compact form: `word:quotes kw:where str:"x" num:5 = ( eof`.
func tokenDump(_ text: String) -> String {
    Lexer.tokens(of: testSource(text)).map(describe).joined(separator: " ")
}

/// One token in the compact form of ``tokenDump(_:)``; a token starting a line is prefixed `⏎`.
func describe(_ token: Token) -> String {
    let body: String
    switch (token.kind, token.value) {
    case (.word, .text(let text)): body = "word:\(text)"
    case (.keyword(let keyword), _): body = "kw:\(keyword.rawValue)"
    case (.string, .text(let text)): body = "str:" + StatementPrinter.quoted(text)
    case (.number, .number(let number)): body = "num:" + StatementPrinter.format(number)
    case (.date, .date(let date)): body = "date:\(date)"
    case (.regex, .regex(let pattern, let flags)): body = "re:/\(pattern)/\(flags)"
    case (.comparison(let op), _): body = op.rawValue
    case (.leftParen, _): body = "("
    case (.rightParen, _): body = ")"
    case (.leftBracket, _): body = "["
    case (.rightBracket, _): body = "]"
    case (.comma, _): body = ","
    case (.dot, _): body = "."
    case (.semicolon, _): body = ";"
    case (.slash, _): body = "/"
    case (.invalid, _): body = "invalid"
    case (.endOfInput, _): body = "eof"
    default: body = "?"
    }
    return (token.startsLine ? "⏎" : "") + body + (token.diagnostic != nil && token.kind != .invalid ? "!" : "")
}

/// Every diagnostic of parsing `text`, as `LINE:COL: message`.
func errors(_ text: String) -> [String] {
    let source = testSource(text)
    return Parser.parse(source).diagnostics.map { "\(source.position(of: $0.range.lowerBound)): \($0.message)" }
}

/// The canonical text of each statement parsed from `text` (empty if there were errors).
func printed(_ text: String) -> [String] {
    Parser.parse(testSource(text)).statements.map(StatementPrinter.print)
}

/// Whether every diagnostic's range lies inside the source.
func rangesInside(_ diagnostics: [Diagnostic], _ source: SourceFile) -> Bool {
    diagnostics.allSatisfy { $0.range.lowerBound >= 0 && $0.range.upperBound <= source.bytes.count }
}

/// Parses `text` as a statement and as a script: no trap, diagnostics inside the source and
/// renderable, at most ``Parser/maxErrors`` errors, and clean statements round-trip. With an
/// `engine`, the clean statements also run (bound and evaluated) without a trap, answering
/// with a result or diagnostics inside the source.
func checkParsesSafely(_ text: String, engine: QueryEngine? = nil) {
    let source = testSource(text)
    let result = Parser.parse(source)
    #expect(rangesInside(result.diagnostics, source), "\(text)")
    #expect(result.diagnostics.filter { $0.severity == .error }.count <= Parser.maxErrors)
    _ = DiagnosticRenderer().render(result.diagnostics, in: source)
    if result.diagnostics.isEmpty {
        for statement in result.statements {
            let again = Parser.parse(testSource(StatementPrinter.print(statement)))
            #expect(again.statements.first?.isStructurallyEqual(to: statement) == true, "\(text)")
        }
    }
    if let engine {
        for statement in result.statements {
            do {
                _ = try engine.execute(statement, in: source)
            } catch {
                #expect(error.hasErrors, "\(text)")
                #expect(rangesInside(error.diagnostics, source), "\(text)")
            }
        }
    }
    _ = Parser.isIncomplete(source)
    for item in ScriptSplitter.split(source) {
        guard case .statement(let range) = item else { continue }
        #expect(range.lowerBound >= 0 && range.upperBound <= source.bytes.count)
        #expect(rangesInside(Parser.parse(source, in: range).diagnostics, source), "\(text)")
    }
}
