#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Byte classes

/// Classification of single UTF-8 bytes and the few multi-byte punctuation marks
/// news text uses (curly quotes, dashes, ellipsis, non-breaking space).
///
/// Everything here works on raw bytes so the hot scanning loops never build
/// `Character`s or `String`s.
enum ByteClass {
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isAlpha(b) || isDigit(b) }

    /// ASCII lowercase of one byte; other bytes unchanged.
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// Whether `bytes[range]` is longer than `suffix` and ends with it, ignoring ASCII case
    /// (`suffix` is lowercase): "Chennai-based" ends with "-based".
    static func endsLonger(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, with suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard range.count > n, range.upperBound <= bytes.count else { return false }
        for j in 0..<n where lower(bytes[range.upperBound - n + j]) != suffix.utf8Start[j] { return false }
        return true
    }

    /// The index of the first `byte` in `bytes` at or after `start`, or `nil`. The C library's
    /// `memchr` passes over long runs without it many bytes at a time.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let from = max(start, 0)
        guard let base = bytes.baseAddress, from < bytes.count,
              let found = memchr(base + from, Int32(byte), bytes.count - from) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Whether the two-byte sequence `c3 xx` is an uppercase Latin-1 letter (À–Þ except ×).
    @inline(__always) static func isLatinUpper(_ lead: UInt8, _ next: UInt8) -> Bool {
        lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97
    }
}

// MARK: - Multi-byte punctuation

/// Punctuation marks that matter to extraction, decoded from their UTF-8 bytes.
enum Mark: UInt8 {
    case straightDouble      // "
    case straightSingle      // '
    case leftDouble          // “
    case rightDouble         // ”
    case leftSingle          // ‘
    case rightSingle         // ’
    case lowDouble           // „
    case leftGuillemet       // «
    case rightGuillemet      // »
    case enDash              // –
    case emDash              // —
    case ellipsis            // …
    case nbsp                // U+00A0
    case zeroWidth           // U+200B
    case bullet              // •
    case copyright           // ©

    /// The mark starting at `bytes[i]` and its length in bytes, or `nil`.
    @inline(__always)
    static func at(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Mark, Int)? {
        let b = bytes[i]
        if b == 0x22 { return (.straightDouble, 1) }
        if b == 0x27 { return (.straightSingle, 1) }
        if b < 0xC2 { return nil }
        if b == 0xC2, i + 1 < bytes.count {
            switch bytes[i + 1] {
            case 0xAB: return (.leftGuillemet, 2)
            case 0xBB: return (.rightGuillemet, 2)
            case 0xA0: return (.nbsp, 2)
            case 0xA9: return (.copyright, 2)
            default: return nil
            }
        }
        if b == 0xE2, i + 2 < bytes.count {
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            if b1 == 0x80 {
                switch b2 {
                case 0x98: return (.leftSingle, 3)
                case 0x99: return (.rightSingle, 3)
                case 0x9C: return (.leftDouble, 3)
                case 0x9D: return (.rightDouble, 3)
                case 0x9E: return (.lowDouble, 3)
                case 0x93: return (.enDash, 3)
                case 0x94: return (.emDash, 3)
                case 0xA6: return (.ellipsis, 3)
                case 0x8B: return (.zeroWidth, 3)
                case 0xA2: return (.bullet, 3)
                default: return nil
                }
            }
        }
        return nil
    }

    /// Whether this mark is a quotation mark of any kind.
    var isQuote: Bool {
        switch self {
        case .straightDouble, .straightSingle, .leftDouble, .rightDouble, .leftSingle,
             .rightSingle, .lowDouble, .leftGuillemet, .rightGuillemet: return true
        default: return false
        }
    }

    /// Whether this quotation mark is a single (apostrophe-like) one.
    var isSingle: Bool { self == .straightSingle || self == .leftSingle || self == .rightSingle }

    /// Whether the mark reads as whitespace.
    var isSpace: Bool { self == .nbsp || self == .zeroWidth }

    /// Whether the mark is a dash.
    var isDash: Bool { self == .enDash || self == .emDash }
}

// MARK: - Eight bytes at a time

/// Byte-wise tests on eight bytes packed in a `UInt64` ("SIMD within a register").
enum SWAR {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Non-zero when some byte of `w` is below `n` (`n` ≤ 128); exact as a yes/no answer.
    @inline(__always) static func hasLess(_ w: UInt64, than n: UInt8) -> UInt64 {
        (w &- ones &* UInt64(n)) & ~w & highs
    }

    /// Non-zero when some byte of `w` is zero; exact as a yes/no answer.
    @inline(__always) static func hasZero(_ w: UInt64) -> UInt64 { hasLess(w, than: 1) }

    /// Non-zero when some byte of `w` is above `n` (`n` ≤ 127); exact as a yes/no answer.
    @inline(__always) static func hasMore(_ w: UInt64, than n: UInt8) -> UInt64 {
        ((w &+ ones &* UInt64(127 - n)) | w) & highs
    }

    /// The eight bytes with `A`–`Z` lowercased and every other byte unchanged (``ByteClass/lower(_:)`` on each).
    @inline(__always) static func lowercased(_ w: UInt64) -> UInt64 {
        // On the low seven bits nothing carries between bytes; the top bit rules out non-ASCII bytes.
        let low = w & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = (low &+ 0x3F3F_3F3F_3F3F_3F3F) & highs
        let pastZ = (low &+ 0x2525_2525_2525_2525) & highs
        let upper = atLeastA & ~pastZ & ~w & highs
        return w | (upper >> 2)
    }

}
