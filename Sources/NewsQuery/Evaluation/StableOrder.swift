/// Sorting rows by several keys: stable, missing values (and empty lists) last in either
/// direction, text compared case-insensitively, lists by their printed text.
enum StableOrder {
    /// One sort key: a value per row (in row order) and its direction.
    struct Key {
        var values: [Value]
        var descending: Bool

        init(values: [Value], descending: Bool) {
            self.values = values.map(StableOrder.comparable)
            self.descending = descending
        }
    }

    /// The positions `0..<count` in sorted order; equal rows keep their order.
    static func permutation(count: Int, keys: [Key]) -> [Int] {
        Array(0..<count).sorted { a, b in
            for key in keys {
                let left = key.values[a], right = key.values[b]
                switch (left, right) {
                case (.missing, .missing): continue
                case (.missing, _): return false
                case (_, .missing): return true
                default:
                    let order = compare(left, right)
                    if order != 0 { return key.descending ? order > 0 : order < 0 }
                }
            }
            return a < b
        }
    }

    /// A value in the form it sorts in: text folded, lists as their folded text, an empty
    /// list as missing.
    static func comparable(_ value: Value) -> Value {
        switch value {
        case .text(let text): .text(TextFolding.fold(text))
        case .list(let list): list.isEmpty ? .missing : .text(TextFolding.fold(value.description))
        default: value
        }
    }

    /// -1, 0 or 1 for two present values; values of different kinds order by kind.
    static func compare(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case (.number(let x), .number(let y)): x < y ? -1 : x > y ? 1 : 0
        case (.text(let x), .text(let y)): x < y ? -1 : x > y ? 1 : 0
        case (.date(let x), .date(let y)): x < y ? -1 : x > y ? 1 : 0
        default: rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0
        }
    }

    private static func rank(_ value: Value) -> Int {
        switch value {
        case .number: 0
        case .date: 1
        case .text: 2
        case .list: 3
        case .missing: 4
        }
    }
}
