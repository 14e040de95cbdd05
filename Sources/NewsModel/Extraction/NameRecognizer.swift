// MARK: - Mentions

/// What a capitalised name chunk refers to.
enum MentionKind: UInt8 {
    case person
    case organisation
    /// A title with no name ("the President", "Mr. Minister").
    case roleOnly
    /// A capitalised name with no evidence yet of being a person or an organisation.
    case unknown
    /// A country, region or city; it speaks only as its government ("Beijing made it clear").
    case place
}

/// Grammatical gender implied by an honorific, for pronoun agreement.
enum Gender: UInt8 { case male, female }

/// A name found in a paragraph, with its title, role and the tokens it covers.
struct Mention {
    var paragraph: Int
    /// Token range of the whole chunk including title and nationality ("U.S. Secretary of State Antony Blinken").
    var chunkFirst: Int
    var chunkLast: Int
    /// Token range of the name itself ("Antony Blinken").
    var first: Int
    var last: Int
    var kind: MentionKind
    /// Bytes (in the paragraph) of the name as written, possessive removed.
    var name: Range<Int>
    /// Bytes of the whole chunk as written, possessive removed.
    var fullText: Range<Int>
    /// Bytes of the role or title ("Secretary of State"), capitalised or lowercase as written.
    var role: Range<Int>?
    /// Bytes of a nationality or affiliation before the role ("U.S.", "Chinese").
    var affiliation: Range<Int>?
    var gender: Gender?
    /// The number of name tokens.
    var nameTokens: Int
    /// Whether the mention sits inside a quotation.
    var inQuote: Bool
    /// Whether the chunk is the first word of its sentence.
    var sentenceInitial: Bool
    /// Whether a role, age or appositive next to it shows it is a person.
    var personEvidence: Bool
    /// Whether "the" stands right before the name ("the Dome"), which people's names rarely have.
    var afterArticle = false
    /// ``NameHash`` of the name's words (`first...last`), and the hashes of its first and last words.
    var nameHash: UInt64 = 0
    var firstWordHash: UInt64 = 0
    var lastWordHash: UInt64 = 0
}

// MARK: - Name hashes

/// Order-sensitive hashes of names by their lowercase words, so names compare without
/// building strings: a token's ``Token/hash`` is the hash of its lowercase word.
enum NameHash {
    /// Combines word hashes in order.
    @inline(__always) static func combine(_ h: UInt64, _ word: UInt64) -> UInt64 {
        (h ^ word) &* 0x0000_0100_0000_01B3 &+ 0x9E37_79B9_7F4A_7C15
    }

    /// The hash of the words of a ``NameKey`` string ("foreign ministry").
    static func of(key: String) -> UInt64 {
        var h: UInt64 = 0
        for word in key.splitAtSpaces() { h = combine(h, Vocabulary.hash(String(word))) }
        return h
    }

    /// The hash of a lowercase word.
    static func of(word: Substring) -> UInt64 { Vocabulary.hash(String(word)) }
}

// MARK: - Recogniser

/// Finds capitalised name chunks in a paragraph's tokens and splits each into
/// affiliation, role and name ("Chinese President Xi Jinping" → Chinese / President / Xi Jinping).
///
/// Reads the paragraph's bytes and tokens through buffer pointers: it looks at every token,
/// and array reads would each check bounds and copy the 32-byte token.
struct NameRecognizer {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    let paragraph: Int
    private let sentenceStarts: [Int]
    /// Each token's sentence and quote (its quotes already marked).
    private let marks: [TokenMarks]

    /// A recogniser for paragraph number `index`, whose bytes and tokens are `bytes` and
    /// `tokens`; the paragraph's quotes must already be marked.
    init(bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, paragraph: TokenizedParagraph, index: Int) {
        self.bytes = bytes
        self.tokens = tokens
        self.paragraph = index
        sentenceStarts = paragraph.sentenceStarts
        marks = paragraph.marks
    }

