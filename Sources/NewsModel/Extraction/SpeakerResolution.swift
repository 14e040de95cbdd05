// MARK: - Resolving speaker phrases

/// How a speaker phrase was resolved.
struct ResolvedSpeaker {
    var entity: Int?
    /// `pronoun` or `role-description` when resolution went through one; `nil` for names.
    var via: String?
    /// The words that named the speaker at the cue.
    var mention: String
    /// Whether the phrase names an unnamed group ("officials", "state media").
    var collective = false
}

extension Attributor {
    /// Resolves a speaker phrase found at `position` to an entity of the article.
    mutating func resolve(_ phrase: SpeakerPhrase, at position: Int) -> ResolvedSpeaker {
        switch phrase {
        case .mention(let i):
            let m = mentions[i]
            let par = paragraphs[m.paragraph]
            let text = par.text(tokens: m.chunkFirst, m.chunkLast)
            if m.kind == .roleOnly {
                // A surname that is also a role word ("said Walker", "Mr Cook said"): the person it names.
                if m.chunkFirst == m.chunkLast, par.tokens[m.chunkFirst].has(.capitalized),
                   !(m.chunkFirst > 0 && par.tokens[m.chunkFirst - 1].isWord(.determiner)),
                   let e = table.resolveLoneName(m.lastWordHash, at: position) {
                    return ResolvedSpeaker(entity: e, via: nil, mention: text)
                }
                let words = par.lowerWords(m.chunkFirst, m.chunkLast)
                var entity = resolveRole(words, before: position)
                let definite = m.chunkFirst > 0 && par.isWord(m.chunkFirst - 1, "the") || par.tokens[m.chunkFirst].isWord(.determiner)
                if entity == nil && definite {
                    entity = focus(paragraph: m.paragraph, token: m.chunkFirst, wantsPerson: true, gender: nil)
                }
                return ResolvedSpeaker(entity: entity, via: "role-description", mention: text)
            }
            if let e = table.entity(ofMention: i) { return ResolvedSpeaker(entity: e, via: nil, mention: text) }
            if m.kind == .place {
                return ResolvedSpeaker(entity: table.adopt(mention: i, m, kind: .organisation), via: nil, mention: text)
            }
            // A capitalised plural noun opening a sentence ("Analysts said", "Users ... asking") is a group.
            let t = par.tokens[m.first]
            if m.nameTokens == 1 && (t.isWord(.collective) || m.sentenceInitial && !t.has(.allCaps)
                                        && par.bytes[t.stemEnd - 1] == UInt8(ascii: "s") && t.classes.isEmpty) {
                return ResolvedSpeaker(entity: nil, via: nil, mention: text, collective: true)
            }
            let kind: EntityKind = m.kind == .person || (m.nameTokens >= 2 && !par.tokens[m.first].has(.allCaps))
                ? .person : .organisation
            return ResolvedSpeaker(entity: table.adopt(mention: i, m, kind: kind), via: nil, mention: text)
        case .pronoun(let p, let k):
            let par = paragraphs[p]
            let cls = par.tokens[k].classes
            let text = par.text(tokens: k, k)
            let entity = resolvePronoun(cls, paragraph: p, token: k)
            return ResolvedSpeaker(entity: entity, via: "pronoun", mention: text)
        case .description(let p, let first, let last):
            let par = paragraphs[p]
            let text = par.text(tokens: first, last)
            var words = par.lowerWords(first, last)
            let indefinite = words.first == "a" || words.first == "an"
            let definite = !indefinite
            if let w = words.first, Lexicon.classes(of: w).contains(.determiner) { words.removeFirst() }
            var head = last
            if last >= 2, par.isWord(last - 1, "of"), par.tokens[last - 2].isWord(.roleHead) { head = last - 2 }
            let headToken = par.tokens[head]
            if headToken.isWord(.statementNoun) && !headToken.isWord([.roleHead, .orgHead]) {
                // "the council's ruling said", "His message was:" — the owner spoke; "the report
                // warned" — the organisation in focus issued it.
                var owner = resolveOwner(p, first: first, head: head, at: position)
                if owner == nil && definite && !(first..<head).contains(where: { par.tokens[$0].has(.possessive) }) {
                    owner = focus(paragraph: p, token: first, wantsPerson: false, gender: nil)
                }
                return ResolvedSpeaker(entity: owner, via: nil, mention: text)
            }
            if indefinite || headToken.isWord(.collective) && !headToken.isWord(.orgHead) {
                return ResolvedSpeaker(entity: nil, via: nil, mention: text, collective: true)
            }
            if definite && SpeakerPhraseFinder.isPersonDescription(par, head) && !headToken.isWord(.roleHead) {
                // "said the 30-year-old", "the Moroccan added": whoever the article is about there.
                let entity = focus(paragraph: p, token: first, wantsPerson: true, gender: nil)
                return ResolvedSpeaker(entity: entity, via: "role-description", mention: text)
            }
            if headToken.isWord(.roleHead) {
                var entity = resolveRole(words, before: position)
                // Someone's spokesman or lawyer speaks for them but is not them, and is not the
                // person the article is about.
                let owned = (first..<head).contains { par.tokens[$0].has(.possessive) || par.tokens[$0].isWord(.pronoun) }
                    || par.isWord(last + 1, "of") || par.isWord(last + 1, "for")
                let head = words.last ?? ""
                let plural = head.hasSuffix("s") && Lexicon.classes(of: String(head.dropLast())).contains(.roleHead)
                let intermediary = par.tokens[last].isWord(.intermediaryRole)
                if entity == nil && definite && !plural && !owned && !intermediary {
                    // "the world indoor champion", "the president": the person the article is about.
                    entity = focus(paragraph: p, token: first, wantsPerson: true, gender: nil)
                }
                return ResolvedSpeaker(entity: entity, via: "role-description", mention: text)
            }
            return ResolvedSpeaker(entity: resolveOrganisation(p, first: first, last: last, words: words, at: position),
                                   via: nil, mention: text)
        }
    }

