// Grammar rules `query` and `source`: a collection followed by clauses in a fixed order.

extension Parser {
    // MARK: - query

    /// `query = source [ where_clause ] [ count_clause ] [ sort_clause ] [ limit_clause ] [ select_clause ]`.
    ///
    /// Clauses are parsed in a loop so that one out of order or repeated gets its own message
    /// ("'where' must come before 'sort'") and the clauses after an error are still checked.
    mutating func parseQuery(startOfStatement: Bool) throws(ParseFailure) -> Query {
        let source = try parseSource(startOfStatement: startOfStatement)
        var query = Query(source: source, range: source.range)
        var seen: [Keyword] = []
        var failed = false
        while !atStatementEnd, !stopped {
            let loopStart = current.range.lowerBound
            guard let clause = current.keyword, let rank = Keyword.clauseKeywords.firstIndex(of: clause) else {
                reportUnexpectedInQuery(after: seen.last, source: source)
                failed = true
                synchronize()
                ensureProgress(since: loopStart)
                continue
            }
            if seen.contains(clause) {
                report(SyntaxError.duplicateClause(clause, at: current.range))
                failed = true
            } else if let later = seen.last(where: { (Keyword.clauseKeywords.firstIndex(of: $0) ?? 0) > rank }) {
                report(SyntaxError.clauseOutOfOrder(clause, after: later, at: current.range))
                failed = true
            }
            seen.append(clause)
            do throws(ParseFailure) {
                try readClause(clause, into: &query)
            } catch {
                if error == .fatal { throw .fatal }
                failed = true
                synchronize()
            }
            ensureProgress(since: loopStart)
        }
        if failed { throw .recoverable }
        query.range = SourceRange(source.range.lowerBound, max(source.range.lowerBound, previousEnd))
        return query
    }

    /// Parses the clause starting with `clause` into `query` (unless `query` already has one).
    mutating func readClause(_ clause: Keyword, into query: inout Query) throws(ParseFailure) {
        switch clause {
        case .where:
            let filter = try parseWhereClause()
            if query.filter == nil { query.filter = filter }
        case .count:
            let aggregate = try parseCountClause()
            if query.aggregate == nil { query.aggregate = aggregate }
        case .sort:
            let keys = try parseSortClause()
            if query.sort.isEmpty { query.sort = keys }
        case .limit:
            let limit = try parseLimitClause()
            if query.limit == nil { query.limit = limit }
        default:
            let fields = try parseSelectClause()
            if query.projection.isEmpty { query.projection = fields }
        }
    }

    // MARK: - source

    /// `source = IDENT` — a collection or a name bound by `let` (resolved by the binder).
    mutating func parseSource(startOfStatement: Bool) throws(ParseFailure) -> Identifier {
        guard current.kind == .word else {
            let collections = "the collections are " + CollectionName.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail(expected: startOfStatement ? "a collection, 'let' or 'show'" : "a collection after '='",
                       notes: [collections])
        }
        return identifier(advance())
    }

    // MARK: - Errors

    /// Reports a token that cannot continue the query after the clause `last` (nil: after the source).
    mutating func reportUnexpectedInQuery(after last: Keyword?, source: Identifier) {
        guard recordsDiagnostics else {
            report(.error("", at: current.range))  // splitting a script: only the position matters
            return
        }
        if current.kind == .rightParen {
            report(SyntaxError.unmatchedParenthesis(at: current.range))
            return
        }
        let allowed: [String]
        switch last {
        case nil: allowed = ["where", "count", "sort", "limit", "select"]
        case .where?: allowed = ["and", "or", "count", "sort", "limit", "select"]
        case .count?: allowed = ["sort", "limit", "select"]
        case .sort?: allowed = [",", "asc", "desc", "limit", "select"]
        case .limit?: allowed = ["select"]
        default: allowed = [","]
        }
        let expected = allowed.map { "'\($0)'" }.joined(separator: ", ") + " or end of statement"
        var notes: [String] = []
        if last == nil, let meant = Suggestions.closest(to: source.name, in: ["let", "show"]) {
            notes.append(SyntaxError.readAsSource(source.name, meant: meant))
        }
        var diagnostic = expectedError(expected, suggesting: allowed.filter { $0 != "," } + ["where", "and", "or"],
                                       notes: notes)
        if diagnostic.suggestion == nil, last == .sort, let spelled = Parser.spelledOutDirection(current) {
            diagnostic.suggestion = spelled
        }
        report(diagnostic)
    }

    /// `asc` or `desc` for a word spelling them out (`descending`).
    static func spelledOutDirection(_ token: Token) -> String? {
        switch token.text.lowercased() {
        case "ascending": "asc"
        case "descending": "desc"
        default: nil
        }
    }
}
