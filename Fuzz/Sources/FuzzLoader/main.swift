import Foundation
import FuzzSupport
@testable import NewsModel
import NewsQuery

// Harness (c): loading and extraction of arbitrary bytes. The first byte's low two bits pick
// how the rest is named (`.txt`, `.json`, `.jsonl`); the file goes through the loader's own
// steps (reading, decoding, JSON records, extraction, corpus building) with a topic catalogue
// and extractor made once — or, when the first byte's high bit is set, through the public
// `CorpusLoader().load` whole (discovery, threads, catalogue), which costs some 25 ms more.
// Properties: no crash or hang; the corpus holds together (every identifier points at a
// record, every quote traces to a line of the file); what the shell would print of it has no
// raw control characters.

let scratch = ScratchFile()
atexit { FuzzLoaderState.scratch?.remove() }
enum FuzzLoaderState { nonisolated(unsafe) static var scratch: ScratchFile? }
FuzzLoaderState.scratch = scratch

let formats: [(suffix: String, format: DiscoveredFile.Format)] = [("txt", .text), ("json", .json), ("jsonl", .jsonLines), ("txt", .text)]
let topics = TopicCatalog.load(userFiles: []).topics.enumerated().map { index, topic in
    Topic(id: TopicID(index), slug: topic.slug, label: topic.label, keywords: topic.keywords)
}
let extractor = ArticleExtractor(topics: topics)

/// `path` loaded by the loader's steps for one file, with the catalogue and extractor made once.
func loadOne(_ path: String, format: DiscoveredFile.Format) -> Corpus {
    var builder = CorpusBuilder(existing: Corpus(), topics: topics)
    let result = CorpusLoader.extract(DiscoveredFile(display: path, format: format), with: extractor)
    builder.warnings.append(contentsOf: result.warnings)
    for article in result.articles { builder.add(article) }
    return builder.build()
}

let statements = ["quotes", "articles", "people", "organisations", "topics", "outlets",
                  "quotes where text ~ the select text, speaker, mention, cue, file, line"]
let checks = StatementChecks()

/// Every identifier in `corpus` points at a record, and every line number lies in a file of `lineBound` lines.
func checkConsistent(_ corpus: Corpus, path: String, lineBound: Int) {
    for article in corpus.articles {
        fuzzRequire(article.file == path, "article file \(article.file), not \(path)")
        fuzzRequire(article.recordLine >= 1 && article.recordLine <= lineBound, "record line \(article.recordLine) of \(lineBound)")
        if let titleLine = article.titleLine {
            fuzzRequire(titleLine >= 1 && titleLine <= lineBound, "title line \(titleLine) of \(lineBound)")
        }
        for paragraph in article.paragraphs {
            fuzzRequire(paragraph.line >= 1 && paragraph.line <= lineBound, "paragraph line \(paragraph.line) of \(lineBound)")
            let length = paragraph.text.utf8.count
            for sentence in paragraph.sentences {
                fuzzRequire(sentence.lowerBound >= 0 && sentence.upperBound <= length, "sentence \(sentence) in \(length) bytes")
            }
        }
        for quote in article.quotes { fuzzRequire(Int(quote.index) < corpus.quotes.count, "article quote \(quote.index)") }
        for topic in article.topics { fuzzRequire(Int(topic.index) < corpus.topics.count, "article topic \(topic.index)") }
        if let outlet = article.outlet { fuzzRequire(Int(outlet.index) < corpus.outlets.count, "outlet \(outlet.index)") }
    }
    for quote in corpus.quotes {
        fuzzRequire(Int(quote.article.index) < corpus.articles.count, "quote article \(quote.article.index)")
        guard Int(quote.article.index) < corpus.articles.count else { return }
        let article = corpus.article(of: quote)
        fuzzRequire(article.quotes.contains(quote.id), "quote \(quote.id.index) not listed by its article")
        fuzzRequire(quote.paragraph >= 0 && quote.paragraph < article.paragraphs.count,
                    "quote paragraph \(quote.paragraph) of \(article.paragraphs.count)")
        fuzzRequire(quote.line >= 1 && quote.line <= lineBound, "quote line \(quote.line) of \(lineBound)")
        fuzzRequire(!quote.text.isEmpty, "empty quote \(quote.id.index)")
        if let speaker = quote.speaker { fuzzRequire(Int(speaker.index) < corpus.entities.count, "speaker \(speaker.index)") }
        for topic in quote.topics { fuzzRequire(Int(topic.index) < corpus.topics.count, "quote topic \(topic.index)") }
    }
    for entity in corpus.entities {
        for article in entity.articles { fuzzRequire(Int(article.index) < corpus.articles.count, "entity article \(article.index)") }
    }
}

FuzzDriver.run { bytes in
    guard let mode = bytes.first else { return }
    let body = Array(bytes.dropFirst())
    let (suffix, format) = formats[Int(mode & 3)]
    let path = scratch.write(body, name: "article." + suffix)
    let corpus = mode & 0x80 != 0 ? CorpusLoader().load([path]) : loadOne(path, format: format)
    // Lines end at LF or CR; counting both bytes bounds the line count whatever the encoding.
    let lineBound = body.reduce(1) { $1 == 0x0A || $1 == 0x0D ? $0 + 1 : $0 }
    checkConsistent(corpus, path: path, lineBound: lineBound)
    for warning in corpus.warnings {
        if let raw = TerminalSafety.firstRawControl(in: warning.description) {
            fuzzRequire(false, "warning holds raw \(TerminalSafety.describe(raw)): \(warning.description.debugDescription)")
        }
    }
    let engine = QueryEngine(corpus: corpus)
    for text in statements {
        let source = SourceFile(name: "<fuzz>", text: text)
        checks.checkRun(Parser.parse(source).statements, in: source, on: engine)
    }
}
