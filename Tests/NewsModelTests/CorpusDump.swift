import NewsModel

// MARK: - Canonical corpus dump

/// A canonical text form of a whole ``Corpus``: every article field, paragraph, sentence,
/// quote, entity, outlet, topic and warning, one record per line, in id order.
///
/// Used by ``CorpusSnapshotTests`` to prove that changes to the loader (performance work
/// above all) leave what it extracts exactly as it was. Paragraph text is recorded by its
/// length and a 64-bit FNV-1a hash (the text is the file's own bytes; the hash catches any
/// change); everything extraction decides is written out in full. Paths under `root` are
/// written as `$ROOT` so the dump does not depend on where the package is checked out.
enum CorpusDump {
    /// The dump of `corpus`, with `root` replaced by `$ROOT` in every line.
    static func text(of corpus: Corpus, root: String) -> String {
        var lines: [String] = []
        func add(_ line: String) { lines.append(line.replacingOccurrences(of: root, with: "$ROOT")) }
        func q(_ s: String?) -> String { s.map { String(reflecting: $0) } ?? "-" }
        func entityName(_ id: EntityID?) -> String { id.map { "\($0.index):\(q(corpus[$0].name))" } ?? "-" }
        func slugs(_ ids: [TopicID]) -> String { "[" + ids.map { corpus[$0].slug }.joined(separator: ",") + "]" }

        // MARK: Topics and warnings
        add("topics \(corpus.topics.count)")
        for t in corpus.topics { add("T \(t.id.index) \(t.slug) \(q(t.label)) \(t.keywords.count)") }
        add("warnings \(corpus.warnings.count)")
        for w in corpus.warnings { add("W \(w.kind.rawValue) \(q(w.file)) \(q(w.message))") }

        // MARK: Articles
        add("articles \(corpus.articles.count)")
        for a in corpus.articles {
            add("A \(a.id.index) \(q(a.file)) record=\(a.recordLine) titleLine=\(a.titleLine.map(String.init) ?? "-") "
                + "outlet=\(a.outlet.map { String($0.index) } ?? "-") date=\(a.date.map { "\($0)" } ?? "-") "
                + "bytes=\(a.byteCount) topics=\(slugs(a.topics)) quotes=\(a.quotes.map(\.index))")
            add("  title \(q(a.title))")
            add("  byline \(q(a.byline)) url \(q(a.url))")
            for p in a.paragraphs {
                let sentences = p.sentences.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ",")
                add("  P line=\(p.line) len=\(p.text.utf8.count) fnv=\(fnv(p.text)) s=\(sentences)")
            }
        }

        // MARK: Quotes
        add("quotes \(corpus.quotes.count)")
        for x in corpus.quotes {
            add("Q \(x.id.index) article=\(x.article.index) line=\(x.line) par=\(x.paragraph) \(x.kind.rawValue) "
                + "speaker=\(entityName(x.speaker)) mention=\(q(x.speakerMention)) topics=\(slugs(x.topics))")
            add("  text \(q(x.text))")
            add("  evidence \(x.evidence.rule) line=\(x.evidence.line) \(q(x.evidence.cue))")
        }

        // MARK: Entities and outlets
        add("entities \(corpus.entities.count)")
        for e in corpus.entities {
            add("E \(e.id.index) \(e.kind.rawValue) \(q(e.name)) role=\(q(e.role)) "
                + "articles=\(e.articles.map(\.index))")
            add("  aliases \(e.aliases.map { q($0) }.joined(separator: " "))")
        }
        add("outlets \(corpus.outlets.count)")
        for o in corpus.outlets { add("O \(o.id.index) \(q(o.name)) articles=\(o.articles.map(\.index))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// 64-bit FNV-1a of the UTF-8 bytes of `s`, in hex.
    static func fnv(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return String(h, radix: 16)
    }
}
