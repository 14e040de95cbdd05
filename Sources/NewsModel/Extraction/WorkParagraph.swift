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
    /// Sentence index of each token.
    let sentenceOfToken: [Int32]
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
        var sentenceOf = [Int32](filling: tokens.count, with: 0)
        sentenceOf.withUnsafeMutableBufferPointer { of in
            for s in starts.indices {
                let end = min(s + 1 < starts.count ? starts[s + 1] : of.count, of.count)
                guard starts[s] < end else { continue }
                for i in starts[s]..<end { of[i] = Int32(s) }
            }
        }
        self.tokens = tokens
        self.newlines = fixedLine ? [] : newlines
        sentenceStarts = starts
        sentenceOfToken = sentenceOf
    }
}

// MARK: - Paragraph under extraction

/// A body paragraph while its article is being extracted: bytes, tokens, sentences,
/// which quote covers each token and which mention starts or ends at each token.
///
/// A class so that the many lookups of extraction share one instance instead of copying
/// (and retaining) its arrays. Every property is a constant, set once the article's quotes
/// and names are known (see ``ArticleExtractor``), so reading them needs no access checks.
final class WorkParagraph {
    /// Bytes, line, tokens and sentences: the first stage, read through the properties below.
    let tokenized: TokenizedParagraph
    var bytes: [UInt8] { tokenized.bytes }
    var line: Int { tokenized.line }
    var tokens: [Token] { tokenized.tokens }
    var sentenceStarts: [Int] { tokenized.sentenceStarts }
    var sentenceOfToken: [Int32] { tokenized.sentenceOfToken }
    var newlines: [Int] { tokenized.newlines }
    /// Index of the top-level quote covering each token (marks included), or -1.
    let quoteOfToken: [Int32]
    /// Mention index whose chunk ends / starts at each token, or -1.
    let mentionEndingAt: [Int32]
    let mentionStartingAt: [Int32]

    /// The paragraph `p` with its quote and mention marks (arrays of one entry per token).
    init(_ p: TokenizedParagraph, quoteOfToken: [Int32], mentionEndingAt: [Int32], mentionStartingAt: [Int32]) {
        tokenized = p
        self.quoteOfToken = quoteOfToken
        self.mentionEndingAt = mentionEndingAt
        self.mentionStartingAt = mentionStartingAt
    }

    /// A paragraph of `bytes` with no quotes or mentions marked (for tests of its text and sentences).
    convenience init(bytes: [UInt8], line: Int, vocabulary: Vocabulary = .plain) {
        let p = TokenizedParagraph(bytes: bytes, line: line, vocabulary: vocabulary)
        let none = [Int32](repeating: -1, count: p.tokens.count)
        self.init(p, quoteOfToken: none, mentionEndingAt: none, mentionStartingAt: none)
    }

    // MARK: - Sentences

    /// The token range of sentence `s`.
    func sentenceRange(_ s: Int) -> Range<Int> {
        guard s >= 0, s < sentenceStarts.count else { return 0..<0 }
        let end = s + 1 < sentenceStarts.count ? sentenceStarts[s + 1] : tokens.count
        return sentenceStarts[s]..<end
    }

    /// The sentence of token `i`.
    @inline(__always) func sentence(of i: Int) -> Int { Int(sentenceOfToken[i]) }

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
