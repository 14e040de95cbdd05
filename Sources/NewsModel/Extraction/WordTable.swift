// MARK: - Word table

/// An immutable hash table from words to values, looked up by byte slices without
/// building strings. Keys are compared ASCII-case-insensitively.
///
/// A slot is eight bytes (the high half of the key's hash and its entry), so the table of
/// a few thousand words stays in the fastest cache and most probes read one slot; where a
/// key's bytes are is read only when the hashes agree, and keys are compared eight bytes at
/// a time.
struct WordTable<Value> {
    /// High 32 bits: the high half of the key's hash; low 32 bits: entry index + 1 (0: empty).
    private var slots: [UInt64]
    /// Where each entry's lowercase key is in ``keyBytes``.
    private var keys: [(start: Int32, count: Int32)] = []
    /// The lowercase keys one after another, then eight zero bytes (so every key can be read
    /// eight bytes at a time).
    private var keyBytes: [UInt8] = []
    private(set) var values: [Value] = []
    private let mask: Int

    /// Builds the table; a word given twice gets `merge(old, new)`.
    init(_ pairs: [(String, Value)], merge: (Value, Value) -> Value) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for (word, value) in pairs {
            // The lowercase key is written after the stored keys, and kept only when new.
            let keyStart = keyBytes.count
            for b in word.utf8 { keyBytes.append(ByteClass.lower(b)) }
            let key = keyStart..<keyBytes.count
            let hash = keyBytes.withUnsafeBufferPointer { WordTable.hash($0, key) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            var merged = false
            while slots[slot] != 0 {
                let s = slots[slot]
                let entry = Int(s & 0xFFFF_FFFF) - 1
                if s >> 32 == hash >> 32, Int(keys[entry].count) == key.count,
                   keyBytes[Int(keys[entry].start)..<Int(keys[entry].start) + key.count].elementsEqual(keyBytes[key]) {
                    values[entry] = merge(values[entry], value)
                    merged = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if merged { keyBytes.removeLast(key.count); continue }
            slots[slot] = (hash >> 32) << 32 | UInt64(values.count + 1)
            keys.append((Int32(keyStart), Int32(key.count)))
            values.append(value)
        }
        keyBytes.append(contentsOf: repeatElement(0, count: 8))
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
            var slot = Int(truncatingIfNeeded: hash) & mask
            let tag = hash >> 32
            while true {
                let s = slots[slot]
                if s == 0 { return -1 }
                if s >> 32 == tag {
                    let entry = Int(s & 0xFFFF_FFFF) - 1
                    let key = keys[entry]
                    if Int(key.count) == range.count,
                       keyBytes.withUnsafeBufferPointer({ WordTable.equalFolded(bytes, range, $0, Int(key.start)) }) {
                        return entry
                    }
                }
                slot = (slot + 1) & mask
            }
        }
        return entry >= 0 ? values[entry] : nil
    }

    /// Whether `bytes[range]`, lowercased, equals the key at `keyStart` (of the same length).
    /// Words of up to eight bytes (nearly all) are compared in one step when eight bytes can be
    /// read from the text (the keys are padded); others byte by byte.
    @inline(__always)
    private static func equalFolded(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                    _ keys: UnsafeBufferPointer<UInt8>, _ keyStart: Int) -> Bool {
        let count = range.count
        if count <= 8, range.lowerBound <= bytes.count - 8, keyStart <= keys.count - 8,
           let text = bytes.baseAddress, let key = keys.baseAddress {
            // Little-endian order puts the word's first byte in the low bits, where `keep` looks.
            let keep: UInt64 = count == 8 ? ~0 : (1 << UInt64(8 * count)) - 1
            let t = UInt64(littleEndian: UnsafeRawPointer(text).loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self))
            let w = UInt64(littleEndian: UnsafeRawPointer(key).loadUnaligned(fromByteOffset: keyStart, as: UInt64.self))
            return (SWAR.lowercased(t) ^ w) & keep == 0
        }
        var k = keyStart
        for i in range {
            if ByteClass.lower(bytes[i]) != keys[k] { return false }
            k += 1
        }
        return true
    }

    /// Looks up a Swift string (for tests and cold paths).
    func lookup(_ word: String) -> Value? {
        var copy = word
        return copy.withUTF8 { lookup($0, 0..<$0.count) }
    }
}

extension WordTable: Sendable where Value: Sendable {}
