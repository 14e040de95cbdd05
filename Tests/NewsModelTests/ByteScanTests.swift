import Foundation
import Testing
import TestSupport
@testable import NewsModel

/// The word-at-a-time byte scans agree with plain byte-by-byte loops.
@Suite struct ByteScanTests {
    /// Random text over an alphabet rich in the bytes the scans look for.
    static func samples() -> [[UInt8]] {
        var generator = SplitMix64(seed: 11)
        let alphabet = Array("yYoOuU \n|ab.\u{A0}é".utf8)
        var result: [[UInt8]] = []
        for length in [0, 1, 2, 3, 7, 8, 9, 10, 16, 17, 31, 64, 100] {
            for _ in 0..<60 {
                result.append((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
            }
        }
        return result
    }

    @Test func containsYouAgreesWithANaiveSearch() {
        for bytes in Self.samples() {
            let naive = bytes.count >= 3 && (0..<(bytes.count - 2)).contains { i in
                bytes[i] | 0x20 == UInt8(ascii: "y") && bytes[i + 1] | 0x20 == UInt8(ascii: "o") && bytes[i + 2] | 0x20 == UInt8(ascii: "u")
            }
            #expect(bytes.withUnsafeBufferPointer(LineClassifier.containsYou) == naive, "\(bytes)")
        }
    }

    @Test func firstIndexAgreesWithArrayFirstIndex() {
        for bytes in Self.samples() {
            for start in [0, 1, 5, 9] {
                let expected = start < bytes.count ? bytes[start...].firstIndex(of: 0x0A) : nil
                #expect(bytes.withUnsafeBufferPointer { ByteClass.firstIndex(of: 0x0A, in: $0, from: start) } == expected)
            }
        }
    }

    @Test func wordCountAndFirstWordAgreeWithWordRanges() {
        for bytes in Self.samples() {
            bytes.withUnsafeBufferPointer { line in
                for limit in [0, 1, 3, 16] {
                    #expect(LineClassifier.wordCount(line, limit: limit) == LineClassifier.wordRanges(line, limit: limit).count)
                }
                let prefix = UnsafeBufferPointer(rebasing: line[0..<min(line.count, 5)])
                #expect(LineClassifier.firstWord(line, within: 5) == LineClassifier.wordRanges(prefix, limit: 1).first)
            }
        }
    }

    /// Random strings over an alphabet with spaces, tabs, newlines, CR LF and combining marks.
    static func strings() -> [String] {
        var generator = SplitMix64(seed: 23)
        let alphabet = [" ", "  ", "\t", "\n", "\r\n", "a", "Bc", "é", "\u{301}", "|", "x y", "\u{A0}"]
        return (0..<400).map { i in
            (0..<(i % 12)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }.joined()
        }
    }

    @Test func splittingAgreesWithCharacterSplitting() {
        for s in Self.strings() {
            #expect(s.splitAtSpaces() == s.split(separator: " "), "\(Array(s.utf8))")
            #expect(s.countOfSpaceSeparatedWords() == s.split(separator: " ").count)
            let parts = s.split(separator: " ")
            for count in [1, 2, 3] {
                #expect(s.word(first: true, ifThereAre: count) == (parts.count == count ? String(parts[0]) : nil), "\(Array(s.utf8))")
                #expect(s.word(first: false, ifThereAre: count) == (parts.count == count ? String(parts[count - 1]) : nil), "\(Array(s.utf8))")
            }
            #expect(s.split(atASCII: [0x20, 0x0A]) == s.split(whereSeparator: { $0 == " " || $0 == "\n" }), "\(Array(s.utf8))")
        }
    }

    @Test func trimmingAgreesWithFoundation() {
        for s in Self.strings() {
            let foundation = s.trimmingCharacters(in: .whitespaces)
            #expect(s.trimmingASCIIWhitespace { $0.trimmingCharacters(in: .whitespaces) } == foundation, "\(Array(s.utf8))")
        }
    }

    /// The credit pre-check never turns down a line the full credit check accepts.
    @Test(arguments: ["Alamy Stock Photo", "A view of the city. Photo via AP/UPI", "PAP/EPA/XINHUA", "Credit: Jane Doe",
                      "The team won again. Getty Images", "He left the club. photo by Sam", "It rained all day.",
                      "picture: the harbour at dawn", "Reuters/UPI", "SOURCE/ABC"])
    func creditPreCheckIsNecessary(line: String) {
        Array(line.utf8).withUnsafeBufferPointer { b in
            let full = LineClassifier.shape(b) == .caption
            if full { #expect(LineClassifier.mayHaveCredit(b), "\(line)") }
        }
        #expect(Array("It rained all day and the match was off.".utf8).withUnsafeBufferPointer(LineClassifier.mayHaveCredit) == false)
    }

    @Test func creditPreCheckAgreesWithANaiveSearch() {
        var generator = SplitMix64(seed: 5)
        let pieces = ["Photo", "pictures", "IMAGE", "credit", "Credi", "phot", "/", " ", "pic", "c", "i", "p", "x", "é", "\u{2019}"]
        func naive(_ b: [UInt8]) -> Bool {
            func spells(_ w: String, _ i: Int) -> Bool {
                let w = Array(w.utf8)
                return i + w.count <= b.count && (0..<w.count).allSatisfy { b[i + $0] | 0x20 == w[$0] }
            }
            return b.indices.contains { i in
                b[i] == 0x2F || spells("photo", i) || spells("picture", i) || spells("image", i) || spells("credit", i)
            }
        }
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer(LineClassifier.mayHaveCredit) == naive(bytes), "\(text)")
        }
    }

    @Test func wordAtATimeLowercasingAgreesWithBytes() {
        var generator = SplitMix64(seed: 77)
        for _ in 0..<5000 {
            let w = generator.next()
            var expected: UInt64 = 0
            for k in 0..<8 { expected |= UInt64(ByteClass.lower(UInt8(truncatingIfNeeded: w >> (8 * UInt64(k))))) << (8 * UInt64(k)) }
            #expect(SWAR.lowercased(w) == expected)
        }
        // Every byte value, in every position.
        for b in 0..<256 {
            let w = UInt64(b) * 0x0101_0101_0101_0101
            #expect(SWAR.lowercased(w) == UInt64(ByteClass.lower(UInt8(b))) * 0x0101_0101_0101_0101)
        }
    }

    @Test func wordTableFindsWordsInAnyCaseAtAnyOffset() {
        let table = WordTable([("said", 1), ("spokeswoman", 2), ("a", 3), ("united-states", 4)]) { a, _ in a }
        for word in ["said", "SAID", "Said", "spokeswoman", "SpokesWoman", "a", "A", "united-states", "UNITED-STATES"] {
            for prefix in ["", "x ", "0123456789 "] {
                let text = Array((prefix + word + " tail").utf8)
                let range = prefix.utf8.count..<(prefix.utf8.count + word.utf8.count)
                #expect(text.withUnsafeBufferPointer { table.lookup($0, range) } != nil, "\(word)")
                let end = Array((prefix + word).utf8)
                #expect(end.withUnsafeBufferPointer { table.lookup($0, range) } != nil, "\(word) at the end")
            }
        }
        for word in ["sai", "saids", "spokeswomen", "b", "united_states", "sa\u{0}d"] {
            #expect(table.lookup(word) == nil, "\(word)")
        }
    }
}
