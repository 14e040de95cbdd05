import Testing
@testable import NewsQuery

@Suite struct ScriptSplitterTests {
    /// The items of `script` as `S:text` and `D:text`.
    func items(_ script: String) -> [String] {
        let source = testSource(script)
        return ScriptSplitter.split(source).map {
            switch $0 {
            case .statement(let range): "S:" + source.text(in: range)
            case .dotCommand(let range): "D:" + source.text(in: range)
            }
        }
    }

    @Test(arguments: [
        // One clause per line, as the issue lays it out.
        ("quotes\n  where speaker = \"Wang Yi\" and\n    topic = taiwan\n  select text, outlet",
         ["S:quotes\n  where speaker = \"Wang Yi\" and\n    topic = taiwan\n  select text, outlet"]),
        ("quotes; articles", ["S:quotes", "S:articles"]),
        ("quotes;\narticles;\n;;", ["S:quotes", "S:articles"]),
        ("quotes\narticles", ["S:quotes", "S:articles"]),
        ("-- a comment\n\nquotes -- why\n\n   -- another\narticles\n", ["S:quotes", "S:articles"]),
        ("#!/usr/bin/env newsq\nquotes", ["S:quotes"]),
        ("quotes\n#!not a shebang", ["S:quotes", "S:#!not a shebang"]),
        (".mode csv\nquotes\n   .help me", ["D:.mode csv", "S:quotes", "D:.help me"]),
        ("quotes; .help", ["S:quotes", "S:.help"]),
        // A statement continues while it is incomplete...
        ("quotes where a = 1 and\nb = 2\narticles", ["S:quotes where a = 1 and\nb = 2", "S:articles"]),
        ("quotes where\n  a = 1", ["S:quotes where\n  a = 1"]),
        ("quotes where (a = 1\nor b = 2)\narticles", ["S:quotes where (a = 1\nor b = 2)", "S:articles"]),
        ("quotes where (a = 1\n)", ["S:quotes where (a = 1\n)"]),
        ("quotes where a in [x\n, y]", ["S:quotes where a in [x\n, y]"]),
        ("quotes where article\n.outlet = x", ["S:quotes where article\n.outlet = x"]),
        ("quotes where a =\n\"x\"", ["S:quotes where a =\n\"x\""]),
        ("quotes where a is\nnot missing", ["S:quotes where a is\nnot missing"]),
        ("quotes where a = \"x\ny\" limit 1\narticles", ["S:quotes where a = \"x\ny\" limit 1", "S:articles"]),
        ("let x =\n  quotes\nshow quote\n  3", ["S:let x =\n  quotes", "S:show quote\n  3"]),
        ("quotes sort\nby date", ["S:quotes sort\nby date"]),
        // ...or the next line begins with a clause keyword.
        ("quotes\nwhere a = 1\nSORT by x\nlimit 3\nselect a\ncount", ["S:quotes\nwhere a = 1\nSORT by x\nlimit 3\nselect a\ncount"]),
        ("quotes where a = 1\n  or b = 2\n  and c = 3", ["S:quotes where a = 1\n  or b = 2\n  and c = 3"]),
        ("quotes where a = 1\n-- a comment between clauses\n\n  limit 3", ["S:quotes where a = 1\n-- a comment between clauses\n\n  limit 3"]),
        // Otherwise the line ends it, even where a same-line token would have continued it.
        ("quotes sort by date\n, title", ["S:quotes sort by date", "S:, title"]),
        ("quotes select a\n.b", ["S:quotes select a", "D:.b"]),
        ("quotes count\nby speaker", ["S:quotes count", "S:by speaker"]),
        // Errors do not swallow the following lines.
        ("quotes wher x\narticles", ["S:quotes wher x", "S:articles"]),
        ("quotes where a = = b\narticles", ["S:quotes where a = = b", "S:articles"]),
        ("quotes where (a = = b\narticles", ["S:quotes where (a = = b", "S:articles"]),
        (")\nquotes", ["S:)", "S:quotes"]),
        // Line endings, emptiness.
        ("quotes\r\nwhere a = 1\r\n.help\r\n", ["S:quotes\r\nwhere a = 1", "D:.help"]),
        ("", []),
        ("-- only\n-- comments\n\n", []),
    ])
    func split(script: String, expected: [String]) {
        #expect(items(script) == expected)
    }

    @Test func anUnterminatedStringRunsToTheEnd() {
        #expect(items("quotes where a = \"x\narticles\n") == ["S:quotes where a = \"x\narticles\n"])
    }

    @Test func statementsKeepTheScriptsLinesInTheirErrors() {
        let source = SourceFile(name: "demo.q", text: "-- demo\nquotes\n\nquotes\n  where speaker =\n")
        let ranges = ScriptSplitter.split(source).compactMap { item -> SourceRange? in
            if case .statement(let range) = item { return range }
            return nil
        }
        #expect(ranges.count == 2)
        let diagnostics = ranges.flatMap { Parser.parse(source, in: $0).diagnostics }
        #expect(diagnostics.map { "\(source.position(of: $0.range.lowerBound)): \($0.message)" }
                == ["5:18: expected a value after '=', found end of input"])
    }

    @Test func eachStatementParsesAloneAsTheSplitterSawIt() {
        let script = """
            quotes
              where speaker = "Wang Yi" and
                topic = taiwan
              select text, outlet
            let recent = articles where date >= 2023-06-01
            recent sort by date desc; show article 2
            """
        let source = testSource(script)
        let printed = ScriptSplitter.split(source).flatMap { item -> [String] in
            guard case .statement(let range) = item else { return [] }
            return Parser.parse(source, in: range).statements.map(StatementPrinter.print)
        }
        #expect(printed == [
            "quotes where speaker = \"Wang Yi\" and topic = taiwan select text, outlet",
            "let recent = articles where date >= 2023-06-01",
            "recent sort by date desc",
            "show article 2",
        ])
    }

    @Test func aLargeScriptSplitsIntoEveryStatement() {
        let block = "quotes\n  where speaker = \"Wang Yi\" and\n    topic = taiwan\n  limit 5;\n.mode csv\n-- note\n"
        let script = String(repeating: block, count: 5_000)
        let items = ScriptSplitter.split(testSource(script))
        #expect(items.count == 10_000)
    }

    @Test func aLongStatementLaidOutOnePartPerLineIsOneItem() {
        let lines = (0..<5_000).map { "  or id = \($0)" }.joined(separator: "\n")
        let items = ScriptSplitter.split(testSource("quotes where id = -1\n" + lines + "\narticles"))
        #expect(items.count == 2)
    }
}
