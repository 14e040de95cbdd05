// MARK: - Speaker phrases

/// The words next to a reporting verb that name who spoke.
enum SpeakerPhrase {
    /// A recognised name (or a capitalised title such as "the President").
    case mention(Int)
    /// he, she, it, they (or a possessive his/her/its/their owning a statement).
    case pronoun(paragraph: Int, token: Int)
    /// A lowercase description: "the foreign ministry", "the Chinese leader", "US officials",
    /// "an IAAF spokesman", "the council's ruling".
    case description(paragraph: Int, first: Int, last: Int)
}

/// Finds speaker phrases before or after a reporting verb.
struct SpeakerPhraseFinder {
    let paragraphs: [WorkParagraph]
    let mentions: [Mention]

    /// The phrase that is the subject of the verb at token `verb` of paragraph `p`
    /// (fillers such as "also", "has", "later" and a short adverbial skipped), with its first token.
    func before(_ p: Int, verb: Int) -> (SpeakerPhrase, Int)? {
        let par = paragraphs[p]
        var k = verb - 1
        while k >= 0, par.tokens[k].isWord(.verbFiller), !par.tokens[k].isWord(.pronoun), par.tokens[k].has(.lowercase) { k -= 1 }
        if let found = ending(p, at: k, allowAppositive: true) { return found }
        // An adverbial between subject and verb: "Xi Jinping on June 19 said", "the ministry in a statement said".
        var j = k
        while j > 0, k - j < 6, par.tokens[j].kind == .word || par.tokens[j].kind == .number {
            if par.tokens[j].isWord(.preposition), par.tokens[j].has(.lowercase), j < k {
                return ending(p, at: j - 1, allowAppositive: false)
            }
            j -= 1
        }
        return nil
    }

    /// Whether token `k` is a subject pronoun (he, she, it, they).
    func isSubjectPronoun(_ p: Int, _ k: Int) -> Bool {
        let par = paragraphs[p]
        return par.isWord(k, "he") || par.isWord(k, "she") || par.isWord(k, "it") || par.isWord(k, "they")
    }

    /// The phrase ending at token `k` of paragraph `p`.
    func ending(_ p: Int, at k: Int, allowAppositive: Bool) -> (SpeakerPhrase, Int)? {
        let par = paragraphs[p]
        guard k >= 0, k < par.tokens.count, par.quote(of: k) < 0 else { return nil }
        let t = par.tokens[k]
        if isSubjectPronoun(p, k) { return (.pronoun(paragraph: p, token: k), k) }
        let m = par.mentionEnding(at: k)
        if m >= 0 {
            // "a spokeswoman for the RAD", "the chairman of Barclays": the role holder speaks.
            if let holder = roleHolder(p, before: mentions[m].chunkFirst) { return holder }
            // A name with a statement noun after it is handled as a description ("BT's statement").
            return (.mention(m), mentions[m].chunkFirst)
        }
        if allowAppositive && (t.isPunct(UInt8(ascii: ",")) || t.isPunct(UInt8(ascii: ")")) || t.kind == .dash) {
            return appositive(p, closing: k)
        }
        guard let found = description(p, endingAt: k) else { return nil }
        return roleHolder(p, before: found.1) ?? found
    }

