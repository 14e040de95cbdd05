/// The records a step of evaluation works on: all of a collection, or some (ascending indices).
enum Candidates: Sendable {
    case all(Int)
    case some([Int32])

    var count: Int {
        switch self {
        case .all(let count): count
        case .some(let rows): rows.count
        }
    }

    /// The indices, materialised.
    var rows: [Int32] {
        switch self {
        case .all(let count): (0..<Int32(clamping: count)).map { $0 }
        case .some(let rows): rows
        }
    }
}

/// Set operations on ascending, distinct arrays of record indices.
enum SortedRows {
    static func intersection(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(min(a.count, b.count))
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { result.append(a[i]); i += 1; j += 1 }
        }
        return result
    }

    static func union(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var result: [Int32] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) { result.append(a[i]); i += 1 }
            else if i == a.count || b[j] < a[i] { result.append(b[j]); j += 1 }
            else { result.append(a[i]); i += 1; j += 1 }
        }
        return result
    }

    /// `a` without the elements of `b`.
    static func difference(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        if b.isEmpty { return a }
        var result: [Int32] = []
        result.reserveCapacity(a.count)
        var j = 0
        for value in a {
            while j < b.count, b[j] < value { j += 1 }
            if j < b.count, b[j] == value { continue }
            result.append(value)
        }
        return result
    }

    /// `rows` restricted to `candidates`.
    static func restrict(_ rows: [Int32], to candidates: Candidates) -> [Int32] {
        switch candidates {
        case .all(let count): rows.filter { $0 >= 0 && Int($0) < count }
        case .some(let some): intersection(rows, some)
        }
    }

    /// `candidates` without `rows`.
    static func complement(_ rows: [Int32], in candidates: Candidates) -> [Int32] {
        difference(candidates.rows, rows)
    }
}
