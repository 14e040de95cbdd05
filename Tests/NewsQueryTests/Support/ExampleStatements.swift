import Foundation
@testable import NewsQuery

/// The statements hostile-input tests mutate: representative ones written here, every
/// statement of `examples/*.q` (cut by the real ``ScriptSplitter``), and the statements in
/// grammar.md's code blocks — those that parse cleanly, each once.
enum ExampleStatements {
    /// Statements covering every clause, operator and literal kind.
    static let builtIn = [
        "quotes where speaker = \"Wang Yi\" and topic = taiwan select text, outlet",
        "articles where (date >= 2023-06-19 or not outlet in [UPI, \"AP\"]) count by outlet sort by x desc limit 5",
        "let w = quotes where text matches /a\\/b/i and role is not missing",
        "show quote 3; people where quotes.topic = taiwan",
        "quotes where text ~ \"trade\" and kind != fragment sort by date desc, id limit 3 select id, speaker, line",
        "people where aliases = Xi or name ~ Wang count",
        "topics where quotes.speaker.name = \"Antony Blinken\" select slug, label",
        "outlets where articles.date < 2024-01-01 sort by name",
        "quotes where words > 3 and words <= 12.5 and speaker is missing",
        "quotes where line >= -1 and text matches /^[A-Z].*\\.$/ count by speaker",
    ]

    /// The built-in statements, then those of the examples and grammar.md.
    static func all() -> [String] {
        var seen = Set<String>()
        var statements: [String] = []
        for text in builtIn + fromScripts() where seen.insert(text).inserted {
            statements.append(text)
        }
        return statements
    }

    /// The clean statements of `examples/*.q` and of grammar.md's code blocks.
    static func fromScripts() -> [String] {
        let root = GrammarDocumentTests.packageRoot
        var scripts: [String] = []
        let examples = root.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".q") {
            if let text = try? String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8) { scripts.append(text) }
        }
        if let grammar = try? String(contentsOf: root.appendingPathComponent("grammar.md"), encoding: .utf8) {
            scripts += MarkdownCode.blocks(in: grammar)
        }
        var statements: [String] = []
        for script in scripts {
            let source = SourceFile(name: "<example>", text: script)
            for case .statement(let range) in ScriptSplitter.split(source) {
                let text = source.text(in: range)
                if !Parser.parse(SourceFile(name: "<example>", text: text)).hasErrors { statements.append(text) }
            }
        }
        return statements
    }
}
