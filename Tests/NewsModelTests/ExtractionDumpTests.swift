import Foundation
import Testing
@testable import NewsModel

/// Prints what extraction finds in the files named by `NEWSQ_DUMP` (comma-separated
/// paths relative to the package root), for eyeballing articles outside the gold set:
///
///     NEWSQ_DUMP=../shared/corpus/bbc/tech swift test --filter dumpExtractionWhenAsked
///
/// Skipped when the variable is unset. Checks that every quote points into its article.
@Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSQ_DUMP"] != nil))
func dumpExtractionWhenAsked() throws {
    let spec = try #require(ProcessInfo.processInfo.environment["NEWSQ_DUMP"])
    let paths = spec.split(separator: ",").map { p in p.hasPrefix("/") ? String(p) : TestPaths.packageRoot + "/" + p }
    let corpus = CorpusLoader().load(paths)
    for w in corpus.warnings { print("WARNING", w) }
    for article in corpus.articles {
        print("=== \(article.file) | title: \(article.title) [line \(article.titleLine.map(String.init) ?? "-")]")
        print("    outlet: \(corpus.outletName(of: article) ?? "-") date: \(article.date.map { "\($0)" } ?? "-") byline: \(article.byline ?? "-") paragraphs: \(article.paragraphs.count)")
        print("    topics: \(article.topics.map { corpus[$0].slug }.joined(separator: ","))")
        for id in article.quotes {
            let q = corpus[id]
            #expect(q.paragraph >= 0 && q.paragraph < article.paragraphs.count)
            #expect(q.line >= (article.paragraphs.first?.line ?? 1) && !q.text.isEmpty)
            let speaker = q.speaker.map { corpus[$0].name } ?? "-"
            let topics = q.topics.map { corpus[$0].slug }.joined(separator: ",")
            print("  L\(q.line) \(q.kind.rawValue) [\(speaker)] {\(q.evidence.rule): \(q.evidence.cue) @\(q.evidence.line)} (\(topics))")
            print("      \(q.text.prefix(150))")
        }
    }
    if ProcessInfo.processInfo.environment["NEWSQ_DUMP_ENTITIES"] != nil {
        for e in corpus.entities {
            print("ENTITY \(e.kind.rawValue) \(e.name) role=\(e.role ?? "-") aliases=\(e.aliases) articles=\(e.articles.count)")
        }
    }
}
