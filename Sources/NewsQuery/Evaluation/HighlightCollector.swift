/// Finds what a query searched for in text (`~` needles, `matches` patterns) and in which
/// output column that text is shown, so a terminal can colour the matched words.
///
/// Only conditions that must hold for a row to be shown count: those under `and`/`or`, and
/// through a relation (`article.title ~ "x"` highlights the `article.title` column); nothing
/// under `not`.
enum HighlightCollector {
    /// The highlights of `plan`'s filters that land in one of `columns`.
    static func highlights(of plan: QueryPlan, columns: [ValuePath]) -> [Highlight] {
        var found: [Highlight] = []
        for stage in plan.stages {
            if let filter = stage.filter { collect(filter, hops: [], columns: columns, into: &found) }
        }
        return found
    }

    private static func collect(_ predicate: Predicate, hops: [FieldRef], columns: [ValuePath], into found: inout [Highlight]) {
        switch predicate {
        case .and(let operands), .or(let operands):
            for operand in operands { collect(operand, hops: hops, columns: columns, into: &found) }
        case .follow(let relation, let inner):
            guard hops.count < 4 else { return }
            collect(inner, hops: hops + [relation], columns: columns, into: &found)
        case .textContains(.field(let field), let needle):
            add(.substring(needle), field: field, hops: hops, columns: columns, into: &found)
        case .textMatches(.field(let field), let pattern):
            add(.regex(pattern.regex), field: field, hops: hops, columns: columns, into: &found)
        default:
            return
        }
    }

    private static func add(_ pattern: Highlight.Pattern, field: FieldRef, hops: [FieldRef], columns: [ValuePath],
                            into found: inout [Highlight]) {
        for column in columns where column.field == field && column.hops == hops {
            found.append(Highlight(column: column.name, pattern: pattern))
        }
    }
}
