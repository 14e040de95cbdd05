import Foundation
import Testing
@testable import NewsModel

/// Extraction accuracy against the hand-written gold annotations in `Gold/`: for each set,
/// recall ≥ 0.95 and attribution ≥ 0.90 on direct and partial quotes of four or more words.
/// Prints the figures and every remaining error.
@Suite struct AccuracyTests {
    @Test(arguments: ["seeds", "bbc", "bbc-heldout", "bbc-heldout2"])
    func meetsThresholds(set: String) throws {
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
        #expect(evaluation.recall >= 0.95, "\(evaluation.summary(set))")
        #expect(evaluation.attribution >= 0.90, "\(evaluation.summary(set))")
    }
}
