// MARK: - Datelines and credits

/// Reads the outlet and date a text states about itself: a wire dateline
/// ("June 19 (UPI) --", "BEIJING, June 19, 2023 (Reuters) -") or a copyright line ("© AFP 2023").
enum Dateline {
    /// The outlet and date of a dateline opening `paragraph`, when it has one.
    static func parse(_ paragraph: [UInt8]) -> (outlet: String?, date: CalendarDate?) {
        // The dateline ends at the first dash ("--", "-", "–", "—") within the first 80 bytes.
        let limit = min(paragraph.count, 90)
        var dash = -1
        var i = 0
        while i < limit {
            let b = paragraph[i]
            if b == UInt8(ascii: "-"), i > 0, paragraph[i - 1] == 0x20 { dash = i; break }
            if b == 0xE2, i + 2 < paragraph.count, paragraph[i + 1] == 0x80, paragraph[i + 2] == 0x93 || paragraph[i + 2] == 0x94,
               i > 0, paragraph[i - 1] == 0x20 {
                dash = i; break
            }
            i += 1
        }
        guard dash > 0 else { return (nil, nil) }
        let head = String(decoding: paragraph[0..<dash], as: UTF8.self)
        var outlet: String?
        if let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") {
            let inside = String(head[head.index(after: open)..<close]).trimmingASCII(" ")
            let words = inside.split(separator: " ")
            if !words.isEmpty, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase ?? false }) { outlet = String(inside) }
        }
        let words = DateParser.words(of: head)
        let hasMonthDay = zip(words, words.dropFirst()).contains { a, b in
            DateParser.month(a) != nil && Int(b) != nil || Int(a) != nil && DateParser.month(b) != nil
        }
        // Words before the date must be a place in capitals ("BEIJING,") or nothing.
        guard outlet != nil || hasMonthDay else { return (nil, nil) }
        let prose = head.split(separator: " ").filter { w in
            guard let f = w.first else { return false }
            return f.isLowercase && DateParser.month(String(w)) == nil
        }
        guard prose.isEmpty else { return (nil, nil) }
        return (outlet, DateParser.firstDate(in: words))
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
