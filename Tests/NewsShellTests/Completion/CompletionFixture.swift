import NewsModel
import NewsQuery
import NewsShell
import Testing

/// A hand-built corpus for completion tests: people with aliases (one organisation), three
/// topics, two outlets; no articles are needed.
enum CompletionFixture {
    static let corpus: Corpus = {
        let people: [(String, EntityKind, [String])] = [
            ("Wang Yi", .person, ["Wang", "Wang Yi"]),
            ("Wang Jun", .person, ["Wang Jun"]),
            ("Wangari Maathai", .person, ["Maathai"]),
            ("Xi Jinping", .person, ["Chinese President Xi Jinping", "Mr. Xi", "Xi", "Xi Jinping"]),
            ("Antony Blinken", .person, ["Blinken", "Mr. Blinken"]),
            ("Foreign Ministry", .organisation, ["the foreign ministry"]),
            ("Zoë Ünal", .person, []),
        ]
        let entities = people.enumerated().map { index, person in
            Entity(id: EntityID(index), name: person.0, kind: person.1, role: nil, aliases: person.2, articles: [])
        }
        let topics = [
            Topic(id: TopicID(0), slug: "taiwan", label: "Taiwan", keywords: ["Taiwan"]),
            Topic(id: TopicID(1), slug: "trade", label: "Trade", keywords: ["tariff"]),
            Topic(id: TopicID(2), slug: "north-korea", label: "North Korea", keywords: ["Pyongyang"]),
        ]
        let outlets = [
            Outlet(id: OutletID(0), name: "UPI", articles: []),
            Outlet(id: OutletID(1), name: "AFP", articles: []),
        ]
        return Corpus(articles: [], quotes: [], entities: entities, topics: topics, outlets: outlets, warnings: [])
    }()

    static let vocabulary = CompletionVocabulary(
        corpus: corpus, bindings: [(name: "recent", collection: .articles), (name: "chinese", collection: .quotes)])

    /// A completer over the fixture vocabulary, with `preceding` lines before the current one.
    static func completer(preceding: String = "", workingDirectory: String? = nil,
                          homeDirectory: String? = nil) -> QueryCompleter {
        let completer = QueryCompleter { vocabulary }
        completer.precedingText = preceding
        completer.workingDirectory = workingDirectory
        completer.homeDirectory = homeDirectory
        return completer
    }
}

/// One row of a completion table: a line with the cursor at `‸` (at the end without one), and
/// what Tab should offer there.
struct CompletionCase: CustomTestStringConvertible, Sendable {
    var preceding = ""
    var line: String
    /// The text before the cursor that a candidate replaces.
    var replaced: String
    var candidates: [String]
    var suffix = " "

    init(_ line: String, replacing replaced: String = "", _ candidates: [String], suffix: String = " ",
         after preceding: String = "") {
        self.line = line
        self.replaced = replaced
        self.candidates = candidates
        self.suffix = suffix
        self.preceding = preceding
    }

    /// The line without the cursor mark, and the cursor's byte offset.
    var lineAndCursor: (String, Int) {
        let marker = "‸"
        guard let range = line.range(of: marker) else { return (line, line.utf8.count) }
        return (line.replacingCharacters(in: range, with: ""), line[..<range.lowerBound].utf8.count)
    }

    /// The completion expected: the replaced text ends at the cursor.
    var expected: Completion {
        let cursor = lineAndCursor.1
        guard !candidates.isEmpty else { return .none(at: cursor) }
        return Completion(replaceRange: (cursor - replaced.utf8.count)..<cursor, candidates: candidates,
                          suffixWhenUnique: suffix)
    }

    var testDescription: String { preceding.isEmpty ? line : "\(preceding.debugDescription) + \(line)" }
}
