import Foundation
import NewsQuery

// Writes the seed inputs of every harness: `FuzzSeeds PACKAGE_ROOT OUTPUT_DIR` fills
// OUTPUT_DIR/{FuzzSyntax,FuzzScript,FuzzLoader,FuzzRegex}/ from the package's examples,
// grammar.md and docs, the tests' statements and patterns, the sample articles and a sample
// of the BBC corpus (when `../shared` is beside the package), and past findings (`Fuzz/regressions/`).

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    print("usage: FuzzSeeds PACKAGE_ROOT OUTPUT_DIR")
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1])
let output = URL(fileURLWithPath: arguments[2])
let files = FileManager.default
var seeds = SeedWriter(output: output)

// MARK: - Query text

/// Statements of `examples/*.q` (cut by the real splitter) and the scripts themselves.
for script in SeedSources.files(in: root.appendingPathComponent("examples"), suffix: ".q") {
    guard let text = try? String(contentsOf: script, encoding: .utf8) else { continue }
    seeds.add(text, to: "FuzzScript")
    let source = SourceFile(name: script.lastPathComponent, text: text)
    for case .statement(let range) in ScriptSplitter.split(source) { seeds.add(source.text(in: range), to: "FuzzSyntax") }
}
/// Code spans and code blocks of grammar.md and docs/*.md: statements and scripts.
let documents = [root.appendingPathComponent("grammar.md"), root.appendingPathComponent("README.md")]
    + SeedSources.files(in: root.appendingPathComponent("docs"), suffix: ".md")
for document in documents {
    guard let text = try? String(contentsOf: document, encoding: .utf8) else { continue }
    for span in MarkdownCode.spans(in: text) { seeds.add(span, to: "FuzzSyntax") }
    for block in MarkdownCode.blocks(in: text) { seeds.add(block, to: "FuzzScript") }
}
/// String literals of the query tests that parse as at least one statement or contain a keyword.
for test in SeedSources.files(in: root.appendingPathComponent("Tests/NewsQueryTests"), suffix: ".swift") {
    guard let text = try? String(contentsOf: test, encoding: .utf8) else { continue }
    for line in text.split(separator: "\n") {
        let literals = SwiftLiterals.literals(inLine: line)
        if line.contains("RegexCase("), literals.count >= 2 {
            let (pattern, flags, subject) = literals.count >= 3 ? (literals[0], literals[1], literals[2]) : (literals[0], "", literals[1])
            seeds.add(Array(pattern.utf8) + [0] + Array(flags.utf8) + [0] + Array(subject.utf8), to: "FuzzRegex")
            continue
        }
        for literal in literals where SeedSources.looksLikeQuery(literal) {
            seeds.add(literal, to: "FuzzSyntax")
            if literal.contains("\n") { seeds.add(literal, to: "FuzzScript") }
        }
    }
}
for span in seeds.texts(of: "FuzzSyntax") {
    for literal in SeedSources.regexLiterals(in: span) { seeds.add(Array(literal.utf8), to: "FuzzRegex") }
}

// MARK: - Articles

/// The sample articles and a few BBC articles of each section (and the Latin-1 one), each as
/// text (mode byte 0; 0x80 for the whole public load) and wrapped in a JSON record (1), a JSON
/// array (1) and a JSON Lines file (2).
var articles = SeedSources.files(in: root.appendingPathComponent("corpus"), suffix: ".txt")
let bbc = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/bbc")
for section in ["business", "entertainment", "politics", "sport", "tech"] {
    articles += SeedSources.files(in: bbc.appendingPathComponent(section), suffix: ".txt").prefix(3)
}
articles.append(bbc.appendingPathComponent("sport/199.txt"))
for article in articles {
    guard let data = try? Data(contentsOf: article) else { continue }
    seeds.add([0] + Array(data), to: "FuzzLoader")
    seeds.add([0x80] + Array(data), to: "FuzzLoader")  // the whole public load
    let text = String(decoding: data, as: UTF8.self)
    let lines = text.split(separator: "\n", maxSplits: 1)
    let record: [String: Any] = ["title": lines.first.map(String.init) ?? "", "text": lines.dropFirst().first.map(String.init) ?? "",
                                 "date": "2023-06-19", "source_domain": "example.org", "authors": ["A Writer"]]
    if let json = try? JSONSerialization.data(withJSONObject: record) {
        seeds.add([1] + Array(json), to: "FuzzLoader")
        seeds.add([2] + Array(json) + [0x0A] + Array(json) + [0x0A], to: "FuzzLoader")
        seeds.add([1, UInt8(ascii: "[")] + Array(json) + [UInt8(ascii: ",")] + Array(json) + [UInt8(ascii: "]")], to: "FuzzLoader")
    }
}

// MARK: - Past findings

/// Each minimised input that once failed (`Fuzz/regressions/TARGET/NAME`) seeds its harness again.
for target in ["FuzzSyntax", "FuzzScript", "FuzzLoader", "FuzzRegex"] {
    for file in SeedSources.files(in: root.appendingPathComponent("Fuzz/regressions/\(target)"), suffix: "") {
        if let data = try? Data(contentsOf: file) { seeds.add(Array(data), to: target) }
    }
}

for (target, count) in seeds.counts.sorted(by: { $0.key < $1.key }) { print("seeds: \(target): \(count)") }
