import Foundation
@testable import NewsModel

/// Helpers shared by the extraction tests.
enum Extract {
    /// Extracts an article from `text` with the given topics.
    static func article(_ text: String, topics: [Topic] = []) -> ExtractedArticle {
        ArticleExtractor(topics: topics).extract(ArticleSource(file: "test.txt", text: Array(text.utf8)))
    }

    /// An article made of a title line and body paragraphs separated by blank lines.
    static func body(_ paragraphs: String...) -> ExtractedArticle {
        article("Council approves new budget plan\n\n" + paragraphs.joined(separator: "\n\n"))
    }

    /// The speaker's name of a quote, or `nil`.
    static func speaker(_ q: ExtractedQuote, in x: ExtractedArticle) -> String? {
        q.speaker.flatMap { $0 < x.entities.count ? x.entities[$0].name : nil }
    }

    /// The quote whose text contains `fragment`.
    static func quote(_ fragment: String, in x: ExtractedArticle) -> ExtractedQuote? {
        x.quotes.first { $0.text.contains(fragment) }
    }

    /// Topics from `slug | Label | keywords` lines.
    static func topics(_ lines: String) -> [Topic] {
        var topics: [Topic] = []
        var warnings: [LoadWarning] = []
        TopicCatalog.parse(lines, file: "test-topics.txt", into: &topics, warnings: &warnings)
        return topics
    }
}
