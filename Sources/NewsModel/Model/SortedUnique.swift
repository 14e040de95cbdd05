// MARK: - Sorted, without duplicates

extension Sequence where Element: Comparable {
    /// The elements sorted, each equal element once (the first of equals in the sequence, as
    /// the sort is stable): what `Array(Set(self)).sorted()` gives, without hashing.
    func sortedUnique() -> [Element] {
        var result = Array(self)
        result.sortUnique()
        return result
    }
}

extension Array where Element: Comparable {
    /// Sorts the array in place and keeps each equal element once, as ``Sequence/sortedUnique()``.
    mutating func sortUnique() {
        sort()
        guard count > 1 else { return }
        var kept = 1
        for i in 1..<count where self[i] != self[kept - 1] {
            swapAt(kept, i)
            kept += 1
        }
        removeLast(count - kept)
    }
}
