import Testing
import TestSupport
@testable import NewsModel

@Suite struct EntityTests {
    private func entity(_ name: String, in x: ExtractedArticle) -> ExtractedEntity? {
        x.entities.first { $0.name == name }
    }

    @Test func titlesAndRolesSplitFromTheName() throws {
        let x = Extract.body("U.S. Secretary of State Laura Quinn met Chinese President Li Wen on Monday.")
        let quinn = try #require(entity("Laura Quinn", in: x))
        #expect(quinn.role == "Secretary of State")
        #expect(quinn.kind == .person)
        #expect(quinn.aliases.contains("U.S. Secretary of State Laura Quinn"))
        #expect(entity("Li Wen", in: x)?.role == "President")
    }

    @Test func anOrganisationBeforeARoleAndANameIsTheAffiliationOfAPerson() throws {
        let x = Extract.body("Communications Minister Ravi Desai spoke on Monday.", "\"We need more investment,\" said Mr Desai.")
        let desai = try #require(entity("Ravi Desai", in: x))
        #expect(desai.kind == .person)
        #expect(desai.role == "Communications Minister")
        #expect(x.entities.filter { $0.kind == .organisation }.isEmpty)
        #expect(Extract.speaker(try #require(x.quotes.first), in: x) == "Ravi Desai")
    }

    @Test func aPartyLabelBeforeANameIsNotPartOfIt() throws {
        let x = Extract.body("Liberal Democrat Sarah Lane, the newest MP, told the researchers: \"It is like an old boys club.\"",
                             "Labour MSP Christine Bay agreed.")
        #expect(entity("Sarah Lane", in: x)?.kind == .person)
        #expect(Extract.speaker(try #require(x.quotes.first), in: x) == "Sarah Lane")
        #expect(entity("Christine Bay", in: x)?.role == "MSP")
    }

    @Test func theEndOfAPersonsNameIsThatPersonInEitherOrder() throws {
        let x = Extract.body("Charles Saumarez Smith, the gallery's director, said he was \"delighted\".",
                             "Mr Saumarez Smith added: \"We are very pleased with the numbers.\"")
        #expect(x.quotes.map { Extract.speaker($0, in: x) } == ["Charles Saumarez Smith", "Charles Saumarez Smith"])
        let y = Extract.body("Mr Le Bon spoke first.", "Later Simon Le Bon said: \"We will tour again next year.\"")
        #expect(y.entities.filter { $0.kind == .person }.map(\.name) == ["Simon Le Bon"])
    }

    @Test func whereAnOrganisationIsBasedIsNotPartOfItsName() throws {
        let x = Extract.body("This led Chennai-based Tatra Networks to use lasers.", "Tatra Networks said it was \"the only way to reach our customers\".")
        #expect(x.entities.contains { $0.name == "Tatra Networks" })
        #expect(!x.entities.contains { $0.name.contains("based") })
    }

    @Test func aLoneFirstWordOfAnOrganisationIsThatOrganisation() throws {
        let x = Extract.body("The regulator has filed complaints against media giant Vivendi Global.",
                             "Vivendi said the claims were \"without any foundation at all\".")
        #expect(Extract.speaker(try #require(x.quotes.first), in: x) == "Vivendi Global")
    }

    @Test func aliasesMergeIntoOnePerson() throws {
        let x = Extract.body("Chinese President Kang Dewei arrived on Monday.", "Mr. Kang greeted the delegation.",
                             "Kang later said the visit was \"a success for both countries\".")
        let people = x.entities.filter { $0.kind == .person }
        #expect(people.count == 1)
        let kang = try #require(people.first)
        #expect(kang.name == "Kang Dewei")
        #expect(Set(kang.aliases).isSuperset(of: ["Kang", "Mr. Kang", "Chinese President Kang Dewei", "Kang Dewei"]))
        let q = try #require(x.quotes.first)
        #expect(Extract.speaker(q, in: x) == "Kang Dewei")
    }

    @Test func familyNameFirstIsDecidedByTheTokenUsedAlone() throws {
        // "Tam" is used alone, so it is the family name of "Tam Ho"; "Ho" is not an alias.
        let x = Extract.body("Foreign Minister Tam Ho met the envoy.", "Tam said the talks were \"open and useful for us\".")
        let q = try #require(x.quotes.first)
        #expect(Extract.speaker(q, in: x) == "Tam Ho")
        #expect(x.entities.filter { $0.kind == .person }.count == 1)
    }