    /// Whether token `k` starts a sentence.
    private func startsSentence(_ k: Int) -> Bool { sentenceStarts[Int(marks[k].sentence)] == k }

    /// Whether token `k` lies inside a quotation.
    private func inQuote(_ k: Int) -> Bool { marks[k].quote >= 0 }

    /// Appends the paragraph's mentions, in order, to `result` (the article's list, so that
    /// no paragraph needs a list of its own).
    func appendMentions(to result: inout [Mention]) {
        let n = tokens.count
        var i = 0
        while i < n {
            guard isNameWord(tokens[i]) else { i += 1; continue }
            let end = chunkEnd(from: i)
            if var m = classify(first: i, last: end) {
                var h: UInt64 = 0
                var firstWord: UInt64?
                var lastWord: UInt64 = 0
                if m.first <= m.last {
                    for k in m.first...m.last where tokens[k].kind == .word || tokens[k].kind == .number {
                        h = NameHash.combine(h, tokens[k].hash)
                        if firstWord == nil { firstWord = tokens[k].hash }
                        lastWord = tokens[k].hash
                    }
                }
                m.nameHash = h
                m.firstWordHash = firstWord ?? 0
                m.lastWordHash = lastWord
                result.append(m)
            }
            i = end + 1
        }
    }

    // MARK: - Chunking

    /// Whether `t` can start or continue a name: a capitalised or all-capitals word.
    @inline(__always) private func isNameWord(_ t: Token) -> Bool {
        t.kind == .word && !t.flags.isDisjoint(with: [.capitalized, .allCaps])
    }

    /// The last token of the capitalised chunk starting at `i`.
    private func chunkEnd(from i: Int) -> Int {
        let n = tokens.count
        var end = i
        var k = i + 1
        var sawHead = tokens[i].isWord([.roleHead, .orgHead, .placeHead])
        while k < n {
            if tokens[end].has(.possessive) { break }
            let t = tokens[k]
            if isNameWord(t) && t.has(.spaceBefore) {
                end = k; k += 1
                if t.isWord([.roleHead, .orgHead, .placeHead]) { sawHead = true }
                continue
            }
            // "Langlands & Bell", "Marks & Spencer".
            if t.kind == .punct && t.byte == UInt8(ascii: "&") && k + 1 < n && isNameWord(tokens[k + 1]) {
                end = k + 1; k += 2; continue
            }
            // "Mr." / "J." inside a chunk.
            if t.isPunct(UInt8(ascii: ".")) && !t.has(.spaceBefore) && k + 1 < n && isNameWord(tokens[k + 1]) {
                let prev = tokens[end]
                if prev.classes.contains(.honorific) || (prev.end - prev.start == 1 && prev.has(.capitalized)) {
                    k += 1; continue
                }
            }
            guard t.kind == .word, t.has(.lowercase), k + 1 < n, isNameWord(tokens[k + 1]) else { break }
            let word = t.classes
            if word.contains(.nameParticle) { end = k; k += 1; continue }
            if sawHead && isLowerWord(t, "of") || isLowerWord(t, "for") && sawHead {
                // "Secretary of State", "Bank of England", "Hall of the People".
                k += 1
                if k < n, isLowerWord(tokens[k], "the"), k + 1 < n, isNameWord(tokens[k + 1]) { k += 1 }
                end = k - 1
                continue
            }
            if isLowerWord(t, "and") && tokens[end].isWord(.roleModifier) && tokens[k + 1].isWord([.roleModifier, .orgHead]) {
                end = k; k += 1; continue
            }
            break
        }
        // Never end on a connector.
        while end > i, tokens[end].has(.lowercase) { end -= 1 }
        return end
    }

    private func isLowerWord(_ t: Token, _ word: StaticString) -> Bool {
        guard t.kind == .word, t.end - t.start == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for j in 0..<(t.end - t.start) where ByteClass.lower(bytes[t.start + j]) != w[j] { return false }
        return true
    }

