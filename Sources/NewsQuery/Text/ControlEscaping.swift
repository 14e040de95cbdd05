/// Makes control characters visible so article or query text can never drive the terminal:
/// ESC as `\e`, other C0 controls and DEL as `\xHH`, C1 controls, bidirectional marks,
/// overrides and isolates and the Unicode line separators as `\u{HHHH}`.
public enum ControlEscaping {
    /// `text` with every control character escaped, except newline and tab when kept.
    public static func escaped(_ text: String, keepNewlines: Bool = false, keepTabs: Bool = false) -> String {
        guard needsEscaping(text, keepNewlines: keepNewlines, keepTabs: keepTabs) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if let escape = escape(scalar, keepNewlines: keepNewlines, keepTabs: keepTabs) {
                result += escape
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The escape for one scalar, or `nil` when it prints as itself.
    public static func escape(_ scalar: Unicode.Scalar, keepNewlines: Bool = false, keepTabs: Bool = false) -> String? {
        let value = scalar.value
        switch value {
        case 0x0A where keepNewlines, 0x09 where keepTabs: return nil
        case 0x1B: return "\\e"
        case 0x00...0x1F, 0x7F: return "\\x" + hex(value, digits: 2, uppercase: false)
        case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return "\\u{" + hex(value, digits: 4, uppercase: true) + "}"
        default: return nil
        }
    }

    /// Whether any byte of `text` starts a character that ``escaped(_:keepNewlines:keepTabs:)`` rewrites.
    static func needsEscaping(_ text: String, keepNewlines: Bool, keepTabs: Bool) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 {
                if !(byte == 0x0A && keepNewlines) && !(byte == 0x09 && keepTabs) { return true }
            } else if byte == 0x7F {
                return true
            } else if previous == 0xC2, (0x80...0x9F).contains(byte) {
                return true  // C1 control
            } else if previous == 0xD8, byte == 0x9C {
                return true  // U+061C arabic letter mark
            } else if beforePrevious == 0xE2, previous == 0x80, (0x8E...0x8F).contains(byte) || (0xA8...0xAE).contains(byte) {
                return true  // U+200E, U+200F, U+2028–U+202E
            } else if beforePrevious == 0xE2, previous == 0x81, (0xA6...0xA9).contains(byte) {
                return true  // U+2066–U+2069
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    private static func hex(_ value: UInt32, digits: Int, uppercase: Bool) -> String {
        let text = String(value, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
