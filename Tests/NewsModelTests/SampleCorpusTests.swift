import Testing
@testable import NewsModel

/// Acceptance checks on the five sample articles of `corpus/`.
@Suite struct SampleCorpusTests {
    /// `quotes where speaker = "Wang Yi" and topic = taiwan`: Wang Yi's Taiwan quotes from every
    /// article carrying one, and nothing else. Expected answers come from reading the articles:
    /// in 000 line 52 Wang calls Taiwan a "core" interest with "no room" to compromise; in 001
    /// line 58 "On this issue, ..." answers the Taiwan warning before it. The other articles
    /// carry no Taiwan words of Wang's.
    @Test func wangYiTaiwanQuotes() throws {
        let corpus = CorpusLoader().load([TestPaths.seeds])
        let taiwan = try #require(corpus.topic(named: "taiwan"))
        let wang = Set(corpus.entities(named: "Wang Yi"))
        try #require(!wang.isEmpty)
        let found = corpus.quotes.filter { q in
            q.speaker.map(wang.contains) == true && q.topics.contains(taiwan)
        }.map { q -> String in
            let file = corpus.article(of: q).file.split(separator: "/").last.map(String.init) ?? ""
            return "\(file.prefix(3)):\(q.line):\(q.text)"
        }
        #expect(Set(found) == ["000:52:core", "000:52:no room", "001:58:On this issue, China has no room to compromise or concede"])
        // One Wang Yi across all five articles, found by every alias.
        #expect(wang.count == 1)
        for alias in ["Wang", "Mr. Wang", "wang yi"] {
            #expect(Set(corpus.entities(named: alias)).isSuperset(of: wang), "\(alias)")
        }
        #expect(corpus.entities(named: "Yi").allSatisfy { !wang.contains($0) })
        // A family name never used alone still finds its person.
        #expect(corpus.entities(named: "Qin").contains { corpus[$0].name == "Qin Gang" })
    }

    @Test func headerFieldsOfTheSamples() throws {
        let corpus = CorpusLoader().load([TestPaths.seeds])
        let byName = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.file.split(separator: "/").last.map(String.init) ?? "", $0) })
        let a0 = try #require(byName["000_7c86af2b89749f4b.txt"])
        #expect(a0.title.hasPrefix("Antony Blinken says Xi Jinping"))
        #expect(corpus.outletName(of: a0) == "UPI")
        #expect(a0.date == nil)
        let a1 = try #require(byName["001_850f91d38b9f3704.txt"])
        #expect(a1.titleLine == 12)
        #expect(corpus.outletName(of: a1) == "AFP")
        #expect(a1.date == CalendarDate(year: 2023, month: 6, day: 19))
        let a2 = try #require(byName["002_11b1d4df00396732.txt"])
        #expect(a2.titleLine == 4)
        #expect(a2.date == nil)
        // Boilerplate stays out of the body.
        for article in corpus.articles {
            for p in article.paragraphs {
                #expect(!p.text.contains("Advertisement") && !p.text.contains("Stock Photo") && !p.text.contains("Comment"),
                        "\(article.file):\(p.line)")
            }
        }
    }
}
