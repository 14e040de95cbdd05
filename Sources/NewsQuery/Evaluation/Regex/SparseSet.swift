/// A set of instruction indices with O(1) insert, membership and clear, remembering insertion
/// order and a start offset per member (the Pike VM's thread list).
///
/// Storage is allocated once for the program's size; nothing allocates while matching.
final class SparseSet {
    let capacity: Int
    private(set) var count = 0
    private let sparse: UnsafeMutablePointer<Int32>
    let dense: UnsafeMutablePointer<Int32>
    let starts: UnsafeMutablePointer<Int>

    /// A set for indices `0..<capacity`.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
        sparse = .allocate(capacity: self.capacity)
        sparse.initialize(repeating: 0, count: self.capacity)
        dense = .allocate(capacity: self.capacity)
        dense.initialize(repeating: 0, count: self.capacity)
        starts = .allocate(capacity: self.capacity)
        starts.initialize(repeating: 0, count: self.capacity)
    }

    deinit {
        sparse.deallocate()
        dense.deallocate()
        starts.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// Whether `index` is a member (false for indices out of range).
    @inline(__always)
    func contains(_ index: Int32) -> Bool {
        guard index >= 0, Int(index) < capacity else { return false }
        let slot = Int(sparse[Int(index)])
        return slot < count && dense[slot] == index
    }

    /// Adds `index` (in range, not yet a member) with its start offset.
    @inline(__always)
    func insert(_ index: Int32, start: Int) {
        guard index >= 0, Int(index) < capacity, count < capacity else { return }
        sparse[Int(index)] = Int32(count)
        dense[count] = index
        starts[count] = start
        count += 1
    }

    /// Empties the set in O(1).
    @inline(__always)
    func removeAll() { count = 0 }
}