    // MARK: - Classification

    /// Whether the chunk `a...b` is an organisation's name, then a role, then a person's name:
    /// a role word after the first organisation head, and only capitalised words that are
    /// neither heads nor roles after it.
    private func isNameAfterOrganisationRole(_ a: Int, _ b: Int) -> Bool {
        guard let org = (a...b).first(where: { tokens[$0].isWord(.orgHead) }),
              let role = (org...b).last(where: { tokens[$0].isWord(.roleHead) && !tokens[$0].isWord(.orgHead) }),
              role < b else { return false }
        return (role + 1...b).allSatisfy {
            tokens[$0].isCapitalizedWord && !tokens[$0].isWord([.orgHead, .roleHead, .function, .place])
        }
    }

    /// Splits the chunk `first...last` into affiliation, role and name, and decides its kind.
    /// Always inlined into ``appendMentions(to:)``, its one caller: the Mention (some 150 bytes)
    /// is then built where it is used instead of being copied out through an Optional.
    @inline(__always)
    private func classify(first chunkFirst: Int, last chunkLast: Int) -> Mention? {
        var a = chunkFirst
        // Sentence-initial function words are capitalised only by position.
        while a <= chunkLast, tokens[a].isWord(.function), !tokens[a].classes.contains(.honorific),
              !tokens[a].classes.contains(.demonym) {
            a += 1
        }
        guard a <= chunkLast else { return nil }
        let b = chunkLast
        let sentenceInitial = startsSentence(chunkFirst)
        // Organisations: any organisation head in the chunk, and some word besides heads --
        // unless a role and a name follow it ("Communications Minister Dayanidhi Maran",
        // "Bank of England Governor Mervyn King": a person, with the organisation as affiliation).
        if (a...b).contains(where: { tokens[$0].isWord(.orgHead) }) && !tokens[b].isWord(.function)
            && !isNameAfterOrganisationRole(a, b) {
            guard (a...b).contains(where: { !tokens[$0].isWord(.orgHead) }) || b > a else { return nil }
            var start = a
            var affiliation: Range<Int>?
            while start < b, tokens[start].isWord([.demonym, .place]), !tokens[start].isWord(.orgHead) {
                affiliation = text(start, start)
                start += 1
            }
            // An owner before the name: "China’s Foreign Ministry".
            var nameStart = a
            if chunkFirst > 0, a == chunkFirst, tokens[chunkFirst - 1].has(.possessive), tokens[chunkFirst - 1].isCapitalizedWord,
               tokens[chunkFirst - 1].end < tokens[chunkFirst].start {
                nameStart = chunkFirst - 1
                affiliation = text(nameStart, nameStart)
            }
            return Mention(paragraph: paragraph, chunkFirst: chunkFirst, chunkLast: chunkLast, first: start, last: b,
                           kind: .organisation, name: text(nameStart, b), fullText: text(nameStart, b), role: nil,
                           affiliation: affiliation, gender: nil, nameTokens: b - start + 1, inQuote: inQuote(a),
                           sentenceInitial: sentenceInitial, personEvidence: false)
        }
        // Role and honorific before the name.
        var nameStart = a
        var roleStart: Int?
        var roleEnd = -1
        var gender: Gender?
        var hasHonorific = false
        var k = a
        while k <= b {
            let t = tokens[k]
            if t.classes.contains(.honorific) {
                hasHonorific = true
                gender = honorificGender(t)
                nameStart = k + 1
                if nameStart <= b, tokens[nameStart].isPunct(UInt8(ascii: ".")) { nameStart += 1 }
            } else if t.isWord(.roleHead) {
                var r = k
                while r > a, tokens[r - 1].isWord([.roleModifier, .roleHead]) || isLowerWord(tokens[r - 1], "and") { r -= 1 }
                roleStart = min(roleStart ?? r, r)
                roleEnd = k
                var next = k + 1
                // "Secretary of State", "Minister for Europe".
                if next < b, isLowerWord(tokens[next], "of") || isLowerWord(tokens[next], "for") {
                    var m = next + 1
                    if m < b, isLowerWord(tokens[m], "the") { m += 1 }
                    var consumed = m
                    while consumed < b, tokens[consumed].isWord([.roleModifier, .place, .demonym]) { consumed += 1 }
                    if consumed > m { next = consumed; roleEnd = consumed - 1 }
                }
                nameStart = next
                k = next - 1
            }
            k += 1
        }
        if nameStart > b {
            // A role word last with a plain name before it is a surname ("Stephen King").
            if let r = roleStart, !hasHonorific, r > a,
               !(a..<r).allSatisfy({ tokens[$0].isWord([.demonym, .place, .roleModifier]) || tokens[$0].kind != .word }) {
                nameStart = a
                roleStart = nil
            } else {
                return Mention(paragraph: paragraph, chunkFirst: chunkFirst, chunkLast: chunkLast, first: a, last: b,
                               kind: .roleOnly, name: text(a, b), fullText: text(chunkFirst, b),
                               role: roleStart.map { text($0, max($0, roleEnd)) }, affiliation: nil, gender: gender,
                               nameTokens: 0, inQuote: inQuote(a), sentenceInitial: sentenceInitial, personEvidence: false)
            }
        }
        // The name's tokens are those of nameStart...b other than periods ("Mr." "J.").
        var nameTokenCount = 0
        var allPlace = true, allPlaceOrDirection = true, anyPlace = false
        for k in nameStart...b where !tokens[k].isPunct(UInt8(ascii: ".")) {
            let t = tokens[k]
            nameTokenCount += 1
            // Names never consist only of place, date or function words.
            if !(t.isWord([.place, .demonym, .direction, .month, .weekday, .function, .placeHead, .nonName]) || t.kind != .word) {
                allPlace = false
            }
            if !(t.isWord([.place, .direction]) || t.kind != .word) { allPlaceOrDirection = false }
            if t.isWord(.place) { anyPlace = true }
        }
        if tokens[b].isWord(.placeHead) && !hasHonorific && roleStart == nil { return nil }
        if allPlace && !hasHonorific {
            // Countries and capitals are kept (they can speak for their governments); other
            // place, date and function words are not names.
            guard allPlaceOrDirection, anyPlace else { return nil }
            return Mention(paragraph: paragraph, chunkFirst: chunkFirst, chunkLast: chunkLast, first: nameStart, last: b,
                           kind: .place, name: text(nameStart, b), fullText: text(a, b), role: nil, affiliation: nil,
                           gender: nil, nameTokens: nameTokenCount, inQuote: inQuote(nameStart),
                           sentenceInitial: sentenceInitial, personEvidence: false)
        }
        // "Former Tory", "Senior Labour": modifiers and labels with no name.
        if !hasHonorific, roleStart == nil, b > a,
           (a...b).allSatisfy({ tokens[$0].isWord([.roleModifier, .partyLabel, .demonym]) }),
           (a...b).contains(where: { tokens[$0].isWord(.roleModifier) }) {
            return nil
        }
        var affiliation: Range<Int>?
        if let r = roleStart, r > a { affiliation = text(a, r - 1) }
        // A nationality or party before a plain name ("Hungarian Melinda Czink", "Liberal
        // Democrat Sarah Teather") is an affiliation, when two words of name remain.
        var nameCount = nameTokenCount
        // "Chennai-based Tata": where a name is based is never part of it.
        if nameStart < b, isBasedIn(tokens[nameStart]) {
            affiliation = text(nameStart, nameStart)
            nameStart += 1
            nameCount -= 1
        }
        if roleStart == nil, !hasHonorific, nameStart == a {
            var end = a
            while end < b, tokens[end].isWord([.demonym, .partyLabel]), !tokens[end].has(.allCaps) { end += 1 }
            if end > a, b - end >= 1, tokens[end].isCapitalizedWord, !tokens[end].has(.allCaps) {
                affiliation = text(a, end - 1)
                nameStart = end
                nameCount -= end - a
            }
        }
        let lowercaseRole = lowercaseRoleBefore(chunkFirst) ?? roleBeforeComma(chunkFirst)
        if roleStart == nil, let range = lowercaseRole, range.lowerBound > 0,
           tokens[range.lowerBound - 1].isWord([.demonym, .place]), tokens[range.lowerBound - 1].isCapitalizedWord {
            affiliation = text(range.lowerBound - 1, range.lowerBound - 1)
        }
        let role = roleStart.map { text($0, roleEnd) } ?? lowercaseRole.map { text($0.lowerBound, $0.upperBound) }
        // A lone acronym is an organisation ("CCTV", "IFPI"), whatever stands before it.
        if nameCount == 1 && tokens[b].has(.allCaps) && !hasHonorific {
            return Mention(paragraph: paragraph, chunkFirst: chunkFirst, chunkLast: chunkLast, first: nameStart, last: b,
                           kind: .organisation, name: text(nameStart, b), fullText: text(a, b), role: role,
                           affiliation: affiliation, gender: nil, nameTokens: 1, inQuote: inQuote(nameStart),
                           sentenceInitial: sentenceInitial, personEvidence: false)
        }
        // A name after a lowercase kind of organisation is that organisation, with the kind as its
        // descriptor ("by US magazine Mobile PC", "the consultancy Ovum"), so "the magazine" finds it.
        if roleStart == nil, !hasHonorific, lowercaseRole == nil, nameStart == a, chunkFirst > 0,
           case let kindWord = tokens[chunkFirst - 1], kindWord.kind == .word, kindWord.has(.lowercase),
           kindWord.isWord(.organisationKind), !kindWord.isWord(.roleHead), !kindWord.has(.possessive),
           !ownedKind(chunkFirst - 1) {
            return Mention(paragraph: paragraph, chunkFirst: chunkFirst, chunkLast: chunkLast, first: nameStart, last: b,
                           kind: .organisation, name: text(nameStart, b), fullText: text(a, b),
                           role: text(chunkFirst - 1, chunkFirst - 1), affiliation: affiliation, gender: nil,
                           nameTokens: nameCount, inQuote: inQuote(nameStart), sentenceInitial: false, personEvidence: false)
        }
        let evidence = hasHonorific || roleStart != nil || lowercaseRole != nil || appositiveAfter(b)
        let afterArticle = nameStart == chunkFirst && chunkFirst > 0 && isLowerWord(tokens[chunkFirst - 1], "the")
        return Mention(paragraph: paragraph, chunkFirst: chunkFirst, chunkLast: chunkLast, first: nameStart, last: b,
                       kind: evidence ? .person : .unknown, name: text(nameStart, b), fullText: text(a, b), role: role,
                       affiliation: affiliation, gender: gender, nameTokens: nameCount, inQuote: inQuote(nameStart),
                       sentenceInitial: sentenceInitial && nameStart == chunkFirst, personEvidence: evidence,
                       afterArticle: afterArticle)
    }

