/// Field paths (`speaker`, `article.outlet`, `quotes.topic`), sort keys and selected columns.
extension Binder {
    // MARK: - Paths

    /// Resolves each component of `path` on the collection the previous one leads to.
    /// Reports an unknown field (with the collection's fields) or a step through a field that
    /// is not a relation, and returns `nil` then.
    mutating func resolveValuePath(_ path: FieldPath, in collection: CollectionName) -> ValuePath? {
        guard path.components.count <= Self.maxPathLength else {
            error("a path can have at most \(Self.maxPathLength) fields, found \(path.components.count)", at: path.range)
            return nil
        }
        var current = collection
        var hops: [FieldRef] = []
        var names: [String] = []
        for (position, component) in path.components.enumerated() {
            guard let descriptor = Schema.field(component.name, of: current),
                  let ref = FieldRef(current, canonical: descriptor.name) else {
                reportUnknownField(component, on: current)
                return nil
            }
            names.append(descriptor.name)
            let isLast = position == path.components.count - 1
            if isLast { return ValuePath(hops: hops, field: ref, name: names.joined(separator: ".")) }
            guard let target = descriptor.type.relationTarget else {
                let rest = path.components[(position + 1)...]
                let restRange = rest.first.map { first in rest.last.map { first.range.union($0.range) } ?? first.range }
                error("'\(component.name)' is not a relation; it has no field '\(rest.map(\.name).joined(separator: "."))'",
                      at: restRange ?? component.range,
                      notes: ["'\(descriptor.name)' is \(Self.typePhrase(descriptor.type)); only relations (\(Self.relationNames(of: current))) lead on to another collection's fields"])
                return nil
            }
            hops.append(ref)
            current = target
        }
        return nil
    }

    private mutating func reportUnknownField(_ component: Identifier, on collection: CollectionName) {
        let names = Schema.fields(of: collection).map(\.name)
        error("unknown field '\(component.name)' on \(collection)", at: component.range,
              suggestion: Suggestions.closest(to: component.name, in: Schema.fieldSpellings(of: collection)),
              notes: ["fields of \(collection): \(names.joined(separator: ", "))"])
    }

    private static func relationNames(of collection: CollectionName) -> String {
        Schema.fields(of: collection).filter { $0.type.relationTarget != nil }.map(\.name).joined(separator: ", ")
    }

    // MARK: - Sorting

    /// A `sort by` key over records. A path through a relation to many records has no single
    /// value to sort on; a relation to many at the end sorts by its count.
    mutating func bindSortKey(_ key: SortKey, in collection: CollectionName) -> SortSpec? {
        guard let path = resolveValuePath(key.field, in: collection) else { return nil }
        if let many = path.hops.first(where: { if case .many = $0.type { true } else { false } }) {
            error("cannot sort by '\(key.field)': '\(many.name)' links many records", at: key.field.range,
                  notes: ["sort by '\(many.name)' to sort by how many there are"])
            return nil
        }
        return SortSpec(source: .path(path), descending: key.descending)
    }

    /// A `sort by` key after `count` or `count by F`: only the group's columns can be sorted on.
    /// `isGrouped` says whether the query has `by`; `groupPath` is `nil` when that field failed.
    mutating func bindGroupSortKey(_ key: SortKey, groupPath: ValuePath?, isGrouped: Bool,
                                   in collection: CollectionName) -> SortSpec? {
        let components = key.field.components
        if components.count == 1, components[0].name.lowercased() == "count" {
            return SortSpec(source: .groupCount, descending: key.descending)
        }
        guard isGrouped else {
            error("after 'count', sort by count; found '\(key.field)'", at: key.field.range)
            return nil
        }
        guard let groupPath, let path = resolveValuePath(key.field, in: collection) else { return nil }
        if path.name == groupPath.name { return SortSpec(source: .groupValue, descending: key.descending) }
        error("after 'count by \(groupPath.name)', sort by \(groupPath.name) or count; found '\(key.field)'",
              at: key.field.range)
        return nil
    }

    // MARK: - Types in messages

    /// How a message names what a field holds: "a number", "text", "a person", "a list of topics".
    static func typePhrase(_ type: FieldType) -> String {
        switch type {
        case .number: "a number"
        case .text: "text"
        case .date: "a date"
        case .keyword(let values): "one of \(choice(values, "or"))"
        case .textList: "a list of text"
        case .one(let target): article(target.singular)
        case .many(let target): "a list of \(target)"
        }
    }

    /// `a person`, `an article`, `an outlet`.
    static func article(_ noun: String) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        return (noun.first.map(vowels.contains) ?? false ? "an " : "a ") + noun
    }
}
