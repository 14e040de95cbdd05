import Foundation
import Testing
import TestSupport
@testable import NewsQuery

/// Random simple patterns and texts, checked against Foundation's NSRegularExpression (ICU).
///
/// The alphabet avoids the places where the two engines are documented to differ: no line
/// terminators (ICU's `$` also matches before a final newline, and its `.` excludes more
/// than `\n`), no non-ASCII digits or spaces (ICU's `\d` and `\s` are wider), no combining
/// marks (ICU's `\b` skips them).
struct RegexDifferentialGenerator {
    var random: SplitMix64

    static let atoms = ["a", "b", "c", "é", " ", "1", "A", ".", "[ab]", "[^a]", "[a-c]", "[é1]",
                        "\\d", "\\w", "\\W", "\\s", "\\S"]
    static let quantifiers = ["", "", "", "*", "+", "?", "{2}", "{1,2}", "{0,2}", "*?", "+?", "??"]
    static let groupQuantifiers = ["", "", "*", "+", "?", "{2}", "{0,2}"]
    static let nonEmptyQuantifiers = ["", "", "+", "{2}", "{1,2}"]
    static let textAlphabet = ["a", "b", "c", "é", "É", " ", "1", "A", "B", "-"]

    mutating func pick(_ choices: [String]) -> String {
        choices[Int(random.next() % UInt64(choices.count))]
    }

    mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

    /// A sequence of quantified atoms and groups; `depth` bounds group nesting. Anchors,
    /// boundaries and lazy operators appear only outside groups, and groups are repeated
    /// only greedily: ICU mishandles lazy loops over bodies that can match empty (for
    /// instance `( ?|-A)*?A.1` finds nothing in "--A 1"), which this engine gets right.
    /// With `nullableGroups` false, no group alternative can match the empty string: there
    /// a backtracker's leftmost-first extent can differ from the Pike VM's (documented on
    /// ``SafeRegex/firstMatch(in:)``).
    var nullableGroups = true

    mutating func sequence(depth: Int, topLevel: Bool = true) -> String {
        var pattern = ""
        if topLevel && chance(15) { pattern += "^" }
        for _ in 0..<(1 + random.next() % 4) {
            if topLevel && chance(10) { pattern += "\\b" }
            if depth > 0 && chance(20) {
                pattern += "(" + sequence(depth: depth - 1, topLevel: false) + "|"
                    + sequence(depth: depth - 1, topLevel: false) + ")" + pick(Self.groupQuantifiers)
            } else {
                let inGroup = nullableGroups ? Self.groupQuantifiers : Self.nonEmptyQuantifiers
                pattern += pick(Self.atoms) + pick(topLevel ? Self.quantifiers : inGroup)
            }
        }
        if topLevel && chance(15) { pattern += "$" }
        return pattern
    }

    mutating func text() -> String {
        (0..<(random.next() % 14)).map { _ in pick(Self.textAlphabet) }.joined()
    }
}

@Suite("SafeRegex against NSRegularExpression")
struct RegexDifferentialTests {
    @Test("Boolean match results agree on random patterns and texts")
    func booleanResultsAgree() throws {
        var generator = RegexDifferentialGenerator(random: SplitMix64(seed: 2024))
        var disagreements: [String] = []
        var compared = 0
        for round in 0..<600 {
            let pattern = generator.sequence(depth: 2)
            let flags = round % 3 == 0 ? "i" : ""
            let ours = try SafeRegex(pattern: pattern, flags: flags)
            let theirs = try NSRegularExpression(pattern: pattern, options: flags == "i" ? [.caseInsensitive] : [])
            for _ in 0..<5 {
                let text = generator.text()
                let expected = theirs.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                compared += 1
                if ours.matches(text) != expected {
                    disagreements.append("/\(pattern)/\(flags) on \(text.debugDescription): ICU says \(expected)")
                }
            }
        }
        #expect(compared == 3000)
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10).joined(separator: "\n"))")
    }

    @Test("Leftmost-first match ranges agree on random patterns and texts")
    func matchRangesAgree() throws {
        var generator = RegexDifferentialGenerator(random: SplitMix64(seed: 99), nullableGroups: false)
        var disagreements: [String] = []
        for _ in 0..<400 {
            let pattern = generator.sequence(depth: 1)
            let ours = try SafeRegex(pattern: pattern, flags: "")
            let theirs = try NSRegularExpression(pattern: pattern)
            for _ in 0..<5 {
                let text = generator.text()
                let expected = theirs.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
                    .flatMap { Range($0.range, in: text) }
                let actual = ours.firstMatch(in: text)
                if actual != expected {
                    let show = { (range: Range<String.Index>?) in range.map { String(text[$0]).debugDescription } ?? "nil" }
                    disagreements.append("/\(pattern)/ on \(text.debugDescription): ICU \(show(expected)), ours \(show(actual))")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10).joined(separator: "\n"))")
    }
}
