// MARK: - Speaker phrases

/// The words next to a reporting verb that name who spoke.
enum SpeakerPhrase {
    /// A recognised name (or a capitalised title such as "the President").
    case mention(Int)
    /// he, she, it, they.
    case pronoun(paragraph: Int, token: Int)
    /// A lowercase description: "the foreign ministry", "the Chinese leader", "US officials".
    case description(paragraph: Int, first: Int, last: Int)
}

/// Finds speaker phrases before or after a reporting verb.
struct SpeakerPhraseFinder {
    let paragraphs: [WorkParagraph]
    let mentions: [Mention]

    /// The phrase that is the subject of the verb at token `verb` of paragraph `p`
    /// (fillers such as "also", "has", "later" skipped), with its first token.
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

    /// The phrase ending at token `k` of paragraph `p`.
    func ending(_ p: Int, at k: Int, allowAppositive: Bool) -> (SpeakerPhrase, Int)? {
        let par = paragraphs[p]
        guard k >= 0, k < par.tokens.count else { return nil }
        let t = par.tokens[k]
        if par.quoteOfToken[k] >= 0 { return nil }
        if t.isWord(.pronoun) && !t.classes.contains(.determiner) || par.isWord(k, "he") || par.isWord(k, "she") {
            return (.pronoun(paragraph: p, token: k), k)
        }
        let m = Int(par.mentionEndingAt[k])
        if m >= 0 { return (.mention(m), mentions[m].chunkFirst) }
        if allowAppositive && (t.isPunct(UInt8(ascii: ",")) || t.isPunct(UInt8(ascii: ")"))) {
            // "David Frost, director general of the chambers, warned" / "Sun Yi, 26, said".
            let closeByte = t.byte
            let openByte = closeByte == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: ",")
            var j = k - 1
            while j > 0, k - j < 24, !par.tokens[j].isPunct(openByte), par.tokens[j].kind != .quote,
                  !par.tokens[j].isWord(.reportingVerb) {
                j -= 1
            }
            guard j > 0, par.tokens[j].isPunct(openByte) else { return nil }
            return ending(p, at: j - 1, allowAppositive: false)
        }
        return description(p, endingAt: k)
    }

    /// A lowercase description ending at `k` ("the foreign ministry", "China’s foreign ministry", "state media").
    func description(_ p: Int, endingAt k: Int) -> (SpeakerPhrase, Int)? {
        let par = paragraphs[p]
        guard k >= 0, par.tokens[k].kind == .word else { return nil }
        var head = k
        // "the secretary of state": the head is before "of".
        if k >= 2, par.isWord(k - 1, "of"), par.tokens[k - 2].isWord(.roleHead) { head = k - 2 }
        guard par.tokens[head].isWord([.roleHead, .orgHead, .collective]) else { return nil }
        var start = head
        var j = head - 1
        while j >= 0, head - j <= 5 {
            let t = par.tokens[j]
            guard t.kind == .word, par.quoteOfToken[j] < 0 else { break }
            if t.isWord(.determiner) && t.has(.lowercase) || (t.has(.possessive) && t.has(.capitalized)) {
                start = j; break
            }
            if t.isWord([.roleModifier, .roleHead, .demonym, .orgHead]) || (t.has(.capitalized) && !t.isWord(.function)) {
                if par.mentionEndingAt[j] >= 0 && !t.isWord(.demonym) { break }
                start = j; j -= 1; continue
            }
            if t.isWord(.determiner) { start = j }
            break
        }
        if par.tokens[start].isWord(.determiner), start == head { return nil }
        return (.description(paragraph: p, first: start, last: k), start)
    }

    /// The phrase starting at token `k` of paragraph `p` (after "said", "according to"), with its last token.
    func starting(_ p: Int, at k: Int) -> (SpeakerPhrase, Int)? {
        let par = paragraphs[p]
        guard k >= 0, k < par.tokens.count, par.quoteOfToken[k] < 0 else { return nil }
        let t = par.tokens[k]
        if t.isWord(.pronoun) && !t.isWord(.determiner) || par.isWord(k, "he") || par.isWord(k, "she") {
            return (.pronoun(paragraph: p, token: k), k)
        }
        let m = Int(par.mentionStartingAt[k])
        if m >= 0 { return (.mention(m), mentions[m].chunkLast) }
        // A description: words up to a preposition, punctuation or verb; its head is the last noun.
        var end = k
        var j = k
        while j < par.tokens.count, j - k < 6 {
            let w = par.tokens[j]
            guard w.kind == .word, par.quoteOfToken[j] < 0 else { break }
            if w.isWord(.reportingVerb) || (w.isWord(.preposition) && !par.isWord(j, "of")) { break }
            if par.isWord(j, "of") {
                // Only "secretary of state"-style role phrases continue past "of".
                guard j > k, par.tokens[j - 1].isWord(.roleHead), j + 1 < par.tokens.count,
                      par.tokens[j + 1].isWord([.roleModifier, .place, .demonym]) else { break }
            }
            let m2 = Int(par.mentionStartingAt[j])
            if m2 >= 0 && j > k {
                // "the company's chief executive John Smith": the name is the speaker.
                return (.mention(m2), mentions[m2].chunkLast)
            }
            end = j
            j += 1
        }
        if let (phrase, start) = description(p, endingAt: end), start == k || start == k + 1 || start <= k {
            return (phrase, end)
        }
        return nil
    }
}
