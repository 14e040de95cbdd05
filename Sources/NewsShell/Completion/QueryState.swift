import NewsQuery

/// The walk through one query (grammar rule `query`): its collection, the clauses seen, and
/// the position inside the current clause.
struct QueryState: Equatable {
    /// Where a field path is being written, which decides what may follow it.
    enum PathRole: Equatable {
        case condition, countBy, sortKey, select
    }

    /// The position inside the query.
    enum Position: Equatable {
        /// Right after the source.
        case afterSource
        /// Where a condition starts: after `where`, `and`, `or`, `not`, `(`.
        case condition
        /// Where a field path starts (after `count by`, `sort by`, `select`, `,`).
        case pathStart(PathRole)
        /// After a field path's last word.
        case afterPath([String], PathRole)
        /// After a field path and a `.`: the next component follows.
        case pathDot([String], PathRole)
        /// After `FIELD not`: `in` or `matches` follows.
        case afterNegation([String])
        /// After `FIELD is` (`not` or `missing` follows) or `FIELD is not` (`missing` follows).
        case afterIs([String]), afterIsNot([String])
        /// After `FIELD =`, `!=` or `~`: a value follows, one the vocabulary may offer.
        case afterOperator([String])
        /// After `FIELD <` (or `<=`, `>`, `>=`): a number or date follows.
        case afterOrdering
        /// After `FIELD in` (`[` follows), inside its list where a value may come, or after one.
        case afterIn([String]), listValue([String]), listSeparator([String])
        /// After `matches`: a regular expression follows.
        case afterMatches
        /// After a whole condition (a comparison or a closing `)`).
        case afterCondition
        /// After `count`, `sort`, `limit`, `limit N`, or a sort key's `asc`/`desc`.
        case afterCount, afterSort, afterLimit, afterLimitNumber, afterDirection
        /// After tokens the grammar does not allow here (until the next clause keyword).
        case lost
    }

    /// The collection the query reads (nil when the source is not known).
    var collection: CollectionName?
    /// The rank in ``Keyword/clauseKeywords`` of the latest clause met (-1: none yet); a
    /// clause may only be followed by later ones.
    var latestClause = -1
    var position: Position = .afterSource
    /// How many `(` are open in the `where` clause.
    var openParentheses = 0

    init(collection: CollectionName?) {
        self.collection = collection
    }

    // MARK: - Feeding tokens

    /// Advances past `token` (not a `;`, which ends the statement).
    mutating func feed(_ token: Token) {
        if let keyword = token.keyword, Keyword.clauseKeywords.contains(keyword) {
            startClause(keyword)
            return
        }
        position = next(after: token)
    }

    /// The position a clause keyword leads to; any clause keyword starts its clause, as the
    /// parser's recovery does.
    private mutating func startClause(_ keyword: Keyword) {
        latestClause = max(latestClause, Keyword.clauseKeywords.firstIndex(of: keyword) ?? latestClause)
        openParentheses = 0
        switch keyword {
        case .where: position = .condition
        case .count: position = .afterCount
        case .sort: position = .afterSort
        case .limit: position = .afterLimit
        default: position = .pathStart(.select)
        }
    }

