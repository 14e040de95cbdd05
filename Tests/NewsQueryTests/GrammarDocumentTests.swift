import Foundation
import Testing
@testable import NewsQuery

/// grammar.md stays true: its rules are the parser's methods and its error catalogue is what
/// the parser says.
@Suite struct GrammarDocumentTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func grammar() throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("grammar.md"), encoding: .utf8)
    }

    /// `(input, expected)` for every catalogue line "- `INPUT` → `L:C: message`".
    static func catalogue() throws -> [(String, String)] {
        try grammar().split(separator: "\n").compactMap { line in
            guard line.hasPrefix("- `"), let arrow = line.range(of: "` → `") else { return nil }
            let input = line[line.index(line.startIndex, offsetBy: 3)..<arrow.lowerBound]
            let rest = line[arrow.upperBound...]
            guard let close = rest.firstIndex(of: "`") else { return nil }
            return (String(input), String(rest[..<close]))
        }
    }

    @Test func everyCatalogueExampleGivesItsError() throws {
        let entries = try Self.catalogue()
        #expect(entries.count >= 60)
        for (input, expected) in entries {
            #expect(errors(input).first == expected, "\(input)")
        }
    }

    @Test func everyGrammarRuleHasTheParseMethodOfTheSameName() throws {
        let grammar = try Self.grammar()
        guard let start = grammar.range(of: "```ebnf\n"),
              let end = grammar.range(of: "```", range: start.upperBound..<grammar.endIndex) else {
            Issue.record("grammar.md has no ebnf block")
            return
        }
        let rules = grammar[start.upperBound..<end.lowerBound].split(separator: "\n").compactMap { line -> String? in
            let name = line.prefix { $0.isLetter || $0 == "_" }
            guard !name.isEmpty, line.dropFirst(name.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") else {
                return nil
            }
            return "parse" + name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        }
        let syntax = Self.packageRoot.appendingPathComponent("Sources/NewsQuery/Syntax")
        let files = try FileManager.default.contentsOfDirectory(atPath: syntax.path).filter { $0.hasPrefix("Parser") }
        var methods: Set<String> = []
        for file in files {
            let text = try String(contentsOf: syntax.appendingPathComponent(file), encoding: .utf8)
            for part in text.components(separatedBy: "func parse").dropFirst() {
                let name = "parse" + part.prefix { $0.isLetter }
                if name != "parse" { methods.insert(name) }
            }
        }
        #expect(Set(rules) == methods)
        #expect(rules.count == 21)
    }

    @Test func theEvaluatorsSectionsAreThere() throws {
        let grammar = try Self.grammar()
        for heading in ["## Collections and fields", "## Names and aliases", "## Comparisons, case, dates and missing values"] {
            #expect(grammar.contains(heading))
        }
    }
}
