import Testing
@testable import NewsQuery

/// One boolean-match expectation.
struct RegexCase: CustomTestStringConvertible, Sendable {
    let pattern: String
    let flags: String
    let text: String
    let expected: Bool

    init(_ pattern: String, _ text: String, _ expected: Bool) {
        self.init(pattern, "", text, expected)
    }

    init(_ pattern: String, _ flags: String, _ text: String, _ expected: Bool) {
        self.pattern = pattern
        self.flags = flags
        self.text = text
        self.expected = expected
    }

    var testDescription: String { "/\(pattern)/\(flags) on \(text.debugDescription) → \(expected)" }
}

/// Every syntax feature, each with matching and non-matching texts.
let regexFeatureCases: [RegexCase] = [
    // MARK: Literals and search semantics
    RegexCase("Taiwan", "Beijing and Taiwan talks", true),
    RegexCase("Taiwan", "Beijing and Taiwa", false),
    RegexCase("", "", true),
    RegexCase("", "anything", true),
    RegexCase("abc", "", false),
    RegexCase("王毅", "外长王毅表示", true),
    RegexCase("王毅", "外长王表示", false),
    // MARK: Dot
    RegexCase("王.", "王毅", true),
    RegexCase("王.", "王", false),
    RegexCase("caf.", "café", true),
    RegexCase("^caf.$", "café", true),
    RegexCase("^caf..$", "café", false),
    RegexCase("^.$", "😀", true),
    RegexCase("a.b", "a\nb", false),
    RegexCase("a.b", "s", "a\nb", true),
    RegexCase("a.b", "a\rb", true),
    // MARK: Classes
    RegexCase("[abc]", "xxbxx", true),
    RegexCase("[abc]", "xyz", false),
    RegexCase("^[a-z]+$", "hello", true),
    RegexCase("^[a-z]+$", "Hello", false),
    RegexCase("[^a-z]", "hello", false),
    RegexCase("[^a-z]", "hello!", true),
    RegexCase("^[^a]$", "é", true),
    RegexCase("^[^a]$", "\n", true),
    RegexCase("[à-ÿ]", "déjà", true),
    RegexCase("[à-ÿ]", "deja", false),
    RegexCase("^[α-ω]+$", "αβγ", true),
    RegexCase("[一-龥]", "abc中def", true),
    RegexCase("[一-龥]", "abcdef", false),
    RegexCase("[]a]", "]", true),
    RegexCase("[a-]", "-", true),
    RegexCase("[-a]", "-", true),
    RegexCase("[a\\-z]", "b", false),
    RegexCase("[a\\-z]", "-", true),
    RegexCase("[\\d.]", "x.y", true),
    RegexCase("[\\w]", "é", true),
    RegexCase("[\\s]", "a b", true),
    RegexCase("[\\]]", "]", true),
    RegexCase("[\\n]", "a\nb", true),
    RegexCase("[😀-😂]", "x😁y", true),
    RegexCase("[😀-😂]", "x😃y", false),
    // MARK: Escapes
    RegexCase("\\d+", "in 2024", true),
    RegexCase("\\d", "no digits", false),
    RegexCase("^\\D+$", "no digits", true),
    RegexCase("^\\w+$", "王毅", true),
    RegexCase("^\\w+$", "café_2", true),
    RegexCase("\\w", "“—”", false),
    RegexCase("^\\W+$", "“—” !", true),
    RegexCase("\\s", "a\u{A0}b", true),
    RegexCase("\\s", "ab", false),
    RegexCase("^\\S+$", "ab", true),
    RegexCase("a\\.b", "a.b", true),
    RegexCase("a\\.b", "axb", false),
    RegexCase("\\\\", "a\\b", true),
    RegexCase("\\/", "a/b", true),
    RegexCase("\\n", "a\nb", true),
    RegexCase("\\t", "a\tb", true),
    RegexCase("\\[\\]\\(\\)\\{\\}", "[](){}", true),
    RegexCase("\\*\\+\\?\\|\\^\\$", "*+?|^$", true),
    RegexCase("\\x41", "A", true),
    RegexCase("\\x{738B}", "王", true),
    RegexCase("\\u00e9", "é", true),
    RegexCase("\\u{1F600}", "😀", true),
    // MARK: Anchors
    RegexCase("^abc", "abcdef", true),
    RegexCase("^abc", "xabc", false),
    RegexCase("abc$", "xabc", true),
    RegexCase("abc$", "abc\n", false),
    RegexCase("^abc$", "x\nabc\ny", false),
    RegexCase("^abc$", "m", "x\nabc\ny", true),
    RegexCase("^abc", "m", "xabc", false),
    RegexCase("x$", "m", "ax\nb", true),
    RegexCase("\\Aabc", "m", "x\nabc", false),
    RegexCase("abc\\z", "m", "abc\nx", false),
    RegexCase("^$", "", true),
    RegexCase("^$", "m", "a\n\nb", true),
    RegexCase("^$", "a\n\nb", false),
    // MARK: Word boundaries
    RegexCase("\\bTaiwan\\b", "Taiwan's president", true),
    RegexCase("\\bTaiwan\\b", "“Taiwan”", true),
    RegexCase("\\bTaiwan\\b", "Taiwanese", false),
    RegexCase("\\bTaiwan\\b", "pro-Taiwan", true),
    RegexCase("\\bcafé\\b", "le café noir", true),
    RegexCase("\\bcafé\\b", "cafés", false),
    RegexCase("\\bcaf\\b", "café", false),
    RegexCase("\\b王毅\\b", "外长王毅", false),
    RegexCase("\\Bwan\\b", "Taiwan", true),
    RegexCase("\\Bwan\\b", "wan", false),
    RegexCase("\\b", "", false),
    RegexCase("\\B", "", true),
    RegexCase("\\b", "!", false),
    // MARK: Groups and alternation
    RegexCase("(?:ab)+c", "ababc", true),
    RegexCase("^(?:ab)+c$", "abac", false),
    RegexCase("(ab|cd)e", "xcde", true),
    RegexCase("(ab|cd)e", "xade", false),
    RegexCase("^(a|)$", "", true),
    RegexCase("a|b|c", "zzc", true),
    RegexCase("(?<name>ab)c", "abc", true),
    RegexCase("()", "x", true),
    RegexCase("((a)(b(c)))", "abc", true),
    // MARK: Repetition
    RegexCase("^a*$", "", true),
    RegexCase("^a*$", "aaaa", true),
    RegexCase("^a+$", "", false),
    RegexCase("^a?b$", "b", true),
    RegexCase("^a?b$", "aab", false),
    RegexCase("^a{3}$", "aaa", true),
    RegexCase("^a{3}$", "aa", false),
    RegexCase("^a{3}$", "aaaa", false),
    RegexCase("^a{2,}$", "aaaaa", true),
    RegexCase("^a{2,}$", "a", false),
    RegexCase("^a{2,4}$", "aaaa", true),
    RegexCase("^a{2,4}$", "aaaaa", false),
    RegexCase("^a{0}$", "", true),
    RegexCase("^a{0,0}b$", "b", true),
    RegexCase("^(ab){2}$", "abab", true),
    RegexCase("^王{2}$", "王王", true),
    RegexCase("^é+$", "ééé", true),
    RegexCase("^a*?$", "aaa", true),
    RegexCase("^a+?$", "aaa", true),
    RegexCase("^a??b$", "ab", true),
    RegexCase("^a{2,3}?$", "aaa", true),
    RegexCase("\\d{4}-\\d{2}-\\d{2}", "on 2024-03-15 he", true),
    RegexCase("\\d{4}-\\d{2}-\\d{2}", "on 2024-3-15 he", false),
    RegexCase("^(a*)*b$", "aaab", true),
    RegexCase("^(a|ab)(c|bcd)(d*)$", "abcd", true),
    // MARK: Case-insensitive
    RegexCase("taiwan", "i", "TAIWAN", true),
    RegexCase("taiwan", "i", "Taiwan", true),
    RegexCase("taiwan", "", "Taiwan", false),
    RegexCase("TaIwAn", "i", "taiwan", true),
    RegexCase("café", "i", "CAFÉ", true),
    RegexCase("CAFÉ", "i", "café", true),
    RegexCase("[a-z]+", "i", "HELLO", true),
    RegexCase("[^a-z]", "i", "HELLO", false),
    RegexCase("ελλάδα", "i", "ΕΛΛΆΔΑ", true),
    RegexCase("σ", "i", "ς", true),
    RegexCase("москва", "i", "МОСКВА", true),
    RegexCase("straße", "i", "STRASSE", false),
    RegexCase("i", "i", "ı", false),
    RegexCase("\\x41", "i", "a", true),
    RegexCase("王毅", "i", "王毅", true),
    RegexCase("\\u{01C6}", "i", "\u{01C5}", true),
]

