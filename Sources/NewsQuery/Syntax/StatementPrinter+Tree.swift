// The indented tree dump `.explain` shows: one node per line, children indented by two spaces.

extension StatementPrinter {
    /// The syntax tree of `statement` as indented lines, e.g.
    /// ```
    /// query quotes
    ///   where
    ///     and
    ///       speaker = "Wang Yi"
    ///       topic = taiwan
    ///   limit 5
    /// ```
    public static func tree(_ statement: Statement) -> String {
        var lines: [String] = []
        switch statement.kind {
        case .query(let query):
            appendTree(of: query, heading: "query", to: &lines)
        case .binding(let name, let query):
            appendTree(of: query, heading: "let \(name.name) = query", to: &lines)
        case .show(let target, let number, _):
            lines.append("show \(target.name) \(number)")
        }
        return lines.joined(separator: "\n")
    }

    /// The lines of a query: its source, then one block per clause.
    private static func appendTree(of query: Query, heading: String, to lines: inout [String]) {
        lines.append("\(heading) \(query.source.name)")
        if let filter = query.filter {
            lines.append("  where")
            appendTree(of: filter, indent: 2, to: &lines)
        }
        if let aggregate = query.aggregate {
            lines.append(aggregate.groupBy.map { "  count by \($0)" } ?? "  count")
        }
        if !query.sort.isEmpty {
            lines.append("  sort by")
            for key in query.sort { lines.append("    \(key.field) \(key.descending ? "desc" : "asc")") }
        }
        if let limit = query.limit { lines.append("  limit \(limit.count)") }
        if !query.projection.isEmpty {
            lines.append("  select " + query.projection.map(\.description).joined(separator: ", "))
        }
    }

    /// The lines of an expression at `indent` levels: operators on their own line, comparisons as text.
    private static func appendTree(of expression: Expression, indent: Int, to lines: inout [String]) {
        let pad = String(repeating: "  ", count: indent)
        switch expression.kind {
        case .or(let operands), .and(let operands):
            lines.append(pad + (expression.kind.isOr ? "or" : "and"))
            for operand in operands { appendTree(of: operand, indent: indent + 1, to: &lines) }
        case .not(let inner):
            lines.append(pad + "not")
            appendTree(of: inner, indent: indent + 1, to: &lines)
        case .group(let inner):
            lines.append(pad + "( )")
            appendTree(of: inner, indent: indent + 1, to: &lines)
        case .comparison(let comparison):
            lines.append(pad + print(comparison))
        }
    }
}

extension Expression.Kind {
    /// Whether this is an `or` node.
    var isOr: Bool {
        if case .or = self { return true }
        return false
    }
}
