import Foundation
import Testing

/// grammar.md's catalogue of semantic errors, warnings and shell errors stays true: each line
/// "- `INPUT` ⇒ `L:C: severity: message`" is what `newsq -e INPUT` prints first on the bundled
/// corpus. (The syntax errors, "- `INPUT` → `L:C: message`", are checked against the parser
/// by NewsQueryTests' GrammarDocumentTests.)
@Suite struct GrammarCatalogueTests {
    /// One catalogue line.
    struct Entry: Sendable, CustomTestStringConvertible {
        var input: String
        var expected: String
        var testDescription: String { input }
    }

    /// Every "- `INPUT` ⇒ `EXPECTED`" line of grammar.md.
    static func entries() -> [Entry] {
        let path = TestEnvironment.packageRoot + "/grammar.md"
        guard let grammar = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return grammar.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("- `"), let arrow = line.range(of: "` ⇒ `") else { return nil }
            let input = line[line.index(line.startIndex, offsetBy: 3)..<arrow.lowerBound]
            let rest = line[arrow.upperBound...]
            guard let close = rest.firstIndex(of: "`") else { return nil }
            return Entry(input: String(input), expected: String(rest[..<close]))
        }
    }

    @Test(arguments: entries())
    func theCatalogueLineIsWhatNewsqPrints(_ entry: Entry) throws {
        let run = try NewsqRun.run(["-e", entry.input])
        let firstLine = run.standardError.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
        #expect(firstLine == "<command-line>:" + entry.expected)
        let isWarning = entry.expected.contains(": warning: ")
        #expect(isWarning ? run.status == 0 : run.status == 1 || run.status == 3, "status \(run.status)")
    }

    @Test func theCatalogueCoversEachKind() {
        let entries = Self.entries()
        #expect(entries.count >= 40)
        #expect(entries.contains { $0.expected.contains(": warning: ") })
        #expect(entries.contains { $0.input.hasPrefix(".") })
    }
}
