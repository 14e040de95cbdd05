import NewsModel
@testable import NewsQuery

/// A small hand-built corpus for engine tests: 3 articles (one with no outlet or date),
/// 2 outlets, 10 quotes (two unattributed), six people and organisations with aliases, four
/// topics (one unused), and text with an escape sequence and CJK.
enum EngineFixture {
    // Outlets: 1 UPI, 2 Reuters. Topics: 1 taiwan, 2 trade, 3 north-korea, 4 climate.
    // People: 1 Xi Jinping, 2 Wang Yi, 3 Antony Blinken, 4 Foreign Ministry (organisation),
    // 5 李强 (Li Qiang), 6 Zhang Wei (quoted nowhere).
    static let corpus: Corpus = {
        let topics = [
            Topic(id: TopicID(0), slug: "taiwan", label: "Taiwan", keywords: ["Taiwan", "Taipei"]),
            Topic(id: TopicID(1), slug: "trade", label: "Trade", keywords: ["trade", "tariff"]),
            Topic(id: TopicID(2), slug: "north-korea", label: "North Korea", keywords: ["Pyongyang", "missile"]),
            Topic(id: TopicID(3), slug: "climate", label: "Climate", keywords: ["climate"]),
        ]
        let outlets = [
            Outlet(id: OutletID(0), name: "UPI", articles: [ArticleID(0)]),
            Outlet(id: OutletID(1), name: "Reuters", articles: [ArticleID(1)]),
        ]
        let entities = [
            Entity(id: EntityID(0), name: "Xi Jinping", kind: .person, role: "President",
                   aliases: ["Chinese President Xi Jinping", "Mr. Xi", "Xi", "Xi Jinping"], articles: [ArticleID(0), ArticleID(1)]),
            Entity(id: EntityID(1), name: "Wang Yi", kind: .person, role: "Foreign Minister",
                   aliases: ["Wang", "Wang Yi"], articles: [ArticleID(0), ArticleID(1)]),
            Entity(id: EntityID(2), name: "Antony Blinken", kind: .person, role: "Secretary of State",
                   aliases: ["Antony Blinken", "Blinken", "Mr. Blinken"], articles: [ArticleID(0), ArticleID(2)]),
            Entity(id: EntityID(3), name: "Foreign Ministry", kind: .organisation, role: nil,
                   aliases: ["Foreign Ministry", "the foreign ministry"], articles: [ArticleID(1)]),
            Entity(id: EntityID(4), name: "李强", kind: .person, role: "Premier",
                   aliases: ["Li Qiang", "李强"], articles: [ArticleID(2)]),
            Entity(id: EntityID(5), name: "Zhang Wei", kind: .person, role: nil,
                   aliases: ["Zhang Wei"], articles: [ArticleID(2)]),
        ]
        let quoteSpecs: [(article: Int, text: String, kind: QuoteKind, speaker: Int?, mention: String?, topics: [Int], line: Int, paragraph: Int)] = [
            (0, "We both agree on the need to stabilise relations,", .direct, 2, "Blinken", [], 3, 0),
            (0, "Taiwan is the core of China's core interests", .direct, 1, "Wang", [0], 5, 1),
            (0, "robust", .fragment, nil, nil, [], 5, 1),
            (0, "The two sides have made progress on trade", .direct, 0, "Mr. Xi", [1], 7, 2),
            (1, "no room for compromise on Taiwan", .partial, 3, "the foreign ministry", [0], 3, 0),
            (1, "We will never promise to renounce the use of force", .direct, 0, "he", [0], 5, 1),
            (1, "Mr. Xi is right", .direct, 1, "Wang Yi", [], 7, 2),
            (2, "\u{1B}[31mred alert\u{1B}[0m on trade", .direct, 2, "Blinken", [1], 3, 0),
            (2, "我们支持自由贸易 free trade", .direct, 4, "李强", [1], 5, 1),
            (2, "missiles over the sea", .partial, nil, nil, [2], 7, 2),
        ]
        let quotes = quoteSpecs.enumerated().map { index, spec in
            Quote(id: QuoteID(index), article: ArticleID(spec.article), text: spec.text, kind: spec.kind,
                  speaker: spec.speaker.map(EntityID.init), speakerMention: spec.mention,
                  topics: spec.topics.map(TopicID.init), line: spec.line, paragraph: spec.paragraph,
                  evidence: Evidence(rule: spec.speaker == nil ? "unattributed" : "verb-after-quote",
                                     cue: spec.mention.map { "said \($0)" } ?? "", line: spec.line))
        }
        func paragraphs(_ texts: [String]) -> [Paragraph] {
            texts.enumerated().map { Paragraph(text: $1, line: 3 + 2 * $0, sentences: []) }
        }
        func quoteIDs(of article: Int) -> [QuoteID] {
            quotes.filter { $0.article.index == article }.map(\.id)
        }
        let articles = [
            Article(id: ArticleID(0), file: "corpus/upi-blinken.txt", title: "Blinken meets Xi in Beijing", titleLine: 1,
                    outlet: OutletID(0), date: CalendarDate(year: 2023, month: 6, day: 19), byline: "By Jane Smith",
                    url: "https://upi.example/1",
                    paragraphs: paragraphs([
                        "\"We both agree on the need to stabilise relations,\" said Blinken.",
                        "Wang said \"Taiwan is the core of China's core interests\" in a \"robust\" talk.",
                        "\"The two sides have made progress on trade,\" Mr. Xi said.",
                    ]),
                    quotes: quoteIDs(of: 0), topics: [TopicID(0), TopicID(1)], byteCount: 180),
            Article(id: ArticleID(1), file: "corpus/reuters-taiwan.txt", title: "China warns on Taiwan", titleLine: 1,
                    outlet: OutletID(1), date: CalendarDate(year: 2023, month: 6, day: 20), byline: nil, url: nil,
                    paragraphs: paragraphs([
                        "There is \"no room for compromise on Taiwan\", the foreign ministry said.",
                        "\"We will never promise to renounce the use of force,\" he said.",
                        "\"Mr. Xi is right,\" said Wang Yi.",
                    ]),
                    quotes: quoteIDs(of: 1), topics: [TopicID(0)], byteCount: 170),
            Article(id: ArticleID(2), file: "corpus/wire.txt", title: "Untitled wire copy", titleLine: 1,
                    outlet: nil, date: nil, byline: nil, url: nil,
                    paragraphs: paragraphs([
                        "\"\u{1B}[31mred alert\u{1B}[0m on trade,\" said Blinken.",
                        "\"我们支持自由贸易 free trade,\" 李强 said.",
                        "Reports of \"missiles over the sea\" spread.",
                    ]),
                    quotes: quoteIDs(of: 2), topics: [TopicID(1), TopicID(2)], byteCount: 160),
        ]
        return Corpus(articles: articles, quotes: quotes, entities: entities, topics: topics,
                      outlets: outlets, warnings: [])
    }()
}
