import NewsModel

// The typed plan the binder makes from a statement's syntax tree: fields resolved to
// ``FieldRef``s, names resolved to record numbers, literals converted to the field's type.
// The evaluator runs a plan; it never looks at spellings again.

// MARK: - Predicates

/// A name-resolved, typed condition over the records of one collection.
indirect enum Predicate: Sendable {
    /// Always true or always false (an empty `in []` is `false`).
    case constant(Bool)
    /// Every operand holds. Operands stay a flat array however long the chain.
    case and([Predicate])
    /// Some operand holds. Operands stay a flat array however long the chain.
    case or([Predicate])
    case not(Predicate)
    /// The record is one of these (0-based indices, ascending, distinct); `label` says what
    /// was resolved, for `explain`.
    case member([Int32], label: String)
    /// Some record linked through the relation field satisfies the inner predicate, which is
    /// over the relation's target collection.
    case follow(FieldRef, Predicate)
    /// The number of records linked through the relation field passes the test.
    case linkCount(FieldRef, NumberTest)
    case number(FieldRef, NumberTest)
    case date(FieldRef, DateTest)
    /// A keyword field's value is one of these (canonical spellings).
    case keyword(FieldRef, Set<String>)
    /// Some text of the key equals one of these, compared case-folded.
    case textEquals(TextKey, Set<String>)
    /// Some text of the key contains the (case-folded) needle.
    case textContains(TextKey, String)
    /// Some text of the key matches the pattern.
    case textMatches(TextKey, CompiledPattern)
    /// The scalar field has a value.
    case present(FieldRef)
}

/// A test of a number against a literal.
enum NumberTest: Sendable {
    case compare(OrderingOperator, Double)
    case oneOf(Set<Double>)

    func passes(_ value: Double) -> Bool {
        switch self {
        case .compare(let op, let literal): op.holds(value, literal)
        case .oneOf(let values): values.contains(value)
        }
    }
}

/// A test of a date (as ``DayKey``) against a literal.
enum DateTest: Sendable {
    case compare(OrderingOperator, Int32)
    case oneOf(Set<Int32>)

    func passes(_ day: Int32) -> Bool {
        switch self {
        case .compare(let op, let literal): op.holds(day, literal)
        case .oneOf(let days): days.contains(day)
        }
    }
}

/// `=`, `<`, `<=`, `>`, `>=` once `!=` has become `not =`.
enum OrderingOperator: String, Sendable {
    case equal = "="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    func holds<T: Comparable>(_ value: T, _ literal: T) -> Bool {
        switch self {
        case .equal: value == literal
        case .less: value < literal
        case .lessOrEqual: value <= literal
        case .greater: value > literal
        case .greaterOrEqual: value >= literal
        }
    }
}

/// A calendar day as one sortable integer, `yyyymmdd`; 0 stands for no date.
enum DayKey {
    static func of(_ date: CalendarDate) -> Int32 {
        Int32(date.year * 10_000 + date.month * 100 + date.day)
    }
}

/// Which texts of a record a text test reads.
enum TextKey: Hashable, Sendable, CustomStringConvertible {
    /// A `.text` field (one text) or a `.textList` field (each element).
    case field(FieldRef)
    /// A person's name and every alias.
    case personNames
    /// A topic's slug and label.
    case topicNames

    var collection: CollectionName {
        switch self {
        case .field(let ref): ref.collection
        case .personNames: .people
        case .topicNames: .topics
        }
    }

    var description: String {
        switch self {
        case .field(let ref): ref.name
        case .personNames: "name or alias"
        case .topicNames: "slug or label"
        }
    }
}

// MARK: - Paths, sorting, output

/// A field reached from a collection through zero or more relation fields (`article.outlet`).
struct ValuePath: Sendable {
    /// The relation fields followed, in order.
    var hops: [FieldRef]
    /// The field read at the end.
    var field: FieldRef
    /// The canonical spelling (`article.outlet`), used as the column name.
    var name: String

    /// Whether some hop links many records, so the path yields a list.
    var isMultiValued: Bool { hops.contains { if case .many = $0.type { true } else { false } } }
}

/// What one `sort by` key sorts on.
enum SortSource: Sendable {
    /// A field of each record.
    case path(ValuePath)
    /// The value column of `count by` groups.
    case groupValue
    /// The count column of `count` / `count by` groups.
    case groupCount
}

/// One key of a sort.
struct SortSpec: Sendable {
    var source: SortSource
    var descending: Bool
}

/// The records a stage keeps: filtered, then sorted, then cut.
struct RecordStage: Sendable {
    var filter: Predicate?
    var sort: [SortSpec]
    var limit: Int?
}

/// What a query produces from its records.
enum PlanOutput: Sendable {
    /// One row per record with these columns.
    case records([ValuePath])
    /// One row, one column: the number of records; then sort and limit over that one row.
    case count(sort: [SortSpec], limit: Int?)
    /// One row per distinct value of the path, with its count.
    case countBy(ValuePath, sort: [SortSpec], limit: Int?)
}

/// A query ready to run: the collection, the record stages (a `let` binding's own stages
/// first), and the output.
struct QueryPlan: Sendable {
    var collection: CollectionName
    /// How the source was named (`quotes`, or the chain of bindings), for `explain`.
    var sourceDescription: String
    var stages: [RecordStage]
    var output: PlanOutput
}

/// A statement after binding.
enum BoundStatement: Sendable {
    case query(QueryPlan)
    case binding(name: String, plan: QueryPlan)
    case show(CollectionName, index: Int32)
}
