import Foundation

// MARK: - JSON article records

/// Reads article records from `.json` (one object, or an array of objects) and `.jsonl`
/// (one object per line) files, with the field names news scrapers commonly use.
///
/// Line numbers: a JSON Lines record's line is its line in the file; a record in a JSON
/// array gets the line where its object opens. JSON text has no file lines of its own, so
/// every paragraph and quote inside a record carries the record's line.
enum JSONRecords {
    /// Field names tried, in order, for each article field.
    static let titleFields = ["title", "headline"]
    static let textFields = ["text", "maintext", "body", "content", "article_text", "articleBody"]
    static let dateFields = ["date", "date_publish", "published", "publish_date", "date_published", "datePublished"]
    static let outletFields = ["outlet", "source_domain", "source", "publisher", "site_name"]
    static let authorFields = ["authors", "author", "byline"]

    /// The articles of one JSON or JSON Lines file, and the problems met.
    static func sources(from bytes: [UInt8], file: String, lines: Bool) -> ([ArticleSource], [LoadWarning]) {
        var sources: [ArticleSource] = []
        var malformed: [Int] = []
        var textless: [Int] = []
        var firstError = ""
        func take(_ object: Any, line: Int) {
            guard let record = object as? [String: Any] else { textless.append(line); return }
            if let source = source(record, file: file, line: line) { sources.append(source) } else { textless.append(line) }
        }
        if lines {
            var lineNumber = 1
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
                let slice = bytes[start..<i]
                if slice.contains(where: { !ByteClass.isSpace($0) }) {
                    do { take(try JSONSerialization.jsonObject(with: Data(slice)), line: lineNumber) } catch {
                        if malformed.isEmpty { firstError = describe(error) }
                        malformed.append(lineNumber)
                    }
                }
                lineNumber += 1
                start = i + 1
            }
        } else {
            do {
                let object = try JSONSerialization.jsonObject(with: Data(bytes))
                if let array = object as? [Any] {
                    let starts = elementLines(bytes)
                    for (k, element) in array.enumerated() { take(element, line: k < starts.count ? starts[k] : 1) }
                } else {
                    take(object, line: 1)
                }
            } catch {
                firstError = describe(error)
                malformed.append(1)
            }
        }
        var warnings: [LoadWarning] = []
        if let first = malformed.first {
            let what = lines ? "\(malformed.count) malformed JSON record(s), first at line \(first)" : "malformed JSON"
            warnings.append(LoadWarning(file: file, message: "\(what): \(firstError)", kind: .malformed))
        }
        if let first = textless.first {
            warnings.append(LoadWarning(file: file, message:
                "\(textless.count) record(s) without article text (no \(textFields.joined(separator: "/")) field), first at line \(first)", kind: .malformed))
        }
        return (sources, warnings)
    }

    /// A short description of a JSON parse error.
    private static func describe(_ error: Error) -> String {
        let text = "\(error)"
        return text.count > 160 ? String(text.prefix(160)) + "…" : text
    }

    // MARK: - Fields

    /// The article in one record, or `nil` when it has no text.
    static func source(_ record: [String: Any], file: String, line: Int) -> ArticleSource? {
        guard let text = string(record, textFields), text.utf8.contains(where: { !ByteClass.isSpace($0) }) else { return nil }
        let date = string(record, dateFields).flatMap(DateParser.parse)
        var byline: String?
        for field in authorFields {
            if let list = record[field] as? [Any] {
                let names = list.compactMap { $0 as? String }.filter { !$0.isEmpty }
                if !names.isEmpty { byline = names.joined(separator: ", "); break }
            } else if let name = record[field] as? String, !name.isEmpty {
                byline = name; break
            }
        }
        return ArticleSource(file: file, recordLine: line, text: Array(text.utf8), fixedLine: true,
                             title: string(record, titleFields), outlet: string(record, outletFields), date: date,
                             byline: byline, url: string(record, ["url", "link"]))
    }

    private static func string(_ record: [String: Any], _ fields: [String]) -> String? {
        for field in fields {
            if let value = record[field] as? String {
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { return trimmed }
            }
        }
        return nil
    }

    // MARK: - Record lines

    /// The 1-based line where each element of a top-level JSON array starts.
    static func elementLines(_ bytes: [UInt8]) -> [Int] {
        var result: [Int] = []
        var line = 1
        var depth = 0
        var inString = false
        var escaped = false
        var expectElement = false
        for b in bytes {
            if b == 0x0A { line += 1 }
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
                continue
            }
            if expectElement && !ByteClass.isSpace(b) && b != UInt8(ascii: "]") {
                result.append(line)
                expectElement = false
            }
            switch b {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth == 1 && b == UInt8(ascii: "[") { expectElement = true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: ","): if depth == 1 { expectElement = true }
            default: break
            }
        }
        return result
    }
}
