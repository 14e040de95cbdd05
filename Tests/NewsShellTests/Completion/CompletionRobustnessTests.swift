import NewsModel
import NewsQuery
import Testing

@testable import NewsShell

@Suite("Completion robustness and scale")
struct CompletionRobustnessTests {
    private let completer = CompletionFixture.completer()

    @Test("a cursor outside the line or inside a character gets no candidates", arguments: [
        ("quotes", -1, 0), ("quotes", 7, 6), ("quotes", 1000, 6), ("quotes where speaker = Zoë", 26, 26),
    ])
    func invalidCursor(line: String, cursor: Int, at offset: Int) {
        #expect(completer.completions(for: line, cursor: cursor) == .none(at: offset))
    }

    @Test("hostile lines complete without crashing", arguments: [
        "\"", "\"\\", "\"\\u{", "'", "“Wang", "((((((((", "]]]]", ",,,,", "....", "= = =", ";;;", "quotes where a.b.c.d.e.",
        "quotes where speaker = [", "quotes where speaker in [[", "quotes sort by ,", "let = = =", "show show show",
        "quotes where text matches /[/", "\u{0}\u{1}\u{7F}", "\u{2028}quotes", "quotes where ! ", "quotes where a = -",
        "\u{FFFD}\u{FFFD}", ". . .", ".mode \"", ".load \"", ".load ~nobody/x", ".explain .mode", "-", "--", "quotes\r\nwhere ",
    ])
    func hostileLines(_ line: String) {
        for cursor in -1...(line.utf8.count + 1) {
            let completion = completer.completions(for: line, cursor: cursor)
            #expect(completion.replaceRange.lowerBound >= 0)
            #expect(completion.replaceRange.upperBound <= max(0, min(cursor, line.utf8.count)))
        }
    }

    @Test("random bytes and a huge line complete without crashing")
    func randomAndHuge() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("quotes where speaker = \"Wang Yi\" and ( ) [ ] , . ; / ~ != -- \n é 台".unicodeScalars)
        for _ in 0..<300 {
            var line = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                line.unicodeScalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
            }
            let cursor = Int.random(in: 0...line.utf8.count, using: &generator)
            _ = completer.completions(for: line, cursor: cursor)
        }
        let huge = "quotes where " + String(repeating: "(", count: 100_000) + "spe"
        #expect(completer.completions(for: huge, cursor: huge.utf8.count).candidates == ["speaker"])
        for long in ["quotes where " + String(repeating: "a.", count: 200_000),
                     "quotes " + String(repeating: "where ", count: 100_000) + "sp",
                     String(repeating: "quotes;", count: 100_000),
                     "quotes where topic in [" + String(repeating: "taiwan, ", count: 100_000) + "t"] {
            _ = completer.completions(for: long, cursor: long.utf8.count)
        }
        let tooLong = String(repeating: "a ", count: 600_000)
        #expect(completer.completions(for: tooLong, cursor: tooLong.utf8.count).candidates.isEmpty)
    }

    @Test("typed prefixes fold like names: case, accents, honorifics kept, trailing blank kept")
    func folding() {
        #expect(CompletionKey.fold("Mr. Xi") == Array("mr xi".utf8))
        #expect(CompletionKey.fold("  Wáng   YI ", keepingTrailingSpace: true) == Array("wang yi ".utf8))
        #expect(CompletionKey.fold("Wang ", keepingTrailingSpace: false) == Array("wang".utf8))
        #expect(CompletionKey.laterWordStarts(in: Array("north-korea peninsula".utf8)) == [6, 12])
    }

    @Test("a vocabulary of 20,000 names answers 1,000 completions")
    func scale() {
        let syllables = ["an", "bo", "chen", "da", "el", "fa", "gu", "ha", "ix", "jo", "ka", "li", "mo", "na", "ol",
                         "pe", "qi", "ra", "su", "ta", "ul", "vi", "wa", "xu", "ya", "zé"]
        var generator = SystemRandomNumberGenerator()
        func word() -> String {
            let parts = (0..<Int.random(in: 2...3, using: &generator)).map { _ in syllables.randomElement(using: &generator) ?? "a" }
            return parts.joined().capitalized
        }
        let entities = (0..<20_000).map { index in
            let name = "\(word()) \(word())"
            return Entity(id: EntityID(index), name: name, kind: .person, role: nil,
                          aliases: [name, String(name.split(separator: " ").last ?? "")], articles: [])
        }
        let corpus = Corpus(articles: [], quotes: [], entities: entities, topics: [], outlets: [], warnings: [])
        let vocabulary = CompletionVocabulary(corpus: corpus, bindings: [])
        #expect(vocabulary.people.count >= 20_000)
        let completer = QueryCompleter { vocabulary }
        var total = 0
        for round in 0..<1_000 {
            let typed = String(syllables[round % syllables.count].prefix(1 + round % 2))
            let line = "quotes where speaker = \(round % 3 == 0 ? "\"" : "")\(typed)"
            let completion = completer.completions(for: line, cursor: line.utf8.count)
            #expect(!completion.candidates.isEmpty)
            total += completion.candidates.count
        }
        #expect(total > 1_000)
    }
}
