import Foundation
import NewsQuery

// MARK: - Where seeds come from

/// Reads seed material out of the package's files.
enum SeedSources {
    /// The files in `directory` whose names end in `suffix`, sorted; none if it does not exist.
    static func files(in directory: URL, suffix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// Whether a test's string literal is query text: it starts with a statement keyword or a
    /// collection name, or parses as at least one statement.
    static func looksLikeQuery(_ text: String) -> Bool {
        guard text.utf8.count >= 3 else { return false }
        let first = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).first.map { $0.lowercased() } ?? ""
        let starts = ["quotes", "articles", "people", "organisations", "entities", "topics", "outlets", "let", "show"]
        return starts.contains(first) || !Parser.parse(SourceFile(name: "<seed>", text: text)).statements.isEmpty
    }

    /// The pattern and flags of every `/regex/` after `matches` in a statement, as `pattern NUL flags`.
    static func regexLiterals(in statement: String) -> [String] {
        Lexer.tokens(of: SourceFile(name: "<seed>", text: statement)).compactMap { token in
            guard case .regex(let pattern, let flags) = token.value else { return nil }
            return pattern + "\0" + flags
        }
    }
}

// MARK: - Writing seeds

/// Writes each seed once, as a file named by its position, under a directory per harness.
struct SeedWriter {
    let output: URL
    private var seen: [String: Set<[UInt8]>] = [:]
    private var textsByTarget: [String: [String]] = [:]

    init(output: URL) { self.output = output }

    /// How many seeds each harness got.
    var counts: [String: Int] { seen.mapValues(\.count) }

    /// The text seeds of one harness, in the order added.
    func texts(of target: String) -> [String] { textsByTarget[target] ?? [] }

    mutating func add(_ text: String, to target: String) {
        if add(Array(text.utf8), to: target) { textsByTarget[target, default: []].append(text) }
    }

    @discardableResult
    mutating func add(_ bytes: [UInt8], to target: String) -> Bool {
        guard !bytes.isEmpty, seen[target, default: []].insert(bytes).inserted else { return false }
        let directory = output.appendingPathComponent(target)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let name = String(format: "seed-%05d", seen[target]?.count ?? 0)
        try? Data(bytes).write(to: directory.appendingPathComponent(name))
        return true
    }
}
