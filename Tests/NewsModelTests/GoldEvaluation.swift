import Foundation
@testable import NewsModel

// MARK: - Gold files

/// One hand-annotated article (see `Gold/README.md`).
struct GoldArticle: Decodable {
    var file: String
    var quotes: [GoldQuote]
}

/// One hand-annotated quote.
struct GoldQuote: Decodable {
    var text: String
    var speaker: String?
    var speakerAliases: [String]?
    var kind: String
    var topics: [String]
    var line: Int

    /// Direct and partial quotes of four or more words: what the thresholds measure.
    var isScored: Bool { (kind == "direct" || kind == "partial") && GoldEvaluation.words(text).count >= 4 }
}

// MARK: - Evaluation

/// Scores extraction against gold annotations: detection recall and precision on direct and
/// partial quotes of 4+ words, and attribution accuracy on the detected ones.
///
/// A gold quote and a predicted quote match when they are in the same article, start within
/// two lines of each other, and one covers at least 60% of the other's words.
struct GoldEvaluation {
    var goldScored = 0
    var detected = 0
    var predictedScored = 0
    var predictedMatched = 0
    var attributed = 0
    var errors: [String] = []

    var recall: Double { goldScored == 0 ? 1 : Double(detected) / Double(goldScored) }
    var precision: Double { predictedScored == 0 ? 1 : Double(predictedMatched) / Double(predictedScored) }
    var attribution: Double { detected == 0 ? 1 : Double(attributed) / Double(detected) }

    /// Lowercase words without punctuation (curly apostrophes straightened).
    static func words(_ text: String) -> [String] {
        NameKey.normalize(text).split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'") })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'")) }.filter { !$0.isEmpty }
    }

    /// How many words of `a` also occur in `b` (as multisets).
    static func overlap(_ a: [String], _ b: [String]) -> Int {
        var counts: [String: Int] = [:]
        for w in b { counts[w, default: 0] += 1 }
        var n = 0
        for w in a where (counts[w] ?? 0) > 0 { counts[w]! -= 1; n += 1 }
        return n
    }

    /// Whether a predicted and a gold quote are the same quote.
    static func matches(_ gold: GoldQuote, _ goldWords: [String], _ quote: Quote, _ quoteWords: [String]) -> Bool {
        guard abs(gold.line - quote.line) <= 2, !goldWords.isEmpty, !quoteWords.isEmpty else { return false }
        let common = overlap(goldWords, quoteWords)
        return Double(common) >= 0.6 * Double(goldWords.count) || Double(common) >= 0.6 * Double(quoteWords.count)
    }

    /// Whether the predicted speaker is the gold one (by ``NameKey`` of name and aliases).
    static func sameSpeaker(_ gold: GoldQuote, _ quote: Quote, in corpus: Corpus) -> Bool {
        guard let goldName = gold.speaker else { return quote.speaker == nil }
        guard let speaker = quote.speaker else { return false }
        let entity = corpus[speaker]
        let predicted = Set(([entity.name] + entity.aliases).map(NameKey.normalize))
        let accepted = Set(([goldName] + (gold.speakerAliases ?? [])).map(NameKey.normalize))
        return !predicted.isDisjoint(with: accepted)
    }

    /// Adds one article's comparison.
    mutating func add(article: Article, gold: GoldArticle, corpus: Corpus) {
        let predicted = article.quotes.map { corpus[$0] }
        let predictedWords = predicted.map { GoldEvaluation.words($0.text) }
        let goldWords = gold.quotes.map { GoldEvaluation.words($0.text) }
        for (g, goldQuote) in gold.quotes.enumerated() where goldQuote.isScored {
            goldScored += 1
            let candidates = predicted.indices.filter {
                predicted[$0].kind != .fragment && GoldEvaluation.matches(goldQuote, goldWords[g], predicted[$0], predictedWords[$0])
            }
            // The best match: most words in common, then the closest length.
            func score(_ i: Int) -> (Int, Int) {
                (GoldEvaluation.overlap(goldWords[g], predictedWords[i]), -abs(predictedWords[i].count - goldWords[g].count))
            }
            guard let best = candidates.max(by: { score($0) < score($1) }) else {
                let near = predicted.indices.first { GoldEvaluation.matches(goldQuote, goldWords[g], predicted[$0], predictedWords[$0]) }
                let note = near.map { " (found as \(predicted[$0].kind.rawValue))" } ?? ""
                errors.append("MISSED  \(gold.file):\(goldQuote.line) \(goldQuote.kind)\(note): \(goldQuote.text.prefix(90))")
                continue
            }
            detected += 1
            let quote = predicted[best]
            if GoldEvaluation.sameSpeaker(goldQuote, quote, in: corpus) {
                attributed += 1
            } else {
                let got = quote.speaker.map { corpus[$0].name } ?? "nobody"
                errors.append("SPEAKER \(gold.file):\(goldQuote.line) gold \(goldQuote.speaker ?? "nobody"), got \(got) "
                              + "[\(quote.evidence.rule): \(quote.evidence.cue)]: \(goldQuote.text.prefix(60))")
            }
        }
        for (p, quote) in predicted.enumerated() where quote.kind != .fragment && predictedWords[p].count >= 4 {
            predictedScored += 1
            if gold.quotes.indices.contains(where: { GoldEvaluation.matches(gold.quotes[$0], goldWords[$0], quote, predictedWords[p]) }) {
                predictedMatched += 1
            } else {
                errors.append("EXTRA   \(gold.file):\(quote.line) \(quote.kind.rawValue): \(quote.text.prefix(90))")
            }
        }
    }

    /// A one-line summary.
    func summary(_ name: String) -> String {
        func pct(_ x: Double) -> String { String(format: "%.3f", x) }
        return "\(name): recall \(pct(recall)) (\(detected)/\(goldScored)), precision \(pct(precision)) "
            + "(\(predictedMatched)/\(predictedScored)), attribution \(pct(attribution)) (\(attributed)/\(detected))"
    }
}

// MARK: - Loading gold

enum GoldSet {
    /// The gold articles of `set` ("seeds" or "bbc"), with the path of each article's text.
    static func load(_ set: String) throws -> [(gold: GoldArticle, path: String)] {
        let dir = TestPaths.gold + "/" + set
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let gold = try JSONDecoder().decode(GoldArticle.self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)))
            let path = set == "seeds" ? TestPaths.seeds + "/" + gold.file : TestPaths.bbc + "/" + gold.file
            return (gold, path)
        }
    }
}
