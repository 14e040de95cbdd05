import Foundation
import Testing
@testable import NewsQuery

/// Input meant to break the parser: deep nesting, long chains, and every single-token
/// deletion and insertion of example statements. Nothing may trap, every diagnostic must lie
/// inside the source, whatever parses must print and parse back to the same tree, and each
/// mutant that parses also runs on the engine.
@Suite struct HostileInputTests {
    // MARK: - Depth and length

    @Test func tenThousandNestedParenthesesGiveOneClearError() {
        let text = "quotes where " + String(repeating: "(", count: 10_000) + "a = 1" + String(repeating: ")", count: 10_000)
        #expect(errors(text) == ["1:\(14 + Parser.maxDepth): expression nested too deeply (limit \(Parser.maxDepth))"])
    }

    @Test func parenthesesUpToTheLimitParse() {
        let depth = Parser.maxDepth
        let text = "quotes where " + String(repeating: "(", count: depth) + "a = 1" + String(repeating: ")", count: depth)
        #expect(errors(text) == [])
        let over = "quotes where " + String(repeating: "(", count: depth + 1) + "a = 1" + String(repeating: ")", count: depth + 1)
        #expect(errors(over).count == 1)
    }

    /// The deepest expression allowed parses on a thread with a small (1 MB) stack, even in a
    /// debug build: parse methods on the recursive path keep their frames small.
    @Test func theDeepestAllowedExpressionFitsASmallStack() {
        let half = Parser.maxDepth / 2
        let text = "quotes where " + String(repeating: "(not ", count: half) + "a = 1" + String(repeating: ")", count: half)
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var errorCount = -1
        let thread = Thread {
            errorCount = Parser.parse(testSource(text)).diagnostics.count
            finished.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        finished.wait()
        #expect(errorCount == 0)
    }

    @Test func tenThousandNotsGiveOneClearError() {
        let text = "quotes where " + String(repeating: "not ", count: 10_000) + "a = 1"
        #expect(errors(text) == ["1:\(14 + 4 * Parser.maxDepth): expression nested too deeply (limit \(Parser.maxDepth))"])
    }

    @Test func tenThousandTermOrChainIsOneFlatNode() throws {
        let text = "quotes where " + (0..<10_000).map { "id = \($0)" }.joined(separator: " or ")
        let result = Parser.parse(testSource(text))
        #expect(result.diagnostics.isEmpty)
        let statement = try #require(result.statements.first)
        guard case .query(let query) = statement.kind, case .or(let operands)? = query.filter?.kind else {
            Issue.record("expected an or node")
            return
        }
        #expect(operands.count == 10_000)
        #expect(Parser.parse(testSource(StatementPrinter.print(statement))).statements.first?.isStructurallyEqual(to: statement) == true)
    }

    @Test func tenThousandTermAndChainIsOneFlatNode() throws {
        let text = "quotes where " + (0..<10_000).map { "id != \($0)" }.joined(separator: " and ")
        let statement = try #require(Parser.parse(testSource(text)).statements.first)
        guard case .query(let query) = statement.kind, case .and(let operands)? = query.filter?.kind else {
            Issue.record("expected an and node")
            return
        }
        #expect(operands.count == 10_000)
    }

    @Test func deeplyNestedListsAreRejectedWithoutRecursion() {
        let text = "quotes where a in " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(errors(text) == ["1:20: lists cannot be nested"])
    }

    @Test func deepNestingInAScriptDoesNotTrapTheSplitter() {
        let script = String(repeating: "(\n", count: 10_000) + "\nquotes where " + String(repeating: "(", count: 10_000)
        let source = testSource(script)
        let items = ScriptSplitter.split(source)
        #expect(!items.isEmpty)
        for case .statement(let range) in items {
            #expect(rangesInside(Parser.parse(source, in: range).diagnostics, source))
        }
    }

    // MARK: - Mutations of example statements (``ExampleStatements``): parsed, printed and run

    static let insertions = [
        "(", ")", "[", "]", ",", ".", ";", "=", "!=", "~", "<", ">=", "and", "or", "not", "where", "sort", "by",
        "count", "limit", "select", "let", "show", "in", "is", "missing", "matches", "1", "-2.5", "x", "\"",
        "\"s\"", "/", "/re/", "--", "#", "'", "“", "2023-02-30", "\\", "\n", "\n.", "台湾", "\u{1B}", "==",
    ]

    @Test(arguments: ExampleStatements.all())
    func everySingleTokenDeletionIsSafe(sample: String) {
        let engine = QueryEngine(corpus: EngineFixture.corpus)
        let source = testSource(sample)
        let tokens = Lexer.tokens(of: source).filter { $0.kind != .endOfInput }
        for token in tokens {
            var bytes = source.bytes
            bytes.removeSubrange(token.range.lowerBound..<token.range.upperBound)
            checkParsesSafely(String(decoding: bytes, as: UTF8.self), engine: engine)
        }
    }

    @Test(arguments: ExampleStatements.all())
    func everySingleTokenInsertionIsSafe(sample: String) {
        let engine = QueryEngine(corpus: EngineFixture.corpus)
        let source = testSource(sample)
        let offsets = [0] + Lexer.tokens(of: source).map(\.range.upperBound)
        for offset in offsets {
            for insertion in Self.insertions {
                var bytes = source.bytes
                bytes.insert(contentsOf: Array((" " + insertion + " ").utf8), at: offset)
                checkParsesSafely(String(decoding: bytes, as: UTF8.self), engine: engine)
            }
        }
    }

    @Test func seededRandomGarbageIsSafe() {
        let alphabet = Array("quotes where and or not ()[],.;=!~<>\"'/\\-- 0123456789 abc 2023-06-19 台é\n\t#") + ["\u{1B}", "“"]
        var state: UInt64 = 0xC0FFEE
        for _ in 0..<1_500 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 58)
            var text = ""
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(alphabet[Int((state >> 33) % UInt64(alphabet.count))])
            }
            checkParsesSafely(text)
        }
    }
}
