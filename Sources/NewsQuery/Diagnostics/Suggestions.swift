/// "Did you mean" by edit distance: the closest candidate to a misspelt word.
public enum Suggestions {
    /// The candidate closest to `word` (case-insensitive, Damerau–Levenshtein with
    /// adjacent transpositions), when it is close enough to be a plausible typo:
    /// distance at most 1 for short words, 2 up to 8 characters, a third of the length beyond.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        let limit = target.count <= 3 ? 1 : target.count <= 8 ? 2 : target.count / 3
        var best: (String, Int)?
        for candidate in candidates {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            if scalars == target { return candidate }
            let distance = editDistance(target, scalars, limit: limit)
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Candidates sorted by distance, up to `count`, all within the plausibility limit.
    public static func nearest(to word: String, in candidates: some Sequence<String>, count: Int) -> [String] {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty else { return [] }
        let limit = target.count <= 3 ? 1 : target.count <= 8 ? 2 : target.count / 3
        var scored: [(String, Int)] = []
        for candidate in candidates {
            let d = editDistance(target, Array(candidate.lowercased().unicodeScalars), limit: limit)
            if d <= limit { scored.append((candidate, d)) }
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(count).map(\.0)
    }

    /// Optimal-string-alignment distance; returns `limit + 1` early once it must exceed `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
