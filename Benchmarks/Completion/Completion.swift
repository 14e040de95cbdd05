import Benchmark
import Foundation
import NewsModel
import NewsQuery
import NewsShell

// MARK: - Tab completion over the BBC corpus: it must feel instant (under 10 ms)

/// The BBC corpus beside the package, found from this file's path (not the working directory).
let bbcPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("../shared/corpus/bbc").standardized.path

/// The corpus, loaded once for every benchmark.
nonisolated(unsafe) let corpus = CorpusLoader().load([bbcPath])

/// Lines as typed, completed at their end: keywords, fields, paths, names (the largest
/// candidate lists), and a statement long enough to make the lexer work.
let lines: [(name: String, text: String)] = [
    ("start of statement", "quo"),
    ("field after where", "quotes where spe"),
    ("path after article.", "quotes select article."),
    ("every speaker name", "quotes where speaker = "),
    ("speaker names by prefix, quoted", "quotes where speaker = \"Bl"),
    ("topic slug", "quotes where topic = ele"),
    ("long statement", "quotes where " + (1...200).map { "id = \($0)" }.joined(separator: " or ") + " and speaker = \"Go"),
]

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal],
        timeUnits: .microseconds,
        warmupIterations: 3,
        maxDuration: .seconds(3),
        maxIterations: 1000
    )
    let vocabulary = CompletionVocabulary(corpus: corpus, bindings: [])
    let completer = QueryCompleter(vocabulary: { vocabulary })

    Benchmark("Completion: build the vocabulary once per corpus") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(CompletionVocabulary(corpus: corpus, bindings: []))
        }
    }

    for (name, text) in lines {
        Benchmark("Completion: \(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(completer.completions(for: text, cursor: text.utf8.count).candidates.count)
            }
        }
    }
}
