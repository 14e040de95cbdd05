import Testing
@testable import NewsModel

@Suite struct TopicTests {
    static let catalogue = """
    # comment line
    harbour | Harbours | harbour, sea wall, dock*
    weather | Weather | storm, storms, flood*

    not a topic line
    Bad Slug | Label | word
    weather | Weather | gale
    """

    @Test func catalogueParsesLinesReportsBadOnesAndExtendsRepeatedSlugs() {
        var topics: [Topic] = []
        var warnings: [LoadWarning] = []
        TopicCatalog.parse(Self.catalogue, file: "t.txt", into: &topics, warnings: &warnings)
        #expect(topics.map(\.slug) == ["harbour", "weather"])
        #expect(topics.map(\.id.index) == [0, 1])
        #expect(topics[1].keywords == ["storm", "storms", "flood*", "gale"])
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("2 line(s)") == true)
    }

    @Test func windowsLineEndingsReadLikeUnixOnes() {
        var unix: [Topic] = [], windows: [Topic] = []
        var warnings: [LoadWarning] = []
        TopicCatalog.parse(Self.catalogue, file: "t.txt", into: &unix, warnings: &warnings)
        warnings.removeAll()
        TopicCatalog.parse(Self.catalogue.replacingOccurrences(of: "\n", with: "\r\n"), file: "t.txt", into: &windows, warnings: &warnings)
        #expect(windows == unix)
        #expect(warnings.first?.message.contains("2 line(s)") == true)
    }

    @Test(arguments: [
        ("The harbour was busy.", ["harbour"]),
        ("The Harbour's owners met.", ["harbour"]),
        ("Harbourside flats were sold.", []),
        ("The sea wall held.", ["harbour"]),
        ("The sea was calm near the wall.", []),
        ("Dockers went on strike; docks closed.", ["harbour"]),
        ("A storm and floods hit; a gale blew.", ["weather"]),
    ])
    func keywordsMatchOnWordBoundaries(text: String, expected: [String]) {
        let topics = Extract.topics(Self.catalogue)
        let x = Extract.article("Council approves new harbour plan\n\n" + text, topics: topics)
        #expect(x.topics.map { topics[$0].slug } == expected)
    }

    @Test func quoteTopicsComeFromItsWordsItsSentenceAndWhatItPointsBackTo() throws {
        let topics = Extract.topics(Self.catalogue)
        let x = Extract.article("""
        Council approves new harbour plan

        The storm damaged the harbour on Sunday.

        "On this issue, we cannot wait any longer," the mayor, Ana Ruiz, said.

        Ms Ruiz also said the sea wall was "too old to repair now".

        "Tourism is doing well," she said.
        """, topics: topics)
        func slugs(_ fragment: String) throws -> Set<String> {
            let q = try #require(Extract.quote(fragment, in: x))
            return Set(q.topics.map { topics[$0].slug })
        }
        #expect(try slugs("On this issue") == ["harbour", "weather"])
        #expect(try slugs("too old") == ["harbour"])
        #expect(try slugs("Tourism") == [])
    }

    @Test func bundledCatalogueHasTheRequiredTopics() {
        let (topics, warnings) = TopicCatalog.load(userFiles: [])
        #expect(warnings.isEmpty)
        let required = ["taiwan", "ukraine", "russia", "north-korea", "south-china-sea", "trade", "fentanyl", "human-rights",
                        "military-contacts", "balloon", "economy", "technology", "climate", "elections", "immigration",
                        "health", "education", "crime", "terrorism", "iraq", "european-union", "taxes", "jobs", "sport",
                        "film", "music", "media"]
        #expect(Set(required).isSubset(of: Set(topics.map(\.slug))))
    }

    @Test func userTopicFilesAddTopicsAndMissingFilesWarn() throws {
        let dir = TestPaths.temporaryDirectory()
        try "harbour | Harbours | harbour\n".write(toFile: dir + "/mine.txt", atomically: true, encoding: .utf8)
        try "Port news\n\n\"The harbour is full,\" the manager, Ola Berg, said.".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let corpus = CorpusLoader(topicFiles: [dir + "/mine.txt", dir + "/missing.txt"]).load([dir + "/a.txt"])
        let harbour = try #require(corpus.topic(named: "harbour"))
        #expect(corpus.quotesByTopic[Int(harbour.index)].count == 1)
        #expect(corpus.warnings.contains { $0.file.hasSuffix("missing.txt") })
    }
}
