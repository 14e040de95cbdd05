// MARK: - Article extraction

/// Extracts one article: layout, quotes, people, attribution and topics.
///
/// A pure function of its input and the (immutable) topic matcher: no shared state, so
/// articles can be extracted in parallel.
public struct ArticleExtractor: Sendable {
    let vocabulary: Vocabulary

    /// An extractor tagging topics from `topics` (topic index = position).
    public init(topics: [Topic]) {
        vocabulary = Vocabulary(topics: topics)
    }

    /// Extracts the article in `source`.
    public func extract(_ source: ArticleSource) -> ExtractedArticle {
        let layout = source.text.withUnsafeBufferPointer {
            ArticleLayout(text: $0, firstLine: source.recordLine, fixedLine: source.fixedLine, findTitle: source.title == nil)
        }
        var tokenized = layout.paragraphs.map { TokenizedParagraph(bytes: $0.bytes, line: $0.line, fixedLine: source.fixedLine, vocabulary: vocabulary) }
        let quotes = findQuotes(&tokenized)
        let mentions = findMentions(&tokenized)
        let paragraphs = tokenized.indices.map { WorkParagraph(tokenized[$0]) }
        let table = EntityTable(mentions: mentions, paragraphs: paragraphs) { isSpeakerSubject(mentions[$0], paragraphs) }
        var attributor = Attributor(paragraphs: paragraphs, mentions: mentions, table: table, quotes: quotes)
        attributor.run()
        let hits = paragraphs.map { par in
            par.bytes.withUnsafeBufferPointer { bytes -> [(token: Int, topic: Int32)] in
                var result: [(token: Int, topic: Int32)] = []
                TopicMatcher.hits(bytes, par.tokens, vocabulary: vocabulary, into: &result)
                return result
            }
        }
        // Each piece of a quote (a paragraph's part) is reported as its own quote, with the
        // attribution found for the whole.
        // (Made at its size; quotes and attributions are read in place, by index, not copied.)
        var outQuotes: [ExtractedQuote] = []
        outQuotes.reserveCapacity(quotes.reduce(0) { $0 + $1.pieces.count })
        for q in quotes.indices {
            for index in quotes[q].pieces.indices where quotes[q].pieces[index].first <= quotes[q].pieces[index].last {
                let piece = quotes[q].pieces[index]
                let kind = index == 0 || attributor.results[q].kind == .fragment ? attributor.results[q].kind
                    : attributor.kindOf(piece, hasCue: attributor.results[q].rule != "unattributed")
                outQuotes.append(makeQuote(piece, kind: kind, attributor.results[q], paragraphs, hits))
            }
        }
        var articleTopics: [Int] = []
        for h in hits { for hit in h { articleTopics.append(Int(hit.topic)) } }
        articleTopics.sortUnique()
        let entities = attributor.table.entities.map { e in
            // Room for the name and the family name, so that neither append reallocates.
            var aliases: [String] = []
            aliases.reserveCapacity(e.aliases.count + 2)
            aliases.append(contentsOf: e.aliases)
            aliases.append(e.name)
            // A full name also answers to its family name ("Qin" for Qin Gang), as the article would use it.
            if e.kind == .person, e.wordCount >= 2,
               let surname = e.name.word(first: e.surnameHash == e.firstWordHash, ifThereAre: e.wordCount) {
                aliases.append(surname)
            }
            aliases.sortUnique()
            return ExtractedEntity(name: e.name, kind: e.kind, role: e.mainRole, aliases: aliases, proper: e.proper,
                                   key: e.renamed ? NameKey.normalize(e.name) : e.key)
        }
        return ExtractedArticle(
            file: source.file, recordLine: source.recordLine,
            title: source.title ?? layout.title, titleLine: source.title == nil ? layout.titleLine : nil,
            outlet: source.outlet ?? layout.outlet, date: source.date ?? layout.date,
            byline: source.byline ?? layout.byline, url: source.url,
            paragraphs: paragraphs.map(makeParagraph), quotes: outQuotes, entities: entities,
            topics: articleTopics, byteCount: source.text.count)
    }

    // MARK: - Steps