    private func honorificGender(_ t: Token) -> Gender? {
        let len = t.end - t.start
        let c0 = ByteClass.lower(bytes[t.start])
        let c1 = len > 1 ? ByteClass.lower(bytes[t.start + 1]) : 0
        if len == 2 && c0 == UInt8(ascii: "m") && c1 == UInt8(ascii: "r") { return .male }
        if c0 == UInt8(ascii: "s") && c1 == UInt8(ascii: "i") { return .male }     // Sir
        if c0 == UInt8(ascii: "l") && c1 == UInt8(ascii: "o") { return .male }     // Lord
        if c0 == UInt8(ascii: "m") && (c1 == UInt8(ascii: "s") || c1 == UInt8(ascii: "i")) { return .female }
        if len == 3 && c0 == UInt8(ascii: "m") && c1 == UInt8(ascii: "r") { return .female }  // Mrs
        if c0 == UInt8(ascii: "d") && c1 == UInt8(ascii: "a") { return .female }   // Dame
        if c0 == UInt8(ascii: "l") && c1 == UInt8(ascii: "a") { return .female }   // Lady
        return nil
    }

    /// A lowercase role right before the chunk ("foreign affairs advisor Wang Yi", "spokesman Matthew Miller").
    private func lowercaseRoleBefore(_ first: Int) -> ClosedRange<Int>? {
        var k = first - 1
        guard k >= 0, tokens[k].kind == .word, tokens[k].has(.lowercase), tokens[k].isWord(.roleHead) else { return nil }
        let end = k
        while k - 1 >= 0, tokens[k - 1].kind == .word, tokens[k - 1].has(.lowercase),
              tokens[k - 1].isWord([.roleModifier, .roleHead]), end - k < 3 {
            k -= 1
        }
        return k...end
    }

