// MARK: - Hash index

/// A small open-addressing hash table from 64-bit keys to non-negative integers, for the
/// per-article tables of extraction (names by word hash, speakers by sentence).
///
/// Keys are spread by one multiplication (Fibonacci hashing) instead of going through
/// `Hasher`; the table starts empty without allocating and doubles when half full. A key
/// is stored either with one value (``set(_:_:)``, ``insert(_:)``) or with several
/// (``add(_:_:)``, asked with ``contains(_:_:)``).
struct HashIndex {
    /// Key and value of each slot; the value is -1 when the slot is empty.
    private var slots: [(key: UInt64, value: Int32)] = []
    private(set) var count = 0
    private var shift = 64

    /// An empty index.
    init() {}

    /// An empty index with room for `expected` entries before it grows.
    init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        slots = HashIndex.emptySlots(capacity)
        shift = 64 - capacity.trailingZeroBitCount
    }

    /// Empty slots to copy new tables from: copying trivial values is one `memcpy`, where
    /// filling goes slot by slot.
    private static let emptyTemplate: [(key: UInt64, value: Int32)] = Array(repeating: (0, -1), count: 1024)

    /// `capacity` empty slots (made by reserving and appending, see ``Array/init(filling:with:)``).
    private static func emptySlots(_ capacity: Int) -> [(key: UInt64, value: Int32)] {
        var slots: [(key: UInt64, value: Int32)] = []
        slots.reserveCapacity(capacity)
        while slots.count < capacity {
            slots.append(contentsOf: emptyTemplate[..<min(capacity - slots.count, emptyTemplate.count)])
        }
        return slots
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    // MARK: - Reading

    /// The value stored for `key`, if any (one of them, when ``add(_:_:)`` stored several).
    func value(_ key: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var i = slot(key)
        while slots[i].value >= 0 {
            if slots[i].key == key { return Int(slots[i].value) }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Whether `key` is stored (with any value).
    func contains(_ key: UInt64) -> Bool { value(key) != nil }

    /// Whether `key` is stored with `value`.
    func contains(_ key: UInt64, _ value: Int) -> Bool {
        guard !slots.isEmpty else { return false }
        let mask = slots.count - 1
        var i = slot(key)
        while slots[i].value >= 0 {
            if slots[i].key == key && Int(slots[i].value) == value { return true }
            i = (i + 1) & mask
        }
        return false
    }

    // MARK: - Writing

    /// Stores `value` (≥ 0) as the one value of `key`, replacing any stored before.
    mutating func set(_ key: UInt64, _ value: Int) {
        if !slots.isEmpty {
            let mask = slots.count - 1
            var i = slot(key)
            while slots[i].value >= 0 {
                if slots[i].key == key {
                    precondition(value >= 0 && value <= Int(Int32.max), "hash index values are non-negative 32-bit integers")
                    slots[i].value = Int32(value)
                    return
                }
                i = (i + 1) & mask
            }
        }
        add(key, value)
    }

    /// Stores `value` (≥ 0) for `key` beside any values already stored for it.
    mutating func add(_ key: UInt64, _ value: Int) {
        precondition(value >= 0 && value <= Int(Int32.max), "hash index values are non-negative 32-bit integers")
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = slot(key)
        while slots[i].value >= 0 { i = (i + 1) & mask }
        slots[i] = (key, Int32(value))
        count += 1
    }

    /// Stores `key` as a member of a set.
    mutating func insert(_ key: UInt64) {
        if !contains(key) { add(key, 0) }
    }

    /// Stores `key` with `value` unless it is already stored with it: a set of pairs, asked
    /// with ``contains(_:_:)``, so one table can hold several sets of keys.
    mutating func insert(_ key: UInt64, _ value: Int) {
        if !contains(key, value) { add(key, value) }
    }

    private mutating func grow() {
        let old = slots
        let capacity = max(16, slots.count * 2)
        slots = HashIndex.emptySlots(capacity)
        shift = 64 - capacity.trailingZeroBitCount
        count = 0
        for entry in old where entry.value >= 0 { add(entry.key, Int(entry.value)) }
    }
}