    @Test func sharedGivenNameDoesNotMergeTwoPeople() throws {
        let x = Extract.body("Minister Wu Lan spoke first. Resident Bo Lan, 31, said she hoped for calm.",
                             "Wu said the plan was \"fair to every family in the city\".")
        #expect(x.entities.contains { $0.name == "Wu Lan" })
        #expect(x.entities.contains { $0.name == "Bo Lan" })
        let q = try #require(x.quotes.first)
        #expect(Extract.speaker(q, in: x) == "Wu Lan")
    }

    @Test func sameSurnameResolvesToTheNearestFullName() throws {
        let x = Extract.body("Senator Alan Cole spoke in the morning.",
                             "In the afternoon his daughter, lawyer Ruth Cole, addressed the court.",
                             "Cole said the ruling was \"long overdue and very welcome\".")
        let q = try #require(x.quotes.first)
        #expect(Extract.speaker(q, in: x) == "Ruth Cole")
    }

    @Test func organisationsMergeWithoutTheirNationality() throws {
        let x = Extract.body("Officials at the U.S. Transport Department were surprised.",
                             "\"We were not consulted on the changes,\" the Transport Department said.")
        let orgs = x.entities.filter { $0.kind == .organisation }
        #expect(orgs.count == 1)
        let q = try #require(x.quotes.first)
        #expect(Extract.speaker(q, in: x) == "U.S. Transport Department")
    }

    @Test func placesAndDatesAreNotPeople() {
        let x = Extract.body("Ships crossed the Baltic Sea and the Taiwan Strait before reaching Hong Kong on Monday, June 3.")
        #expect(x.entities.filter { $0.kind == .person }.isEmpty)
    }

    @Test func fullNamesMergeAcrossArticlesButLoneSurnamesDoNot() throws {
        let dir = TestPaths.temporaryDirectory()
        try "Talks end\n\nEnvoy Mara Stein arrived.\n\n\"We agreed,\" Stein said.".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try "Talks resume\n\nEnvoy Mara Stein returned.\n\n\"We talked,\" said Ms Stein.".write(toFile: dir + "/b.txt", atomically: true, encoding: .utf8)
        try "Other news\n\nMs Stein, a local teacher, spoke.\n\n\"It is cold,\" said Ms Stein.".write(toFile: dir + "/c.txt", atomically: true, encoding: .utf8)
        let corpus = CorpusLoader().load([dir])
        let full = corpus.entities.filter { $0.name == "Mara Stein" }
        #expect(full.count == 1)
        #expect(full.first?.articles.count == 2)
        #expect(corpus.entities.contains { $0.name == "Stein" && $0.articles.count == 1 })
        #expect(corpus.entities(named: "Stein").count == 2)
        #expect(corpus.entities(named: "Envoy Mara Stein").count == 1)
    }
}

@Suite struct NameKeyTests {
    @Test func asciiFastPathMatchesTheGeneralPath() {
        var generator = SplitMix64(seed: 7)
        let alphabet = Array("abcXYZ .,;:!?'\"-\t\nMrDs".utf8) + [0x01, 0x0B, 0x7F]
        let prefixes = ["Mr. ", "\"Dr ", " mrs\t", ". Sir ", "Prof.", "\u{7F}Ms ", "MR", "\"\" miss .", "Dame\n\n"]
        for _ in 0..<20000 {
            let length = Int.random(in: 0...14, using: &generator)
            var bytes = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            if Bool.random(using: &generator) { bytes = Array(prefixes[Int.random(in: 0..<prefixes.count, using: &generator)].utf8) + bytes }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(NameKey.normalize(text) == NameKey.normalizeUnicode(text), "\(bytes)")
        }
    }

    @Test(arguments: [("Mr. Xi", "xi"), (" XI ", "xi"), ("Ms Hewitt", "hewitt"), ("Mr.", "mr"), ("O’Brien", "o'brien")])
    func keys(name: String, key: String) {
        #expect(NameKey.normalize(name) == key)
    }
}
