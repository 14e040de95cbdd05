// MARK: - Local entities

/// A person or organisation as known inside one article, before corpus-wide merging.
struct LocalEntity {
    var name: String
    var kind: EntityKind
    /// The ``NameKey`` of `name` as first recorded ("xi jinping"), and how many words it has.
    var key: String
    var wordCount: Int
    /// Whether `name` was replaced by a longer form after `key` was made.
    var renamed = false
    /// ``NameHash`` of the name's words (for organisations, without a leading owner or nationality).
    var nameHash: UInt64
    /// Hashes of the first and last name words, and of the one the article uses alone
    /// (the family name: "xi" for Xi Jinping, "blinken" for Antony Blinken).
    var firstWordHash: UInt64
    var lastWordHash: UInt64
    var surnameHash: UInt64?
    /// Roles as written, with how often each was seen.
    var roles: [(role: String, count: Int)] = []
    /// Every form the article uses for it besides ``name`` (earlier names included): most
    /// entities are only ever called by their name, and then need no array at all.
    var aliases: [String] = []
    /// Canonical affiliation keys ("china", "us") from nationality words before its name.
    var affiliations: [String] = []
    var gender: Gender?
    /// Whether its name is specific enough to merge with namesakes in other articles.
    var proper: Bool
    /// Where it is first mentioned (``EntityTable/position(_:_:)``).
    let firstPosition: Int
    /// Where it is mentioned again, in the order noted (see ``addPosition(_:)``): an array
    /// only for entities mentioned more than once, which many are not.
    fileprivate(set) var laterPositions: [Int] = []

    /// The role seen most often (the first seen on ties).
    var mainRole: String? {
        var best: (role: String, count: Int)?
        for r in roles where r.count > (best?.count ?? 0) { best = r }
        return best?.role
    }

    /// The words of ``key`` ("xi", "jinping").
    var words: [Substring] { key.splitAtSpaces() }

    mutating func addAlias(_ alias: String) {
        if !alias.isEmpty && alias != name && !aliases.contains(alias) { aliases.append(alias) }
    }

    /// Notes a further mention of it at `position`.
    mutating func addPosition(_ position: Int) { laterPositions.append(position) }

    /// The last position noted before `position`, if any (in the order noted, as candidates
    /// for the nearest entity are compared).
    func lastPosition(before position: Int) -> Int? {
        laterPositions.last { $0 < position } ?? (firstPosition < position ? firstPosition : nil)
    }

    /// Names it `newName`, keeping the name it had among its aliases.
    mutating func rename(to newName: String) {
        let old = name
        name = newName
        addAlias(old)
    }
}

// MARK: - Table

/// The people and organisations of one article, with every mention resolved to one of
/// them where the article's own evidence allows.
///
/// Merging rules: full names merge by their words; a lone name resolves to the full name
/// whose family name it is (the family name is the token the article uses alone, else the
/// last token, or the first for a two-token name whose first token is a common East Asian
/// family name); when several full names share it, the nearest one mentioned before wins.
/// Organisations merge by their name without a leading nationality or owner ("U.S. State
/// Department" = "State Department"). Names are compared by word hashes, so strings are
/// only built for the entities themselves.
struct EntityTable {
    private(set) var entities: [LocalEntity] = []
    /// The entity of each mention, or -1.
    private(set) var entityOfMention: [Int]
    /// Entities by kind and ``NameHash``.
    private var byHash = HashIndex()
    /// Hashes of the written forms already noted on each entity (aliases, affiliations), so a
    /// name mentioned again builds no strings.
    private var seenForms = HashIndex()
    private let paragraphs: [WorkParagraph]

    /// A sortable position for token `token` of paragraph `paragraph`.
    static func position(_ paragraph: Int, _ token: Int) -> Int { paragraph << 20 | token }

    /// Values of the evidence table ``init(mentions:paragraphs:isSpeakerSubject:)`` keeps: word
    /// hashes of names used alone, and name hashes of people's full names.
    private static let loneName = 0, personName = 1