    /// The owner of a statement ("the council's ruling", "BT's statement", "his message", "a CAS
    /// statement").
    private mutating func resolveOwner(_ p: Int, first: Int, head: Int, at position: Int) -> Int? {
        let par = paragraphs[p]
        // A name standing right before the statement noun owns it.
        let named = par.mentionEnding(at: max(head - 1, 0))
        if head > first, named >= 0, mentions[named].kind != .roleOnly, !par.tokens[head - 1].has(.possessive) {
            return resolve(.mention(named), at: position).entity
        }
        for k in first..<head {
            let t = par.tokens[k]
            if t.isWord(.pronoun) && t.has(.lowercase) || t.isWord(.pronoun) && k == first {
                if t.isWord([.pronounMale, .pronounFemale, .pronounNeutral, .pronounPlural]) && !par.isWord(k, "this") {
                    return resolve(.pronoun(paragraph: p, token: k), at: position).entity
                }
            }
            guard t.has(.possessive) else { continue }
            let m = par.mentionEnding(at: k)
            if m >= 0 { return resolve(.mention(m), at: position).entity }
            let word = par.lowerWords(k, k)
            return resolveOrganisation(p, first: k, last: k, words: word, at: position)
        }
        return nil
    }

    // MARK: - Roles

    /// The person holding the role described by `words` ("chinese leader", "secretary of state"),
    /// mentioned most recently before `position`.
    func resolveRole(_ words: [String], before position: Int) -> Int? {
        var content = words.filter { !Lexicon.classes(of: $0).contains(.determiner) && $0 != "of" && $0 != "the" }
        guard let headIndex = content.lastIndex(where: { Lexicon.classes(of: $0).contains(.roleHead) }) else { return nil }
        let head = content[headIndex]
        content.remove(at: headIndex)
        var affiliation: String?
        var modifiers: [String] = []
        for w in content {
            let cls = Lexicon.classes(of: w)
            if cls.contains(.demonym) || cls.contains(.place) { affiliation = Affiliation.key(w) }
            else if cls.contains(.honorific) { continue }
            else if cls.contains(.roleModifier) || cls.contains(.roleHead) { modifiers.append(w) }
            // Other qualifiers ("world indoor", "Oscar-nominated") describe rather than select.
        }
        let candidates = table.people(roleHead: head, modifiers: modifiers, affiliation: affiliation)
            .filter { table.entities[$0].firstPosition < position }
        return table.nearest(candidates, before: position)
    }

    // MARK: - Organisations

