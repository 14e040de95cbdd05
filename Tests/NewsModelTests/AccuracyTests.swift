import Foundation
import Testing
@testable import NewsModel

/// Extraction accuracy against the hand-written gold annotations in `Gold/` (direct and partial
/// quotes of four or more words). Prints the figures and every remaining error.
@Suite struct AccuracyTests {
    /// Recall ≥ 0.95 and attribution ≥ 0.90 on every set the rules were written against or
    /// corrected by until they met them (see `Gold/README.md`).
    @Test(arguments: ["seeds", "bbc", "bbc-heldout", "bbc-heldout2"])
    func meetsThresholds(set: String) throws {
        let evaluation = try evaluate(set)
        #expect(evaluation.recall >= 0.95, "\(evaluation.summary(set))")
        #expect(evaluation.attribution >= 0.90, "\(evaluation.summary(set))")
    }

    /// A later set annotated blind, and the figures it must keep.
    struct Floor: Sendable, CustomStringConvertible {
        var name: String
        var recall: Double
        var attribution: Double
        var description: String { name }
    }

    /// The later blind sets, whose first figures were the honest estimate on unseen articles
    /// (bbc-heldout3: recall 0.944, attribution 0.778; bbc-heldout4, measured after every fix
    /// before it: recall 0.927, attribution 0.833). They are held to their present figures so
    /// that they cannot get worse.
    static let floors: [Floor] = [
        Floor(name: "bbc-heldout3", recall: 0.94, attribution: 0.87),
        Floor(name: "bbc-heldout4", recall: 0.92, attribution: 0.85),
    ]

    @Test(arguments: floors)
    func blindSetDoesNotRegress(_ floor: Floor) throws {
        let evaluation = try evaluate(floor.name)
        #expect(evaluation.recall >= floor.recall, "\(evaluation.summary(floor.name))")
        #expect(evaluation.attribution >= floor.attribution, "\(evaluation.summary(floor.name))")
    }

    /// Loads `set`, scores extraction against it and prints the figures and errors.
    private func evaluate(_ set: String) throws -> GoldEvaluation {
        let articles = try GoldSet.load(set)
        try #require(!articles.isEmpty, "no gold files for \(set)")
        let corpus = CorpusLoader().load(articles.map(\.path))
        var evaluation = GoldEvaluation()
        for (gold, path) in articles {
            guard let article = corpus.articles.first(where: { $0.file == path }) else {
                Issue.record("\(gold.file) did not load")
                continue
            }
            evaluation.add(article: article, gold: gold, corpus: corpus)
        }
        print(evaluation.summary(set))
        for error in evaluation.errors { print("  " + error) }
        return evaluation
    }
}
