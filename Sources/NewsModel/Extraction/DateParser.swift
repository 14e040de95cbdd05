// MARK: - Dates in text

/// Parses the calendar dates news pages print: `19 Jun 2023`, `June 19, 2023`,
/// `Friday, March 1, 2024`, `2023-06-19`. A date without a year is not a date.
enum DateParser {
    /// The first full date (day, month and year) in `words`, with the index after it.
    static func firstDate(in words: [String]) -> CalendarDate? {
        var i = 0
        while i < words.count {
            if let date = date(at: i, words) { return date }
            i += 1
        }
        return nil
    }

    /// Parses a whole string as a date (ISO 8601 or words).
    static func parse(_ text: String) -> CalendarDate? {
        if let iso = CalendarDate(iso: text.trimmingASCII(" ")) { return iso }
        return firstDate(in: words(of: text))
    }

    /// Lowercase words and numbers of `text`, split at spaces and punctuation.
    static func words(of text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        for b in text.utf8 {
            if ByteClass.isAlnum(b) || b >= 0x80 { current.append(ByteClass.lower(b)) }
            else if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)); current = [] }
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }

    /// The month number of a month word ("june", "jun", "sept").
    static func month(_ word: String) -> Int? {
        // Every month name is ASCII, so a word with any other byte names none.
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var copy = word
        return copy.withUTF8(month(ascii:))
    }

    /// ``month(_:)`` of a lowercase ASCII word given as bytes, where characters and bytes agree,
    /// so no string is built for it.
    static func month(ascii word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard word.count >= 3 else { return nil }
        for (index, full) in monthNames.enumerated() {
            let name = full.utf8
            guard word[0] == name[name.startIndex], word[1] == name[name.index(after: name.startIndex)],
                  word[2] == name[name.index(name.startIndex, offsetBy: 2)] else { continue }
            if word.count == 3 || word.elementsEqual(name) { return index + 1 }
            return index == 8 && word.elementsEqual("sept".utf8) ? index + 1 : nil
        }
        return nil
    }

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                     "october", "november", "december"]

    private static func number(_ word: String, max: Int) -> Int? {
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let n = Int(digits), n >= 1, n <= max else { return nil }
        return n
    }

    /// A date starting at word `i`: "19 jun 2023" or "june 19 2023".
    private static func date(at i: Int, _ w: [String]) -> CalendarDate? {
        guard i + 2 < w.count else { return nil }
        if let day = number(w[i], max: 31), let m = month(w[i + 1]), let y = year(w[i + 2]) {
            return CalendarDate(year: y, month: m, day: day)
        }
        if let m = month(w[i]), let day = number(w[i + 1], max: 31), let y = year(w[i + 2]) {
            return CalendarDate(year: y, month: m, day: day)
        }
        return nil
    }

    private static func year(_ word: String) -> Int? {
        guard word.utf8.count == 4, let y = number(word, max: 2999), y >= 1900 else { return nil }
        return y
    }
}
