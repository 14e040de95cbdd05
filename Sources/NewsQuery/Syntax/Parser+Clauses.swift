// Grammar rules `where_clause`, `count_clause`, `sort_clause`, `sort_key`, `limit_clause`,
// `select_clause` and `field_path`.

extension Parser {
    // MARK: - where_clause

    /// `where_clause = "where" or_expr`.
    mutating func parseWhereClause() throws(ParseFailure) -> Expression {
        advance()  // where
        return try parseOrExpr()
    }

    // MARK: - count_clause

    /// `count_clause = "count" [ "by" field_path ]`.
    mutating func parseCountClause() throws(ParseFailure) -> Aggregate {
        let keyword = advance()  // count
        var groupBy: FieldPath?
        if match(.by) {
            groupBy = try parseFieldPath(after: "'count \(source.text(in: previous.range))'")
        }
        return Aggregate(groupBy: groupBy, range: SourceRange(keyword.range.lowerBound, previousEnd))
    }

    // MARK: - sort_clause

    /// `sort_clause = "sort" "by" sort_key { "," sort_key }`.
    mutating func parseSortClause() throws(ParseFailure) -> [SortKey] {
        advance()  // sort
        try expect(.keyword(.by), "'by' after 'sort'", suggesting: ["by"])
        return try commaSeparated(after: "'sort by'") { (parser, context) throws(ParseFailure) in
            try parser.parseSortKey(after: context)
        }
    }

    /// One or more items separated by commas; each is parsed knowing what came before it
    /// (`first` before the first item, then `','`), for "expected a field after ','".
    mutating func commaSeparated<Item>(
        after first: String, _ item: (inout Parser, String) throws(ParseFailure) -> Item
    ) throws(ParseFailure) -> [Item] {
        var items: [Item] = []
        var context = first
        repeat {
            items.append(try item(&self, context))
            context = "','"
        } while match(.comma)
        return items
    }

    /// `sort_key = field_path [ "asc" | "desc" ]`.
    mutating func parseSortKey(after context: String) throws(ParseFailure) -> SortKey {
        let field = try parseFieldPath(after: context)
        var descending = false
        if match(.desc) {
            descending = true
        } else if match(.asc) {
            descending = false
        }
        return SortKey(field: field, descending: descending, range: SourceRange(field.range.lowerBound, previousEnd))
    }

    // MARK: - limit_clause

    /// `limit_clause = "limit" NUMBER` — a whole number, 0 or more.
    mutating func parseLimitClause() throws(ParseFailure) -> Limit {
        let keyword = advance()  // limit
        guard current.kind == .number else { throw fail(expected: "a number after 'limit'") }
        let number = advance()
        let count = try wholeNumber(number, naming: "the limit", minimum: 0)
        return Limit(count: count, range: SourceRange(keyword.range.lowerBound, previousEnd))
    }

    // MARK: - select_clause

    /// `select_clause = "select" field_path { "," field_path }`.
    mutating func parseSelectClause() throws(ParseFailure) -> [FieldPath] {
        advance()  // select
        return try commaSeparated(after: "'select'") { (parser, context) throws(ParseFailure) in
            try parser.parseFieldPath(after: context)
        }
    }

    // MARK: - field_path

    /// `field_path = IDENT { "." IDENT }` — `speaker`, `article.outlet`.
    /// `context` names what came before, for "expected a field after 'select'".
    mutating func parseFieldPath(after context: String) throws(ParseFailure) -> FieldPath {
        // `count` is also the name of the column `count by` makes: `... count by speaker sort by count`.
        guard current.kind == .word || current.keyword == .count else {
            throw fail(expected: "a field after \(context)",
                       notes: current.kind == .string ? ["field names are written without quotes"] : [])
        }
        var components = [identifier(advance())]
        while match(.dot) {
            guard current.kind == .word else { throw fail(expected: "a field name after '.'") }
            components.append(identifier(advance()))
        }
        let start = components[0].range.lowerBound
        return FieldPath(components: components, range: SourceRange(start, max(start, previousEnd)))
    }

    /// The identifier a word token spells.
    func identifier(_ token: Token) -> Identifier {
        Identifier(token.text, range: token.range)
    }
}
