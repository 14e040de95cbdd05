import Testing
import TestSupport
@testable import NewsModel

/// The tokenizer's fast path for plain words makes the tokens its general word scanner makes.
@Suite struct TokenizerTests {
    @Test func everyWordTokenIsWhatTheGeneralScannerMakes() {
        var generator = SplitMix64(seed: 99)
        let pieces = ["Blair", "said", "U.S.", "a.m.", "co-founder", "M&S", "don't", "Blair's", "Blair’s", "BBC", "x",
                      "2005", "1.5", "10,000", "café", "Émile", ".", ",", ":", "-", "'", "\"", "“", "”", "’", " ", "  ", "\n",
                      "e.g", "A.", "ab.c", "I", "s", "tariffs", "Xi", "—", "…", "\u{A0}"]
        let vocabulary = Vocabulary(topics: [])
        for _ in 0..<3000 {
            let count = Int.random(in: 1...12, using: &generator)
            let text = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { b in
                for t in Tokenizer.tokenize(b, vocabulary: vocabulary) where t.kind == .word || t.kind == .number {
                    let expected = Tokenizer.scanWord(b, from: t.start, vocabulary)
                    var flags = t.flags
                    flags.remove(.spaceBefore)
                    #expect(t.end == expected.end && t.stemEnd == expected.stemEnd && t.kind == expected.kind
                                && flags == expected.flags && t.hash == expected.hash && t.classes == expected.classes,
                            "\(text) at \(t.start)")
                }
            }
        }
    }
}