    /// Pairs quotation marks; marks in each paragraph the top-level quote covering each token.
    private func findQuotes(_ paragraphs: inout [TokenizedParagraph]) -> [FoundQuote] {
        var scanner = QuoteScanner(paragraphCount: paragraphs.count)
        for p in paragraphs.indices {
            paragraphs[p].tokens.withUnsafeBufferPointer {
                scanner.scan(paragraph: p, tokens: $0, sentenceStarts: paragraphs[p].sentenceStarts)
            }
        }
        let quotes = scanner.finish()
        for (q, quote) in quotes.enumerated() where !quote.nested {
            for piece in quote.pieces {
                let hi = min(piece.close ?? piece.last, paragraphs[piece.paragraph].tokens.count - 1)
                paragraphs[piece.paragraph].markQuote(q, from: piece.open ?? piece.first, through: hi)
            }
        }
        return quotes
    }

    /// Finds name mentions in every paragraph (its quotes already marked); marks in each
    /// paragraph the mention ending and the one starting at each token.
    private func findMentions(_ paragraphs: inout [TokenizedParagraph]) -> [Mention] {
        // Room for a name every eight tokens (the corpus has one every ten or so): growing the
        // list would copy every Mention already found.
        var all: [Mention] = []
        all.reserveCapacity(paragraphs.reduce(0) { $0 + $1.tokens.count } / 8 + 4)
        for p in paragraphs.indices {
            // Read by index, not bound to a local: a copy of the paragraph would retain its five arrays.
            let first = all.count
            paragraphs[p].bytes.withUnsafeBufferPointer { bytes in
                paragraphs[p].tokens.withUnsafeBufferPointer { tokens in
                    NameRecognizer(bytes: bytes, tokens: tokens, paragraph: paragraphs[p], index: p)
                        .appendMentions(to: &all)
                }
            }
            // After the recogniser is gone, so that the marks it read are not shared and copied.
            paragraphs[p].markMentions(all[first...])
        }
        return all
    }

    /// Whether a mention stands next to a reporting verb ("X said", "said X").
    private func isSpeakerSubject(_ m: Mention, _ paragraphs: [WorkParagraph]) -> Bool {
        let tokens = paragraphs[m.paragraph].tokens
        var k = m.chunkLast + 1
        while k < tokens.count, tokens[k].isWord(.verbFiller) && tokens[k].has(.lowercase) { k += 1 }
        if k < tokens.count, tokens[k].isWord(.reportingVerb) { return true }
        let before = m.chunkFirst - 1
        return before >= 0 && tokens[before].isWord(.invertibleVerb)
    }

    // MARK: - Output


    private func makeParagraph(_ par: WorkParagraph) -> Paragraph {
        let sentences = par.sentenceStarts.indices.map { par.sentenceBytes($0) }
        return Paragraph(text: String(decoding: par.bytes, as: UTF8.self), line: par.line, sentences: sentences)
    }

    private func makeQuote(_ piece: QuotePiece, kind: QuoteKind, _ a: Attribution, _ paragraphs: [WorkParagraph],
                           _ hits: [[(token: Int, topic: Int32)]]) -> ExtractedQuote {
        let par = paragraphs[piece.paragraph]
        var last = min(piece.last, par.tokens.count - 1)
        // A comma or colon closing the quoted words belongs to the sentence around them
        // (`"We will win," he said`), not to what was said.
        while last > piece.first, par.tokens[last].isPunct(UInt8(ascii: ",")) || par.tokens[last].isPunct(UInt8(ascii: ":")) {
            last -= 1
        }
        let text = par.text(tokens: piece.first, last)
        let openToken = piece.open ?? piece.first
        let line = par.line(ofByte: par.tokens[min(openToken, par.tokens.count - 1)].start)
        return ExtractedQuote(
            text: text, kind: kind, speaker: a.speaker, speakerMention: a.speaker == nil ? nil : a.mention,
            topics: QuoteTopics.topics(of: piece, a, paragraphs, hits), line: line, paragraph: piece.paragraph,
            evidence: Evidence(rule: a.rule, cue: a.cue, line: a.cueLine))
    }
}
