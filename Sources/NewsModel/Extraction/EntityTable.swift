// MARK: - Local entities

/// A person or organisation as known inside one article, before corpus-wide merging.
struct LocalEntity {
    var name: String
    var kind: EntityKind
    /// The ``NameKey`` of `name`.
    var key: String
    /// The key's words ("xi", "jinping").
    var words: [Substring]
    /// The key of the word used alone for this person ("xi" for Xi Jinping, "blinken" for Antony Blinken).
    var surname: String?
    /// Roles as written, with how often each was seen.
    var roles: [String: Int] = [:]
    /// Every form the article uses for it.
    var aliases: Set<String> = []
    /// Canonical affiliation keys ("china", "us") from nationality words before its name.
    var affiliations: Set<String> = []
    var gender: Gender?
    /// Whether its name is specific enough to merge with namesakes in other articles.
    var proper: Bool
    /// Where it is mentioned (``EntityTable/position(_:_:)``), in order.
    var positions: [Int] = []

    /// The role seen most often (the first seen on ties).
    var mainRole: String? {
        roles.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key
    }
}

// MARK: - Table

/// The people and organisations of one article, with every mention resolved to one of
/// them where the article's own evidence allows.
///
/// Merging rules: full names merge by ``NameKey``; a lone name resolves to the full name
/// whose family name it is (the family name is the token the article uses alone, else the
/// last token, or the first for a two-token name whose first token is a common East Asian
/// family name); when several full names share it, the nearest one mentioned before wins.
/// Organisations merge by their name without a leading nationality ("U.S. State
/// Department" = "State Department").
struct EntityTable {
    private(set) var entities: [LocalEntity] = []
    /// The entity of each mention, or -1.
    private(set) var entityOfMention: [Int]
    private var byKey: [String: Int] = [:]

    /// A sortable position for token `token` of paragraph `paragraph`.
    static func position(_ paragraph: Int, _ token: Int) -> Int { paragraph << 20 | token }

    init(mentions: [Mention], isSpeakerSubject: (Int) -> Bool) {
        entityOfMention = [Int](repeating: -1, count: mentions.count)
        var singles = Set<String>()
        var evidenced = Set<String>()
        var keys = [String](repeating: "", count: mentions.count)
        for (i, m) in mentions.enumerated() where m.kind != .roleOnly {
            keys[i] = FastNameKey.key(m.name)
            // A lone name is evidence of a surname unless it reads as a thing ("the Dome").
            if m.nameTokens == 1 && (m.kind == .person || m.kind == .unknown) && !m.afterArticle { singles.insert(keys[i]) }
            if m.kind == .person && m.nameTokens >= 2 { evidenced.insert(keys[i]) }
        }
        // Full names of people.
        for (i, m) in mentions.enumerated() where m.nameTokens >= 2 && (m.kind == .person || m.kind == .unknown) {
            let key = keys[i]
            let words = key.split(separator: " ")
            guard let first = words.first, let last = words.last else { continue }
            let promoted = m.kind == .person || evidenced.contains(key) || singles.contains(String(first))
                || singles.contains(String(last)) || isSpeakerSubject(i)
            guard promoted else { continue }
            entityOfMention[i] = record(m, key: key, kind: .person, proper: true)
        }
        for e in entities.indices where entities[e].kind == .person {
            entities[e].surname = EntityTable.familyName(entities[e].words, singles: singles)
        }
        // Organisations.
        for (i, m) in mentions.enumerated() where m.kind == .organisation {
            entityOfMention[i] = record(m, key: keys[i], kind: .organisation, proper: true)
        }
        // Lone names.
        for (i, m) in mentions.enumerated() where m.nameTokens == 1 && (m.kind == .person || m.kind == .unknown) {
            let pos = EntityTable.position(m.paragraph, m.first)
            if let e = resolveLoneName(keys[i], at: pos) {
                entityOfMention[i] = e
                note(m, in: e)
            } else if m.kind == .person {
                entityOfMention[i] = record(m, key: keys[i], kind: .person, proper: false)
            }
        }
    }

    // MARK: - Recording

    /// Adds mention `m` to the entity with `key`, creating it when new; returns its index.
    private mutating func record(_ m: Mention, key: String, kind: EntityKind, proper: Bool) -> Int {
        let lookup = kind == .organisation ? EntityTable.coreKey(key) : key
        if let e = byKey[lookup], entities[e].kind == kind {
            if m.name.utf8.count > entities[e].name.utf8.count && kind == .organisation {
                entities[e].name = m.name
            }
            note(m, in: e)
            return e
        }
        let e = entities.count
        entities.append(LocalEntity(name: m.name, kind: kind, key: key, words: key.split(separator: " "),
                                    surname: nil, proper: proper))
        byKey[lookup] = e
        note(m, in: e)
        return e
    }

    /// Records the forms, role and position of mention `m` on entity `e`.
    private mutating func note(_ m: Mention, in e: Int) {
        entities[e].aliases.insert(m.name)
        if m.fullText != m.name { entities[e].aliases.insert(m.fullText) }
        if let role = m.role { entities[e].roles[role, default: 0] += 1 }
        if let a = m.affiliation { entities[e].affiliations.insert(Affiliation.key(a)) }
        if let g = m.gender, entities[e].gender == nil { entities[e].gender = g }
        entities[e].positions.append(EntityTable.position(m.paragraph, m.first))
    }

