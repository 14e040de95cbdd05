/// Builds `and`/`or`/`not` predicates in a canonical, flat form and merges alternatives that
/// test the same thing, so that a 10,000-term `speaker = a or speaker = b or ...` becomes one
/// set lookup instead of 10,000 passes.
enum PredicateSimplifier {
    /// `not p`, cancelling double negation and folding constants.
    static func not(_ predicate: Predicate) -> Predicate {
        switch predicate {
        case .not(let inner): inner
        case .constant(let value): .constant(!value)
        default: .not(predicate)
        }
    }

    /// All of `operands`: nested `and`s spliced in, `true` dropped, `false` absorbing.
    static func and(_ operands: [Predicate]) -> Predicate {
        var flat: [Predicate] = []
        flat.reserveCapacity(operands.count)
        for operand in operands {
            switch operand {
            case .constant(true): continue
            case .constant(false): return .constant(false)
            case .and(let inner): flat.append(contentsOf: inner)
            default: flat.append(operand)
            }
        }
        switch flat.count {
        case 0: return .constant(true)
        case 1: return flat[0]
        default: return .and(flat)
        }
    }

    /// Any of `operands`: nested `or`s spliced in, `false` dropped, `true` absorbing, and
    /// alternatives on the same field merged into one test.
    ///
    /// `follow(r, A) or follow(r, B)` is `follow(r, A or B)` for any relation (some linked
    /// record satisfies A, or some satisfies B, is some satisfies either), so alternatives
    /// along the same relation merge too.
    static func or(_ operands: [Predicate]) -> Predicate {
        var merged = MergedAlternatives()
        for operand in operands {
            switch operand {
            case .constant(false): continue
            case .constant(true): return .constant(true)
            case .or(let inner): inner.forEach { merged.add($0) }
            default: merged.add(operand)
            }
        }
        let result = merged.predicates()
        switch result.count {
        case 0: return .constant(false)
        case 1: return result[0]
        default: return .or(result)
        }
    }
}

/// Alternatives of an `or`, grouped by what they test, in order of first appearance.
private struct MergedAlternatives {
    private enum Slot: Hashable {
        case member
        case follow(FieldRef)
        case keyword(FieldRef)
        case text(TextKey)
        case number(FieldRef)
        case date(FieldRef)
        case count(FieldRef)
        case other(Int)
    }

    private var order: [Slot] = []
    private var seen: Set<Slot> = []
    private var members: [Int32] = []
    private var memberLabels: [String] = []
    private var follows: [FieldRef: [Predicate]] = [:]
    private var keywords: [FieldRef: Set<String>] = [:]
    private var texts: [TextKey: Set<String>] = [:]
    private var numbers: [FieldRef: Set<Double>] = [:]
    private var dates: [FieldRef: Set<Int32>] = [:]
    private var counts: [FieldRef: Set<Double>] = [:]
    private var others: [Predicate] = []

    private mutating func note(_ slot: Slot) {
        if seen.insert(slot).inserted { order.append(slot) }
    }

    mutating func add(_ predicate: Predicate) {
        switch predicate {
        case .member(let ids, let label):
            note(.member); members.append(contentsOf: ids); memberLabels.append(label)
        case .follow(let relation, let inner):
            note(.follow(relation)); follows[relation, default: []].append(inner)
        case .keyword(let field, let values):
            note(.keyword(field)); keywords[field, default: []].formUnion(values)
        case .textEquals(let key, let values):
            note(.text(key)); texts[key, default: []].formUnion(values)
        case .number(let field, .compare(.equal, let value)):
            note(.number(field)); numbers[field, default: []].insert(value)
        case .number(let field, .oneOf(let values)):
            note(.number(field)); numbers[field, default: []].formUnion(values)
        case .date(let field, .compare(.equal, let day)):
            note(.date(field)); dates[field, default: []].insert(day)
        case .date(let field, .oneOf(let days)):
            note(.date(field)); dates[field, default: []].formUnion(days)
        case .linkCount(let relation, .compare(.equal, let value)):
            note(.count(relation)); counts[relation, default: []].insert(value)
        case .linkCount(let relation, .oneOf(let values)):
            note(.count(relation)); counts[relation, default: []].formUnion(values)
        default:
            note(.other(others.count)); others.append(predicate)
        }
    }

    func predicates() -> [Predicate] {
        order.map { slot in
            switch slot {
            case .member:
                return .member(Array(Set(members)).sorted(), label: Self.label(memberLabels))
            case .follow(let relation):
                let inner = follows[relation] ?? []
                return .follow(relation, inner.count == 1 ? inner[0] : PredicateSimplifier.or(inner))
            case .keyword(let field): return .keyword(field, keywords[field] ?? [])
            case .text(let key): return .textEquals(key, texts[key] ?? [])
            case .number(let field): return Self.numberTest(numbers[field] ?? []) { .number(field, $0) }
            case .date(let field):
                let days = dates[field] ?? []
                return days.count == 1 ? .date(field, .compare(.equal, days.first ?? 0)) : .date(field, .oneOf(days))
            case .count(let relation): return Self.numberTest(counts[relation] ?? []) { .linkCount(relation, $0) }
            case .other(let index): return others[index]
            }
        }
    }

    private static func numberTest(_ values: Set<Double>, _ make: (NumberTest) -> Predicate) -> Predicate {
        values.count == 1 ? make(.compare(.equal, values.first ?? 0)) : make(.oneOf(values))
    }

    /// `a, b, c` for up to five labels, then how many more.
    private static func label(_ labels: [String]) -> String {
        let shown = labels.prefix(5).joined(separator: ", ")
        return labels.count > 5 ? "\(shown), … (\(labels.count) names)" : shown
    }
}
