/// Evaluates a ``Predicate`` a set at a time: given candidate records, returns those that
/// satisfy it (ascending).
///
/// `and` narrows the candidates operand by operand, cheapest first, so later operands only
/// look at what is left; `or` collects hits and only tests what has not matched yet; both walk
/// flat operand arrays. A relation test (`speaker = Xi`, `quotes.topic = taiwan`) first finds
/// the matching target records, then either reads the reverse relation (an index lookup: the
/// quotes of those people) or scans the candidates' links, whichever touches fewer records.
struct PredicateEvaluator {
    let index: CorpusIndex
    let cancellation: CancellationToken?

    /// Throws when the query has been cancelled.
    func check() throws(QueryInterrupted) {
        if cancellation?.isCancelled == true { throw QueryInterrupted() }
    }

    /// The candidates that satisfy `predicate`, a condition on records of `collection`.
    func filter(_ predicate: Predicate, _ candidates: Candidates, in collection: CollectionName) throws(QueryInterrupted) -> [Int32] {
        try check()
        switch predicate {
        case .constant(let value):
            return value ? candidates.rows : []
        case .and(let operands):
            var current = candidates
            for operand in Self.cheapestFirst(operands) {
                let rows = try filter(operand, current, in: collection)
                if rows.isEmpty { return [] }
                current = .some(rows)
            }
            return current.rows
        case .or(let operands):
            var matched: [Int32] = []
            var remaining = candidates
            for operand in operands where remaining.count > 0 {
                let hits = try filter(operand, remaining, in: collection)
                guard !hits.isEmpty else { continue }
                matched = SortedRows.union(matched, hits)
                remaining = .some(SortedRows.difference(remaining.rows, hits))
            }
            return matched
        case .not(let inner):
            return SortedRows.complement(try filter(inner, candidates, in: collection), in: candidates)
        case .member(let ids, _):
            return SortedRows.restrict(ids, to: candidates)
        case .follow(let relation, let inner):
            return try follow(relation, inner, candidates)
        case .linkCount(let relation, let test):
            let links = index.relation(relation)
            return try scan(candidates) { test.passes(Double(links.degree($0))) }
        case .number(let field, .compare(let op, let literal)):
            return try compareColumn(index.numbers(field), op, literal, candidates)  // NaN (missing) fails every comparison
        case .number(let field, .oneOf(let values)):
            let column = index.numbers(field)
            return try scan(candidates) { values.contains(column[$0]) }
        case .date(let field, .compare(let op, let literal)):
            return try compareColumn(index.days(field), op, literal, candidates, missing: 0)
        case .date(let field, .oneOf(let days)):
            let column = index.days(field)
            return try scan(candidates) { days.contains(column[$0]) }
        case .keyword(let field, let values):
            return try scan(candidates) { index.keyword(field, row: $0).map(values.contains) ?? false }
        case .textEquals(let key, let values):
            let search = index.search(key)
            let single = values.count == 1 ? values.first.map { Array($0.utf8) } : nil
            return try scan(candidates) { search.equals(row: $0, oneOf: values, single: single) }
        case .textContains(let key, let needle):
            return try contains(key, ByteSearch.Needle(Array(needle.utf8)), candidates)
        case .textMatches(.field(let field), let pattern) where field.type == .text:
            return try scan(candidates) { index.text(field, row: $0).map(pattern.matches) ?? false }
        case .textMatches(let key, let pattern):
            return try scan(candidates) { index.texts(key, row: $0).contains(where: pattern.matches) }
        case .present(let field):
            return try scan(candidates) { index.isPresent(field, row: $0) }
        }
    }

    // MARK: - Relations