/// Leftmost-first match positions, as (pattern, flags, text, expected matched substring).
let regexFirstMatchCases: [(String, String, String, String?)] = [
    ("Taiwan", "", "Beijing and Taiwan", "Taiwan"),
    ("a+", "", "baaac", "aaa"),
    ("a+?", "", "baaac", "a"),
    ("a|ab", "", "xab", "a"),
    ("ab|a", "", "xab", "ab"),
    ("\\d+", "", "in 2024, 7", "2024"),
    ("王.", "", "外长王毅表示", "王毅"),
    ("caf.", "", "un café", "café"),
    ("\\bTaiwan\\b", "", "Taiwanese Taiwan", "Taiwan"),
    ("taiwan", "i", "about TAIWAN", "TAIWAN"),
    ("x*", "", "abc", ""),
    ("b*$", "", "abb", "bb"),
    ("(a|b)*c", "", "zababcz", "ababc"),
    ("q", "", "abc", nil),
    ("^b", "", "ab", nil),
    ("é+", "i", "xÉéÉy", "ÉéÉ"),
]

@Suite("SafeRegex matching")
struct RegexMatchTests {
    @Test("Feature table", arguments: regexFeatureCases)
    func featureTable(_ testCase: RegexCase) throws {
        let regex = try SafeRegex(pattern: testCase.pattern, flags: testCase.flags)
        #expect(regex.matches(testCase.text) == testCase.expected)
    }

