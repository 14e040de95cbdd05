// MARK: - Sorted, without duplicates

extension Sequence where Element: Comparable {
    /// The elements sorted, each equal element once (the first of equals in the sequence, as
    /// the sort is stable): what `Array(Set(self)).sorted()` gives, without hashing.
    func sortedUnique() -> [Element] {
        var result: [Element] = []
        for x in sorted() where result.last != x { result.append(x) }
        return result
    }
}
