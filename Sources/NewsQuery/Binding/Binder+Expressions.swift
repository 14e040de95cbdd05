/// `where` expressions: `and`/`or`/`not`, and comparisons along field paths.
extension Binder {
    // MARK: - Boolean structure

    /// Binds a condition over the records of `collection`.
    ///
    /// Parentheses and `not` chains are unwrapped in a loop and `and`/`or` operands are flat
    /// arrays, so only alternating nested groups recurse; that depth is capped.
    mutating func bindExpression(_ expression: Expression, in collection: CollectionName, depth: Int = 0) -> Predicate {
        var node = expression
        var negated = false
        unwrap: while true {
            switch node.kind {
            case .group(let inner): node = inner
            case .not(let inner): negated.toggle(); node = inner
            default: break unwrap
            }
        }
        let bound: Predicate
        switch node.kind {
        case .and(let operands), .or(let operands):
            guard depth < Self.maxNesting else {
                error("expression nested too deeply (limit \(Self.maxNesting))", at: node.range)
                return .constant(false)
            }
            var parts: [Predicate] = []
            parts.reserveCapacity(operands.count)
            for operand in operands { parts.append(bindExpression(operand, in: collection, depth: depth + 1)) }
            if case .and = node.kind { bound = PredicateSimplifier.and(parts) } else { bound = PredicateSimplifier.or(parts) }
        case .comparison(let comparison):
            bound = bindComparison(comparison, in: collection)
        case .group, .not:
            bound = .constant(false)  // unreachable: unwrapped above
        }
        return negated ? PredicateSimplifier.not(bound) : bound
    }

    // MARK: - Comparisons

    /// `FIELD OP VALUE` along a path: the test applies to the path's last field, on the
    /// records the path reaches; a path is true when any reached record passes.
    /// `!=` is `not =` and `is missing` is "no value along the path", so both hold on missing.
    mutating func bindComparison(_ comparison: Comparison, in collection: CollectionName) -> Predicate {
        guard let path = resolveValuePath(comparison.field, in: collection) else { return .constant(false) }
        let written = comparison.field.description
        switch comparison.op {
        case .isMissing:
            return PredicateSimplifier.not(along(path, presence(of: path.field)))
        case .isNotMissing:
            return along(path, presence(of: path.field))
        case .in:
            guard let value = comparison.value, case .list(let elements) = value.kind else {
                let found = comparison.value.map(describe) ?? "nothing"
                error("'in' takes a list: expected [a, b, ...], found \(found)", at: comparison.value?.range ?? comparison.opRange)
                return .constant(false)
            }
            var alternatives: [Predicate] = []
            for element in elements {
                if case .list = element.kind {
                    error("expected a value, found a list inside the list", at: element.range)
                    continue
                }
                if let test = bindTest(path.field, .equal, element, written: written, opRange: comparison.opRange) {
                    alternatives.append(test)
                }
            }
            return along(path, PredicateSimplifier.or(alternatives))
        case .equal, .notEqual, .contains, .less, .lessOrEqual, .greater, .greaterOrEqual, .matches:
            guard let value = comparison.value else {
                error("expected a value after '\(comparison.op.rawValue)'", at: comparison.opRange)
                return .constant(false)
            }
            if case .list = value.kind {
                error("expected a single value, found a list; use 'in' to test several", at: value.range)
                return .constant(false)
            }
            let op: ComparisonOperator = comparison.op == .notEqual ? .equal : comparison.op
            guard let test = bindTest(path.field, op, value, written: written, opRange: comparison.opRange) else {
                return .constant(false)
            }
            let result = along(path, test)
            return comparison.op == .notEqual ? PredicateSimplifier.not(result) : result
        }
    }

    /// Wraps a test of the path's last field in `follow` steps for each relation hop.
    private func along(_ path: ValuePath, _ test: Predicate) -> Predicate {
        var predicate = test
        for hop in path.hops.reversed() { predicate = .follow(hop, predicate) }
        return predicate
    }

    /// "The field has a value": a scalar is present, a relation links at least one record.
    private func presence(of field: FieldRef) -> Predicate {
        field.type.relationTarget == nil ? .present(field) : .follow(field, .constant(true))
    }

