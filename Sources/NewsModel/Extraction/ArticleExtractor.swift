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
        var paragraphs = layout.paragraphs.map {
            WorkParagraph(bytes: $0.bytes, line: $0.line, fixedLine: source.fixedLine, vocabulary: vocabulary)
        }
        let quotes = findQuotes(&paragraphs)
        let mentions = findMentions(&paragraphs)
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
        var outQuotes: [ExtractedQuote] = []
        for (q, quote) in quotes.enumerated() {
            let a = attributor.results[q]
            for (index, piece) in quote.pieces.enumerated() where piece.first <= piece.last {
                let kind = index == 0 || a.kind == .fragment ? a.kind : attributor.kindOf(piece, hasCue: a.rule != "unattributed")
                outQuotes.append(makeQuote(piece, kind: kind, a, paragraphs, hits))
            }
        }
        var articleTopics = Set<Int>()
        for h in hits { for hit in h { articleTopics.insert(Int(hit.topic)) } }
        let entities = attributor.table.entities.map { e in
            var aliases = e.aliases
            aliases.append(e.name)
            // A full name also answers to its family name ("Qin" for Qin Gang), as the article would use it.
            let parts = e.name.split(separator: " ")
            if e.kind == .person, parts.count >= 2, e.words.count == parts.count {
                aliases.append(String(e.surnameHash == e.firstWordHash ? parts[0] : parts[parts.count - 1]))
            }
            return ExtractedEntity(name: e.name, kind: e.kind, role: e.mainRole, aliases: Array(Set(aliases)).sorted(),
                                   proper: e.proper)
        }
        return ExtractedArticle(
            file: source.file, recordLine: source.recordLine,
            title: source.title ?? layout.title, titleLine: source.title == nil ? layout.titleLine : nil,
            outlet: source.outlet ?? layout.outlet, date: source.date ?? layout.date,
            byline: source.byline ?? layout.byline, url: source.url,
            paragraphs: paragraphs.map(makeParagraph), quotes: outQuotes, entities: entities,
            topics: articleTopics.sorted(), byteCount: source.text.count)
    }

    // MARK: - Steps

    /// Pairs quotation marks and marks the tokens each top-level quote covers.
    private func findQuotes(_ paragraphs: inout [WorkParagraph]) -> [FoundQuote] {
        var scanner = QuoteScanner()
        for p in paragraphs.indices {
            scanner.scan(paragraph: p, tokens: paragraphs[p].tokens, sentenceStarts: paragraphs[p].sentenceStarts)
        }
        let quotes = scanner.finish()
        for (q, quote) in quotes.enumerated() where !quote.nested {
            for piece in quote.pieces {
                let lo = piece.open ?? piece.first
                let hi = min(piece.close ?? piece.last, paragraphs[piece.paragraph].tokens.count - 1)
                guard lo <= hi else { continue }
                for k in lo...hi { paragraphs[piece.paragraph].quoteOfToken[k] = Int32(q) }
            }
        }
        return quotes
    }

    /// Finds name mentions in every paragraph and indexes them by first and last token.
    private func findMentions(_ paragraphs: inout [WorkParagraph]) -> [Mention] {
        var all: [Mention] = []
        for p in paragraphs.indices {
            let par = paragraphs[p]
            let found: [Mention] = par.bytes.withUnsafeBufferPointer { bytes in
                NameRecognizer(bytes: bytes, paragraph: par, index: p).mentions()
            }
            for m in found {
                paragraphs[p].mentionEndingAt[m.chunkLast] = Int32(all.count)
                paragraphs[p].mentionStartingAt[m.chunkFirst] = Int32(all.count)
                all.append(m)
            }
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
        let last = min(piece.last, par.tokens.count - 1)
        let text = par.text(tokens: piece.first, last)
        let openToken = piece.open ?? piece.first
        let line = par.line(ofByte: par.tokens[min(openToken, par.tokens.count - 1)].start)
        return ExtractedQuote(
            text: text, kind: kind, speaker: a.speaker, speakerMention: a.speaker == nil ? nil : a.mention,
            topics: QuoteTopics.topics(of: piece, a, paragraphs, hits), line: line, paragraph: piece.paragraph,
            evidence: Evidence(rule: a.rule, cue: a.cue, line: a.cueLine))
    }
}
