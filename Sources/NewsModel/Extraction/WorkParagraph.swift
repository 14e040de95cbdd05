// MARK: - Tokenized paragraph

/// A paragraph's bytes split into tokens and sentences: the first stage of its extraction,
/// before quotes and names are found.
struct TokenizedParagraph {
    let bytes: [UInt8]
    /// 1-based line in the file where the paragraph starts.
    let line: Int
    let tokens: [Token]
    /// First token of each sentence.
    let sentenceStarts: [Int]
    /// Sentence, quote and mentions of each token: sentences set here, quotes and mentions
    /// marked later by ``markQuote(_:from:through:)`` and ``markMentions(_:)``.
    private(set) var marks: [TokenMarks]
    /// Offsets of the newlines inside the paragraph (wrapped lines joined), usually none; none
    /// at all for a JSON record's text, whose line feeds are escapes inside one file line.
    let newlines: [Int]

    init(bytes: [UInt8], line: Int, fixedLine: Bool = false, vocabulary: Vocabulary = .plain) {
        self.bytes = bytes
        self.line = line
        var newlines: [Int] = []
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, vocabulary: vocabulary, newlines: &newlines) }
        let starts = SentenceSplitter.sentenceStarts(tokens)
        // Each sentence's tokens, from its start to the next one's, get its index.
        var marks = [TokenMarks](filling: tokens.count, with: TokenMarks(sentence: 0))
        marks.withUnsafeMutableBufferPointer { of in
            for s in starts.indices {
                let end = min(s + 1 < starts.count ? starts[s + 1] : of.count, of.count)
                guard starts[s] < end else { continue }
                for i in starts[s]..<end { of[i].sentence = Int32(s) }
            }
        }
        self.tokens = tokens
        self.newlines = fixedLine ? [] : newlines
        sentenceStarts = starts
        self.marks = marks
    }

    /// Marks tokens `lo...hi` (clamped to the paragraph) as covered by top-level quote `q`.
    mutating func markQuote(_ q: Int, from lo: Int, through hi: Int) {
        // One uniqueness check per piece rather than one per token.
        marks.withUnsafeMutableBufferPointer { marks in
            guard lo >= 0, lo <= hi, hi < marks.count else { return }
            for k in lo...hi { marks[k].quote = Int32(q) }
        }
    }

    /// Marks where each of `mentions` (this paragraph's, with their article-wide indices) ends and starts.
    mutating func markMentions(_ mentions: ArraySlice<Mention>) {
        guard !mentions.isEmpty else { return }
        // Marked through a buffer: one uniqueness check per paragraph, not two per name.
        marks.withUnsafeMutableBufferPointer { marks in
            for m in mentions.indices {
                marks[mentions[m].chunkLast].mentionEnding = Int32(m)
                marks[mentions[m].chunkFirst].mentionStarting = Int32(m)
            }
        }
    }
}

// MARK: - Paragraph under extraction

/// A body paragraph while its article is being extracted: bytes, tokens, sentences,
/// which quote covers each token and which mention starts or ends at each token
/// (read through ``quote(of:)``, ``mentionEnding(at:)`` and ``mentionStarting(at:)``).
///
/// A class so that the many lookups of extraction share one instance instead of copying
/// (and retaining) its arrays. Every property is a constant, set once the article's quotes
/// and names are known (see ``ArticleExtractor``), so reading them needs no access checks.
final class WorkParagraph {
    /// Bytes, line, tokens, sentences and marks, read through the properties and methods below.
    let tokenized: TokenizedParagraph
    var bytes: [UInt8] { tokenized.bytes }
    var line: Int { tokenized.line }
    var tokens: [Token] { tokenized.tokens }
    var sentenceStarts: [Int] { tokenized.sentenceStarts }
    var newlines: [Int] { tokenized.newlines }

    /// The paragraph `p`, its quotes and mentions marked.
    init(_ p: TokenizedParagraph) {
        tokenized = p
    }

