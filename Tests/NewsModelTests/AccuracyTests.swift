import Foundation
import Testing
@testable import NewsModel

/// Extraction accuracy against the hand-written gold annotations in `Gold/` (direct and partial
/// quotes of four or more words). Prints the figures and every remaining error.
@Suite struct AccuracyTests {
    /// Recall ≥ 0.95 and attribution ≥ 0.90 on every set the rules were written against or
    /// corrected by (see `Gold/README.md`).
    @Test(arguments: ["seeds", "bbc", "bbc-heldout", "bbc-heldout2"])
    func meetsThresholds(set: String) throws {
        let evaluation = try evaluate(set)
        #expect(evaluation.recall >= 0.95, "\(evaluation.summary(set))")
        #expect(evaluation.attribution >= 0.90, "\(evaluation.summary(set))")
    }

    /// The newest set annotated blind, whose first figures were the honest estimate on unseen
    /// articles (recall 0.944, attribution 0.778); general fixes since brought attribution to
    /// 0.872. It must not get worse.
    @Test func theNewestBlindSetDoesNotRegress() throws {
        let evaluation = try evaluate("bbc-heldout3")
        #expect(evaluation.recall >= 0.94, "\(evaluation.summary("bbc-heldout3"))")
        #expect(evaluation.attribution >= 0.87, "\(evaluation.summary("bbc-heldout3"))")
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
