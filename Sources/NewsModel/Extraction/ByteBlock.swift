// MARK: - Sixteen bytes at a time

/// Sixteen bytes compared at once (`SIMD16`), for scans of long lines that look for a
/// pattern which is usually absent: a block where it is absent costs a few vector
/// instructions instead of sixteen byte tests, and only the lanes that match are looked at.
enum ByteBlock {
    typealias Bytes = SIMD16<UInt8>
    typealias Lanes = SIMDMask<SIMD16<Int8>>

    /// The number of bytes a block holds.
    static let width = 16

    /// The sixteen bytes at `offset` from `base`; the caller keeps `offset + 16` within its buffer.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ offset: Int) -> Bytes {
        UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: Bytes.self)
    }

    /// The sixteen bytes at `offset` with ASCII letters folded to lowercase by setting bit 5
    /// (other bytes may change too, so a match on them must be confirmed byte by byte).
    @inline(__always)
    static func loadFolded(_ base: UnsafePointer<UInt8>, _ offset: Int) -> Bytes {
        load(base, offset) | Bytes(repeating: 0x20)
    }

    /// The lanes of `bytes` equal to `byte`. (The standard library's vector-and-scalar `.==`
    /// compares lane by lane in a loop; against a vector it is one instruction.)
    @inline(__always)
    static func lanes(of bytes: Bytes, equalTo byte: UInt8) -> Lanes {
        bytes .== Bytes(repeating: byte)
    }

    /// Whether every byte of `bytes` is printable ASCII (a space through `~`), in a few vector
    /// instructions.
    @inline(__always)
    static func isPrintableASCII(_ bytes: Bytes) -> Bool {
        // Bytes below the space wrap around to large values, so one unsigned comparison
        // tests both ends of the range.
        let inRange = (bytes &- Bytes(repeating: 0x20)) .< Bytes(repeating: 0x5F)
        let words = unsafeBitCast(inRange, to: SIMD2<UInt64>.self)
        return words[0] & words[1] == ~0
    }

    /// Whether `test` holds at some set lane of `lanes` (lane `k` is the byte at `offset + k`),
    /// trying the lanes in order. Blocks without a set lane cost one comparison.
    @inline(__always)
    static func anyLane(_ lanes: Lanes, at offset: Int, where test: (Int) -> Bool) -> Bool {
        // A lane is 0x00 or 0xFF; as two little-endian words, the lowest set byte comes first.
        // (`any(_:)` on the mask is not inlined, hence the words.)
        let words = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        guard words[0] | words[1] != 0 else { return false }
        for half in 0..<2 {
            var set = words[half]
            while set != 0 {
                let lane = set.trailingZeroBitCount / 8
                if test(offset + 8 * half + lane) { return true }
                set &= ~(0xFF << UInt64(8 * lane))
            }
        }
        return false
    }
}