    @Test("The Pike VM and the lazy DFA agree on the feature table", arguments: regexFeatureCases)
    func enginesAgree(_ testCase: RegexCase) throws {
        let regex = try SafeRegex(pattern: testCase.pattern, flags: testCase.flags)
        var text = testCase.text
        text.withUTF8 { bytes in
            #expect(regex.matchesUsingPikeVM(utf8: bytes) == testCase.expected)
            #expect(regex.matchesUsingDFA(utf8: bytes) == testCase.expected)
        }
        #expect((regex.firstMatch(in: testCase.text) != nil) == testCase.expected)
    }

    @Test("Leftmost-first match positions", arguments: regexFirstMatchCases)
    func firstMatch(_ pattern: String, _ flags: String, _ text: String, _ expected: String?) throws {
        let regex = try SafeRegex(pattern: pattern, flags: flags)
        let range = regex.firstMatch(in: text)
        #expect(range.map { String(text[$0]) } == expected)
    }

    @Test("The bytes API agrees with the String API")
    func bytesAPI() throws {
        let regex = try SafeRegex(pattern: "caf.\\b", flags: "i")
        let bytes: [UInt8] = Array("Un CAFÉ noir".utf8)
        #expect(bytes.withUnsafeBufferPointer { regex.matches(utf8: $0) })
        #expect(!Array("un cafard".utf8).withUnsafeBufferPointer { regex.matches(utf8: $0) })
    }

    @Test("Malformed UTF-8 never matches a character and never crashes")
    func malformedBytes() throws {
        let dot = try SafeRegex(pattern: "^.$", flags: "s")
        let word = try SafeRegex(pattern: "\\b\\w+\\b", flags: "")
        for bytes: [UInt8] in [[0xFF], [0xC3], [0xE7, 0x8E], [0x80, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
            bytes.withUnsafeBufferPointer { buffer in
                #expect(!dot.matches(utf8: buffer))
                #expect(!word.matches(utf8: buffer))
                #expect(dot.matchesUsingPikeVM(utf8: buffer) == dot.matchesUsingDFA(utf8: buffer))
            }
        }
    }

    @Test("A compiled regex is reusable and keeps the pattern and flags")
    func reuse() throws {
        let regex = try SafeRegex(pattern: "\\bwang\\b", flags: "i")
        #expect(regex.pattern == "\\bwang\\b")
        #expect(regex.flags == "i")
        let texts = ["Wang Yi said", "Wangs", "the WANG family", "nothing"]
        for _ in 0..<3 {
            #expect(texts.map(regex.matches) == [true, false, true, false])
        }
    }
}
