// MARK: - Datelines and credits

/// Reads the outlet and date a text states about itself: a wire dateline
/// ("June 19 (UPI) --", "BEIJING, June 19, 2023 (Reuters) -") or a copyright line ("© AFP 2023").
enum Dateline {
    /// The outlet and date of a dateline opening `paragraph`, when it has one.
    static func parse(_ paragraph: [UInt8]) -> (outlet: String?, date: CalendarDate?) {
        // The dateline ends at the first dash ("--", "-", "–", "—") within the first 80 bytes.
        let dash = paragraph.withUnsafeBufferPointer(dashAfterSpace)
        guard dash > 0, paragraph.withUnsafeBufferPointer({ mayHoldDateline(UnsafeBufferPointer(rebasing: $0[0..<dash])) })
        else { return (nil, nil) }
        let head = String(decoding: paragraph[0..<dash], as: UTF8.self)
        // ASCII heads are read byte by byte, where characters and bytes agree.
        let ascii = paragraph[0..<dash].allSatisfy { $0 < 0x80 }
        var outlet: String?
        if let inside = parenthesized(head, ascii: ascii) {
            let words = inside.split(separator: " ")
            if !words.isEmpty, words.count <= 4, words.allSatisfy({ startsUppercase($0, ascii: ascii) }) { outlet = String(inside) }
        }
        let words = DateParser.words(of: head)
        let hasMonthDay = zip(words, words.dropFirst()).contains { a, b in
            DateParser.month(a) != nil && Int(b) != nil || Int(a) != nil && DateParser.month(b) != nil
        }
        // Words before the date must be a place in capitals ("BEIJING,") or nothing.
        guard outlet != nil || hasMonthDay else { return (nil, nil) }
        let prose = head.split(separator: " ").filter { w in
            guard startsLowercase(w, ascii: ascii) else { return false }
            return DateParser.month(String(w)) == nil
        }
        guard prose.isEmpty else { return (nil, nil) }
        return (outlet, DateParser.firstDate(in: words))
    }

    /// Where the first dash after a space ("--", "-", "–", "—") within the first 90 bytes is, or -1.
    private static func dashAfterSpace(_ paragraph: UnsafeBufferPointer<UInt8>) -> Int {
        let limit = min(paragraph.count, 90)
        var i = 1
        while i < limit {
            let b = paragraph[i]
            // Most bytes are neither a hyphen nor the lead byte of a long dash.
            if b != UInt8(ascii: "-") && b != 0xE2 { i += 1; continue }
            if paragraph[i - 1] == 0x20 {
                if b == UInt8(ascii: "-") { return i }
                if i + 2 < paragraph.count, paragraph[i + 1] == 0x80, paragraph[i + 2] == 0x93 || paragraph[i + 2] == 0x94 { return i }
            }
            i += 1
        }
        return -1
    }

    /// Whether `head` has what a dateline needs before any word is decoded: an outlet needs
    /// a `(` with a `)` after it, and a "June 19" date needs an ASCII digit. Most paragraphs
    /// have a dash early but neither, and are ruled out here without building strings.
    private static func mayHoldDateline(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawOpen = false
        for b in head {
            if b &- UInt8(ascii: "0") < 10 { return true }
            if b == UInt8(ascii: "(") { sawOpen = true } else if b == UInt8(ascii: ")") && sawOpen { return true }
        }
        return false
    }

    /// The text between the first `(` and the `)` after it, trimmed of spaces.
    private static func parenthesized(_ head: String, ascii: Bool) -> String? {
        if ascii {
            let bytes = Array(head.utf8)
            guard let open = bytes.firstIndex(of: UInt8(ascii: "(")),
                  let close = bytes[open...].firstIndex(of: UInt8(ascii: ")")) else { return nil }
            return String(decoding: bytes[(open + 1)..<close], as: UTF8.self).trimmingASCII(" ")
        }
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        return String(head[head.index(after: open)..<close]).trimmingASCII(" ")
    }

    private static func startsUppercase(_ word: Substring, ascii: Bool) -> Bool {
        if ascii { return word.utf8.first.map(ByteClass.isUpper) ?? false }
        return word.first?.isUppercase ?? false
    }

    private static func startsLowercase(_ word: Substring, ascii: Bool) -> Bool {
        if ascii { return word.utf8.first.map(ByteClass.isLower) ?? false }
        return word.first?.isLowercase ?? false
    }

    /// The holder named on a copyright line: "© AFP 2023" → "AFP".
    static func copyrightHolder(_ line: String) -> String? {
        let skip: Set<String> = ["copyright", "all", "rights", "reserved", "(c)", "©", "c"]
        let words = line.split(whereSeparator: { $0 == " " || $0 == "©" }).filter { w in
            let lower = String(w).lowercased().trimmingASCII(".,")
            return !skip.contains(lower) && !lower.allSatisfy { $0.isNumber || $0 == "-" } && !lower.isEmpty
        }
        guard !words.isEmpty, words.count <= 5 else { return nil }
        return words.joined(separator: " ").trimmingASCII(".,")
    }
}
