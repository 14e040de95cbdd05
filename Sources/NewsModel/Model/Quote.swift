/// What kind of quotation a ``Quote`` is.
public enum QuoteKind: String, Sendable, CaseIterable {
    /// One or more whole sentences inside quote marks: `"We both agree," said Blinken.`
    case direct
    /// Words quoted inside reported speech: `Wang said Taiwan was a "core" interest`.
    case partial
    /// A short scare-quote or single quoted term: `a "robust" conversation`.
    case fragment
}

/// How a quote's speaker was decided: the rule, and the words that triggered it.
public struct Evidence: Sendable, Hashable {
    /// A stable, kebab-case name of the attribution rule, e.g. `verb-after-quote`, `pronoun`,
    /// `continuation`, `role-description`, `according-to`, `unattributed`.
    public var rule: String
    /// The text of the cue (e.g. `said Blinken`, `he said`, `the foreign ministry said in a statement`).
    public var cue: String
    /// 1-based line of the cue in the article's file.
    public var line: Int

    public init(rule: String, cue: String, line: Int) {
        self.rule = rule
        self.cue = cue
        self.line = line
    }
}

/// A quotation found in an article, with its speaker and topics.
public struct Quote: Sendable {
    public var id: QuoteID
    public var article: ArticleID
    /// The quoted words, without the enclosing marks.
    public var text: String
    public var kind: QuoteKind
    /// The person or organisation who said it, when attribution succeeded.
    public var speaker: EntityID?
    /// The words in the text that name the speaker at the cue ("he", "the foreign ministry", "Mr. Xi").
    public var speakerMention: String?
    public var topics: [TopicID]
    /// 1-based line of the quote's opening in the article's file.
    public var line: Int
    /// Index of the paragraph in ``Article/paragraphs`` holding the quote's opening.
    public var paragraph: Int
    public var evidence: Evidence

    public init(id: QuoteID, article: ArticleID, text: String, kind: QuoteKind, speaker: EntityID?,
                speakerMention: String?, topics: [TopicID], line: Int, paragraph: Int, evidence: Evidence) {
        self.id = id
        self.article = article
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.topics = topics
        self.line = line
        self.paragraph = paragraph
        self.evidence = evidence
    }

    /// The number of words in the quoted text.
    public var wordCount: Int {
        Paragraph(text: text, line: line, sentences: []).wordCount
    }
}