    init(mentions: [Mention], paragraphs: [WorkParagraph], isSpeakerSubject: (Int) -> Bool) {
        self.paragraphs = paragraphs
        entityOfMention = [Int](filling: mentions.count, with: -1)
        entities.reserveCapacity(mentions.count / 2 + 1)
        // An article has about one entity, and one new form, for every two mentions; tables
        // sized for every mention would outgrow the allocator's cache of small blocks, and
        // allocating them would cost more than filling them.
        byHash = HashIndex(expected: mentions.count / 2)
        seenForms = HashIndex(expected: mentions.count / 2)
        var evidence = HashIndex(expected: mentions.count / 2)
        // Mentions are read in place, by index: binding each (as `for m in mentions`) copies it.
        for i in mentions.indices where mentions[i].kind == .person || mentions[i].kind == .unknown {
            // A lone name is evidence of a surname unless it reads as a thing ("the Dome").
            if mentions[i].nameTokens == 1 && !mentions[i].afterArticle {
                evidence.insert(mentions[i].lastWordHash, EntityTable.loneName)
            }
            if mentions[i].kind == .person && mentions[i].nameTokens >= 2 {
                evidence.insert(mentions[i].nameHash, EntityTable.personName)
            }
        }
        // Full names of people.
        for i in mentions.indices where mentions[i].nameTokens >= 2 && (mentions[i].kind == .person || mentions[i].kind == .unknown) {
            let promoted = mentions[i].kind == .person || evidence.contains(mentions[i].nameHash, EntityTable.personName)
                || evidence.contains(mentions[i].firstWordHash, EntityTable.loneName)
                || evidence.contains(mentions[i].lastWordHash, EntityTable.loneName) || isSpeakerSubject(i)
            guard promoted else { continue }
            entityOfMention[i] = record(mentions[i], kind: .person, proper: true)
        }
        for e in entities.indices where entities[e].kind == .person {
            entities[e].surnameHash = familyName(of: e, evidence: evidence)
        }
        // Organisations.
        for i in mentions.indices where mentions[i].kind == .organisation {
            entityOfMention[i] = record(mentions[i], kind: .organisation, proper: true)
        }
        // Lone names.
        for i in mentions.indices where mentions[i].nameTokens == 1 && (mentions[i].kind == .person || mentions[i].kind == .unknown) {
            let pos = EntityTable.position(mentions[i].paragraph, mentions[i].first)
            if let e = resolveLoneName(mentions[i].lastWordHash, at: pos) {
                entityOfMention[i] = e
                note(mentions[i], in: e)
            } else if mentions[i].kind == .person {
                entityOfMention[i] = record(mentions[i], kind: .person, proper: false)
            }
        }
    }

    // MARK: - Recording

    private func text(_ m: Mention, _ range: Range<Int>) -> String {
        paragraphs[m.paragraph].text(range)
    }

    /// The key under which entities of `kind` with name hash `hash` are found.
    private static func slot(_ kind: EntityKind, _ hash: UInt64) -> UInt64 { kind == .person ? hash : ~hash }

    /// Adds mention `m` to the entity with its name, creating it when new; returns its index.
    private mutating func record(_ m: Mention, kind: EntityKind, proper: Bool) -> Int {
        if let e = byHash.value(EntityTable.slot(kind, m.nameHash)) {
            if kind == .organisation && m.name.count > entities[e].name.utf8.count {
                entities[e].rename(to: text(m, m.name))
                entities[e].renamed = true
            }
            note(m, in: e)
            return e
        }
        let name = text(m, m.name)
        let key = NameKey.normalize(name)
        // One person's name and its ending ("Charles Saumarez Smith", "Mr Saumarez Smith"), in
        // either order, are one person, named by the longer.
        let words = key.countOfSpaceSeparatedWords()
        if kind == .person, words >= 2 {
            // Same last word first (a hash comparison), then the words themselves.
            let sameEnd = entities.indices.filter {
                entities[$0].kind == .person && entities[$0].lastWordHash == m.lastWordHash && entities[$0].wordCount >= 2
                    && entities[$0].wordCount != words
            }
            // Strings are built only when some name shares the last word, which few do.
            if !sameEnd.isEmpty {
                let spaced = " " + key
                let longer = sameEnd.filter { entities[$0].wordCount > words && entities[$0].key.hasSuffix(spaced) }
                let shorter = sameEnd.filter { entities[$0].wordCount < words && spaced.hasSuffix(" " + entities[$0].key) }
                if longer.count + shorter.count == 1, let e = longer.first ?? shorter.first {
                    if shorter.first == e {
                        entities[e].rename(to: name)
                        entities[e].key = key
                        entities[e].wordCount = words
                        entities[e].nameHash = m.nameHash
                        entities[e].firstWordHash = m.firstWordHash
                    }
                    byHash.set(EntityTable.slot(kind, m.nameHash), e)
                    note(m, in: e)
                    return e
                }
            }
        }
        let e = entities.count
        // What ``note(_:in:)`` would add first (the position), made with room for what most
        // entities add later: one allocation; the name is its own alias, stored once.
        let position = EntityTable.position(m.paragraph, m.first)
        entities.append(LocalEntity(name: name, kind: kind, key: key, wordCount: words,
                                    nameHash: m.nameHash, firstWordHash: m.firstWordHash, lastWordHash: m.lastWordHash,
                                    surnameHash: nil,
                                    proper: proper, firstPosition: position))
        byHash.set(EntityTable.slot(kind, m.nameHash), e)
        _ = isNewForm(m, m.name, salt: 1, for: e) // new, and so noted: later mentions of the name add nothing
        noteDetails(m, in: e)
        return e
    }

