/// The fields of every collection: the typed interface between the query language and the model.
public enum Schema {
    /// The fields of `collection`, in the order `.schema` lists them.
    public static func fields(of collection: CollectionName) -> [FieldDescriptor] {
        switch collection {
        case .quotes: quoteFields
        case .articles: articleFields
        case .people: personFields
        case .topics: topicFields
        case .outlets: outletFields
        }
    }

    /// The fields shown when a query has no `select`.
    public static func defaultFields(of collection: CollectionName) -> [String] {
        switch collection {
        case .quotes: ["id", "speaker", "text", "kind", "topics", "outlet", "article", "file", "line"]
        case .articles: ["id", "title", "outlet", "date", "quotes", "file"]
        case .people: ["id", "name", "kind", "role", "quotes", "articles"]
        case .topics: ["id", "slug", "label", "quotes", "articles"]
        case .outlets: ["id", "name", "articles", "quotes"]
        }
    }

    /// The field of `collection` named `word` (name or alias, case-insensitive).
    public static func field(_ word: String, of collection: CollectionName) -> FieldDescriptor? {
        fields(of: collection).first { $0.isNamed(word) }
    }

    /// Every spelling accepted for the fields of `collection`, for suggestions.
    public static func fieldSpellings(of collection: CollectionName) -> [String] {
        fields(of: collection).flatMap { [$0.name] + $0.aliases }
    }

    // MARK: - Collections

    static let quoteFields: [FieldDescriptor] = [
        FieldDescriptor("id", .number, "the quote's number, as `show quote N` takes it"),
        FieldDescriptor("text", .text, "the quoted words, without the quote marks"),
        FieldDescriptor("speaker", .one(.people), "who said it; matches any of the speaker's names"),
        FieldDescriptor("kind", .keyword(["direct", "partial", "fragment"]),
                        "direct (whole sentences), partial (words inside reported speech), fragment (scare quote)"),
        FieldDescriptor("topics", .many(.topics), aliases: ["topic"], "the topics the quote is about"),
        FieldDescriptor("article", .one(.articles), "the article the quote appears in"),
        FieldDescriptor("outlet", .one(.outlets), "the outlet of the quote's article"),
        FieldDescriptor("date", .date, "the date of the quote's article"),
        FieldDescriptor("location", .text, "`FILE:LINE` of the quote's opening, as grep and compilers print it"),
        FieldDescriptor("file", .text, "the article's file, as loaded"),
        FieldDescriptor("line", .number, "the line of the quote's opening in that file"),
        FieldDescriptor("words", .number, "the number of words quoted"),
        FieldDescriptor("mention", .text, "the words naming the speaker at the cue (\"he\", \"the foreign ministry\")"),
        FieldDescriptor("evidence", .text, "why newsq believes who said it: the rule, the cue and its line"),
        FieldDescriptor("context", .text, "the paragraph the quote opens in"),
    ]

    static let articleFields: [FieldDescriptor] = [
        FieldDescriptor("id", .number, "the article's number, as `show article N` takes it"),
        FieldDescriptor("title", .text, "the headline"),
        FieldDescriptor("outlet", .one(.outlets), "the outlet the text names (dateline, copyright line), if any"),
        FieldDescriptor("date", .date, "the date the text states, if any"),
        FieldDescriptor("byline", .text, "the author, when stated"),
        FieldDescriptor("url", .text, "the address, when the record carries one"),
        FieldDescriptor("location", .text, "`FILE:LINE` of the headline (or of the JSON record)"),
        FieldDescriptor("file", .text, "the file, as loaded"),
        FieldDescriptor("line", .number, "the line of the headline (or of the JSON record)"),
        FieldDescriptor("words", .number, "the number of words in the body"),
        FieldDescriptor("quotes", .many(.quotes), "the article's quotes"),
        FieldDescriptor("speakers", .many(.people), "the people and organisations quoted in it"),
        FieldDescriptor("people", .many(.people), "the people and organisations it mentions"),
        FieldDescriptor("topics", .many(.topics), aliases: ["topic"], "the topics it discusses"),
    ]

    static let personFields: [FieldDescriptor] = [
        FieldDescriptor("id", .number, "the person's number"),
        FieldDescriptor("name", .text, "the fullest name seen; matches any alias"),
        FieldDescriptor("kind", .keyword(["person", "organisation"]), "person or organisation"),
        FieldDescriptor("role", .text, "title or role held (\"Secretary of State\"), if stated"),
        FieldDescriptor("aliases", .textList, aliases: ["alias"], "every name the person goes by"),
        FieldDescriptor("quotes", .many(.quotes), "the quotes attributed to them"),
        FieldDescriptor("articles", .many(.articles), "the articles that mention them"),
        FieldDescriptor("topics", .many(.topics), aliases: ["topic"], "the topics of their quotes"),
        FieldDescriptor("outlets", .many(.outlets), aliases: ["outlet"], "the outlets that quote them"),
    ]

    static let topicFields: [FieldDescriptor] = [
        FieldDescriptor("id", .number, "the topic's number"),
        FieldDescriptor("slug", .text, aliases: ["name"], "the short name used in queries (`taiwan`)"),
        FieldDescriptor("label", .text, "the readable name (\"North Korea\")"),
        FieldDescriptor("keywords", .textList, "the words and phrases that signal it"),
        FieldDescriptor("quotes", .many(.quotes), "the quotes about it"),
        FieldDescriptor("articles", .many(.articles), "the articles that discuss it"),
        FieldDescriptor("speakers", .many(.people), "who is quoted on it"),
    ]

    static let outletFields: [FieldDescriptor] = [
        FieldDescriptor("id", .number, "the outlet's number"),
        FieldDescriptor("name", .text, "the outlet's name as the text states it"),
        FieldDescriptor("articles", .many(.articles), "its articles"),
        FieldDescriptor("quotes", .many(.quotes), "the quotes in its articles"),
        FieldDescriptor("speakers", .many(.people), "who its articles quote"),
    ]
}
