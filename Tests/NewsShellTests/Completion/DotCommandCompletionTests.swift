import Foundation
import NewsShell
import Testing

@Suite("Dot-command completion")
struct DotCommandCompletionTests {
    @Test("command names, then their arguments", arguments: [
        CompletionCase(".mo", replacing: ".mo", [".mode"]),
        CompletionCase("  .MO", replacing: ".MO", [".mode"]),
        CompletionCase(".h", replacing: ".h", [".help", ".history"]),
        CompletionCase(".qu", replacing: ".qu", [".quit"], suffix: ""),
        CompletionCase(".", replacing: ".", DotCommandCatalog.names),
        CompletionCase(".zz", replacing: ".zz", []),
        CompletionCase(".m‸ json", replacing: ".m", [".mode"]),
        CompletionCase(".mode ", ["table", "json", "jsonl", "csv", "tsv", "markdown"]),
        CompletionCase(".mode j", replacing: "j", ["json", "jsonl"]),
        CompletionCase(".mode json ", []),
        CompletionCase(".timer o", replacing: "o", ["on", "off"]),
        CompletionCase(".pager a", replacing: "a", ["auto"]),
        CompletionCase(".bail of", replacing: "of", ["off"]),
        CompletionCase(".schema ", ["articles", "quotes", "people", "topics", "outlets"]),
        CompletionCase(".schema q", replacing: "q", ["quotes"]),
        CompletionCase(".help mo", replacing: "mo", ["mode"]),
        CompletionCase(".help wh", replacing: "wh", ["where"]),
        CompletionCase(".help .ti", replacing: ".ti", [".timer"]),
        CompletionCase(".explain quotes where spe", replacing: "spe", ["speaker"]),
        CompletionCase(".explain quotes where speaker = \"Wang Y", replacing: "\"Wang Y", ["\"Wang Yi\""]),
        CompletionCase(".explain ", ["articles", "quotes", "people", "topics", "outlets", "chinese", "recent", "let", "show"]),
        CompletionCase(".quit ", []),
        CompletionCase(".history 1", replacing: "1", []),
        CompletionCase(".bogus x", replacing: "x", []),
    ])
    func commands(_ row: CompletionCase) {
        let (line, cursor) = row.lineAndCursor
        #expect(CompletionFixture.completer().completions(for: line, cursor: cursor) == row.expected)
    }

    @Test("a line starting with '.' continuing a statement is not a dot-command")
    func continuationLineIsNotADotCommand() {
        let completer = CompletionFixture.completer(preceding: "quotes where article")
        #expect(completer.completions(for: ".ou", cursor: 3) == Completion(replaceRange: 1..<3, candidates: ["outlet"]))
    }
}

@Suite("Path completion")
struct PathCompletionTests {
    /// A fresh directory holding `Sources/`, `Scripts/`, `.hidden`, `a.q`, `b.txt`,
    /// `my file.txt` and `Sources/x.q`.
    private static func makeTree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-completion-\(UUID().uuidString)").path
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/Sources", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: root + "/Scripts", withIntermediateDirectories: true)
        for file in [".hidden", "a.q", "b.txt", "my file.txt", "Sources/x.q"] {
            #expect(manager.createFile(atPath: root + "/" + file, contents: Data("x".utf8)))
        }
        return root
    }

    @Test("paths relative to the working directory, directories with '/' and no space", arguments: [
        CompletionCase(".load Sou", replacing: "Sou", ["Sources/"], suffix: ""),
        CompletionCase(".load S", replacing: "S", ["Scripts/", "Sources/"]),
        CompletionCase(".load Sources/", replacing: "Sources/", ["Sources/x.q"]),
        CompletionCase(".load b", replacing: "b", ["b.txt"]),
        CompletionCase(".load a.q b", replacing: "b", ["b.txt"]),
        CompletionCase(".load ", ["Scripts/", "Sources/", "a.q", "b.txt", "\"my file.txt\""]),
        CompletionCase(".load .h", replacing: ".h", [".hidden"]),
        CompletionCase(".load my", replacing: "my", ["\"my file.txt\""]),
        CompletionCase(".load \"my f", replacing: "\"my f", ["\"my file.txt\""]),
        CompletionCase(".load \"Sou", replacing: "\"Sou", ["\"Sources/"], suffix: ""),
        CompletionCase(".load nothing", replacing: "nothing", []),
        CompletionCase(".load nowhere/x", replacing: "nowhere/x", []),
        CompletionCase(".run ", ["Scripts/", "Sources/", "a.q"]),
        CompletionCase(".run b", replacing: "b", ["b.txt"]),
    ])
    func paths(_ row: CompletionCase) throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (line, cursor) = row.lineAndCursor
        let completer = CompletionFixture.completer(workingDirectory: root)
        #expect(completer.completions(for: line, cursor: cursor) == row.expected)
    }

    @Test("'~' stands for the home directory; absolute paths are read as they are")
    func homeAndAbsolute() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let completer = CompletionFixture.completer(workingDirectory: "/", homeDirectory: root)
        #expect(completer.completions(for: ".load ~", cursor: 7) == Completion(replaceRange: 6..<7, candidates: ["~/"], suffixWhenUnique: ""))
        #expect(completer.completions(for: ".load ~/Sou", cursor: 11)
                == Completion(replaceRange: 6..<11, candidates: ["~/Sources/"], suffixWhenUnique: ""))
        let absolute = ".load \(root)/Sources/x"
        #expect(completer.completions(for: absolute, cursor: absolute.utf8.count)
                == Completion(replaceRange: 6..<absolute.utf8.count, candidates: ["\(root)/Sources/x.q"]))
    }
}