    /// Records the forms, role and position of mention `m` on entity `e`.
    private mutating func note(_ m: Mention, in e: Int) {
        entities[e].addPosition(EntityTable.position(m.paragraph, m.first))
        if isNewForm(m, m.name, salt: 1, for: e) { entities[e].addAlias(text(m, m.name)) }
        noteDetails(m, in: e)
    }

    /// Records what mention `m` says of entity `e` besides its position and name: gender, the
    /// chunk as written, role and affiliation.
    private mutating func noteDetails(_ m: Mention, in e: Int) {
        if let g = m.gender, entities[e].gender == nil { entities[e].gender = g }
        if m.fullText != m.name, isNewForm(m, m.fullText, salt: 1, for: e) { entities[e].addAlias(text(m, m.fullText)) }
        if let range = m.role {
            if let k = roleIndex(m, range, of: e) { entities[e].roles[k].count += 1 }
            else { entities[e].roles.append((text(m, range), 1)) }
        }
        if let range = m.affiliation, isNewForm(m, range, salt: 2, for: e) {
            let a = Affiliation.key(text(m, range))
            if !entities[e].affiliations.contains(a) { entities[e].affiliations.append(a) }
        }
    }

    /// Whether the bytes `range` of mention `m` are a form not yet noted on entity `e` (and notes it).
    private mutating func isNewForm(_ m: Mention, _ range: Range<Int>, salt: UInt64, for e: Int) -> Bool {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ salt
        let bytes = paragraphs[m.paragraph].bytes
        for i in range where i < bytes.count { h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01B3 }
        if seenForms.contains(h, e) { return false }
        seenForms.add(h, e)
        return true
    }

    /// The index in entity `e`'s roles of the role written as bytes `range` of mention `m`'s
    /// paragraph: compared byte by byte when all are ASCII (no string built; ASCII strings
    /// are equal exactly when their bytes are), else as strings.
    private func roleIndex(_ m: Mention, _ range: Range<Int>, of e: Int) -> Int? {
        let roles = entities[e].roles
        guard !roles.isEmpty else { return nil }
        let bytes = paragraphs[m.paragraph].bytes
        func isASCII(_ s: some Sequence<UInt8>) -> Bool { !s.contains { $0 >= 0x80 } }
        guard range.upperBound <= bytes.count, isASCII(bytes[range]), roles.allSatisfy({ isASCII($0.role.utf8) }) else {
            let role = text(m, range)
            return roles.firstIndex { $0.role == role }
        }
        return roles.firstIndex { entry in entry.role.utf8.elementsEqual(bytes[range]) }
    }

    /// Which word of person `e`'s multi-word name the article uses alone (the family name).
    private func familyName(of e: Int, evidence: HashIndex) -> UInt64 {
        let firstAlone = evidence.contains(entities[e].firstWordHash, EntityTable.loneName)
        let lastAlone = evidence.contains(entities[e].lastWordHash, EntityTable.loneName)
        if firstAlone && !lastAlone { return entities[e].firstWordHash }
        if lastAlone { return entities[e].lastWordHash }
        if entities[e].wordCount == 2, let first = entities[e].key.word(first: true, ifThereAre: 2),
           Lexicon.classes(of: first).contains(.familyNameFirst) {
            return entities[e].firstWordHash
        }
        return entities[e].lastWordHash
    }

