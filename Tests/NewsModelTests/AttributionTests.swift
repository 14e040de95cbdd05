import Testing
@testable import NewsModel

/// One attribution case: an invented article body, a fragment of the quote, the expected
/// speaker (or `nil`) and rule.
struct AttributionCase: CustomStringConvertible, Sendable {
    var body: String
    var quote: String
    var speaker: String?
    var rule: String
    var description: String { "\(rule): \(quote)" }
}

@Suite struct AttributionTests {
    static let cases: [AttributionCase] = [
        .init(body: "Finance Minister Maria Costa spoke on Monday.\n\n\"Taxes will not rise,\" said Ms Costa.",
              quote: "Taxes will not rise", speaker: "Maria Costa", rule: "verb-after-quote"),
        .init(body: "Coach Peter Holm faced the press.\n\n\"We were unlucky,\" Holm said.",
              quote: "We were unlucky", speaker: "Peter Holm", rule: "verb-after-quote"),
        .init(body: "Chief executive Tom Reyes addressed staff.\n\nMr Reyes said: \"Jobs are safe.\"",
              quote: "Jobs are safe", speaker: "Tom Reyes", rule: "speaker-before-colon"),
        .init(body: "Manager Ivo Lind was pleased.\n\n- Ivo Lind: \"We played well today.\"",
              quote: "We played well", speaker: "Ivo Lind", rule: "speaker-before-colon"),
        .init(body: "Senator Jane Doyle said the bill was \"a serious mistake for the country\".",
              quote: "a serious mistake", speaker: "Jane Doyle", rule: "verb-before-quote"),
        .init(body: "Senator Jane Doyle told reporters that the bill was \"a serious mistake for the country\".",
              quote: "a serious mistake", speaker: "Jane Doyle", rule: "told"),
        .init(body: "The deal is \"the best we could get in the circumstances\", according to union leader Sam Otis.",
              quote: "the best we could get", speaker: "Sam Otis", rule: "according-to"),
        .init(body: "Relations between the two countries have worsened.\n\n\"The measures are unjustified and will be answered,\" the foreign ministry said in a statement.",
              quote: "The measures are unjustified", speaker: "foreign ministry", rule: "in-a-statement"),
        .init(body: "Prime Minister Anna Berg visited the site.\n\n\"We will rebuild every house,\" she said.",
              quote: "We will rebuild", speaker: "Anna Berg", rule: "pronoun"),
        .init(body: "Mr Lund thanked Ms Ray. Then Ms Ray left.\n\n\"It was useful,\" he said.",
              quote: "It was useful", speaker: "Lund", rule: "pronoun"),
        .init(body: "The meeting went on for hours.\n\n\"It was useful,\" he said.",
              quote: "It was useful", speaker: nil, rule: "unattributed"),
        .init(body: "Secretary of State Lena Marsh arrived on Monday.\n\nThe secretary of state said the talks were \"frank and very useful for both sides\".",
              quote: "frank and very useful", speaker: "Lena Marsh", rule: "role-description"),
        .init(body: "Mayor Tim Hale opened the bridge.\n\n\"It took ten years,\" said Mr Hale.\n\n\"It was worth every day of the wait.\"",
              quote: "It was worth every day", speaker: "Tim Hale", rule: "continuation"),
        .init(body: "Striker Leo Mares scored twice. He said the team had worked hard all week. \"We deserved the win today.\"",
              quote: "We deserved the win", speaker: "Leo Mares", rule: "preceding-report"),
        .init(body: "\"Nothing was decided at the meeting,\" said a league spokesman.",
              quote: "Nothing was decided", speaker: nil, rule: "unattributed"),
        .init(body: "\"Prices will keep rising this year,\" analysts said.",
              quote: "Prices will keep rising", speaker: nil, rule: "unattributed"),
        .init(body: "\"The season starts in May and ends in October.\"",
              quote: "The season starts", speaker: nil, rule: "unattributed"),
        .init(body: "Doctor Ada Fox, who leads the clinic, warned that waiting lists were \"growing every single month\".",
              quote: "growing every single month", speaker: "Ada Fox", rule: "verb-before-quote"),
        .init(body: "Nina Kahn, the group's director, said the plan was \"bold but affordable for the city\".",
              quote: "bold but affordable", speaker: "Nina Kahn", rule: "verb-before-quote"),
        .init(body: "Architect Omar Said presented the design. \"It is built to last a century,\" said Omar Said, smiling.",
              quote: "It is built to last", speaker: "Omar Said", rule: "verb-after-quote"),
        // Evaluative verbs introduce words woven into the sentence, like "described" and "called".
        .init(body: "Mayor Tim Hale blamed the council's \"reckless spending of public money\" for the deficit.",
              quote: "reckless spending", speaker: "Tim Hale", rule: "verb-before-quote"),
        // A name after a description and a comma is the speaker.
        .init(body: "\"A decision is now expected by March,\" said one of their lawyers, Petra Novak.",
              quote: "A decision is now expected", speaker: "Petra Novak", rule: "verb-after-quote"),
        // A dash parenthesis between subject and verb.
        .init(body: "One of the families, Gerry Doyle - who was wrongly convicted - said the apology came with \"such sincerity and care for all\".",
              quote: "such sincerity", speaker: "Gerry Doyle", rule: "verb-before-quote"),
        // An organisation inside the appositive gives way to the person before it.
        .init(body: "Dan Moss, founder of Open Media, which supports local papers, said the tool was a \"bad idea for every reader\".",
              quote: "bad idea", speaker: "Dan Moss", rule: "verb-before-quote"),
        // Someone's spokesman is not them, and an unnamed spokesman is nobody in particular.
        .init(body: "Prime Minister Anna Berg spoke on Monday. Mrs Berg's official spokesman said the talks were \"useful and very friendly indeed\".",
              quote: "useful and very friendly", speaker: nil, rule: "unattributed"),
        .init(body: "Prime Minister Anna Berg spoke on Monday.\n\n\"Talks will resume in June,\" the spokesman said.",
              quote: "Talks will resume", speaker: nil, rule: "unattributed"),
        // "..., warning:" — the sentence's subject.
        .init(body: "Opposition leader Karl Dunn repeated his call for an inquiry, warning: \"This issue will not go away.\"",
              quote: "This issue will not go away", speaker: "Karl Dunn", rule: "participle-subject"),
        // A kind of organisation before a name stands for it later; a kind owned by a name does not.
        .init(body: "The phone was chosen by US magazine Mobile Life.\n\n\"We picked only mobile things,\" said the magazine.",
              quote: "We picked only", speaker: "Mobile Life", rule: "verb-after-quote"),
        .init(body: "Jane Roe, founder of the CGA consultancy Maria Lind, spoke.\n\n\"Prices will rise,\" said Ms Lind.",
              quote: "Prices will rise", speaker: "Maria Lind", rule: "verb-after-quote"),
        // "the judges" are a group: partial, nobody named.
        .init(body: "The judges called the novel \"an impressive and readable piece of work\".",
              quote: "an impressive and readable", speaker: nil, rule: "unattributed"),
        // A spokeswoman for an organisation is not the organisation, and is not named.
        .init(body: "A spokeswoman for the Royal Ballet said: \"It is our responsibility to act now.\"",
              quote: "It is our responsibility", speaker: nil, rule: "unattributed"),
        // A possessive mark inside the appositive does not end it.
        .init(body: "Nick Dane, spokesman for athletics' ruling body the IAAF, which handed out the bans, said: \"We cannot comment on it.\"",
              quote: "We cannot comment", speaker: "Nick Dane", rule: "speaker-before-colon"),
        // A surname that is also a role word still names the person.
        .init(body: "Former European champion Dougie Walker is to retire.\n\n\"I had intended to race,\" said Walker.",
              quote: "I had intended", speaker: "Dougie Walker", rule: "verb-after-quote"),
        // "the 30-year-old", "the American": the person the article is about there.
        .init(body: "Sprinter Jason Gardner won easily. \"I felt strong all the way round,\" said the 22-year-old.",
              quote: "I felt strong", speaker: "Jason Gardner", rule: "role-description"),
        .init(body: "Andre Agassi said he had won in four sets. \"It was a tough match for both of us,\" said the American.",
              quote: "It was a tough match", speaker: "Andre Agassi", rule: "role-description"),
        // "A spokeswoman said ... She added": still the unnamed spokeswoman, not someone named before.
        .init(body: "Minister Jo Hart opened the college. A spokeswoman for the college said it was \"a great day for the town\". She added: \"We are very proud of our students.\"",
              quote: "We are very proud", speaker: nil, rule: "unattributed"),
        // The one quoted speaks, not the paper quoting them.
        .init(body: "\"We will have women in the council this year,\" Arab Times quoted Prince Faisal Omar as saying.",
              quote: "We will have women", speaker: "Faisal Omar", rule: "quoted-as-saying"),
        .init(body: "Mitchell Kapor chairs the panel. \"Of course they are going to unleash the lawyers,\" Mr Kapor is reported as saying.",
              quote: "Of course they", speaker: "Mitchell Kapor", rule: "quoted-as-saying"),
        // "went on:" reports; "went on to win" does not.
        .init(body: "Mayor Tim Hale opened the bridge. He went on: \"It was worth every day of the wait.\"",
              quote: "It was worth every day", speaker: "Tim Hale", rule: "pronoun"),
        // "the organisation said": the organisation the article is on.
        .init(body: "The campaign group Reporters Without Borders said the sentence was harsh. \"The authorities are making an example of him,\" the organisation said.",
              quote: "The authorities are making", speaker: "Reporters Without Borders", rule: "verb-after-quote"),
        // A name before a statement noun owns the statement.
        .init(body: "The court met in Denver.\n\n\"The athlete took banned substances,\" said a CAS statement.",
              quote: "The athlete took", speaker: "CAS", rule: "in-a-statement"),
        // Kinds of company stand for each other; where a firm is based does not change which it is.
        .init(body: "The game was made by video game firm Bioware. The Canada-based company says it wanted \"a wide variety of people as models\".",
              quote: "a wide variety", speaker: "Bioware", rule: "verb-before-quote"),
        // A verb taking an infinitive does not report the quote before it.
        .init(body: "The report said it was \"plain\" that Ruritania continued to be in breach of the treaty. Nobody else commented on the \"whole matter of the treaty today\" then.",
              quote: "whole matter", speaker: nil, rule: "unattributed"),
    ]

