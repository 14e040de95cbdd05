import Testing
import TestSupport
@testable import NewsModel

@Suite struct DecodingTests {
    @Test func validUTF8PassesThroughWithoutWarning() {
        let bytes = Array("Blinken said “yes” — café".utf8)
        #expect(TextDecoder.decode(bytes) == .text(bytes, warning: nil))
    }

    @Test func byteOrderMarkIsDropped() {
        #expect(TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Hi".utf8)) == .text(Array("Hi".utf8), warning: nil))
    }

    @Test func latin1IsDecodedAsWindows1252WithWarning() {
        // "café" in Latin-1, and Windows-1252 curly quotes 0x93 / 0x94.
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94]
        guard case .text(let text, let warning) = TextDecoder.decode(bytes) else {
            Issue.record("expected text")
            return
        }
        #expect(String(decoding: text, as: UTF8.self) == "café “ok”")
        #expect(warning?.contains("Windows-1252") == true)
    }

    @Test(arguments: [
        ([UInt8](), "empty"),
        (Array("  \n\t \n".utf8), "empty"),
        ([0x41, 0x00, 0x42], "binary"),
        ([0x01, 0x02, 0x03, 0x04, 0x41], "binary"),
    ])
    func nonTextIsSkippedWithReason(bytes: [UInt8], reason: String) {
        guard case .skip(let message) = TextDecoder.decode(bytes) else {
            Issue.record("expected skip for \(bytes)")
            return
        }
        #expect(message.contains(reason))
    }

    @Test func utf16WithByteOrderMarkIsConverted() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00]
        #expect(TextDecoder.decode(bytes) == .text(Array("Hi".utf8), warning: "decoded as UTF-16"))
    }

    @Test(arguments: [
        ([0xC0, 0x80], false),             // overlong NUL
        ([0xED, 0xA0, 0x80], false),       // surrogate
        ([0xF4, 0x90, 0x80, 0x80], false), // past U+10FFFF
        ([0xE2, 0x80], false),             // truncated
        ([0x80], false),                   // lone continuation
        ([0xE2, 0x80, 0x9C], true),        // “
        ([0xF0, 0x9F, 0x98, 0x80], true),  // emoji
    ])
    func utf8Validation(bytes: [UInt8], valid: Bool) {
        #expect(TextDecoder.isValidUTF8(bytes) == valid)
    }

    /// The eight-bytes-at-a-time scan gives what a byte-by-byte reading gives.
    @Test func scanAgreesWithAByteByByteReading() {
        var generator = SplitMix64(seed: 7)
        let pool: [UInt8] = [0x00, 0x01, 0x08, 0x09, 0x0A, 0x0D, 0x0E, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80, 0xBF, 0xC3, 0xA9, 0xE2, 0x9C]
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 40, 200] {
            for _ in 0..<200 {
                // Mostly printable ASCII runs, with a rare byte from the pool.
                let bytes = (0..<length).map { _ in
                    UInt8.random(in: 0..<10, using: &generator) == 0 ? pool[Int.random(in: 0..<pool.count, using: &generator)]
                        : UInt8.random(in: 0x20...0x7E, using: &generator)
                }
                let facts = bytes.withUnsafeBufferPointer(TextDecoder.scan)
                let nul = bytes.contains(0)
                #expect(facts.nul == nul)
                guard !nul else { continue }
                let controls = bytes.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) || $0 == 0x7F }.count
                #expect(facts.controls == controls)
                #expect(facts.visible == bytes.contains { !ByteClass.isSpace($0) && $0 != 0x20 })
                #expect(facts.validUTF8 == TextDecoder.isValidUTF8(bytes))
            }
        }
    }

    @Test func randomBytesNeverCrashExtraction() {
        var generator = SplitMix64(seed: 42)
        let extractor = ArticleExtractor(topics: [])
        for length in [1, 7, 64, 500, 4000] {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                if case .text(let text, _) = TextDecoder.decode(bytes) {
                    let x = extractor.extract(ArticleSource(file: "random", text: text))
                    #expect(x.byteCount == text.count)
                }
                // Text-like noise: quote marks, capitals, punctuation and UTF-8 marks in random order.
                let pieces = ["\"", "'", "“", "”", "‘", "’", " said ", "Mr ", "Xi", ". ", ", ", "\n", "\n\n", "–", ":", "he ", "«", "»"]
                let noise = (0..<length / 4).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
                let x = extractor.extract(ArticleSource(file: "noise", text: Array(noise.utf8)))
                #expect(x.quotes.allSatisfy { !$0.text.isEmpty })
            }
        }
    }
}

