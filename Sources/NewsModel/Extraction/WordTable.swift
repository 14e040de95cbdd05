// MARK: - Word table

/// An immutable hash table from words to values, looked up by byte slices without
/// building strings. Keys are compared ASCII-case-insensitively.
struct WordTable<Value> {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var keyBounds: [Int32] = [0]
    private var keyBytes: [UInt8] = []
    private(set) var values: [Value] = []
    private let mask: Int

    /// Builds the table; a word given twice gets `merge(old, new)`.
    init(_ pairs: [(String, Value)], merge: (Value, Value) -> Value) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (word, value) in pairs {
            let key = Array(word.utf8).map(ByteClass.lower)
            let hash = key.withUnsafeBufferPointer { WordTable.hash($0, 0..<$0.count) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            var merged = false
            while slots[slot] >= 0 {
                let entry = Int(slots[slot])
                if hashes[entry] == hash, equalKey(entry, key) {
                    values[entry] = merge(values[entry], value)
                    merged = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if merged { continue }
            slots[slot] = Int32(values.count)
            hashes.append(hash)
            keyBytes.append(contentsOf: key)
            keyBounds.append(Int32(keyBytes.count))
            values.append(value)
        }
    }

    private func equalKey(_ entry: Int, _ key: [UInt8]) -> Bool {
        let start = Int(keyBounds[entry]), end = Int(keyBounds[entry + 1])
        guard end - start == key.count else { return false }
        for i in 0..<key.count where keyBytes[start + i] != key[i] { return false }
        return true
    }

    /// FNV-1a over the ASCII-lowercased bytes of `range`.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            h ^= UInt64(ByteClass.lower(bytes[i]))
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The value stored for the word `bytes[range]`, compared case-insensitively.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Value? {
        lookup(hash: WordTable.hash(bytes, range), bytes, range)
    }

    /// Like ``lookup(_:_:)`` with the hash already computed.
    @inline(__always)
    func lookup(hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Value? {
        let entry: Int = slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                keyBounds.withUnsafeBufferPointer { bounds in
                    keyBytes.withUnsafeBufferPointer { keys in
                        var slot = Int(truncatingIfNeeded: hash) & mask
                        while true {
                            let entry = Int(slots[slot])
                            if entry < 0 { return -1 }
                            if hashes[entry] == hash {
                                let start = Int(bounds[entry]), end = Int(bounds[entry + 1])
                                if end - start == range.count {
                                    var k = start
                                    var i = range.lowerBound
                                    while k < end, ByteClass.lower(bytes[i]) == keys[k] { k += 1; i += 1 }
                                    if k == end { return entry }
                                }
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
        return entry >= 0 ? values[entry] : nil
    }

    /// Looks up a Swift string (for tests and cold paths).
    func lookup(_ word: String) -> Value? {
        var copy = word
        return copy.withUTF8 { lookup($0, 0..<$0.count) }
    }
}

extension WordTable: Sendable where Value: Sendable {}
