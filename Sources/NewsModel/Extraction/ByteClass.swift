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

    /// Whether the byte starts (or continues) a multi-byte UTF-8 sequence.
    @inline(__always) static func isNonASCII(_ b: UInt8) -> Bool { b >= 0x80 }

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