    /// The organisation a lowercase description names: one the article already names, or a
    /// new one when the description is specific ("the foreign ministry", "China’s defence ministry").
    mutating func resolveOrganisation(_ p: Int, first: Int, last: Int, words: [String], at position: Int) -> Int? {
        guard let head = words.last, !Lexicon.classes(of: head).isDisjoint(with: [.orgHead, .organisationKind]) else { return nil }
        var owner: String?
        var modifiers: [String] = []
        for w in words.dropLast() {
            if w.hasSuffix("-based") { continue }  // where it is, not which it is
            if w.hasSuffix("'s") || w.hasSuffix("’s") { owner = w; continue }
            let cls = Lexicon.classes(of: w)
            if cls.contains(.demonym) || cls.contains(.place) { owner = w; continue }
            modifiers.append(w)
        }
        let known = table.organisations(head: head, modifiers: modifiers + (owner.map { [Affiliation.key($0)] } ?? []))
        if let e = table.nearest(known, before: position) { return e }
        if owner == nil, let e = table.nearest(table.organisations(head: head, modifiers: modifiers), before: position) {
            return e
        }
        if modifiers.isEmpty, owner == nil, Lexicon.classes(of: head).contains(.anyOrganisation) {
            // "the organisation said", "the group added": the organisation the article is on.
            return focus(paragraph: p, token: first, wantsPerson: false, gender: nil)
        }
        guard !modifiers.isEmpty || owner != nil else { return nil }
        let par = paragraphs[p]
        var start = first
        if par.tokens[start].isWord(.determiner) && par.tokens[start].has(.lowercase) || par.isWord(start, "the") { start += 1 }
        let name = par.text(tokens: start, last)
        return table.adoptOrganisation(named: name, proper: owner != nil, at: position)
    }

    // MARK: - Pronouns

    /// The entity a pronoun refers to: the first compatible name of its own sentence before
    /// it, else the focus of each earlier sentence (its attributed speaker, else its first
    /// compatible name not governed by a preposition), nearest first.
    mutating func resolvePronoun(_ cls: WordClass, paragraph p: Int, token k: Int) -> Int? {
        let wantsPerson = !cls.isDisjoint(with: [.pronounMale, .pronounFemale])
        let gender: Gender? = cls.contains(.pronounMale) ? .male : cls.contains(.pronounFemale) ? .female : nil
        let e = focus(paragraph: p, token: k, wantsPerson: wantsPerson, gender: gender)
        if let e, let g = gender { table.noteGender(g, for: e) }
        return e
    }

    /// The entity in focus at token `k`: in its own sentence, the nearest subject of a reporting
    /// verb, else the first compatible name; in each earlier sentence (nearest first), the speaker
    /// it attributed, else the subject of its reporting verb, else its first compatible name not
    /// governed by a preposition.
    mutating func focus(paragraph p: Int, token k: Int, wantsPerson: Bool, gender: Gender?) -> Int? {
        guard focusDepth < 4 else { return nil }
        focusDepth += 1
        defer { focusDepth -= 1 }
        let want = Want(person: wantsPerson, gender: gender)
        func compatible(_ e: Int) -> Bool { isCompatible(e, want) }
        let own = paragraphs[p].sentence(of: k)
        if let e = nearestReportingSubject(in: p, sentence: own, before: k, want) { return e }
        if let e = firstCompatible(in: p, sentence: own, before: k, want, allowGoverned: false) { return e }
        var para = p
        var sentence = own - 1
        var steps = 0
        while steps < 6 {
            if sentence < 0 {
                para -= 1
                if para < 0 || p - para > 2 { break }
                sentence = paragraphs[para].sentenceStarts.count - 1
                continue
            }
            let key = UInt64(truncatingIfNeeded: EntityTable.position(para, sentence))
            if let e = speakerBySentence.value(key), compatible(e) { return e }
            // "A spokeswoman said ... She added": the pronoun goes on with the unnamed speaker.
            if gender != nil && steps == 0 && unnamedSpeakerSentences.contains(key) { return nil }
            if let e = reportingSubject(in: para, sentence: sentence), compatible(e) { return e }
            if let e = openingPronoun(in: para, sentence: sentence), compatible(e) { return e }
            if let e = firstCompatible(in: para, sentence: sentence, before: .max, want, allowGoverned: true) { return e }
            sentence -= 1
            steps += 1
        }
        return nil
    }