    /// A paragraph of `bytes` with no quotes or mentions marked (for tests of its text and sentences).
    convenience init(bytes: [UInt8], line: Int, vocabulary: Vocabulary = .plain) {
        self.init(TokenizedParagraph(bytes: bytes, line: line, vocabulary: vocabulary))
    }

    // MARK: - Quotes and mentions

    /// Index of the top-level quote covering token `i` (marks included), or -1.
    @inline(__always) func quote(of i: Int) -> Int { Int(tokenized.marks[i].quote) }

    /// Index of the mention whose chunk ends at token `i`, or -1.
    @inline(__always) func mentionEnding(at i: Int) -> Int { Int(tokenized.marks[i].mentionEnding) }

    /// Index of the mention whose chunk starts at token `i`, or -1.
    @inline(__always) func mentionStarting(at i: Int) -> Int { Int(tokenized.marks[i].mentionStarting) }

    // MARK: - Sentences

    /// The token range of sentence `s`.
    func sentenceRange(_ s: Int) -> Range<Int> {
        guard s >= 0, s < sentenceStarts.count else { return 0..<0 }
        let end = s + 1 < sentenceStarts.count ? sentenceStarts[s + 1] : tokens.count
        return sentenceStarts[s]..<end
    }

    /// The sentence of token `i`.
    @inline(__always) func sentence(of i: Int) -> Int { Int(tokenized.marks[i].sentence) }

    /// Byte range of sentence `s` in ``bytes``.
    func sentenceBytes(_ s: Int) -> Range<Int> {
        let r = sentenceRange(s)
        guard !r.isEmpty else { return 0..<0 }
        return tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end
    }

    // MARK: - Text

    /// The text of bytes `range`.
    func text(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The text from token `a` through token `b`.
    func text(tokens a: Int, _ b: Int) -> String {
        guard a <= b, a >= 0, b < tokens.count else { return "" }
        return text(tokens[a].start..<tokens[b].end)
    }

    /// The 1-based file line of byte `offset` (paragraphs joined from wrapped lines keep their newlines).
    func line(ofByte offset: Int) -> Int {
        // The number of line feeds before `offset`, by binary search: one huge paragraph with
        // many quotes would otherwise take time quadratic in its length.
        var low = 0, high = newlines.count
        while low < high {
            let mid = (low + high) / 2
            if newlines[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return line + low
    }

    /// Whether token `i`'s lowercase word equals `word`.
    ///
    /// Inlined so that the kind, length and first-letter tests, which reject most tokens asked
    /// about, cost no call; only a token that passes them has the rest of its bytes compared.
    @inline(__always) func isWord(_ i: Int, _ word: StaticString) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let t = tokens[i]
        guard t.kind == .word, t.end - t.start == word.utf8CodeUnitCount,
              ByteClass.lower(bytes[t.start]) == word.utf8Start[0] else { return false }
        return spells(from: t.start, word)
    }

    /// Whether the bytes from `start` spell `word` (lowercase), ignoring ASCII case.
    private func spells(from start: Int, _ word: StaticString) -> Bool {
        let w = word.utf8Start
        return bytes.withUnsafeBufferPointer { b in
            for j in 0..<word.utf8CodeUnitCount where ByteClass.lower(b[start + j]) != w[j] { return false }
            return true
        }
    }

    /// The lowercase words of tokens `a...b` (words only, without a possessive ending).
    func lowerWords(_ a: Int, _ b: Int) -> [String] {
        guard a <= b else { return [] }
        var words: [String] = []
        words.reserveCapacity(b - a + 1)
        bytes.withUnsafeBufferPointer { bytes in
            for i in a...b where tokens[i].kind == .word {
                let t = tokens[i]
                // Written straight into the string's storage: no array of lowered bytes first.
                words.append(String(unsafeUninitializedCapacity: t.stemEnd - t.start) { out in
                    for j in t.start..<t.stemEnd { out[j - t.start] = ByteClass.lower(bytes[j]) }
                    return t.stemEnd - t.start
                })
            }
        }
        return words
    }
}
