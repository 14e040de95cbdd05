// Byte and scalar classification for the lexer, which works on UTF-8 bytes: ASCII is
// decided byte by byte; a non-ASCII scalar is decoded once and classified by its
// Unicode properties (letters of any script may appear in bare words: `zürich`, `台湾`).

// MARK: - ASCII bytes

enum ASCII {
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let backslash = UInt8(ascii: "\\")
    static let slash = UInt8(ascii: "/")
    static let minus = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let underscore = UInt8(ascii: "_")
    static let leftBracket = UInt8(ascii: "[")
    static let rightBracket = UInt8(ascii: "]")
    static let leftBrace = UInt8(ascii: "{")
    static let rightBrace = UInt8(ascii: "}")

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
    /// Space, tab, carriage return, form feed, vertical tab (line feed is counted separately).
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == carriageReturn || byte == 0x0B || byte == 0x0C
    }
}

// MARK: - UTF-8 decoding

/// Decodes the scalar whose first byte is at `offset` (before `end`): the scalar and its byte length.
/// Malformed bytes decode as U+FFFD of length 1, so a caller always makes progress.
func decodeScalar(in bytes: [UInt8], at offset: Int, end: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let replacement = (Unicode.Scalar(0xFFFD as UInt32) ?? " ", 1)
    guard offset < end, offset < bytes.count else { return replacement }
    let lead = bytes[offset]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
    guard length > 0, offset + length <= min(end, bytes.count) else { return replacement }
    var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
    for i in 1..<length {
        let byte = bytes[offset + i]
        guard byte & 0xC0 == 0x80 else { return replacement }
        value = value << 6 | UInt32(byte & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else { return replacement }
    return (scalar, length)
}

// MARK: - Scalar classes

enum ScalarClass {
    /// Letters of any script: may start a bare word.
    static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic
    }

    /// Letters, marks and digits of any script: may continue a bare word.
    static func isWordContinue(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
        default: return false
        }
    }

    /// Non-ASCII spaces treated as blanks (no-break space, the typographic spaces, byte order mark).
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Line and paragraph separators, counted as line breaks.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0x85
    }

    /// Curly double quotation marks, which word processors put where `"` was meant.
    static func isCurlyDoubleQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x201C || scalar.value == 0x201D || scalar.value == 0x201E
    }

    /// How a scalar is named in a message: `'#'`, or `U+0007` when it would not print.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) || scalar.properties.generalCategory == .format
            || isBlank(scalar) || isLineBreak(scalar) {
            return "U+" + hex(value)
        }
        return "'\(Character(scalar))'"
    }

    /// `value` in upper-case hexadecimal, at least four digits.
    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
