/// Translating scalar ranges into UTF-8 byte-range sequences, and decoding scalars from bytes.
enum UTF8Sequences {
    /// One way to encode part of a scalar range: a byte range per encoded byte (1–4 of them).
    typealias Sequence = [ClosedRange<UInt8>]

    /// Byte-range sequences that together match exactly the UTF-8 encodings of the
    /// members of `set`, in ascending order. Each sequence's ranges are aligned so that
    /// every combination of bytes in them is the encoding of a member.
    static func sequences(for set: ScalarSet) -> [Sequence] {
        var result: [Sequence] = []
        for range in set.ranges { appendSequences(for: range, to: &result) }
        return result
    }

    /// Splits `range` at encoded-length and continuation-byte boundaries (the classic
    /// utf8-ranges construction), using a work stack instead of recursion.
    private static func appendSequences(for range: ClosedRange<UInt32>, to result: inout [Sequence]) {
        var stack: [ClosedRange<UInt32>] = [range]
        outer: while var current = stack.popLast() {
            inner: while true {
                for lengthLimit: UInt32 in [0x7F, 0x7FF, 0xFFFF] where
                    current.lowerBound <= lengthLimit && lengthLimit < current.upperBound {
                    stack.append((lengthLimit + 1)...current.upperBound)
                    current = current.lowerBound...lengthLimit
                    continue inner
                }
                if current.upperBound <= 0x7F {
                    result.append([UInt8(current.lowerBound)...UInt8(current.upperBound)])
                    continue outer
                }
                for continuationCount: UInt32 in 1...3 {
                    let mask: UInt32 = (1 << (6 * continuationCount)) - 1
                    guard current.lowerBound & ~mask != current.upperBound & ~mask else { continue }
                    if current.lowerBound & mask != 0 {
                        stack.append(((current.lowerBound | mask) + 1)...current.upperBound)
                        current = current.lowerBound...(current.lowerBound | mask)
                        continue inner
                    }
                    if current.upperBound & mask != mask {
                        stack.append((current.upperBound & ~mask)...current.upperBound)
                        current = current.lowerBound...((current.upperBound & ~mask) - 1)
                        continue inner
                    }
                }
                let low = encode(current.lowerBound)
                let high = encode(current.upperBound)
                result.append(zip(low, high).map { $0...$1 })
                continue outer
            }
        }
    }

    /// The UTF-8 encoding of a scalar value (no validation: callers pass scalar values).
    static func encode(_ value: UInt32) -> [UInt8] {
        switch value {
        case 0..<0x80:
            return [UInt8(value)]
        case 0x80..<0x800:
            return [UInt8(0xC0 | (value >> 6)), UInt8(0x80 | (value & 0x3F))]
        case 0x800..<0x10000:
            return [UInt8(0xE0 | (value >> 12)), UInt8(0x80 | ((value >> 6) & 0x3F)),
                    UInt8(0x80 | (value & 0x3F))]
        default:
            return [UInt8(0xF0 | (value >> 18)), UInt8(0x80 | ((value >> 12) & 0x3F)),
                    UInt8(0x80 | ((value >> 6) & 0x3F)), UInt8(0x80 | (value & 0x3F))]
        }
    }

    // MARK: - Decoding

    /// Whether `byte` continues a multi-byte encoding (`10xxxxxx`).
    @inline(__always)
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The scalar value encoded at `index`, or nil for a malformed or truncated encoding.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index >= 0, index < bytes.count else { return nil }
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0x00..<0x80: return UInt32(lead)
        case 0xC2..<0xE0: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0..<0xF5: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard isContinuation(byte) else { return nil }
            value = (value << 6) | UInt32(byte & 0x3F)
        }
        return value
    }

    /// The scalar value that ends just before `index`, or nil at the start or for malformed bytes.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> UInt32? {
        guard index > 0, index <= bytes.count else { return nil }
        var start = index - 1
        while start > 0, index - start < 4, isContinuation(bytes[start]) { start -= 1 }
        guard let value = decode(bytes, at: start), encodedLength(value) == index - start else { return nil }
        return value
    }

    /// Number of bytes in the UTF-8 encoding of a scalar value.
    static func encodedLength(_ value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
    }
}
