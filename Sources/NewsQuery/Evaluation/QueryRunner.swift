/// Runs a ``QueryPlan``: each record stage (filter, sort, limit), then the output (columns,
/// `count` or `count by` groups).
struct QueryRunner {
    let index: CorpusIndex
    let cancellation: CancellationToken?

    private var evaluator: PredicateEvaluator { PredicateEvaluator(index: index, cancellation: cancellation) }
    private var reader: PathReader { PathReader(index: index) }

    /// The plan's result.
    func run(_ plan: QueryPlan) throws(QueryInterrupted) -> ResultSet {
        let rows = try records(plan)
        switch plan.output {
        case .records(let columns):
            var result = try project(rows, columns, collection: plan.collection)
            result.highlights = HighlightCollector.highlights(of: plan, columns: columns)
            return result
        case .count(let sort, let limit):
            return groupResult(columns: [.init("count", type: .number)], rows: [[.number(Double(rows.count))]],
                               counts: [rows.count], values: nil, sort: sort, limit: limit)
        case .countBy(let path, let sort, let limit):
            return try countGroups(rows, by: path, sort: sort, limit: limit)
        }
    }

    /// The records the plan's stages keep, in their final order.
    func records(_ plan: QueryPlan) throws(QueryInterrupted) -> [Int32] {
        try evaluator.check()
        var rows: [Int32] = []
        var isAscending = true
        for (number, stage) in plan.stages.enumerated() {
            let candidates: Candidates = number == 0 ? .all(index.count(plan.collection)) : .some(isAscending ? rows : rows.sorted())
            if let filter = stage.filter {
                let kept = try evaluator.filter(filter, candidates, in: plan.collection)
                if isAscending {
                    rows = kept
                } else {
                    let keep = Set(kept)
                    rows = rows.filter(keep.contains)  // an earlier stage's order stands
                }
            } else if number == 0 {
                rows = candidates.rows
            }
            if !stage.sort.isEmpty {
                rows = try sorted(rows, by: stage.sort, limit: stage.limit)
                isAscending = false
            }
            if let limit = stage.limit, rows.count > limit { rows = Array(rows.prefix(limit)) }
        }
        return rows
    }

    // MARK: - Records

    private func sorted(_ rows: [Int32], by specs: [SortSpec], limit: Int?) throws(QueryInterrupted) -> [Int32] {
        var keys: [StableOrder.Key] = []
        for spec in specs {
            guard case .path(let path) = spec.source else { continue }
            if let column = columnKey(path, rows) {
                keys.append(StableOrder.Key(sortValues: column, descending: spec.descending))
                continue
            }
            var values: [Value] = []
            values.reserveCapacity(rows.count)
            for (position, row) in rows.enumerated() {
                if position & CancellationPolling.mask == 0 { try evaluator.check() }
                values.append(reader.value(path, row: Int(row)))
            }
            keys.append(StableOrder.Key(values: values, descending: spec.descending))
        }
        return StableOrder.permutation(count: rows.count, keys: keys, limit: limit).map { rows[$0] }
    }

    /// Sort values read straight from a number or date column, for a field of the records
    /// themselves; `nil` for other paths.
    private func columnKey(_ path: ValuePath, _ rows: [Int32]) -> [StableOrder.SortValue]? {
        guard path.hops.isEmpty else { return nil }
        switch path.field.type {
        case .number:
            let column = index.numbers(path.field)
            return rows.map { column[Int($0)].isNaN ? .missing : .number(column[Int($0)]) }
        case .date:
            let column = index.days(path.field)
            return rows.map { column[Int($0)] == 0 ? .missing : .number(Double(column[Int($0)])) }
        default:
            return nil
        }
    }

    private func project(_ rows: [Int32], _ columns: [ValuePath], collection: CollectionName) throws(QueryInterrupted) -> ResultSet {
        var table: [[Value]] = []
        table.reserveCapacity(rows.count)
        for (position, row) in rows.enumerated() {
            if position & CancellationPolling.mask == 0 { try evaluator.check() }
            table.append(columns.map { reader.value($0, row: Int(row)) })
        }
        return ResultSet(columns: columns.map { .init($0.name, type: $0.field.type) }, rows: table,
                         shape: .rows, collection: collection)
    }

    // MARK: - Groups

    private func countGroups(_ rows: [Int32], by path: ValuePath, sort: [SortSpec], limit: Int?) throws(QueryInterrupted) -> ResultSet {
        var position: [GroupKey: Int] = [:]
        var values: [Value] = []
        var counts: [Int] = []
        var missing = 0
        if path.hops.isEmpty, let target = path.field.type.relationTarget {
            // A relation of the records themselves: count straight off its links.
            let links = index.relation(path.field)
            var perTarget = [Int](repeating: 0, count: links.targetCount)
            for (number, row) in rows.enumerated() {
                if number & CancellationPolling.mask == 0 { try evaluator.check() }
                let linked = links.links(of: Int(row))
                if linked.isEmpty { missing += 1 }
                for record in linked { perTarget[Int(record)] += 1 }
            }
            for (record, count) in perTarget.enumerated() where count > 0 {
                values.append(index.displayValue(target, row: record))
                counts.append(count)
            }
        } else {
            for (number, row) in rows.enumerated() {
            if number & CancellationPolling.mask == 0 { try evaluator.check() }
                let groups = reader.groups(path, row: Int(row))
                if groups.isEmpty { missing += 1 }
                for group in groups {
                    if let existing = position[group.key] {
                        counts[existing] += 1
                    } else {
                        position[group.key] = values.count
                        values.append(group.display)
                        counts.append(1)
                    }
                }
            }
        }
        if missing > 0 {
            values.append(.missing)
            counts.append(missing)
        }
        let columns: [ResultSet.Column] = [.init(path.name, type: path.field.type), .init("count", type: .number)]
        let table = zip(values, counts).map { [$0, Value.number(Double($1))] }
        return groupResult(columns: columns, rows: table, counts: counts, values: values, sort: sort, limit: limit)
    }

    /// Orders groups by the user's keys, then by count (descending) and value (ascending,
    /// missing last), and applies the limit.
    private func groupResult(columns: [ResultSet.Column], rows: [[Value]], counts: [Int], values: [Value]?,
                             sort: [SortSpec], limit: Int?) -> ResultSet {
        let countValues = counts.map { Value.number(Double($0)) }
        var keys: [StableOrder.Key] = sort.compactMap { spec in
            switch spec.source {
            case .groupCount: StableOrder.Key(values: countValues, descending: spec.descending)
            case .groupValue: values.map { StableOrder.Key(values: $0, descending: spec.descending) }
            case .path: nil
            }
        }
        keys.append(StableOrder.Key(values: countValues, descending: true))
        if let values { keys.append(StableOrder.Key(values: values, descending: false)) }
        let ordered = StableOrder.permutation(count: rows.count, keys: keys, limit: limit).map { rows[$0] }
        return ResultSet(columns: columns, rows: ordered, shape: .rows, collection: nil)
    }
}
