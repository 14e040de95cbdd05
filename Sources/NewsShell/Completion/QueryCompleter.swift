import Foundation
import NewsQuery

/// newsq's Tab completion: from the lexer's tokens of the statement up to the cursor, it
/// offers what fits there — dot-commands and their arguments, collections, keywords, the
/// fields of the collection in scope (through paths like `article.`), values from the loaded
/// corpus after `speaker =` and the like, file paths after `.load` and `.run`.
///
/// It never fails: a line it cannot make sense of gets no candidates.
public final class QueryCompleter: LineCompleter {
    /// The earlier lines of the statement being typed (empty on its first line); the shell sets
    /// it before each line it reads, so that completion sees the whole statement.
    public var precedingText: String = ""
    /// Where relative paths start (nil: the process's current directory).
    public var workingDirectory: String?
    /// What `~` stands for in paths (nil: `$HOME`).
    public var homeDirectory: String?

    /// Supplies the vocabulary; called at most once per completion, only when one is needed.
    private let vocabulary: () -> CompletionVocabulary

    /// A completer drawing names from `vocabulary`, which the driver rebuilds when the corpus
    /// or the bindings change (and should cache, as it is asked on every Tab that needs it).
    public init(vocabulary: @escaping () -> CompletionVocabulary) {
        self.vocabulary = vocabulary
    }

    // MARK: - Completing

    /// The completions for `line` with the cursor at UTF-8 byte offset `cursor`.
    public func completions(for line: String, cursor: Int) -> Completion {
        let bytes = Array(line.utf8)
        guard cursor >= 0, cursor <= bytes.count else { return .none(at: min(max(cursor, 0), bytes.count)) }
        guard cursor == bytes.count || cursor == 0 || bytes[cursor] & 0xC0 != 0x80 else { return .none(at: cursor) }
        let builder = CandidateBuilder(vocabulary: memoized(vocabulary))
        if isBlank(precedingText.utf8), bytes.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) == UInt8(ascii: ".") {
            let dotCommand = DotCommandCompletion(builder: builder, paths: paths, statement: { [self] text in
                statementCompletion(preceding: "", line: text, builder: builder)
            })
            return dotCommand.completion(line: bytes, cursor: cursor)
        }
        let typed = String(decoding: bytes[..<cursor], as: UTF8.self)
        return statementCompletion(preceding: precedingText, line: typed, builder: builder)
    }

    /// The completion at the end of `line` (the text before the cursor), after the lines of
    /// `preceding`; ranges are in `line`.
    private func statementCompletion(preceding: String, line: String, builder: CandidateBuilder) -> Completion {
        let cursor = line.utf8.count
        var text = preceding
        if !text.isEmpty, text.utf8.last != UInt8(ascii: "\n") { text += "\n" }
        let lineStart = text.utf8.count
        text += line
        let bindings = { (name: String) in builder.vocabulary().collection(bound: name) }
        guard let (expectation, partial) = StatementScanner.scan(text, bindings: bindings),
              partial.range.lowerBound >= lineStart else { return .none(at: cursor) }
        let local = Partial(range: (partial.range.lowerBound - lineStart)..<(partial.range.upperBound - lineStart),
                            text: partial.text, isQuoted: partial.isQuoted)
        let completion = builder.completion(expectation, local)
        return completion.candidates.isEmpty ? .none(at: cursor) : completion
    }

    // MARK: - Helpers

    private var paths: PathCompletion {
        PathCompletion(workingDirectory: workingDirectory ?? FileManager.default.currentDirectoryPath,
                       homeDirectory: homeDirectory ?? ProcessInfo.processInfo.environment["HOME"])
    }

    private func isBlank(_ bytes: String.UTF8View) -> Bool {
        bytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }

    /// `supply`, asked at most once.
    private func memoized(_ supply: @escaping () -> CompletionVocabulary) -> () -> CompletionVocabulary {
        var cached: CompletionVocabulary?
        return {
            if let cached { return cached }
            let made = supply()
            cached = made
            return made
        }
    }
}