    // MARK: - Resolution

    /// The person a lone name (the hash of its one word) refers to at `position`, if the article
    /// names one: a full name whose family name it is, else one that has it as first or last word;
    /// else the organisation whose longer name it starts ("Vivendi" for "Vivendi Universal").
    func resolveLoneName(_ word: UInt64, at position: Int) -> Int? {
        func isFullName(_ e: Int) -> Bool { entities[e].kind == .person && entities[e].wordCount > 1 }
        func hasSurname(_ e: Int) -> Bool { entities[e].surnameHash == word }
        func hasWord(_ e: Int) -> Bool { entities[e].firstWordHash == word || entities[e].lastWordHash == word }
        // Most lone names match no full name, or one: only several need the nearest. One pass
        // counts the people with it as family name or other word, and the organisations it starts.
        var surnames = 0, words = 0, organisations = 0, firstSurname = -1, firstWord = -1, firstOrganisation = -1
        for e in entities.indices where entities[e].wordCount > 1 {
            if entities[e].kind == .person {
                if hasSurname(e) { surnames += 1; if firstSurname < 0 { firstSurname = e } }
                else if hasWord(e) { words += 1; if firstWord < 0 { firstWord = e } }
            } else if entities[e].kind == .organisation && entities[e].firstWordHash == word {
                organisations += 1
                if firstOrganisation < 0 { firstOrganisation = e }
            }
        }
        if surnames == 1 { return firstSurname }
        if surnames > 1 { return nearest(entities.indices.filter { isFullName($0) && hasSurname($0) }, before: position) }
        if words == 1 { return firstWord }
        if words > 1 { return nearest(entities.indices.filter { isFullName($0) && !hasSurname($0) && hasWord($0) }, before: position) }
        if organisations <= 1 { return organisations == 1 ? firstOrganisation : nil }
        return nearest(entities.indices.filter {
            entities[$0].kind == .organisation && entities[$0].wordCount > 1 && entities[$0].firstWordHash == word
        }, before: position)
    }

    /// Of `candidates`, the one mentioned last before `position`, else the first mentioned after.
    func nearest(_ candidates: [Int], before position: Int) -> Int? {
        guard candidates.count > 1 else { return candidates.first }
        var best: Int?
        var bestPos = -1
        for c in candidates {
            if let p = entities[c].lastPosition(before: position), p > bestPos { best = c; bestPos = p }
        }
        if let best { return best }
        return candidates.min { entities[$0].firstPosition < entities[$1].firstPosition }
    }

    /// The entity of mention `i`, if any.
    func entity(ofMention i: Int) -> Int? {
        let e = entityOfMention[i]
        return e >= 0 ? e : nil
    }

    /// Makes (or finds) an entity for a speaker the mention table did not resolve.
    mutating func adopt(mention i: Int, _ m: Mention, kind: EntityKind) -> Int {
        if let e = entity(ofMention: i) { return e }
        let proper = kind == .organisation || m.nameTokens > 1
        let e = record(m, kind: kind, proper: proper)
        entityOfMention[i] = e
        if kind == .person && entities[e].surnameHash == nil { entities[e].surnameHash = entities[e].lastWordHash }
        return e
    }

    /// Makes (or finds) an organisation named by a lowercase description ("foreign ministry").
    mutating func adoptOrganisation(named name: String, proper: Bool, at position: Int) -> Int {
        let key = NameKey.normalize(name)
        let core = EntityTable.coreKey(key)
        let hash = NameHash.of(key: core)
        if let e = byHash.value(EntityTable.slot(.organisation, hash)) {
            entities[e].addAlias(name)
            entities[e].addPosition(position)
            return e
        }
        let words = key.splitAtSpaces()
        let e = entities.count
        entities.append(LocalEntity(name: name, kind: .organisation, key: key, wordCount: words.count, nameHash: hash,
                                    firstWordHash: words.first.map(NameHash.of(word:)) ?? 0,
                                    lastWordHash: words.last.map(NameHash.of(word:)) ?? 0, surnameHash: nil,
                                    proper: proper, firstPosition: position))
        byHash.set(EntityTable.slot(.organisation, hash), e)
        return e
    }

