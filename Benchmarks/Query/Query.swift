import Benchmark
import Foundation
import NewsModel
import NewsQuery

// MARK: - Parse + evaluate latency over the BBC corpus in memory

/// The BBC corpus beside the package, found from this file's path (not the working directory).
let bbcPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("../shared/corpus/bbc").standardized.path

/// The corpus, loaded once for every benchmark.
nonisolated(unsafe) let corpus = CorpusLoader().load([bbcPath])

/// The fixed statements, by name: indexed name lookups, text search, regex, paths, grouping,
/// sorting — the shapes users ask most.
let statements: [(name: String, text: String)] = [
    ("speaker by alias", #"quotes where speaker = "Mr Blair""#),
    ("speaker and topic (index intersection)", #"quotes where speaker = Blair and topic = elections"#),
    ("text contains", #"quotes where text ~ "interest rates""#),
    ("text matches regex", #"quotes where text matches /\b(tax|taxes|taxation)\b/i"#),
    ("path: articles quoting a person", #"articles where quotes.speaker = "Gordon Brown" select title, file"#),
    ("path: people quoted on a topic", #"people where quotes.topic = economy count"#),
    ("count by speaker", #"quotes count by speaker limit 10"#),
    ("sort by words, top 10", #"quotes where words > 20 sort by words desc limit 10"#),
    ("or chain over titles", #"articles where title ~ profit or title ~ loss or title ~ shares"#),
    ("missing speaker, direct quotes", #"quotes where speaker is missing and kind = direct count"#),
]

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        timeUnits: .microseconds,
        warmupIterations: 3,
        maxDuration: .seconds(5),
        maxIterations: 2000
    )
    let engine = QueryEngine(corpus: corpus)

    for (name, text) in statements {
        Benchmark("Query: \(name)") { benchmark in
            let source = SourceFile(name: "<bench>", text: text)
            for _ in benchmark.scaledIterations {
                let parsed = Parser.parse(source)
                guard let statement = parsed.statements.first else { fatalError("benchmark statement does not parse: \(text)") }
                let outcome = try? engine.execute(statement, in: source)
                blackHole(outcome?.result?.rows.count)
            }
        }
    }

    Benchmark("Query: parse only, 1,000-term or chain") { benchmark in
        let chain = (1...1000).map { "id = \($0)" }.joined(separator: " or ")
        let source = SourceFile(name: "<bench>", text: "quotes where " + chain)
        for _ in benchmark.scaledIterations {
            blackHole(Parser.parse(source).statements.count)
        }
    }
}
