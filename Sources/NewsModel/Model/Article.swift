/// One news article as loaded from a file or a JSON record.
public struct Article: Sendable {
    public var id: ArticleID
    /// The path of the file as it was loaded (relative when it was given relative).
    public var file: String
    /// 1-based line of the record in `file` for JSON Lines input; 1 for a whole-file article.
    public var recordLine: Int
    /// The headline (never a banner, a date line or a navigation label).
    public var title: String
    /// 1-based line of the headline in `file`, or `nil` when the title came from a JSON field.
    public var titleLine: Int?
    /// The outlet the text itself states (dateline, copyright line, JSON field); never guessed.
    public var outlet: OutletID?
    /// The publication date the text itself states; never guessed.
    public var date: CalendarDate?
    /// The byline ("By Jane Smith") when stated.
    public var byline: String?
    /// The URL when the record carries one.
    public var url: String?
    /// The article's body paragraphs in order, boilerplate removed.
    public var paragraphs: [Paragraph]
    /// The quotes found in this article, in reading order.
    public var quotes: [QuoteID]
    /// The topics the article's body discusses (keyword hits anywhere in its paragraphs).
    public var topics: [TopicID]
    /// Size of the article's text in UTF-8 bytes.
    public var byteCount: Int

    public init(id: ArticleID, file: String, recordLine: Int = 1, title: String, titleLine: Int?,
                outlet: OutletID?, date: CalendarDate?, byline: String?, url: String?,
                paragraphs: [Paragraph], quotes: [QuoteID], topics: [TopicID], byteCount: Int) {
        self.id = id
        self.file = file
        self.recordLine = recordLine
        self.title = title
        self.titleLine = titleLine
        self.outlet = outlet
        self.date = date
        self.byline = byline
        self.url = url
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.topics = topics
        self.byteCount = byteCount
    }

    /// The number of words in the body.
    public var wordCount: Int { paragraphs.reduce(0) { $0 + $1.wordCount } }
}

/// One paragraph of an article body, with where it starts in the file.
public struct Paragraph: Sendable {
    public var text: String
    /// 1-based line in the article's file where the paragraph starts.
    public var line: Int
    /// Sentence boundaries as UTF-8 offsets into `text`.
    public var sentences: [Range<Int>]

    public init(text: String, line: Int, sentences: [Range<Int>]) {
        self.text = text
        self.line = line
        self.sentences = sentences
    }

    /// The number of whitespace-separated words.
    public var wordCount: Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}