    /// The subject before an appositive that ends with the comma, bracket or dash at `k`:
    /// "the correspondent, Rachel Harvey, told" → Rachel Harvey;
    /// "David Frost, director general of the chambers, warned" → David Frost;
    /// "The actor, whose films include A, B and C, said" → The actor;
    /// "Gerry Conlon - who was wrongly convicted - said" → Gerry Conlon;
    /// "Dan Gillmor, founder of Grassroots Media, which supports ..., said" → Dan Gillmor.
    private func appositive(_ p: Int, closing k: Int) -> (SpeakerPhrase, Int)? {
        let par = paragraphs[p]
        let inner = par.mentionEnding(at: max(k - 1, 0))
        if k > 0, inner >= 0, mentions[inner].kind != .organisation {
            let first = mentions[inner].chunkFirst
            if first > 0, par.tokens[first - 1].isPunct(UInt8(ascii: ",")) { return (.mention(inner), first) }
        }
        let closing = par.tokens[k]
        func opens(_ t: Token) -> Bool {
            if closing.kind == .dash { return t.kind == .dash }
            return t.isPunct(closing.isPunct(UInt8(ascii: ")")) ? UInt8(ascii: "(") : UInt8(ascii: ","))
        }
        var openers: [Int] = []
        var relative: Int?
        var j = k - 1
        while j > 0, k - j < 32 {
            let t = par.tokens[j]
            // A single mark stuck to the word before it is a possessive ("athletics' ruling body").
            let possessive = t.kind == .quote && t.mark?.isSingle == true && !t.has(.spaceBefore)
            if t.kind == .quote && !possessive || isVerbLike(t) || t.isPunct(UInt8(ascii: ".")) { break }
            if opens(t) {
                openers.append(j)
                if par.isWord(j + 1, "who") || par.isWord(j + 1, "whose") || par.isWord(j + 1, "which") {
                    if relative == nil { relative = j }
                }
                if !closing.isPunct(UInt8(ascii: ",")) { break }
            }
            j -= 1
        }
        guard let open = relative ?? openers.first, open > 0 else { return nil }
        let found = ending(p, at: open - 1, allowAppositive: false)
        // An organisation that is itself inside an appositive ("founder of Grassroots Media,
        // which ...") gives way to the person named before that appositive's comma.
        if yieldsToEarlierPerson(found?.0) {
            for earlier in openers where earlier < open && earlier > 0 {
                let person = par.mentionEnding(at: earlier - 1)
                if person >= 0, mentions[person].kind == .person { return (.mention(person), mentions[person].chunkFirst) }
            }
        }
        return found
    }

    private func isVerbLike(_ t: Token) -> Bool {
        t.isWord(.reportingVerb) && t.has(.lowercase)
    }

    /// A description ending at `k` ("the foreign ministry", "China’s foreign ministry", "state media",
    /// "an IAAF spokesman", "the council's ruling"), back to its determiner when there is one.
    func description(_ p: Int, endingAt k: Int) -> (SpeakerPhrase, Int)? {
        let par = paragraphs[p]
        guard k >= 0, par.tokens[k].kind == .word, par.quote(of: k) < 0 else { return nil }
        var head = k
        // "the secretary of state": the head is before "of".
        if k >= 2, par.isWord(k - 1, "of"), par.tokens[k - 2].isWord(.roleHead) { head = k - 2 }
        guard par.tokens[head].isWord([.roleHead, .orgHead, .organisationKind, .collective, .statementNoun])
                || par.isWord(head - 1, "the") && (isPluralRole(par, head) || SpeakerPhraseFinder.isPersonDescription(par, head))
        else { return nil }
        var start = head
        var j = head - 1
        while j >= 0, head - j <= 6 {
            let t = par.tokens[j]
            guard t.kind == .word, par.quote(of: j) < 0 else { break }
            if t.isWord(.determiner) && t.has(.lowercase) || (t.has(.possessive) && t.has(.capitalized) && j < head - 1) {
                start = j; break
            }
            if t.isWord(.verbFiller) && t.has(.lowercase) || t.isWord(.reportingVerb) || t.isWord(.preposition) && t.has(.lowercase) { break }
            if t.has(.capitalized) && t.isWord(.determiner) { start = j; break }   // "The"
            start = j
            j -= 1
        }
        if start == head, par.tokens[start].isWord(.determiner) { return nil }
        return (.description(paragraph: p, first: start, last: k), start)
    }

    /// A person named after a lowercase description and a comma: "said one of their lawyers,
    /// Michalis Dimitrakopoulos" → the lawyer's name, with its last token.
    private func namedAfterDescription(_ p: Int, from k: Int) -> (SpeakerPhrase, Int)? {
        let par = paragraphs[p]
        var j = k
        while j < par.tokens.count, j - k < 8, par.quote(of: j) < 0 {
            let t = par.tokens[j]
            if t.isPunct(UInt8(ascii: ",")) {
                guard j > k, j + 1 < par.tokens.count else { return nil }
                let m = par.mentionStarting(at: j + 1)
                guard m >= 0, mentions[m].kind == .person || mentions[m].kind == .unknown, par.quote(of: j + 1) < 0 else { return nil }
                return (.mention(m), mentions[m].chunkLast)
            }
            // Only a lowercase description ("his lawyer", "one of their lawyers") comes before the comma.
            guard t.kind == .word, t.has(.lowercase) || t.kind == .number, !t.isWord(.reportingVerb),
                  !(t.isWord(.preposition) && !par.isWord(j, "of")) else { return nil }
            j += 1
        }
        return nil
    }

