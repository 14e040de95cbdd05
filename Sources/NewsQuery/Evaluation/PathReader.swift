/// Reads a ``ValuePath`` of a record: its display value (for columns and sorting) and its
/// group keys (for `count by`).
struct PathReader {
    let index: CorpusIndex

    /// The records the path's hops reach from `row` (ascending, distinct); `[row]` without hops.
    func reached(_ path: ValuePath, from row: Int) -> [Int32] {
        var current: [Int32] = [Int32(row)]
        for hop in path.hops {
            let links = index.relation(hop)
            if current.count == 1 {
                current = Array(links.links(of: Int(current[0])))
            } else {
                current = Array(Set(current.flatMap { links.links(of: Int($0)) })).sorted()
            }
            if current.isEmpty { break }
        }
        return current
    }

    /// The value a column shows: the field's value at the end of a path of single links
    /// (missing when a link is missing), or the distinct values over all reached records when a
    /// hop links many (lists flattened).
    func value(_ path: ValuePath, row: Int) -> Value {
        if path.hops.isEmpty { return index.value(path.field, row: row) }
        let records = reached(path, from: row)
        guard path.isMultiValued else {
            return records.first.map { index.value(path.field, row: Int($0)) } ?? .missing
        }
        var seen: Set<Value> = []
        var values: [Value] = []
        for record in records {
            for element in Self.elements(index.value(path.field, row: Int(record))) where seen.insert(element).inserted {
                values.append(element)
            }
        }
        return values.isEmpty ? .missing : .list(values)
    }

    /// The groups a record counts in for `count by`, each with the value it shows: each
    /// linked record for a relation field, each element for a list, the value otherwise;
    /// none when the value is missing.
    func groups(_ path: ValuePath, row: Int) -> [(key: GroupKey, display: Value)] {
        var groups: [(key: GroupKey, display: Value)] = []
        var seen: Set<GroupKey> = []
        let target = path.field.type.relationTarget
        for record in reached(path, from: row) {
            if let target {
                for linked in index.relation(path.field).links(of: Int(record))
                where seen.insert(.record(linked)).inserted {
                    groups.append((.record(linked), index.displayValue(target, row: Int(linked))))
                }
                continue
            }
            for element in Self.elements(index.value(path.field, row: Int(record))) {
                let key = GroupKey.value(Self.folded(element))
                if seen.insert(key).inserted { groups.append((key, element)) }
            }
        }
        return groups
    }

    /// A value as a list of values: none for missing, the elements of a list, else itself.
    static func elements(_ value: Value) -> [Value] {
        switch value {
        case .missing: []
        case .list(let list): list
        default: [value]
        }
    }

    /// Text folded so that groups ignore case; other values as they are.
    static func folded(_ value: Value) -> Value {
        if case .text(let text) = value { return .text(TextFolding.fold(text)) }
        return value
    }
}

/// What a record is grouped by in `count by`: a linked record, or a (case-folded) value.
enum GroupKey: Hashable {
    case record(Int32)
    case value(Value)
}