    @Test(arguments: cases)
    func attributesBySpeakerAndRule(_ c: AttributionCase) throws {
        let x = Extract.body(c.body)
        let q = try #require(Extract.quote(c.quote, in: x), "quote not found: \(x.quotes.map(\.text))")
        let name = Extract.speaker(q, in: x)
        if let expected = c.speaker {
            #expect(name.map { NameKey.normalize($0).hasSuffix(NameKey.normalize(expected)) } == true,
                    "speaker \(name ?? "nobody") [\(q.evidence.rule): \(q.evidence.cue)]")
        } else {
            #expect(name == nil, "speaker \(name ?? "nobody") [\(q.evidence.rule): \(q.evidence.cue)]")
        }
        #expect(q.evidence.rule == c.rule, "cue: \(q.evidence.cue)")
    }

    @Test func evidenceKeepsTheCueAndItsLine() throws {
        let x = Extract.article("Council approves new budget plan\n\nMayor Tim Hale spoke.\n\n\"It took ten years,\" said Mr Hale.")
        let q = try #require(x.quotes.first)
        #expect(q.evidence.cue == "said Mr Hale")
        #expect(q.evidence.line == 5)
        #expect(q.line == 5)
    }

    @Test(arguments: [
        ("The minister said the plan was \"a total disaster for everyone\".", QuoteKind.partial),
        ("\"The plan is a total disaster,\" the minister said.", .direct),
        ("The minister said: \"The plan is a disaster.\"", .direct),
        ("The shop sells \"organic\" bread.", .fragment),
        ("The scheme, dubbed \"Operation Clean Streets by the Sea\", starts today.", .fragment),
    ])
    func quoteKinds(body: String, kind: QuoteKind) throws {
        let q = try #require(Extract.body(body).quotes.first)
        #expect(q.kind == kind)
    }

    @Test func nestedQuoteSpokenByTheOuterSpeakerCarriesTheirName() throws {
        let x = Extract.body("Union leader Rosa Vale was angry. \"We would say to them 'do not cut our pay again this year'. That is our message,\" said Ms Vale.")
        let inner = try #require(x.quotes.first { $0.text == "do not cut our pay again this year" })
        #expect(Extract.speaker(inner, in: x) == "Rosa Vale")
    }
}