    /// Someone who speaks for the name at `first`: "a spokeswoman for [the] NAME", "a lawyer
    /// for NAME" (a role of ``WordClass/intermediaryRole``), as a description. The
    /// organisation itself is not the speaker; the words are the spokesperson's.
    private func roleHolder(_ p: Int, before first: Int) -> (SpeakerPhrase, Int)? {
        let par = paragraphs[p]
        var k = first - 1
        if k >= 0, par.isWord(k, "the") { k -= 1 }
        guard k >= 1, par.isWord(k, "for") || par.isWord(k, "of"), par.quote(of: k - 1) < 0 else { return nil }
        let role = par.tokens[k - 1]
        guard role.kind == .word, role.has(.lowercase), role.isWord(.roleHead), role.isWord(.intermediaryRole) else { return nil }
        return description(p, endingAt: k - 1)
    }

    /// Whether `phrase`, an organisation or a description, gives way to a person named before
    /// the appositive it stands in.
    private func yieldsToEarlierPerson(_ phrase: SpeakerPhrase?) -> Bool {
        switch phrase {
        case .mention(let m)?: mentions[m].kind == .organisation
        case .description?: true
        default: false
        }
    }

    /// Whether token `k` describes a person by age or nationality after "the" ("the 30-year-old",
    /// "the Moroccan", "the Scot"): the person the article is about at that point.
    static func isPersonDescription(_ par: WorkParagraph, _ k: Int) -> Bool {
        let t = par.tokens[k]
        guard t.kind == .word else { return false }
        if t.isWord(.demonym) && t.has(.capitalized) && !t.has(.allCaps) { return true }
        return par.bytes.withUnsafeBufferPointer { ByteClass.endsLonger($0, t.start..<t.end, with: "year-old") }
    }

    /// Whether token `k` is the plural of a role ("the judges", "the lawyers"): a group that speaks.
    private func isPluralRole(_ par: WorkParagraph, _ k: Int) -> Bool {
        let t = par.tokens[k]
        guard t.kind == .word, t.end - t.start > 3, par.bytes[t.end - 1] == UInt8(ascii: "s") else { return false }
        return par.bytes.withUnsafeBufferPointer { Lexicon.classes($0, t.start..<t.end - 1) }.contains(.roleHead)
    }

    /// The phrase starting at token `k` of paragraph `p` (after "said", "according to"), with its last token:
    /// the name ending the phrase ("said Richard and Judy executive producer Amanda Ross"), else a
    /// description ("said the foreign ministry in a statement", "said an IAAF spokesman").
    func starting(_ p: Int, at k: Int) -> (SpeakerPhrase, Int)? {
        let par = paragraphs[p]
        guard k >= 0, k < par.tokens.count, par.quote(of: k) < 0 else { return nil }
        if isSubjectPronoun(p, k) { return (.pronoun(paragraph: p, token: k), k) }
        if let named = namedAfterDescription(p, from: k) { return named }
        var end = k
        var j = k
        while j < par.tokens.count, j - k < 10 {
            let w = par.tokens[j]
            guard par.quote(of: j) < 0 else { break }
            if w.isPunct(UInt8(ascii: ".")), j > k, par.tokens[j - 1].isWord(.honorific) { j += 1; continue }
            if w.kind == .punct && w.byte == UInt8(ascii: "&") { j += 1; continue }
            guard w.kind == .word else { break }
            if j > k && (w.isWord(.reportingVerb) || (w.isWord(.preposition) && w.has(.lowercase) && !par.isWord(j, "of"))
                         || par.isWord(j, "who") || par.isWord(j, "which") || par.isWord(j, "that")) { break }
            if par.isWord(j, "of") {
                // Only role phrases continue past "of" ("secretary of state", "director general of ...").
                guard j > k, par.tokens[j - 1].isWord(.roleHead) else { break }
            }
            end = j
            j += 1
        }
        let m = par.mentionEnding(at: end)
        if m >= 0, mentions[m].chunkFirst >= k {
            if let (holder, start) = roleHolder(p, before: mentions[m].chunkFirst), start >= k { return (holder, end) }
            return (.mention(m), end)
        }
        if let (phrase, start) = description(p, endingAt: end), start >= k { return (phrase, end) }
        let first = par.mentionStarting(at: k)
        if first >= 0 { return (.mention(first), mentions[first].chunkLast) }
        return nil
    }
}
