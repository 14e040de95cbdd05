// MARK: - Code in Markdown documents

/// The query text in Markdown documents (grammar.md, README.md, docs/): code spans and code
/// blocks. Shared by the hostile-input tests and the fuzzers' seed writer (linked into
/// `Fuzz/Sources/FuzzSeeds`), so it depends on nothing.
enum MarkdownCode {
    /// The text of every inline code span (`...`) outside fenced blocks.
    static func spans(in markdown: String) -> [String] {
        var spans: [String] = []
        var fenced = false
        for line in markdown.split(separator: "\n") {
            if line.hasPrefix("```") { fenced.toggle(); continue }
            guard !fenced else { continue }
            let parts = line.split(separator: "`", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() where index % 2 == 1 && !part.isEmpty { spans.append(String(part)) }
        }
        return spans
    }

    /// The text of every fenced code block, and of every run of lines indented by four spaces.
    static func blocks(in markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring] = []
        var fenced = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if fenced { blocks.append(current.joined(separator: "\n")) }
                current = []
                fenced.toggle()
            } else if fenced || line.hasPrefix("    ") {
                current.append(fenced ? line : line.dropFirst(4))
            } else if !current.isEmpty {
                blocks.append(current.joined(separator: "\n"))
                current = []
            }
        }
        if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
        return blocks
    }
}
