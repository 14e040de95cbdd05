// MARK: - Decoding bytes to text

/// Turns a file's bytes into UTF-8 text, or says why it cannot.
///
/// Valid UTF-8 passes through (a byte-order mark is dropped); UTF-16 with a byte-order
/// mark is converted; anything else that is not binary is read as Windows-1252 (a superset
/// of Latin-1), with a warning. Files with NUL bytes or many control bytes are binary.
enum TextDecoder {
    /// The outcome of decoding one file.
    enum Outcome: Equatable {
        /// UTF-8 bytes, and a warning when the file was not UTF-8.
        case text([UInt8], warning: String?)
        /// The file holds no text; the message says why.
        case skip(String)
    }

    /// Decodes `bytes`.
    static func decode(_ bytes: [UInt8]) -> Outcome {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        var body = bytes
        if body.count >= 3, body[0] == 0xEF, body[1] == 0xBB, body[2] == 0xBF { body.removeFirst(3) }
        let facts = body.withUnsafeBufferPointer(scan)
        if facts.nul { return .skip("binary file (contains NUL bytes); skipped") }
        guard facts.visible else { return .skip("empty file") }
        if facts.controls * 20 > body.count { return .skip("binary file (\(facts.controls) control bytes); skipped") }
        if facts.validUTF8 { return .text(body, warning: nil) }
        return .text(windows1252ToUTF8(body), warning: "not valid UTF-8; decoded as Windows-1252")
    }

    /// What one pass over the bytes finds: NUL bytes, other control bytes, any visible
    /// character, and whether the bytes are well-formed UTF-8. Runs of printable ASCII
    /// (spaces included) are checked sixteen or eight bytes at a time.
    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> (nul: Bool, controls: Int, visible: Bool, validUTF8: Bool) {
        let n = b.count
        var controls = 0
        var visible = false
        var valid = true
        var i = 0
        guard let base = b.baseAddress else { return (false, 0, false, true) }
        let raw = UnsafeRawPointer(base)
        while i < n {
            // Once something visible was seen, sixteen printable ASCII bytes at a time (most
            // of a line of prose); else eight, which also notices visible characters.
            if visible, i + ByteBlock.width <= n, ByteBlock.isPrintableASCII(ByteBlock.load(base, i)) {
                i += ByteBlock.width
                continue
            }
            if i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // All eight bytes printable ASCII (0x20...0x7E): valid, no controls; visible
                // when any is above the space.
                if SWAR.hasLess(w, than: 0x20) == 0 && SWAR.hasMore(w, than: 0x7E) == 0 {
                    if !visible && SWAR.hasMore(w, than: 0x20) != 0 { visible = true }
                    i += 8
                    continue
                }
            }
            let c = b[i]
            if c < 0x80 {
                if c == 0 { return (true, controls, visible, valid) }
                if c < 0x09 || (c > 0x0D && c < 0x20) || c == 0x7F { controls += 1; visible = true }
                else if c > 0x20 { visible = true }
                i += 1
                continue
            }
            visible = true
            let length = valid ? utf8SequenceLength(b, i) : 0
            if length == 0 { valid = false; i += 1 } else { i += length }
        }
        return (false, controls, visible, valid)
    }

    /// The length of the well-formed UTF-8 sequence starting at `i` (a byte ≥ 0x80), or 0.
    @inline(__always)
    private static func utf8SequenceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = b.count
        let c = b[i]
        let need: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lower = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 2
        case 0xED: need = 2; upper = 0x9F
        case 0xF0: need = 3; lower = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; upper = 0x8F
        default: return 0
        }
        guard i + need < n, b[i + 1] >= lower, b[i + 1] <= upper else { return 0 }
        var k = 2
        while k <= need {
            guard b[i + k] & 0xC0 == 0x80 else { return 0 }
            k += 1
        }
        return need + 1
    }

    // MARK: - UTF-8

    /// Whether `bytes` is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                if b[i] < 0x80 { i += 1; continue }
                let length = utf8SequenceLength(b, i)
                if length == 0 { return false }
                i += length
            }
            return true
        }
    }

    // MARK: - Windows-1252

    /// Unicode scalars of Windows-1252 bytes 0x80–0x9F (undefined bytes become U+FFFD).
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Converts Windows-1252 bytes to UTF-8.
    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalar: UInt32 = b < 0xA0 ? high[Int(b - 0x80)] : UInt32(b)
            appendUTF8(scalar, to: &out)
        }
        return out
    }

    private static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 { out.append(UInt8(v)) }
        else if v < 0x800 { out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F))) }
        else {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    // MARK: - UTF-16

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> Outcome {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        let text = String(decoding: units, as: UTF16.self)
        let utf8 = Array(text.utf8)
        guard utf8.contains(where: { !ByteClass.isSpace($0) }) else { return .skip("empty file") }
        if utf8.contains(0) { return .skip("binary file (contains NUL characters); skipped") }
        return .text(utf8, warning: "decoded as UTF-16")
    }
}
