// MARK: - Extraction input

/// The text of one article and what its container already says about it.
public struct ArticleSource: Sendable {
    /// The file as the user named it.
    public var file: String
    /// 1-based line of the record (JSON Lines) or 1.
    public var recordLine: Int
    /// The article text as UTF-8 bytes.
    public var text: [UInt8]
    /// Whether every line of `text` maps to `recordLine` (JSON record text has no file lines).
    public var fixedLine: Bool
    /// Fields given by a JSON record, when any.
    public var title: String?
    public var outlet: String?
    public var date: CalendarDate?
    public var byline: String?
    public var url: String?

    /// A source for `text` from `file`; JSON records pass their fields and `fixedLine`.
    public init(file: String, recordLine: Int = 1, text: [UInt8], fixedLine: Bool = false, title: String? = nil,
                outlet: String? = nil, date: CalendarDate? = nil, byline: String? = nil, url: String? = nil) {
        self.file = file
        self.recordLine = recordLine
        self.text = text
        self.fixedLine = fixedLine
        self.title = title
        self.outlet = outlet
        self.date = date
        self.byline = byline
        self.url = url
    }
}

// MARK: - Extraction output

/// A quote as extracted from one article; its speaker is an index into the article's entities.
public struct ExtractedQuote: Sendable {
    public var text: String
    public var kind: QuoteKind
    public var speaker: Int?
    public var speakerMention: String?
    public var topics: [Int]
    public var line: Int
    public var paragraph: Int
    public var evidence: Evidence
}

/// A person or organisation as extracted from one article.
public struct ExtractedEntity: Sendable {
    public var name: String
    public var kind: EntityKind
    public var role: String?
    public var aliases: [String]
    /// Whether the name may merge with the same name in other articles (full names, proper organisation names).
    public var proper: Bool
}

/// Everything extracted from one article, before identifiers are assigned corpus-wide.
public struct ExtractedArticle: Sendable {
    public var file: String
    public var recordLine: Int
    public var title: String
    public var titleLine: Int?
    public var outlet: String?
    public var date: CalendarDate?
    public var byline: String?
    public var url: String?
    public var paragraphs: [Paragraph]
    public var quotes: [ExtractedQuote]
    public var entities: [ExtractedEntity]
    /// Topic indices (positions in the catalogue) the body mentions.
    public var topics: [Int]
    public var byteCount: Int
}
