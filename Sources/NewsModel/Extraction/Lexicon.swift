// MARK: - Word classes

/// What extraction knows about a lowercase word: its grammatical or semantic classes.
///
/// These are generic English news-writing facts (reporting verbs, titles, organisation
/// heads, place words); none names a person, outlet or sentence of any particular corpus.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    /// Function words and common sentence openers that are capitalised only by position.
    static let function = WordClass(rawValue: 1 << 0)
    /// Honorifics before a name: Mr, Ms, Dr, Sir.
    static let honorific = WordClass(rawValue: 1 << 1)
    /// Nouns that name a role or title: president, minister, spokesman, coach.
    static let roleHead = WordClass(rawValue: 1 << 2)
    /// Words that qualify a role: foreign, prime, deputy, trade, defence.
    static let roleModifier = WordClass(rawValue: 1 << 3)
    /// Nouns that end an organisation's name: ministry, department, party, bank.
    static let orgHead = WordClass(rawValue: 1 << 4)
    /// Words that end a place's name: strait, sea, square, hall.
    static let placeHead = WordClass(rawValue: 1 << 5)
    /// Country, region and capital-city words.
    static let place = WordClass(rawValue: 1 << 6)
    /// Nationality adjectives and country abbreviations: Chinese, British, US.
    static let demonym = WordClass(rawValue: 1 << 7)
    static let month = WordClass(rawValue: 1 << 8)
    static let weekday = WordClass(rawValue: 1 << 9)
    /// Finite verbs that report speech: said, says, told, added, warned.
    static let reportingVerb = WordClass(rawValue: 1 << 10)
    /// Participles that report speech in a subordinate clause: saying, adding.
    static let reportingParticiple = WordClass(rawValue: 1 << 11)
    /// Verbs naming a source rather than a speaker: reported.
    static let sourceVerb = WordClass(rawValue: 1 << 12)
    /// Verbs that introduce a name or title rather than speech: dubbed, entitled.
    static let namingVerb = WordClass(rawValue: 1 << 13)
    static let pronounMale = WordClass(rawValue: 1 << 14)
    static let pronounFemale = WordClass(rawValue: 1 << 15)
    /// `it`: an organisation, never a person.
    static let pronounNeutral = WordClass(rawValue: 1 << 16)
    /// `they`: an organisation or a group.
    static let pronounPlural = WordClass(rawValue: 1 << 17)
    /// Adverbs and auxiliaries that may stand between a subject and its verb.
    static let verbFiller = WordClass(rawValue: 1 << 18)
    /// Plural nouns for unnamed groups of speakers: officials, analysts.
    static let collective = WordClass(rawValue: 1 << 19)
    static let determiner = WordClass(rawValue: 1 << 20)
    static let preposition = WordClass(rawValue: 1 << 21)
    /// Lowercase particles inside names: de, van, von, bin.
    static let nameParticle = WordClass(rawValue: 1 << 22)
    /// Common East Asian family names, a hint for family-name-first order.
    static let familyNameFirst = WordClass(rawValue: 1 << 23)
    /// Words that point back to what came before: this, that, these.
    static let pointBack = WordClass(rawValue: 1 << 24)
    /// Abbreviations whose period does not end a sentence: Mr, Dr, Jan, No.
    static let abbreviation = WordClass(rawValue: 1 << 25)
    /// Directions that start place names: North, South, East.
    static let direction = WordClass(rawValue: 1 << 26)
    /// Second-person words, for donation appeals: you, your.
    static let secondPerson = WordClass(rawValue: 1 << 27)
    /// Words of donation appeals: support, contribute, donate, subscribe.
    static let appeal = WordClass(rawValue: 1 << 28)
    /// Words of reader-comment and navigation blocks: comments, headlines.
    static let navigation = WordClass(rawValue: 1 << 29)
    /// Words that mark a photo caption or credit: photo, pictured, credit.
    static let caption = WordClass(rawValue: 1 << 30)
    /// Speech verbs whose subject is the speaker when followed by "that" or a quote,
    /// but that are not enough alone to attribute: described, called, expressed.
    static let weakReportingVerb = WordClass(rawValue: 1 << 31)
    /// Nouns that make a preceding phrase a statement: statement, interview, tweet.
    static let statementNoun = WordClass(rawValue: 1 << 32)
    /// Roles that lead a country or organisation: president, premier, leader.
    static let leaderRole = WordClass(rawValue: 1 << 33)
    /// Words that are almost never part of a person's name (common nouns that
    /// appear capitalised in titles and headings).
    static let nonName = WordClass(rawValue: 1 << 34)

    /// Reporting verbs that may come before their subject ("said Mr Thomas").
    static let invertibleVerb = WordClass(rawValue: 1 << 35)
    /// Verbs of belief or intent that, like reporting verbs, introduce a speaker's next quote.
    static let stanceVerb = WordClass(rawValue: 1 << 36)
    /// Political party labels that stand before a name like a nationality ("Liberal Democrat
    /// Sarah Teather", "Republican John McCain").
    static let partyLabel = WordClass(rawValue: 1 << 37)
    /// Kinds of organisation that introduce one's name ("magazine Mobile PC", "the firm Ovum")
    /// and later stand for it ("the magazine said").
    static let organisationKind = WordClass(rawValue: 1 << 38)
    /// Kinds of publication, which stand for each other ("paper Arab News" ... "the newspaper").
    static let publicationKind = WordClass(rawValue: 1 << 39)
    /// Kinds of company, which stand for each other ("firm Bioware" ... "the company").
    static let companyKind = WordClass(rawValue: 1 << 40)
    /// Nouns that stand for whatever organisation the article is on ("the organisation said").
    static let anyOrganisation = WordClass(rawValue: 1 << 41)
    /// Roles of people who speak for someone else ("the spokesman said" is never the person the
    /// article is about; "a spokeswoman for X" is not X).
    static let intermediaryRole = WordClass(rawValue: 1 << 42)
    /// Reporting verbs that, followed by "to", take an infinitive instead of reporting the words
    /// quoted before them ("continued to be").
    static let infinitiveTaker = WordClass(rawValue: 1 << 43)

    /// Any pronoun that can name a speaker.
    static let pronoun: WordClass = [.pronounMale, .pronounFemale, .pronounNeutral, .pronounPlural]
}

// MARK: - Lexicon

/// The word classes of every known word, looked up in the topic-free ``Vocabulary``.
enum Lexicon {
    /// The classes of `bytes[range]` (empty when unknown).
    @inline(__always)
    static func classes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordClass {
        Vocabulary.plain.table.lookup(bytes, range)?.classes ?? []
    }

    /// The classes of a word given as a string.
    static func classes(of word: String) -> WordClass {
        Vocabulary.plain.table.lookup(word)?.classes ?? []
    }
}
