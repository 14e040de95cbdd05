import NewsModel

// The syntax tree of the query language. Every node carries the ``SourceRange`` it was
// parsed from, so that any later stage (binding, evaluation) can point at it in a
// diagnostic. grammar.md names the rule each node comes from.

/// A name in the source: a collection, field, binding or keyword-like word.
public struct Identifier: Equatable, Sendable {
    public var name: String
    public var range: SourceRange
    public init(_ name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}

/// One complete statement (grammar rule `statement`).
public struct Statement: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// `quotes where ... sort by ... limit ... select ...` or `... count [by F]`.
        case query(Query)
        /// `let NAME = QUERY`.
        case binding(name: Identifier, query: Query)
        /// `show quote N`, `show article N` (and the other collections' singular names).
        case show(target: Identifier, number: Int, numberRange: SourceRange)
    }
    public var kind: Kind
    public var range: SourceRange
    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// A query over a collection (grammar rule `query`).
///
/// Clause order: source, `where`, `count [by]`, `sort by`, `limit`, `select`.
public struct Query: Equatable, Sendable {
    /// A collection name (`quotes`) or a name bound by `let`.
    public var source: Identifier
    public var filter: Expression?
    public var aggregate: Aggregate?
    public var sort: [SortKey]
    public var limit: Limit?
    /// Fields chosen by `select`; empty means the collection's default fields.
    public var projection: [FieldPath]
    public var range: SourceRange

    public init(source: Identifier, filter: Expression? = nil, aggregate: Aggregate? = nil, sort: [SortKey] = [],
                limit: Limit? = nil, projection: [FieldPath] = [], range: SourceRange) {
        self.source = source
        self.filter = filter
        self.aggregate = aggregate
        self.sort = sort
        self.limit = limit
        self.projection = projection
        self.range = range
    }
}

/// `count` or `count by FIELD` (grammar rule `count_clause`).
public struct Aggregate: Equatable, Sendable {
    public var groupBy: FieldPath?
    public var range: SourceRange
    public init(groupBy: FieldPath?, range: SourceRange) {
        self.groupBy = groupBy
        self.range = range
    }
}

/// One key of `sort by` (grammar rule `sort_key`).
public struct SortKey: Equatable, Sendable {
    public var field: FieldPath
    public var descending: Bool
    public var range: SourceRange
    public init(field: FieldPath, descending: Bool, range: SourceRange) {
        self.field = field
        self.descending = descending
        self.range = range
    }
}

/// `limit N` (grammar rule `limit_clause`).
public struct Limit: Equatable, Sendable {
    public var count: Int
    public var range: SourceRange
    public init(count: Int, range: SourceRange) {
        self.count = count
        self.range = range
    }
}

/// A field, possibly reached through relations: `speaker`, `article.outlet`, `quotes.topic`.
public struct FieldPath: Equatable, Sendable, CustomStringConvertible {
    public var components: [Identifier]
    public var range: SourceRange
    public init(components: [Identifier], range: SourceRange) {
        precondition(!components.isEmpty, "a field path has at least one component")
        self.components = components
        self.range = range
    }
    /// `article.outlet`.
    public var description: String { components.map(\.name).joined(separator: ".") }
}

/// A boolean condition in `where` (grammar rules `or_expr`, `and_expr`, `not_expr`, `primary`).
public struct Expression: Equatable, Sendable {
    public indirect enum Kind: Equatable, Sendable {
        /// Two or more alternatives, flattened: `a or b or c` is one node with three operands
        /// (so a 10,000-term chain is a flat list, not 10,000 nested nodes).
        case or([Expression])
        /// Two or more conjuncts, flattened like `or`.
        case and([Expression])
        case not(Expression)
        /// A parenthesised expression, kept so that printing reproduces the source's grouping.
        case group(Expression)
        case comparison(Comparison)
    }
    public var kind: Kind
    public var range: SourceRange
    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// `FIELD OP VALUE` (grammar rule `comparison`).
public struct Comparison: Equatable, Sendable {
    public var field: FieldPath
    public var op: ComparisonOperator
    public var opRange: SourceRange
    /// The right-hand side; `nil` only for `is missing` / `is not missing`.
    public var value: Literal?
    public var range: SourceRange
    public init(field: FieldPath, op: ComparisonOperator, opRange: SourceRange, value: Literal?, range: SourceRange) {
        self.field = field
        self.op = op
        self.opRange = opRange
        self.value = value
        self.range = range
    }
}

/// The operators of a comparison.
public enum ComparisonOperator: String, Equatable, Sendable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    /// Case-insensitive substring.
    case contains = "~"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    /// `matches /regex/flags`.
    case matches = "matches"
    /// `in [a, b, c]`.
    case `in` = "in"
    /// `is missing`: the field has no value.
    case isMissing = "is missing"
    /// `is not missing`: the field has a value.
    case isNotMissing = "is not missing"
}

/// A value written in a query (grammar rule `value`).
public struct Literal: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// `"Wang Yi"` — escapes already decoded.
        case string(String)
        /// `taiwan`, `UPI` — a bare word used as a value.
        case word(String)
        case number(Double)
        case date(CalendarDate)
        case list([Literal])
        /// `/pattern/flags`.
        case regex(pattern: String, flags: String)
    }
    public var kind: Kind
    public var range: SourceRange
    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}
