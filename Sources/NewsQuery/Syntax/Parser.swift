/// What parsing some query text produced: the statements that parsed cleanly and every problem found.
public struct ParseResult: Sendable {
    /// The statements without errors, in source order (a statement with any error is left out).
    public var statements: [Statement]
    /// Errors (and notes), sorted by position, at most ``Parser/maxErrors`` errors.
    public var diagnostics: [Diagnostic]
    /// Whether more text could complete the input: there are errors and every one of them is
    /// "found end of input" (an open parenthesis, list or string, a trailing operator or keyword).
    /// The interactive shell shows its continuation prompt while this is true.
    public var isIncomplete: Bool

    /// A result with these statements and diagnostics.
    public init(statements: [Statement], diagnostics: [Diagnostic], isIncomplete: Bool = false) {
        self.statements = statements
        self.diagnostics = diagnostics
        self.isIncomplete = isIncomplete
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// The recursive-descent parser of the query language: one `parse...` method per grammar
/// rule of grammar.md (rule `or_expr` is ``parseOrExpr()``), tiny verbs to look at and
/// consume tokens, and panic-mode recovery so that one statement can report several errors.
///
/// Line breaks: in a script (``scriptMode``) a line break ends a statement exactly where the
/// grammar allows the statement to end — the optional lookaheads (``check(_:)``, ``match(_:)``)
/// do not see past such a break unless the next line starts with a continuation keyword —
/// while a token the grammar requires is taken from the next line. Elsewhere a line break is
/// only a blank.
public struct Parser {
    /// How deeply parentheses and `not` may nest in one expression.
    public static let maxDepth = 200
    /// The longest text, in bytes, one call to ``parse(_:in:)`` accepts.
    public static let maxStatementLength = 1_000_000
    /// Parsing stops after this many errors.
    public static let maxErrors = 10

    let source: SourceFile
    var lexer: Lexer
    /// The lookahead token.
    var current: Token
    /// The last consumed token (at the start, an empty token where the text starts).
    var previous: Token
    /// Whether line breaks can end statements (script splitting).
    let scriptMode: Bool

    // MARK: Diagnostics state
    var diagnostics: [Diagnostic] = []
    var errorCount = 0
    var endOfInputErrors = 0
    var errorOffsets: Set<Int> = []
    /// Set when parsing must stop: too many errors.
    var stopped = false
    /// While skipping tokens to recover, their lexical errors are not reported.
    var skipping = false
    /// The start of a string in the current statement that ran across a line break, for a hint.
    var multilineStringStart: Int?

    // MARK: Nesting state
    /// How deeply parentheses and `not` nest at the current token.
    var depth = 0
    /// How many enclosing constructs still need tokens before the statement can end
    /// (an open `(` or `[`, a comparison without its operator).
    var openConstructs = 0

    init(source: SourceFile, range: SourceRange?, scriptMode: Bool = false) {
        self.source = source
        self.scriptMode = scriptMode
        self.lexer = Lexer(source: source, range: range)
        let first = lexer.next()
        self.current = first
        self.previous = Token(kind: .endOfInput, range: SourceRange(at: first.range.lowerBound))
        reportLexicalError(first)
    }

    // MARK: - Entry points

    /// Parses the `;`-separated statements in `range` of `source` (all of it when nil).
    public static func parse(_ source: SourceFile, in range: SourceRange? = nil) -> ParseResult {
        let size = source.bytes.count
        let whole = range.map { SourceRange(min(max($0.lowerBound, 0), size), min(max($0.upperBound, $0.lowerBound, 0), size)) }
            ?? SourceRange(0, size)
        if whole.count > maxStatementLength {
            return ParseResult(statements: [], diagnostics: [SyntaxError.statementTooLong(whole.count, at: whole)])
        }
        var parser = Parser(source: source, range: whole)
        let statements = parser.parseScript()
        return parser.result(statements)
    }

    /// Whether `source` is an unfinished statement that more lines could complete (its only
    /// errors are at the end of input). The interactive shell's continuation prompt asks this.
    public static func isIncomplete(_ source: SourceFile) -> Bool {
        parse(source).isIncomplete
    }

    /// The result of this parser's run.
    func result(_ statements: [Statement]) -> ParseResult {
        let sorted = diagnostics.enumerated().sorted {
            ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
        }.map(\.element)
        return ParseResult(statements: statements, diagnostics: sorted,
                           isIncomplete: errorCount > 0 && errorCount == endOfInputErrors)
    }

    /// Where the last consumed token ended (diagnostics about the end of input point here).
    var previousEnd: Int { previous.range.upperBound }

    /// Whether diagnostics get their messages; the script splitter needs only where errors are.
    var recordsDiagnostics: Bool { !scriptMode }

    // MARK: - Looking at tokens

    /// Whether the statement ends before the current token at a line break (script mode only).
    /// In a construct that still needs tokens, or while recovering (`ignoringOpenConstructs`),
    /// the rule is the same except that open constructs are disregarded for the latter.
    func endsAtLineBreak(ignoringOpenConstructs: Bool = false) -> Bool {
        guard scriptMode, current.startsLine, ignoringOpenConstructs || openConstructs == 0 else { return false }
        if let keyword = current.keyword, Keyword.continuationKeywords.contains(keyword) { return false }
        return true
    }

    /// Whether the statement has ended: at `;`, the end of input, or a line break that ends it.
    var atStatementEnd: Bool {
        current.kind == .semicolon || current.kind == .endOfInput || endsAtLineBreak()
    }

    /// Whether the current token is `kind` and belongs to this statement (optional lookahead).
    func check(_ kind: TokenKind) -> Bool {
        current.kind == kind && !endsAtLineBreak()
    }

    /// Whether the current token is `keyword` and belongs to this statement.
    func check(_ keyword: Keyword) -> Bool { check(.keyword(keyword)) }

    // MARK: - Consuming tokens

    /// Consumes the current token and returns it.
    @discardableResult
    @inline(never)
    mutating func advance() -> Token {
        let consumed = current
        if consumed.kind != .endOfInput {
            previous = consumed
            current = lexer.next()
            reportLexicalError(current)
        }
        return consumed
    }

    /// Consumes the current token if it is `kind` and belongs to this statement; whether it did.
    @inline(never)
    mutating func match(_ kind: TokenKind) -> Bool {
        guard check(kind) else { return false }
        advance()
        return true
    }

    /// Consumes the current token if it is `keyword` and belongs to this statement; whether it did.
    mutating func match(_ keyword: Keyword) -> Bool { match(.keyword(keyword)) }

    /// Consumes the required token `kind` (looking past line breaks), or reports
    /// "expected WHAT, found ..." and fails.
    @discardableResult
    mutating func expect(_ kind: TokenKind, _ what: String, suggesting candidates: [String] = [],
                         notes: [String] = []) throws(ParseFailure) -> Token {
        if current.kind == kind { return advance() }
        throw fail(expected: what, suggesting: candidates, notes: notes)
    }

    /// Replaces a `/` lookahead with the regular expression literal starting there.
    @inline(never)
    mutating func rescanRegex() {
        let startsLine = current.startsLine
        current = lexer.scanRegex(at: current.range.lowerBound)
        current.startsLine = startsLine
        reportLexicalError(current)
    }

    // MARK: - Recovery

    /// Where a recovery skip stops (besides the end of the statement).
    enum SkipTarget {
        /// The next clause keyword: recovery after an error in a clause.
        case clause
        /// The next `and`, `or`, unmatched `)` or clause keyword: recovery after a bad operand.
        case operand
        /// Only the end of the statement: nothing left to recover.
        case statementEnd
    }

    /// Skips to the next clause keyword or the end of the statement (after an error in a clause).
    mutating func synchronize() { skip(to: .clause) }

    /// Skips to the end of the statement (after an error that leaves nothing to recover).
    mutating func skipToStatementEnd() { skip(to: .statementEnd) }

    /// Skips tokens until `target` or the end of the statement, without reporting their lexical
    /// errors. For `.operand`, parentheses opened while skipping are skipped with their contents.
    @inline(never)
    mutating func skip(to target: SkipTarget) {
        skipping = true
        var parentheses = 0
        while current.kind != .semicolon, current.kind != .endOfInput,
              !endsAtLineBreak(ignoringOpenConstructs: true) {
            if target != .statementEnd, let keyword = current.keyword, Keyword.clauseKeywords.contains(keyword) {
                break
            }
            if target == .operand, parentheses == 0,
               current.kind == .keyword(.and) || current.kind == .keyword(.or) || current.kind == .rightParen {
                break
            }
            if current.kind == .leftParen { parentheses += 1 }
            if current.kind == .rightParen, parentheses > 0 { parentheses -= 1 }
            advance()
        }
        skipping = false
        reportLexicalError(current)
    }

    /// Asserts that a parsing loop consumed a token since `offset`; if not (a bug), consumes one
    /// so that no input can make the parser spin.
    mutating func ensureProgress(since offset: Int) {
        if current.range.lowerBound == offset, current.kind != .endOfInput {
            assertionFailure("parser loop made no progress at offset \(offset)")
            advance()
        }
    }
}

/// Why a parse method gave up: `recoverable` unwinds to the nearest recovery point (an
/// operand of `and`/`or`, a clause); `fatal` abandons the statement (nesting too deep, too
/// many errors). The diagnostic has been recorded before either is thrown.
enum ParseFailure: Error {
    case recoverable
    case fatal
}