    /// The organisation key without a leading nationality or owner ("u.s. state department" → "state department").
    static func coreKey(_ key: String) -> String {
        var words = key.split(separator: " ")
        while words.count > 1, let first = words.first,
              Lexicon.classes(of: String(first)).contains(.demonym) || first.hasSuffix("'s") || first.hasSuffix("’s") {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// Which word of a multi-word name the article uses alone (the family name).
    static func familyName(_ words: [Substring], singles: Set<String>) -> String? {
        guard let first = words.first, let last = words.last else { return nil }
        let firstAlone = singles.contains(String(first)), lastAlone = singles.contains(String(last))
        if firstAlone && !lastAlone { return String(first) }
        if lastAlone { return String(last) }
        if words.count == 2, Lexicon.classes(of: String(first)).contains(.familyNameFirst) { return String(first) }
        return String(last)
    }

    // MARK: - Resolution

    /// The person a lone name (`key`, one word) refers to at `position`, if the article names one.
    func resolveLoneName(_ key: String, at position: Int) -> Int? {
        var candidates = entities.indices.filter { entities[$0].kind == .person && entities[$0].surname == key && entities[$0].words.count > 1 }
        if candidates.isEmpty {
            candidates = entities.indices.filter {
                entities[$0].kind == .person && entities[$0].words.count > 1
                    && (entities[$0].words.first == Substring(key) || entities[$0].words.last == Substring(key))
            }
        }
        if candidates.isEmpty {
            candidates = entities.indices.filter { entities[$0].kind == .person && entities[$0].key == key }
        }
        return nearest(candidates, before: position)
    }

    /// Of `candidates`, the one mentioned last before `position`, else the first mentioned after.
    func nearest(_ candidates: [Int], before position: Int) -> Int? {
        guard candidates.count > 1 else { return candidates.first }
        var best: Int?
        var bestPos = -1
        for c in candidates {
            if let p = entities[c].positions.last(where: { $0 < position }), p > bestPos { best = c; bestPos = p }
        }
        if let best { return best }
        return candidates.min { (entities[$0].positions.first ?? .max) < (entities[$1].positions.first ?? .max) }
    }

    /// The entity of mention `i`, if any.
    func entity(ofMention i: Int) -> Int? {
        let e = entityOfMention[i]
        return e >= 0 ? e : nil
    }

    /// Makes (or finds) an entity for a speaker the mention table did not resolve.
    mutating func adopt(mention i: Int, _ m: Mention, kind: EntityKind) -> Int {
        if let e = entity(ofMention: i) { return e }
        let key = FastNameKey.key(m.name)
        let proper = kind == .organisation || m.nameTokens > 1
        let e = record(m, key: key, kind: kind, proper: proper)
        entityOfMention[i] = e
        if kind == .person { entities[e].surname = entities[e].words.last.map(String.init) }
        return e
    }

    /// Makes (or finds) an organisation named by a lowercase description ("foreign ministry").
    mutating func adoptOrganisation(named name: String, proper: Bool, at position: Int) -> Int {
        let key = FastNameKey.key(name)
        if let e = byKey[EntityTable.coreKey(key)], entities[e].kind == .organisation {
            entities[e].aliases.insert(name)
            entities[e].positions.append(position)
            return e
        }
        let e = entities.count
        entities.append(LocalEntity(name: name, kind: .organisation, key: key, words: key.split(separator: " "),
                                    surname: nil, aliases: [name], proper: proper, positions: [position]))
        byKey[EntityTable.coreKey(key)] = e
        return e
    }

    /// Records that pronoun use implies a gender for `e`, when none is known.
    mutating func noteGender(_ g: Gender, for e: Int) {
        if entities[e].gender == nil { entities[e].gender = g }
    }

    /// Organisations whose name ends with `head` and contains every word of `modifiers`.
    func organisations(head: String, modifiers: [String]) -> [Int] {
        entities.indices.filter { e in
            let ent = entities[e]
            guard ent.kind == .organisation, let last = ent.words.last, last == Substring(head) else { return false }
            return modifiers.allSatisfy { m in ent.words.contains(Substring(m)) || ent.affiliations.contains(Affiliation.key(m)) }
        }
    }

    /// People holding a role whose words include `head` (or any leader role for "leader")
    /// and every modifier, whose affiliation is compatible with `affiliation`.
    func people(roleHead head: String, modifiers: [String], affiliation: String?) -> [Int] {
        entities.indices.filter { e in
            let ent = entities[e]
            guard ent.kind == .person else { return false }
            if let a = affiliation, !ent.affiliations.contains(a) { return false }
            return ent.roles.keys.contains { role in
                let words = FastNameKey.key(role).split(separator: " ")
                let headOK = words.contains(Substring(head))
                    || (Lexicon.classes(of: head).contains(.leaderRole) && head == "leader"
                        && words.contains { Lexicon.classes(of: String($0)).contains(.leaderRole) })
                return headOK && modifiers.allSatisfy { m in words.contains(Substring(m)) }
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
        var k = FastNameKey.key(word)
        if k.hasSuffix("'s") { k.removeLast(2) }
        if k.hasSuffix("’s") { k.removeLast(2) }
        return synonyms[k] ?? k
    }
}