    /// Whether `t` says where something is based ("Chennai-based"): never part of a name.
    private func isBasedIn(_ t: Token) -> Bool {
        t.kind == .word && ByteClass.endsLonger(bytes, t.start..<t.end, with: "-based")
    }

    /// Whether the kind of organisation at `k` belongs to a name before it ("the CGA consultancy
    /// Jeanne-Marie Gescher": the consultancy is CGA, and the name after it someone else's).
    private func ownedKind(_ k: Int) -> Bool {
        guard k > 0 else { return false }
        let before = tokens[k - 1]
        return before.kind == .word && before.has(.capitalized) && !before.isWord([.demonym, .place, .function])
    }

    /// A role ending just before a comma that opens the name's appositive:
    /// "The party's Holyrood leader, Nicola Sturgeon, ..." → leader.
    private func roleBeforeComma(_ first: Int) -> ClosedRange<Int>? {
        guard first >= 2, tokens[first - 1].isPunct(UInt8(ascii: ",")) else { return nil }
        let k = first - 2
        guard tokens[k].kind == .word, tokens[k].has(.lowercase), tokens[k].isWord(.roleHead) else { return nil }
        var start = k
        while start - 1 >= 0, start > k - 3, tokens[start - 1].kind == .word, tokens[start - 1].has(.lowercase),
              tokens[start - 1].isWord(.roleModifier) {
            start -= 1
        }
        return start...k
    }

    /// An appositive after the name marks a person: ", 26," / ", a spokeswoman" / ", director general of".
    private func appositiveAfter(_ last: Int) -> Bool {
        let n = tokens.count
        guard last + 2 < n, tokens[last + 1].isPunct(UInt8(ascii: ",")) else { return false }
        let t = tokens[last + 2]
        if t.kind == .number, last + 3 < n, tokens[last + 3].isPunct(UInt8(ascii: ",")) { return true }
        if isLowerWord(t, "who") { return true }
        var k = last + 2
        if t.isWord(.determiner) || t.isWord(.demonym) { k += 1 }
        var steps = 0
        while k < n, steps < 4, tokens[k].kind == .word {
            if tokens[k].isWord(.roleHead) && tokens[k].has(.lowercase) { return true }
            if !tokens[k].isWord([.roleModifier, .demonym]) && !tokens[k].has(.capitalized) { return false }
            k += 1; steps += 1
        }
        return false
    }

    /// The bytes of tokens `a...b` as written, without a trailing possessive.
    func text(_ a: Int, _ b: Int) -> Range<Int> {
        let start = tokens[a].start
        return start..<max(start, tokens[b].stemEnd)
    }
}
