import NewsModel

// The tokens the ``Lexer`` produces. A token is a kind, a byte range and, for literals, a
// decoded value; a bad token also carries the ``Diagnostic`` that explains it (the lexer
// never throws). grammar.md, "Lexical rules", describes each kind.

/// One token of query text.
public struct Token: Equatable, Sendable {
    public var kind: TokenKind
    /// The bytes of the token in its ``SourceFile`` (for an end-of-input token, an empty range).
    public var range: SourceRange
    /// The decoded value of a literal or the text of a word or keyword.
    public var value: TokenValue
    /// Whether a line break lies between the previous token (or the start of the text) and this one.
    public var startsLine: Bool
    /// The lexical error this token stands for or contains (`"bad \q escape"`, `2023-02-30`).
    public var diagnostic: Diagnostic? {
        get { problem?.diagnostic }
        set { problem = newValue.map(Problem.init) }
    }
    /// The diagnostic, kept out of line: few tokens have one, and tokens are copied often.
    private var problem: Problem?
    /// Whether the token runs into the end of the input unfinished (an unterminated string):
    /// more input could complete it, so an interactive prompt asks for another line.
    public var isUnterminated: Bool

    /// A token of `kind` over `range`.
    public init(kind: TokenKind, range: SourceRange, value: TokenValue = .none, startsLine: Bool = false,
                diagnostic: Diagnostic? = nil, isUnterminated: Bool = false) {
        self.kind = kind
        self.range = range
        self.value = value
        self.startsLine = startsLine
        self.problem = diagnostic.map(Problem.init)
        self.isUnterminated = isUnterminated
    }

    /// The text of a word or keyword token (empty for other kinds).
    public var text: String {
        if case .text(let text) = value, kind == .word || kind.isKeyword { return text }
        return ""
    }

    /// The keyword this token is, if it is one.
    public var keyword: Keyword? {
        if case .keyword(let keyword) = kind { return keyword }
        return nil
    }
}

/// A token's diagnostic, boxed.
private final class Problem: Equatable, Sendable {
    let diagnostic: Diagnostic
    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
    static func == (a: Problem, b: Problem) -> Bool { a.diagnostic == b.diagnostic }
}

/// What kind of token a ``Token`` is.
public enum TokenKind: Equatable, Sendable {
    /// An identifier or bare word: `quotes`, `speaker`, `north-korea`, `5g`.
    case word
    /// A reserved word, matched case-insensitively.
    case keyword(Keyword)
    /// `"text"` (value: the decoded text).
    case string
    /// `42`, `-1.5` (value: the number).
    case number
    /// `2023-06-19` (value: the date).
    case date
    /// `/pattern/flags`, scanned only when the parser asks (after `matches`).
    case regex
    /// `=`, `!=`, `~`, `<`, `<=`, `>`, `>=`.
    case comparison(ComparisonOperator)
    case leftParen, rightParen, leftBracket, rightBracket
    case comma, dot, semicolon
    /// `/` where no regex was asked for.
    case slash
    /// Text the lexer cannot make a token of; the token's diagnostic says why.
    case invalid
    case endOfInput

    /// Whether this is any keyword.
    public var isKeyword: Bool {
        if case .keyword = self { return true }
        return false
    }
}

/// The decoded payload of a ``Token``.
public enum TokenValue: Equatable, Sendable {
    case none
    /// A word's or keyword's source text, or a string's decoded text.
    case text(String)
    case number(Double)
    case date(CalendarDate)
    case regex(pattern: String, flags: String)
}

/// The reserved words of the query language (case-insensitive: `WHERE`, `Where`).
public enum Keyword: String, Equatable, Sendable, CaseIterable {
    case `where`, and, or, not, sort, by, asc, desc, limit, select, count, `let`, show, matches, `in`, `is`, missing

    /// The keywords that begin a clause of a query, in the order clauses must come.
    public static let clauseKeywords: [Keyword] = [.where, .count, .sort, .limit, .select]

    /// The keywords that continue a statement on a new line in a script
    /// (a line beginning with one of them belongs to the statement above).
    public static let continuationKeywords: Set<Keyword> = [.where, .and, .or, .sort, .limit, .select, .count]

    /// The keyword spelt `bytes` (any case), if any; `bytes` are a word's UTF-8 bytes.
    /// Words are compared packed into an integer, so looking one up allocates nothing.
    static func lookup(_ bytes: ArraySlice<UInt8>) -> Keyword? {
        guard bytes.count >= 2, let packed = pack(bytes) else { return nil }
        for (key, keyword) in packedKeywords where key == packed { return keyword }
        return nil
    }

    /// Up to eight ASCII bytes, lower-cased, as one integer; nil for longer or non-ASCII words.
    private static func pack(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            packed = packed << 8 | UInt64((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        return packed
    }

    private static let packedKeywords: [(UInt64, Keyword)] = allCases.compactMap { keyword in
        pack(Array(keyword.rawValue.utf8)).map { ($0, keyword) }
    }
}