    private func follow(_ relation: FieldRef, _ inner: Predicate, _ candidates: Candidates) throws(QueryInterrupted) -> [Int32] {
        let links = index.relation(relation)
        if case .constant(true) = inner {
            return try scan(candidates) { links.degree($0) > 0 }
        }
        let target = relation.type.relationTarget ?? relation.collection
        let targets = try filter(inner, .all(index.count(target)), in: target)
        if targets.isEmpty { return [] }
        let reverse = index.reverse(relation)
        var reached = 0
        for record in targets { reached += reverse.degree(Int(record)) }
        if reached <= candidates.count {
            // Index lookup: the records linking to the matching targets.
            var rows: [Int32] = []
            rows.reserveCapacity(reached)
            for record in targets { rows.append(contentsOf: reverse.links(of: Int(record))) }
            rows.sort()
            return SortedRows.restrict(Self.distinct(rows), to: candidates)
        }
        var isTarget = [Bool](repeating: false, count: links.targetCount)
        for record in targets { isTarget[Int(record)] = true }
        return try scan(candidates) { row in links.links(of: row).contains { isTarget[Int($0)] } }
    }

    private static func distinct(_ sorted: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(sorted.count)
        for value in sorted where result.last != value { result.append(value) }
        return result
    }

    // MARK: - Text

    /// `~`: one pass over the collection's folded text when most records are candidates,
    /// otherwise a search inside each candidate's text.
    private func contains(_ key: TextKey, _ needle: ByteSearch.Needle, _ candidates: Candidates) throws(QueryInterrupted) -> [Int32] {
        let search = index.search(key)
        let total = index.count(key.collection)
        if case .some(let rows) = candidates, rows.count * 8 < total {
            return try scan(candidates) { search.contains(row: $0, needle) }
        }
        let hits = try search.rowsContaining(needle, check: check)
        return SortedRows.restrict(hits, to: candidates)
    }

    // MARK: - Scans

    /// A comparison over a column, with the operator chosen once outside the loop.
    private func compareColumn<T: Comparable>(_ column: [T], _ op: OrderingOperator, _ literal: T, _ candidates: Candidates,
                                              missing: T? = nil) throws(QueryInterrupted) -> [Int32] {
        switch op {
        case .equal: return try scan(candidates) { column[$0] == literal && column[$0] != missing }
        case .less: return try scan(candidates) { column[$0] < literal && column[$0] != missing }
        case .lessOrEqual: return try scan(candidates) { column[$0] <= literal && column[$0] != missing }
        case .greater: return try scan(candidates) { column[$0] > literal && column[$0] != missing }
        case .greaterOrEqual: return try scan(candidates) { column[$0] >= literal && column[$0] != missing }
        }
    }

    /// The candidates passing `test`, polling cancellation every 4,096 records.
    @inline(__always)
    private func scan(_ candidates: Candidates, _ test: (Int) -> Bool) throws(QueryInterrupted) -> [Int32] {
        var result: [Int32] = []
        switch candidates {
        case .all(let count):
            for row in 0..<count {
                if row & CancellationPolling.mask == 0 { try check() }
                if test(row) { result.append(Int32(row)) }
            }
        case .some(let rows):
            for (position, row) in rows.enumerated() {
                if position & CancellationPolling.mask == 0 { try check() }
                if test(Int(row)) { result.append(row) }
            }
        }
        return result
    }

    // MARK: - Ordering

    /// `and` operands in evaluation order: index lookups, then cheap column scans, then text
    /// search, then patterns; ties keep the written order.
    static func cheapestFirst(_ operands: [Predicate]) -> [Predicate] {
        operands.enumerated()
            .sorted { (cost($0.element), $0.offset) < (cost($1.element), $1.offset) }
            .map(\.element)
    }

    /// A rough rank of how much work an operand does per candidate.
    static func cost(_ predicate: Predicate) -> Int {
        switch predicate {
        case .constant, .member: 0
        case .follow(_, .member), .follow(_, .constant): 1
        case .number, .date, .keyword, .linkCount, .present: 2
        case .follow, .not, .and, .or: 3
        case .textEquals, .textContains: 4
        case .textMatches: 5
        }
    }
}
