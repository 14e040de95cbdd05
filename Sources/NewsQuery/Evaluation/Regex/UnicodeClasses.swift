/// The predefined classes `\d`, `\w`, `\s`, and the word-character test behind `\b`.
///
/// - `\d` is the ASCII digits `0-9` (news text writes numbers in ASCII).
/// - `\w` is Unicode-aware: letters (L*), marks (M*), decimal digits (Nd) and connector
///   punctuation (Pc, e.g. `_`), taken from the standard library's Unicode data, so `王毅`
///   and `café` are words and curly quotes and dashes are not.
/// - `\s` is Unicode White_Space, which includes the no-break space U+00A0 common in
///   scraped articles.
enum UnicodeClasses {
    /// `[0-9]`.
    static let digit = ScalarSet([0x30...0x39])

    /// Unicode White_Space (a short, stable list).
    static let whitespace = ScalarSet([
        0x09...0x0D, 0x20...0x20, 0x85...0x85, 0xA0...0xA0, 0x1680...0x1680,
        0x2000...0x200A, 0x2028...0x2029, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000,
    ])

    /// Letters, marks, decimal digits and connector punctuation; computed once, on first use.
    ///
    /// Planes 4–13 and 15–16 hold no such characters (unassigned or private use), so only
    /// planes 0–3 and the variation selectors of plane 14 are scanned.
    static let word: ScalarSet = {
        var ranges: [ClosedRange<UInt32>] = []
        for plane in [UInt32(0)...0x3FFFF, 0xE0000...0xE0FFF] {
            var runStart: UInt32?
            for value in plane {
                let member = Unicode.Scalar(value).map(isWordCategory) ?? false
                if member {
                    if runStart == nil { runStart = value }
                } else if let start = runStart {
                    ranges.append(start...(value - 1))
                    runStart = nil
                }
            }
            if let start = runStart { ranges.append(start...plane.upperBound) }
        }
        return ScalarSet(ranges)
    }()

    /// Whether the scalar with this value is a word character (ASCII fast path).
    @inline(__always)
    static func isWord(_ value: UInt32) -> Bool {
        if value < 0x80 { return isASCIIWordByte(UInt8(truncatingIfNeeded: value)) }
        return word.contains(value)
    }

    /// `[0-9A-Za-z_]`.
    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: true
        default: false
        }
    }

    private static func isWordCategory(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
            true
        default:
            false
        }
    }
}
