// Comparing syntax trees while ignoring where they came from: the round-trip property
// (parse, print, parse again) and the fuzzer compare trees this way.

extension Statement {
    /// The same statement with every source range set to the empty range at 0.
    public func strippingRanges() -> Statement {
        let kind: Kind = switch self.kind {
        case .query(let query): .query(query.strippingRanges())
        case .binding(let name, let query): .binding(name: name.strippingRange(), query: query.strippingRanges())
        case .show(let target, let number, _): .show(target: target.strippingRange(), number: number, numberRange: .zero)
        }
        return Statement(kind: kind, range: .zero)
    }

    /// Whether the two statements are the same tree, wherever each was written.
    public func isStructurallyEqual(to other: Statement) -> Bool {
        strippingRanges() == other.strippingRanges()
    }
}

extension Query {
    /// The same query with every source range set to the empty range at 0.
    public func strippingRanges() -> Query {
        Query(source: source.strippingRange(),
              filter: filter?.strippingRanges(),
              aggregate: aggregate.map { Aggregate(groupBy: $0.groupBy?.strippingRanges(), range: .zero) },
              sort: sort.map { SortKey(field: $0.field.strippingRanges(), descending: $0.descending, range: .zero) },
              limit: limit.map { Limit(count: $0.count, range: .zero) },
              projection: projection.map { $0.strippingRanges() },
              range: .zero)
    }
}

extension Expression {
    /// The same expression with every source range set to the empty range at 0.
    public func strippingRanges() -> Expression {
        let kind: Kind = switch self.kind {
        case .or(let operands): .or(operands.map { $0.strippingRanges() })
        case .and(let operands): .and(operands.map { $0.strippingRanges() })
        case .not(let inner): .not(inner.strippingRanges())
        case .group(let inner): .group(inner.strippingRanges())
        case .comparison(let c):
            .comparison(Comparison(field: c.field.strippingRanges(), op: c.op, opRange: .zero,
                                   value: c.value?.strippingRanges(), range: .zero))
        }
        return Expression(kind: kind, range: .zero)
    }
}

extension Literal {
    /// The same literal with every source range set to the empty range at 0.
    public func strippingRanges() -> Literal {
        if case .list(let items) = kind {
            return Literal(kind: .list(items.map { $0.strippingRanges() }), range: .zero)
        }
        return Literal(kind: kind, range: .zero)
    }
}

extension FieldPath {
    /// The same path with every source range set to the empty range at 0.
    public func strippingRanges() -> FieldPath {
        FieldPath(components: components.map { $0.strippingRange() }, range: .zero)
    }
}

extension Identifier {
    /// The same name with its range set to the empty range at 0.
    public func strippingRange() -> Identifier { Identifier(name, range: .zero) }
}

extension SourceRange {
    /// The empty range at offset 0: the range of a node whose origin is ignored.
    static let zero = SourceRange(at: 0)
}