    // MARK: - Operator and type

    /// Binds `field OP value` for one field (no path), after checking the operator suits the type.
    /// `op` is never `!=`, `in` or `is [not] missing` here.
    mutating func bindTest(_ field: FieldRef, _ op: ComparisonOperator, _ value: Literal,
                           written: String, opRange: SourceRange) -> Predicate? {
        let type = field.type
        guard checkOperator(op, on: type, written: written, opRange: opRange) else { return nil }
        if case .regex = value.kind, op != .matches {
            error("a /regex/ goes with 'matches'; '\(op.rawValue)' needs a value", at: value.range)
            return nil
        }
        if op == .matches { return bindMatches(field, value) }
        switch type {
        case .number:
            return number(from: value).map { .number(field, .compare(ordering(op), $0)) }
        case .date:
            return date(from: value).map { .date(field, .compare(ordering(op), DayKey.of($0))) }
        case .keyword(let values):
            return keyword(from: value, allowed: values).map { .keyword(field, [$0]) }
        case .text, .textList:
            return bindTextTest(field, op, value)
        case .one(let target):
            return bindRelationTest(field, target: target, isMany: false, op, value, written: written)
        case .many(let target):
            return bindRelationTest(field, target: target, isMany: true, op, value, written: written)
        }
    }

    /// Reports an operator the field's type does not take; true when it fits.
    private mutating func checkOperator(_ op: ComparisonOperator, on type: FieldType, written: String,
                                        opRange: SourceRange) -> Bool {
        let phrase = Self.typePhrase(type)
        switch op {
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            switch type {
            case .number, .date, .many: return true
            default:
                error("'\(op.rawValue)' compares numbers and dates; '\(written)' is \(phrase)", at: opRange)
                return false
            }
        case .contains, .matches:
            switch type {
            case .text, .textList, .one, .many: return true
            default:
                let verb = op == .contains ? "'~' searches text" : "'matches' tests text against a /pattern/"
                error("\(verb); '\(written)' is \(phrase)", at: opRange,
                      notes: type == .number || type == .date ? ["compare it with =, <, <=, > or >="] : ["compare it with = or in"])
                return false
            }
        default:
            return true
        }
    }

    /// The ordering a comparison operator tests (`=` for the others).
    func ordering(_ op: ComparisonOperator) -> OrderingOperator {
        switch op {
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        default: .equal
        }
    }

    // MARK: - Text

    /// `=` (whole value, case-folded), `~` (case-folded substring) on a text or list-of-text
    /// field. The name fields of people, topics and outlets compare through the names the
    /// corpus knows (aliases, slug and label), as relations to them do.
    private mutating func bindTextTest(_ field: FieldRef, _ op: ComparisonOperator, _ value: Literal) -> Predicate? {
        guard let text = text(from: value) else { return nil }
        if op == .contains { return .textContains(Self.searchKey(of: field), TextFolding.fold(text)) }
        switch field {
        case .person(.name): return nameEquals(.people, text, label: "person", at: value.range)
        case .topic(.slug): return nameEquals(.topics, text, label: "topic", at: value.range)
        case .outlet(.name): return nameEquals(.outlets, text, label: "outlet", at: value.range)
        default: return .textEquals(.field(field), [TextFolding.fold(text)])
        }
    }

    /// What `~` searches for a text field: a person's name means every alias, a topic's slug
    /// also its label.
    static func searchKey(of field: FieldRef) -> TextKey {
        switch field {
        case .person(.name): .personNames
        case .topic(.slug): .topicNames
        default: .field(field)
        }
    }

    private mutating func bindMatches(_ field: FieldRef, _ value: Literal) -> Predicate? {
        guard case .regex(let pattern, let flags) = value.kind else {
            error("'matches' needs a /regex/, found \(describe(value))", at: value.range)
            return nil
        }
        guard let compiled = compilePattern(pattern, flags: flags, literal: value) else { return nil }
        if let target = field.type.relationTarget {
            return .follow(field, .textMatches(Self.displayKey(of: target), compiled))
        }
        return .textMatches(.field(field), compiled)
    }
}
