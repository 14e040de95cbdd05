/// Sorting rows by several keys: stable, missing values (and empty lists) last in either
/// direction, text compared case-insensitively, lists by their printed text.
enum StableOrder {
    /// A value reduced to what it sorts by.
    enum SortValue: Sendable {
        case number(Double)
        case text(String)
        case missing

        /// Numbers and dates by magnitude, text folded, lists as their folded text, an empty
        /// list as missing.
        init(_ value: Value) {
            switch value {
            case .missing: self = .missing
            case .number(let number): self = number.isNaN ? .missing : .number(number)
            case .date(let date): self = .number(Double(DayKey.of(date)))
            case .text(let text): self = .text(TextFolding.fold(text))
            case .list(let list): self = list.isEmpty ? .missing : .text(TextFolding.fold(value.description))
            }
        }

        /// -1, 0 or 1 for two present values; numbers before text when kinds differ.
        static func compare(_ a: SortValue, _ b: SortValue) -> Int {
            switch (a, b) {
            case (.number(let x), .number(let y)): x < y ? -1 : x > y ? 1 : 0
            case (.text(let x), .text(let y)): x < y ? -1 : x > y ? 1 : 0
            case (.number, _): -1
            case (_, .number): 1
            default: 0
            }
        }
    }

    /// One sort key: a value per row (in row order) and its direction.
    struct Key {
        var values: [SortValue]
        var descending: Bool

        init(values: [Value], descending: Bool) {
            self.init(sortValues: values.map(SortValue.init), descending: descending)
        }

        init(sortValues: [SortValue], descending: Bool) {
            self.values = sortValues
            self.descending = descending
        }
    }

    /// The first `limit` (all when `nil`) of the positions `0..<count` in sorted order; equal
    /// rows keep their order. A small limit selects without sorting everything.
    static func permutation(count: Int, keys: [Key], limit: Int? = nil) -> [Int] {
        let precedes = { (a: Int, b: Int) -> Bool in
            for key in keys {
                let left = key.values[a], right = key.values[b]
                switch (left, right) {
                case (.missing, .missing): continue
                case (.missing, _): return false
                case (_, .missing): return true
                default:
                    let order = SortValue.compare(left, right)
                    if order != 0 { return key.descending ? order > 0 : order < 0 }
                }
            }
            return a < b
        }
        guard let limit, limit < count / 8 else {
            let sorted = Array(0..<count).sorted(by: precedes)
            return limit.map { Array(sorted.prefix($0)) } ?? sorted
        }
        // Keep the best `limit` seen so far, sorted; each row either falls off or is inserted.
        var best: [Int] = []
        best.reserveCapacity(limit + 1)
        for position in 0..<count where limit > 0 {
            if best.count == limit, let last = best.last, !precedes(position, last) { continue }
            var low = 0, high = best.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(position, best[middle]) { high = middle } else { low = middle + 1 }
            }
            best.insert(position, at: low)
            if best.count > limit { best.removeLast() }
        }
        return best
    }
}
