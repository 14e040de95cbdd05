import Foundation
import Testing
@testable import NewsQuery

/// grammar.md's "Collections and fields" tables stay true to `Schema`: every collection has a
/// table listing exactly its fields, in order, with the type `.schema` prints, every alias,
/// an example, and the default columns.
@Suite struct GrammarSchemaTablesTests {
    /// One row of a field table: `| \`name\` | type | meaning | example |`.
    struct Row {
        var name: String
        var type: String
        var meaning: String
        var example: String
    }

    /// The text of the `### \`collection\`` section under "## Collections and fields".
    static func section(of collection: CollectionName) throws -> String {
        let grammar = try GrammarDocumentTests.grammar()
        guard let chapter = grammar.range(of: "\n## Collections and fields\n") else { return "" }
        let after = grammar[chapter.upperBound...]
        let chapterEnd = after.range(of: "\n## ")?.lowerBound ?? after.endIndex
        let body = after[..<chapterEnd]
        guard let heading = body.range(of: "\n### `\(collection.rawValue)`\n") else { return "" }
        let rest = body[heading.upperBound...]
        return String(rest[..<(rest.range(of: "\n### ")?.lowerBound ?? rest.endIndex)])
    }

    /// The field rows of a section: cells split at ` | `, with `\|` kept as a literal bar.
    static func rows(in section: String) -> [Row] {
        section.split(separator: "\n").compactMap { line -> Row? in
            guard line.hasPrefix("| `"), line.hasSuffix(" |") else { return nil }
            let inner = line.dropFirst(2).dropLast(2).replacingOccurrences(of: "\\|", with: "\u{0}")
            let cells = inner.components(separatedBy: " | ").map { $0.replacingOccurrences(of: "\u{0}", with: "|") }
            guard cells.count == 4 else { return nil }
            let name = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            return Row(name: name, type: cells[1], meaning: cells[2], example: cells[3])
        }
    }

    @Test(arguments: CollectionName.allCases)
    func theTableListsEveryFieldWithItsType(_ collection: CollectionName) throws {
        let section = try Self.section(of: collection)
        #expect(!section.isEmpty, "grammar.md has no ### `\(collection)` table under ## Collections and fields")
        let rows = Self.rows(in: section)
        let fields = Schema.fields(of: collection)
        #expect(rows.map(\.name) == fields.map(\.name))
        for field in fields {
            guard let row = rows.first(where: { $0.name == field.name }) else { continue }
            #expect(row.type == field.type.description, "\(collection).\(field.name)")
            #expect(!row.meaning.isEmpty && !row.example.isEmpty, "\(collection).\(field.name)")
            for alias in field.aliases {
                #expect(row.meaning.contains("(also `\(alias)`)"), "\(collection).\(field.name) does not mention '\(alias)'")
            }
        }
    }

    @Test(arguments: CollectionName.allCases)
    func theDefaultColumnsAreNamed(_ collection: CollectionName) throws {
        let section = try Self.section(of: collection)
        let line = "Default columns: `" + Schema.defaultFields(of: collection).joined(separator: ", ") + "`."
        #expect(section.contains(line), "\(collection): expected \(line)")
    }

    @Test func rowsSplitAtBarsButNotAtEscapedBars() {
        let rows = Self.rows(in: "| `kind` | direct\\|partial | the kind (also `k`) | `direct` |\n| not a row |")
        #expect(rows.count == 1)
        #expect(rows.first?.type == "direct|partial")
        #expect(rows.first?.example == "`direct`")
    }
}
