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

extension Array where Element: Comparable {
    /// Adds the elements of `other` that this array lacks; both must be sorted without
    /// duplicates, and so is the result. Of equal elements, the one already here stays (as
    /// `Set.formUnion` keeps its own member), so merging gives what `Set(self).union(other).sorted()` gives.
    mutating func mergeSortedUnique(_ other: [Element]) {
        // Most merges bring nothing new (an entity's names repeat from article to article):
        // count what is new first, so those cost no allocation.
        var newCount = 0
        var i = 0, j = 0
        while j < other.count {
            if i == count || other[j] < self[i] { newCount += 1; j += 1 }
            else if self[i] < other[j] { i += 1 }
            else { i += 1; j += 1 }
        }
        guard newCount > 0 else { return }
        var merged: [Element] = []
        merged.reserveCapacity(count + newCount)
        i = 0
        j = 0
        while i < count || j < other.count {
            if j == other.count || (i < count && self[i] < other[j]) { merged.append(self[i]); i += 1 }
            else if i == count || other[j] < self[i] { merged.append(other[j]); j += 1 }
            else { merged.append(self[i]); i += 1; j += 1 }
        }
        self = merged
    }
}
