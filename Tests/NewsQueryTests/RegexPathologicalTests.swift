import Testing
import TestSupport
@testable import NewsQuery

/// Patterns that take exponential time in a backtracking engine on these inputs. They must
/// simply finish here (no timing assertion: a backtracker would not finish at all).
let pathologicalCases: [(pattern: String, text: String, expected: Bool)] = [
    ("(a*)*b", String(repeating: "a", count: 50_000), false),
    ("(a|a)*b", String(repeating: "a", count: 50_000), false),
    ("(a+)+$", String(repeating: "a", count: 50_000) + "!", false),
    ("(x+x+)+y", String(repeating: "x", count: 50_000), false),
    ("(a|aa)+$", String(repeating: "a", count: 50_000) + "b", false),
    ("^(\\w+\\s?)*$", String(repeating: "word ", count: 10_000) + "!", false),
    ("(.*a){20}", String(repeating: "a", count: 50_000), true),
    ("(x+x+)+y", String(repeating: "x", count: 50_000) + "y", true),
]

@Suite("SafeRegex on pathological patterns")
struct RegexPathologicalTests {
    @Test("Catastrophic-backtracking patterns finish, with the right answer",
          arguments: pathologicalCases)
    func finishes(_ pattern: String, _ text: String, _ expected: Bool) throws {
        let regex = try SafeRegex(pattern: pattern, flags: "")
        #expect(regex.matches(text) == expected)
        #expect((regex.firstMatch(in: text) != nil) == expected)
    }

    @Test("The Pike VM alone also finishes on them", arguments: pathologicalCases)
    func pikeVMFinishes(_ pattern: String, _ text: String, _ expected: Bool) throws {
        let regex = try SafeRegex(pattern: pattern, flags: "")
        var text = text
        text.withUTF8 { #expect(regex.matchesUsingPikeVM(utf8: $0) == expected) }
    }

    @Test("A pattern with an exponential DFA thrashes the cache and falls back correctly")
    func dfaCacheThrash() throws {
        // The n-th character from the end is 'a': the DFA needs 2^n states.
        let regex = try SafeRegex(pattern: "a[ab]{14}c", flags: "")
        var generator = SplitMix64(seed: 7)
        var bytes: [UInt8] = (0..<200_000).map { _ in generator.next() % 2 == 0 ? 0x61 : 0x62 }
        #expect(!regex.matches(String(decoding: bytes, as: UTF8.self)))
        bytes.append(contentsOf: Array("a".utf8) + Array(repeating: 0x62, count: 14) + [0x63])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(regex.matches(text))
        #expect(regex.firstMatch(in: text).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
            == bytes.count - 16)
    }

    @Test("Long texts with many candidate literals")
    func manyCandidates() throws {
        let text = String(repeating: "Taiwa Taiwan's ", count: 20_000) + "Taiwan independence"
        #expect(try SafeRegex(pattern: "Taiwan\\s+independence", flags: "").matches(text))
        #expect(try SafeRegex(pattern: "taiwan independence", flags: "i").matches(text))
        #expect(!(try SafeRegex(pattern: "Taiwan\\s+dependence", flags: "").matches(text)))
    }
}