    /// The referent of a he/she opening a sentence ("And he hit back at ..."): the sentence is
    /// about that person, whoever else it names.
    mutating func openingPronoun(in p: Int, sentence s: Int) -> Int? {
        let par = paragraphs[p]
        var words = 0
        for k in par.sentenceRange(s) where par.tokens[k].kind == .word {
            if par.isWord(k, "he") || par.isWord(k, "she") {
                return resolvePronoun(par.tokens[k].classes, paragraph: p, token: k)
            }
            guard par.tokens[k].isWord(.function), words < 2 else { return nil }
            words += 1
        }
        return nil
    }

    /// What kind of entity a pronoun or description can refer to.
    struct Want {
        var person: Bool
        var gender: Gender?
    }

    /// Whether entity `e` can be what `want` describes.
    func isCompatible(_ e: Int, _ want: Want) -> Bool {
        guard e >= 0, e < table.entities.count else { return false }
        let kind = table.entities[e].kind, gender = table.entities[e].gender
        if want.person { return kind == .person && (want.gender == nil || gender == nil || gender == want.gender) }
        return kind == .organisation
    }

    /// The resolved subject of the first reporting or stance verb of a sentence ("..., he said that").
    mutating func reportingSubject(in p: Int, sentence s: Int) -> Int? {
        let par = paragraphs[p]
        for v in par.sentenceRange(s) where isReportingVerb(par, v, allowParticiple: false) || par.tokens[v].isWord(.stanceVerb) {
            guard par.quote(of: v) < 0, let (phrase, start) = finder.before(p, verb: v) else { continue }
            return resolve(phrase, at: EntityTable.position(p, start)).entity
        }
        return nil
    }

    /// The nearest compatible entity before token `limit` in a sentence that is the subject of a
    /// reporting verb ("Mr. Blinken later told reporters he ..." → Blinken, not an earlier name).
    private func nearestReportingSubject(in p: Int, sentence s: Int, before limit: Int, _ want: Want) -> Int? {
        let par = paragraphs[p]
        let range = par.sentenceRange(s)
        var k = min(limit, range.upperBound) - 1
        while k >= range.lowerBound {
            let m = par.mentionEnding(at: k)
            if m >= 0, par.quote(of: k) < 0, let e = table.entity(ofMention: m), isCompatible(e, want) {
                var v = k + 1
                while v < limit, par.tokens[v].isWord(.verbFiller), par.tokens[v].has(.lowercase) { v += 1 }
                if v < limit, par.tokens[v].isWord(.reportingVerb) { return e }
            }
            k -= 1
        }
        return nil
    }

    /// The first compatible entity mentioned (outside quotes) in a sentence before token `limit`,
    /// preferring names not governed by a preposition.
    private func firstCompatible(in p: Int, sentence s: Int, before limit: Int, _ want: Want, allowGoverned: Bool) -> Int? {
        let par = paragraphs[p]
        let range = par.sentenceRange(s)
        var fallback: Int?
        for k in range where k < limit {
            let m = par.mentionStarting(at: k)
            guard m >= 0, par.quote(of: k) < 0, let e = table.entity(ofMention: m), isCompatible(e, want) else { continue }
            let governed = isGoverned(par, chunkFirst: k, sentenceStart: range.lowerBound)
            if !governed { return e }
            if fallback == nil && allowGoverned { fallback = e }
        }
        return fallback
    }

    /// Whether a name is the object of a preposition ("hosted by UK finance minister Gordon Brown"),
    /// looking past its lowercase role and nationality.
    func isGoverned(_ par: WorkParagraph, chunkFirst k: Int, sentenceStart: Int) -> Bool {
        var j = k - 1
        while j >= sentenceStart, par.tokens[j].kind == .word,
              par.tokens[j].has(.lowercase) && par.tokens[j].isWord([.roleHead, .roleModifier])
                || par.tokens[j].isWord(.demonym) || par.tokens[j].has(.possessive) && par.tokens[j].has(.capitalized) {
            j -= 1
        }
        return j >= sentenceStart && par.tokens[j].isWord(.preposition) && par.tokens[j].has(.lowercase)
    }
}