    /// The position after `token` at the current position.
    private mutating func next(after token: Token) -> Position {
        switch (position, token.kind) {
        case (.condition, .keyword(.not)): return .condition
        case (.condition, .leftParen):
            openParentheses += 1
            return .condition
        case (.condition, .word): return .afterPath([token.text], .condition)
        case (.pathStart(let role), .word): return .afterPath([token.text], role)
        case (.afterPath(let path, let role), .dot): return .pathDot(path, role)
        case (.pathDot(let path, let role), .word) where path.count < Self.maxPathLength:
            return .afterPath(path + [token.text], role)
        case (.afterPath(let path, .condition), _): return afterConditionField(path, token)
        case (.afterPath(_, .sortKey), .keyword(.asc)), (.afterPath(_, .sortKey), .keyword(.desc)):
            return .afterDirection
        case (.afterPath(_, .sortKey), .comma), (.afterDirection, .comma): return .pathStart(.sortKey)
        case (.afterPath(_, .select), .comma): return .pathStart(.select)
        case (.afterNegation(let path), .keyword(.in)): return .afterIn(path)
        case (.afterNegation, .keyword(.matches)): return .afterMatches
        case (.afterIs(let path), .keyword(.not)): return .afterIsNot(path)
        case (.afterIs, .keyword(.missing)), (.afterIsNot, .keyword(.missing)): return .afterCondition
        case (.afterOperator, _) where Self.isValue(token), (.afterOrdering, _) where Self.isValue(token):
            return .afterCondition
        case (.afterIn(let path), .leftBracket): return .listValue(path)
        case (.listValue(let path), _) where Self.isValue(token): return .listSeparator(path)
        case (.listSeparator(let path), .comma): return .listValue(path)
        case (.listSeparator, .rightBracket), (.listValue, .rightBracket): return .afterCondition
        case (.afterMatches, .regex): return .afterCondition
        case (.afterCondition, .keyword(.and)), (.afterCondition, .keyword(.or)): return .condition
        case (.afterCondition, .rightParen) where openParentheses > 0:
            openParentheses -= 1
            return .afterCondition
        case (.afterCount, .keyword(.by)): return .pathStart(.countBy)
        case (.afterSort, .keyword(.by)): return .pathStart(.sortKey)
        case (.afterLimit, .number): return .afterLimitNumber
        default: return .lost
        }
    }

    /// The position after the token following a condition's field path: an operator.
    private func afterConditionField(_ path: [String], _ token: Token) -> Position {
        switch token.kind {
        case .comparison(.equal), .comparison(.notEqual), .comparison(.contains): .afterOperator(path)
        case .comparison: .afterOrdering
        case .keyword(.not): .afterNegation(path)
        case .keyword(.is): .afterIs(path)
        case .keyword(.in): .afterIn(path)
        case .keyword(.matches): .afterMatches
        default: .lost
        }
    }

    /// Whether `token` is a value (grammar rule `value`).
    private static func isValue(_ token: Token) -> Bool {
        [.string, .word, .number, .date].contains(token.kind)
    }

    // MARK: - What comes next

    /// What may come at the current position.
    var expectation: Expectation {
        switch position {
        case .afterSource: .keywords(clausesAfter(nil))
        case .condition: .fields(collection, keywords: ["not"])
        case .pathStart: .fields(collection, keywords: [])
        case .pathDot(let path, _):
            FieldPathResolver.collection(after: path, from: collection).map { .fields($0, keywords: []) } ?? .nothing
        case .afterPath(let path, .condition):
            .keywords(FieldPathResolver.field(path, from: collection).map { FieldPathResolver.operators(for: $0.0.type) }
                      ?? FieldPathResolver.operators(for: .many(.quotes)))
        case .afterPath(_, .countBy): .keywords(clausesAfter(.count))
        case .afterPath(_, .sortKey): .keywords(["asc", "desc"] + clausesAfter(.sort))
        case .afterPath(_, .select): .nothing
        case .afterDirection: .keywords(clausesAfter(.sort))
        case .afterNegation: .keywords(["in", "matches"])
        case .afterIs: .keywords(["missing", "not"])
        case .afterIsNot: .keywords(["missing"])
        case .afterOperator(let path), .listValue(let path):
            FieldPathResolver.field(path, from: collection).map { .value($0.0, in: $0.1) } ?? .nothing
        case .afterCondition: .keywords(["and", "or"] + (openParentheses == 0 ? clausesAfter(.where) : []))
        case .afterCount: .keywords(["by"] + clausesAfter(.count))
        case .afterSort: .keywords(["by"])
        case .afterLimitNumber: .keywords(clausesAfter(.limit))
        case .afterIn, .listSeparator, .afterMatches, .afterOrdering, .afterLimit, .lost: .nothing
        }
    }

    /// The clause keywords that may follow the clause `current` (nil: the source): those after
    /// every clause seen, in the grammar's order.
    private func clausesAfter(_ current: Keyword?) -> [String] {
        let order = Keyword.clauseKeywords
        let latest = max(latestClause, current.flatMap { order.firstIndex(of: $0) } ?? -1)
        return order.indices.filter { $0 > latest }.map { order[$0].rawValue }
    }

    /// The longest field path followed, as the binder limits paths (`article.outlet.quotes...`
    /// could otherwise go on forever).
    static let maxPathLength = 16
}