    /// The organisation key without a leading nationality or owner ("u.s. state department" → "state department").
    static func coreKey(_ key: String) -> String {
        var words = key.splitAtSpaces()
        while words.count > 1, let first = words.first,
              Lexicon.classes(of: String(first)).contains(.demonym) || first.hasSuffix("'s") || first.hasSuffix("’s") {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// Records that pronoun use implies a gender for `e`, when none is known.
    mutating func noteGender(_ g: Gender, for e: Int) {
        if entities[e].gender == nil { entities[e].gender = g }
    }

    /// Words that make a role a different office: the deputy prime minister is not the prime minister.
    static let ranks: Set<String> = ["deputy", "vice", "shadow", "former", "ex", "assistant", "junior", "acting", "under",
                                     "associate", "co", "interim"]

    /// Organisations whose name ends with `head` and contains every word of `modifiers`.
    func organisations(head: String, modifiers: [String]) -> [Int] {
        let headFamily = Lexicon.classes(of: head).intersection([.publicationKind, .companyKind])
        return entities.indices.filter { e in
            guard entities[e].kind == .organisation else { return false }
            let words = entities[e].words
            // Its own head word, or the kind it was introduced as ("magazine Mobile PC"); kinds of
            // the same family stand for each other ("firm Bioware" ... "the company").
            let described = entities[e].roles.contains {
                let role = NameKey.normalize($0.role)
                return role == head || !headFamily.isEmpty && !Lexicon.classes(of: role).isDisjoint(with: headFamily)
            }
            guard let last = words.last, last == Substring(head) || described else { return false }
            return modifiers.allSatisfy { m in words.contains(Substring(m)) || entities[e].affiliations.contains(Affiliation.key(m)) }
        }
    }

    /// People holding a role whose words include `head` (or any leader role for "leader")
    /// and every modifier, whose affiliation is compatible with `affiliation`.
    func people(roleHead head: String, modifiers: [String], affiliation: String?) -> [Int] {
        entities.indices.filter { e in
            guard entities[e].kind == .person else { return false }
            if let a = affiliation, !entities[e].affiliations.contains(a) { return false }
            return entities[e].roles.contains { entry in
                let words = NameKey.normalize(entry.role).splitAtSpaces()
                let headOK = words.contains(Substring(head))
                    || (head == "leader" && words.contains { Lexicon.classes(of: String($0)).contains(.leaderRole) })
                // A rank the description does not state makes it another office ("deputy prime minister").
                let rankOK = words.allSatisfy { w in !EntityTable.ranks.contains(String(w)) || modifiers.contains(String(w)) }
                return headOK && rankOK && modifiers.allSatisfy { m in words.contains(Substring(m)) }
            }
        }
    }
}

// MARK: - Affiliations

/// Canonical keys for nationality words, so "Chinese", "China" and "China's" compare equal.
enum Affiliation {
    private static let synonyms: [String: String] = [
        "chinese": "china", "prc": "china", "american": "us", "u.s": "us", "usa": "us", "u.s.a": "us",
        "united states": "us", "british": "uk", "u.k": "uk", "britain": "uk", "english": "uk",
        "russian": "russia", "ukrainian": "ukraine", "japanese": "japan", "korean": "korea",
        "taiwanese": "taiwan", "french": "france", "german": "germany", "indian": "india",
        "iranian": "iran", "iraqi": "iraq", "israeli": "israel", "italian": "italy", "spanish": "spain",
        "irish": "ireland", "canadian": "canada", "australian": "australia", "european": "eu",
    ]

    /// The canonical key of a nationality or country word.
    static func key(_ word: String) -> String {
        var k = NameKey.normalize(word)
        let bytes = k.utf8
        if !bytes.contains(where: { $0 >= 0x80 }) {
            // ASCII (nearly always): bytes and characters agree, so the possessive is its last two
            // bytes (`hasSuffix` compares characters, slowly); a key has no curly apostrophe.
            if bytes.count >= 2, bytes.last == UInt8(ascii: "s"),
               bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == UInt8(ascii: "'") {
                k.removeLast(2)
            }
        } else {
            if k.hasSuffix("'s") { k.removeLast(2) }
            if k.hasSuffix("’s") { k.removeLast(2) }
        }
        return synonyms[k] ?? k
    }
}
