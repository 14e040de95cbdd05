import NewsModel

/// Describes a bound plan for `.explain`: the source, each stage's conditions in the order
/// they run and how each is answered (index lookup, column scan, text search), sort, limit
/// and output.
struct PlanExplainer {
    let index: CorpusIndex

    /// Operands listed per `and`/`or` before the rest are summarised.
    static let maxListed = 20

    func describe(_ statement: BoundStatement) -> String {
        switch statement {
        case .query(let plan):
            return describe(plan).joined(separator: "\n")
        case .binding(let name, let plan):
            return (["let \(name) = the records of:"] + describe(plan).map { "  " + $0 }).joined(separator: "\n")
        case .show(let collection, let row):
            return "show \(collection.singular) \(row + 1): reads the record directly, with every field"
        }
    }

    func describe(_ plan: QueryPlan) -> [String] {
        var lines = ["source: \(plan.sourceDescription) (\(index.count(plan.collection)) \(plan.collection))"]
        for (number, stage) in plan.stages.enumerated() {
            let prefix = plan.stages.count > 1 ? "stage \(number + 1): " : ""
            if let filter = stage.filter {
                lines.append("\(prefix)filter:")
                lines += describe(filter, depth: 1)
            } else {
                lines.append("\(prefix)all records")
            }
            if !stage.sort.isEmpty { lines.append("\(prefix)sort by \(sortText(stage.sort)) (stable; missing last)") }
            if let limit = stage.limit { lines.append("\(prefix)limit \(limit)") }
        }
        switch plan.output {
        case .records(let columns):
            lines.append("output: columns \(columns.map(\.name).joined(separator: ", "))")
        case .count(_, let limit):
            lines.append("output: count of the records" + (limit.map { ", limit \($0)" } ?? ""))
        case .countBy(let path, let sort, let limit):
            let order = sort.isEmpty ? "" : "by \(sortText(sort)), then "
            lines.append("output: count by \(path.name), groups ordered \(order)by count descending, then value"
                         + (limit.map { ", limit \($0)" } ?? ""))
        }
        return lines
    }

    private func sortText(_ specs: [SortSpec]) -> String {
        specs.map { spec in
            let name: String
            switch spec.source {
            case .path(let path): name = path.name
            case .groupValue: name = "group value"
            case .groupCount: name = "count"
            }
            return name + (spec.descending ? " desc" : " asc")
        }.joined(separator: ", ")
    }

    // MARK: - Conditions

    private func describe(_ predicate: Predicate, depth: Int) -> [String] {
        let pad = String(repeating: "  ", count: depth)
        switch predicate {
        case .and(let operands):
            return [pad + "all of (cheapest first):"] + list(PredicateEvaluator.cheapestFirst(operands), depth: depth + 1)
        case .or(let operands):
            return [pad + "any of (each tests only what has not matched yet):"] + list(operands, depth: depth + 1)
        case .not(let inner):
            return [pad + "not:"] + describe(inner, depth: depth + 1)
        case .follow(let relation, .constant(true)):
            return [pad + "\(relation.name) links at least one record (link count)"]
        case .follow(let relation, let inner):
            let target = relation.type.relationTarget ?? relation.collection
            let how = "index lookup \(target) → \(relation.collection) when that touches fewer records than scanning the links"
            return [pad + "\(relation.name): some linked \(target.singular) satisfies (\(how)):"] + describe(inner, depth: depth + 1)
        default:
            return [pad + leaf(predicate)]
        }
    }

    private func list(_ operands: [Predicate], depth: Int) -> [String] {
        var lines = operands.prefix(Self.maxListed).flatMap { describe($0, depth: depth) }
        if operands.count > Self.maxListed {
            lines.append(String(repeating: "  ", count: depth) + "… and \(operands.count - Self.maxListed) more")
        }
        return lines
    }

    private func leaf(_ predicate: Predicate) -> String {
        switch predicate {
        case .constant(let value): return value ? "true" : "false (matches nothing)"
        case .member(let ids, let label): return "is {\(label)} (\(ids.count) record\(ids.count == 1 ? "" : "s"); direct lookup)"
        case .linkCount(let relation, let test): return "number of \(relation.name) \(numberText(test)) (link count scan)"
        case .number(let field, let test): return "\(field.name) \(numberText(test)) (column scan)"
        case .date(let field, let test):
            let text: String
            switch test {
            case .compare(let op, let day): text = "\(op.rawValue) \(dayText(day))"
            case .oneOf(let days): text = "in [\(days.sorted().map(dayText).joined(separator: ", "))]"
            }
            return "\(field.name) \(text) (column scan)"
        case .keyword(let field, let values): return "\(field.name) in [\(values.sorted().joined(separator: ", "))] (scan)"
        case .textEquals(let key, let values):
            return "\(key) = \(values.count == 1 ? "\"\(values.first ?? "")\"" : "one of \(values.count) texts") (case-folded comparison per record)"
        case .textContains(let key, let needle):
            return "\(key) ~ \"\(needle)\" (byte search over the case-folded text of \(key.collection))"
        case .textMatches(let key, let pattern): return "\(key) matches \(pattern) (regex per record)"
        case .present(let field): return "\(field.name) is not missing (scan)"
        case .and, .or, .not, .follow: return ""
        }
    }

    private func numberText(_ test: NumberTest) -> String {
        switch test {
        case .compare(let op, let value): "\(op.rawValue) \(Value.format(value))"
        case .oneOf(let values): "in [\(values.sorted().map(Value.format).joined(separator: ", "))]"
        }
    }

    private func dayText(_ day: Int32) -> String {
        let key = Int(day)
        return CalendarDate(year: key / 10_000, month: key / 100 % 100, day: key % 100)?.description ?? String(key)
    }
}
