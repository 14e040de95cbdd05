// MARK: - Paragraph under extraction

/// A body paragraph while its article is being extracted: bytes, tokens, sentences,
/// which quote covers each token and which mention starts or ends at each token.
///
/// A class so that the many lookups of extraction share one instance instead of copying
/// (and retaining) its arrays; it is built and filled by one article's extraction only.
final class WorkParagraph {
    let bytes: [UInt8]
    /// 1-based line in the file where the paragraph starts.
    let line: Int
    let tokens: [Token]
    /// First token of each sentence.
    let sentenceStarts: [Int]
    /// Sentence index of each token.
    let sentenceOfToken: [Int32]
    /// Index of the top-level quote covering each token (marks included), or -1.
    var quoteOfToken: [Int32] = []
    /// Mention index whose chunk ends / starts at each token, or -1.
    var mentionEndingAt: [Int32] = []
    var mentionStartingAt: [Int32] = []
    /// Offsets of the line feeds in ``bytes`` (a paragraph joined from wrapped lines keeps them),
    /// so the line of a byte is a binary search, not a scan: one huge paragraph with many quotes
    /// would otherwise take time quadratic in its length. Empty when every byte is on ``line``.
    private let newlineOffsets: [Int]

    /// A paragraph starting on file line `line`; with `fixedLine` (a JSON record's text, whose
    /// line feeds are escapes inside one record) every byte is on that line.
    init(bytes: [UInt8], line: Int, fixedLine: Bool = false, vocabulary: Vocabulary = .plain) {
        self.bytes = bytes
        self.line = line
        newlineOffsets = fixedLine ? [] : bytes.indices.filter { bytes[$0] == 0x0A }
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, vocabulary: vocabulary) }
        let starts = SentenceSplitter.sentenceStarts(tokens)
        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        var s = 0
        for i in tokens.indices {
            while s + 1 < starts.count && starts[s + 1] <= i { s += 1 }
            sentenceOf[i] = Int32(s)
        }
        self.tokens = tokens
        sentenceStarts = starts
        sentenceOfToken = sentenceOf
        quoteOfToken = [Int32](repeating: -1, count: tokens.count)
        mentionEndingAt = [Int32](repeating: -1, count: tokens.count)
        mentionStartingAt = [Int32](repeating: -1, count: tokens.count)
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
        // The number of line feeds before `offset`.
        var low = 0, high = newlineOffsets.count
        while low < high {
            let mid = (low + high) / 2
            if newlineOffsets[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return line + low
    }

    /// Whether token `i`'s lowercase word equals `word`.
    func isWord(_ i: Int, _ word: StaticString) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return false }
        let t = tokens[i]
        guard t.end - t.start == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for j in 0..<(t.end - t.start) where ByteClass.lower(bytes[t.start + j]) != w[j] { return false }
        return true
    }

    /// The lowercase words of tokens `a...b` (words only).
    func lowerWords(_ a: Int, _ b: Int) -> [String] {
        guard a <= b else { return [] }
        return (a...b).compactMap { i -> String? in
            guard tokens[i].kind == .word else { return nil }
            let t = tokens[i]
            return String(decoding: bytes[t.start..<t.stemEnd].map(ByteClass.lower), as: UTF8.self)
        }
    }
}
