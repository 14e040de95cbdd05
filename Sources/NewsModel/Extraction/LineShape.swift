// MARK: - Line shapes

/// What a line of scraped text is, judged by its shape alone.
enum LineShape: Equatable {
    case blank
    /// "Advertisement", "Latest Headlines", "Must read", "Source link".
    case navigation
    /// Start of a reader-comment block ("Readers Comments", "Leave a Comment"): the article ends.
    case comments
    /// A photo caption or credit, a gallery counter or an image slug.
    case caption
    /// A date, time or temperature alone on a line ("Friday, March 1, 2024", "3.9 C").
    case banner
    /// A date with a label ("LAST UPDATE | 19 Jun 2023", "Published 19 June 2023").
    case labelledDate
    /// A donation or subscription appeal addressed to the reader.
    case appeal
    /// "© AFP 2023", "Copyright 2023 Reuters".
    case copyright
    /// "By Jane Smith".
    case byline
    /// A short lowercase section label ("us china relations").
    case kicker
    /// A short line without closing punctuation: a headline or section heading.
    case heading
    case body
}

/// Classifies lines by shape: length, punctuation, capitalisation, a few generic words.
enum LineClassifier {
    /// The shape of one trimmed line.
    static func shape(_ line: UnsafeBufferPointer<UInt8>) -> LineShape {
        var words: [Range<Int>] = []
        return shape(line, words: &words)
    }

    /// The shape of one trimmed line; `words` is scratch space, reused from line to line.
    /// Control characters and escape sequences at the end of the line are not looked at.
    static func shape(_ whole: UnsafeBufferPointer<UInt8>, words: inout [Range<Int>]) -> LineShape {
        let line = UnsafeBufferPointer(rebasing: whole[0..<InvisibleTail.visibleCount(whole)])
        let n = line.count
        guard n > 0 else { return .blank }
        // A long line ending a sentence is body text unless it opens with an image slug, ends
        // with a photo credit or addresses the reader: labels and banners are short.
        if n > 60 && endsWithTerminal(line) {
            if isSlug(line, firstWord(line, within: 200)) { return .caption }
            if containsYou(line) && !containsQuoteMark(line) {
                wordRanges(line, limit: 200, into: &words)
                if isAppeal(line, words) { return .appeal }
            }
            let tailStart = max(0, n - 80)
            let tail = UnsafeBufferPointer(rebasing: line[tailStart..<n])
            guard mayHaveCredit(tail) else { return .body }
            wordRanges(tail, limit: 20, into: &words)
            return hasCredit(tail, words) ? .caption : .body
        }
        wordRanges(line, limit: 40, into: &words)
        let wordCount = words.count
        if n >= 2, line[0] == 0xC2, line[1] == 0xA9 { return .copyright }
        if startsWithWord(line, "copyright") && wordCount <= 8 { return .copyright }
        if isGalleryCounter(line, words) || isSlug(line, words.first) || mayHaveCredit(line) && hasCredit(line, words) {
            return .caption
        }
        let hasQuote = containsQuoteMark(line)
        if !hasQuote, containsYou(line), isAppeal(line, words) { return .appeal }
        let terminal = endsWithTerminal(line)
        if wordCount <= 6 && !terminal {
            if isCommentsLabel(line, words) { return .comments }
            if isNavigation(line, words) { return .navigation }
        }
        if wordCount <= 8 && !hasQuote && line.contains(where: ByteClass.isDigit) && mayBeDate(line, words) {
            let lower = words.map { DateWord.lower(line, $0) }
            if let kind = dateShape(lower) { return kind }
        }
        if wordCount >= 2 && wordCount <= 7, startsWithWord(line, "by"), !terminal,
           words.dropFirst().allSatisfy({ isCapitalized(line, $0) || isConnector(line, $0) }) {
            return .byline
        }
        if wordCount <= 4 && !terminal && words.allSatisfy({ ByteClass.isLower(line[$0.lowerBound]) }) { return .kicker }
        if wordCount <= 25 && !terminal { return .heading }
        return .body
    }

    // MARK: - Words

    /// Ranges of the whitespace-separated words of `line` (at most `limit`, then one more to signal "long").
    static func wordRanges(_ line: UnsafeBufferPointer<UInt8>, limit: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        wordRanges(line, limit: limit, into: &result)
        return result
    }

    /// Replaces the contents of `result` with ``wordRanges(_:limit:)``.
    static func wordRanges(_ line: UnsafeBufferPointer<UInt8>, limit: Int, into result: inout [Range<Int>]) {
        result.removeAll(keepingCapacity: true)
        separators.withUnsafeBufferPointer { isSeparator in
            var start = -1
            for i in 0..<line.count {
                if isSeparator[Int(line[i])] {
                    if start >= 0 { result.append(start..<i); start = -1; if result.count > limit { return } }
                } else if start < 0 { start = i }
            }
            if start >= 0 { result.append(start..<line.count) }
        }
    }

    /// The number of words of `line`, counting no further than `limit + 1`.
    static func wordCount(_ line: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        var count = 0
        var inWord = false
        for i in 0..<line.count {
            if isWordSeparator(line[i]) { inWord = false } else if !inWord {
                inWord = true
                count += 1
                if count > limit { return count }
            }
        }
        return count
    }

    /// The first word of `line`, looking no further than its first `limit` bytes.
    static func firstWord(_ line: UnsafeBufferPointer<UInt8>, within limit: Int) -> Range<Int>? {
        let n = min(line.count, limit)
        var i = 0
        while i < n, isWordSeparator(line[i]) { i += 1 }
        guard i < n else { return nil }
        let start = i
        while i < n, !isWordSeparator(line[i]) { i += 1 }
        return start..<i
    }

    @inline(__always) private static func isWordSeparator(_ b: UInt8) -> Bool {
        separators[Int(b)]
    }

    /// Whitespace and `|`, by byte value.
    private static let separators: [Bool] = (0..<256).map { ByteClass.isSpace(UInt8($0)) || $0 == Int(UInt8(ascii: "|")) }

    private static func classes(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> WordClass {
        guard let core = lookupCore(line, r) else { return [] }
        return Lexicon.classes(line, core)
    }

    /// The part of a word the lexicon is asked about: without ASCII punctuation at either end.
    @inline(__always)
    private static func lookupCore(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, !ByteClass.isAlnum(line[lo]) && line[lo] < 0x80 { lo += 1 }
        while hi > lo, !ByteClass.isAlnum(line[hi - 1]) && line[hi - 1] < 0x80 { hi -= 1 }
        return hi > lo ? lo..<hi : nil
    }

    private static func isCapitalized(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        ByteClass.isUpper(line[r.lowerBound]) || line[r.lowerBound] >= 0xC0
    }

    private static func isConnector(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let c = classes(line, r)
        return c.contains(.nameParticle) || equals(line, r, "and") || line[r.lowerBound] == UInt8(ascii: "&")
    }

    static func equals(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ word: StaticString) -> Bool {
        guard r.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for (j, i) in r.enumerated() where ByteClass.lower(line[i]) != w[j] { return false }
        return true
    }

    private static func startsWithWord(_ line: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let len = word.utf8CodeUnitCount
        guard line.count >= len else { return false }
        let w = word.utf8Start
        for j in 0..<len where ByteClass.lower(line[j]) != w[j] { return false }
        return line.count == len || !ByteClass.isAlnum(line[len])
    }

    private static func endsWithTerminal(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = line.count - 1
        // Skip closing quotes and brackets.
        while i >= 0 {
            let b = line[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") { i -= 1; continue }
            if i >= 2, line[i - 2] == 0xE2, line[i - 1] == 0x80, b == 0x9D || b == 0x99 { i -= 3; continue }
            break
        }
        guard i >= 0 else { return false }
        let b = line[i]
        if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: ":") { return true }
        return i >= 2 && line[i - 2] == 0xE2 && line[i - 1] == 0x80 && b == 0xA6
    }

    /// Whether "you" occurs in the line (any case), before the word-level appeal check.
    /// Sixteen starting positions are tried at once for "yo" (offsets 0 and 1); the rare
    /// lanes that match are confirmed byte by byte, which is cheaper than a third vector
    /// compare on every block. The last few positions are tried byte by byte.
    static func containsYou(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = line.count
        @inline(__always) func youAt(_ i: Int) -> Bool {
            i + 2 < n && line[i] | 0x20 == UInt8(ascii: "y") && line[i + 1] | 0x20 == UInt8(ascii: "o")
                && line[i + 2] | 0x20 == UInt8(ascii: "u")
        }
        var i = 0
        if let base = line.baseAddress {
            while i + ByteBlock.width + 2 <= n {
                let you = ByteBlock.lanes(of: ByteBlock.loadFolded(base, i), equalTo: UInt8(ascii: "y"))
                    .& ByteBlock.lanes(of: ByteBlock.loadFolded(base, i + 1), equalTo: UInt8(ascii: "o"))
                if ByteBlock.anyLane(you, at: i, where: youAt) { return true }
                i += ByteBlock.width
            }
        }
        while i < n { if youAt(i) { return true }; i += 1 }
        return false
    }

    /// Whether the line has a straight or curly double quote; blocks of sixteen bytes without
    /// a `"` or an `E2` lead byte are passed over at once.
    private static func containsQuoteMark(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = line.count
        @inline(__always) func quoteAt(_ i: Int) -> Bool {
            let b = line[i]
            if b == UInt8(ascii: "\"") { return true }
            return b == 0xE2 && i + 2 < n && line[i + 1] == 0x80 && (line[i + 2] == 0x9C || line[i + 2] == 0x9D)
        }
        var i = 0
        if let base = line.baseAddress {
            while i + ByteBlock.width <= n {
                let bytes = ByteBlock.load(base, i)
                let marks = ByteBlock.lanes(of: bytes, equalTo: UInt8(ascii: "\"")) .| ByteBlock.lanes(of: bytes, equalTo: 0xE2)
                if ByteBlock.anyLane(marks, at: i, where: quoteAt) { return true }
                i += ByteBlock.width
            }
        }
        while i < n { if quoteAt(i) { return true }; i += 1 }
        return false
    }

    // MARK: - Shapes

    /// "1 of 3 | ..." gallery counters.
    private static func isGalleryCounter(_ line: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>]) -> Bool {
        guard words.count >= 3 else { return false }
        let a = words[0], c = words[2]
        return a.allSatisfy { ByteClass.isDigit(line[$0]) } && equals(line, words[1], "of")
            && c.allSatisfy { ByteClass.isDigit(line[$0]) }
    }

    /// A line that starts with a long hyphenated URL slug ("u-s-secretary-of-state-...").
    private static func isSlug(_ line: UnsafeBufferPointer<UInt8>, _ first: Range<Int>?) -> Bool {
        guard let first, first.count >= 25 else { return false }
        var hyphens = 0
        for i in first {
            let b = line[i]
            if b == UInt8(ascii: "-") || b == UInt8(ascii: "_") { hyphens += 1 }
            else if ByteClass.isUpper(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: ",") { return false }
        }
        return hyphens >= 4
    }

    /// Photo credits: "... Photo via X/UPI", "| License Photo", "Alamy Stock Photo", "Getty Images",
    /// agency lists "PAP/EPA/XINHUA", "Photo: ...", "photo source:".
    private static func hasCredit(_ line: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>]) -> Bool {
        guard let last = words.last else { return false }
        let lastClasses = classes(line, last)
        if lastClasses.contains(.caption), words.count >= 2, isCapitalized(line, last),
           equals(line, last, "photo") || equals(line, last, "photos") || equals(line, last, "images") || equals(line, last, "image") {
            let prev = words[words.count - 2]
            if isCapitalized(line, prev) { return true }
        }
        for (k, w) in words.enumerated() where k + 1 < words.count && (w.count == 5 || w.count == 7) {
            if (equals(line, w, "photo") || equals(line, w, "picture") || equals(line, w, "image")),
               equals(line, words[k + 1], "via") || equals(line, words[k + 1], "by") || equals(line, words[k + 1], "source:")
                || equals(line, words[k + 1], "credit:") {
                return true
            }
        }
        if let first = words.first, words.count <= 40,
           equals(line, first, "photo:") || equals(line, first, "picture:") || equals(line, first, "image:") || equals(line, first, "credit:") {
            return true
        }
        // Agency credits: two or more "X/Y" joints between capitals, or a line ending "/UPI".
        var joints = 0
        var slash = ByteClass.firstIndex(of: UInt8(ascii: "/"), in: line, from: 1)
        while let i = slash, i + 1 < line.count {
            if ByteClass.isUpper(line[i - 1]), ByteClass.isUpper(line[i + 1]) { joints += 1 }
            slash = ByteClass.firstIndex(of: UInt8(ascii: "/"), in: line, from: i + 1)
        }
        if joints >= 2 { return true }
        if joints == 1, let slash = last.lastIndex(where: { line[$0] == UInt8(ascii: "/") }),
           (slash + 1..<last.upperBound).allSatisfy({ ByteClass.isUpper(line[$0]) }), last.upperBound - slash >= 3 {
            return true
        }
        return false
    }

    /// A quick necessary condition for ``hasCredit(_:_:)``: every credit it recognises has a
    /// slash or one of the words photo, picture, image or credit (any case) in it.
    static func mayHaveCredit(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = line.count
        @inline(__always) func spells(_ word: StaticString, at i: Int) -> Bool {
            let length = word.utf8CodeUnitCount
            guard i + length <= n else { return false }
            let w = word.utf8Start
            for j in 0..<length where line[i + j] | 0x20 != w[j] { return false }
            return true
        }
        @inline(__always) func startsCredit(_ i: Int) -> Bool {
            switch line[i] | 0x20 {
            case UInt8(ascii: "p"): return spells("photo", at: i) || spells("picture", at: i)
            case UInt8(ascii: "i"): return spells("image", at: i)
            case UInt8(ascii: "c"): return spells("credit", at: i)
            default: return line[i] == UInt8(ascii: "/")
            }
        }
        // Sixteen positions at a time; only where the first two bytes could start a match (ph, pi,
        // im, cr in either case, or /) is the whole word compared.
        var i = 0
        if let base = line.baseAddress {
            while i + ByteBlock.width + 1 <= n {
                let here = ByteBlock.loadFolded(base, i), next = ByteBlock.loadFolded(base, i + 1)
                func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> ByteBlock.Lanes {
                    ByteBlock.lanes(of: here, equalTo: UInt8(ascii: first)) .& ByteBlock.lanes(of: next, equalTo: UInt8(ascii: second))
                }
                let words = pair("p", "h") .| pair("p", "i") .| pair("i", "m") .| pair("c", "r")
                let slash = ByteBlock.lanes(of: ByteBlock.load(base, i), equalTo: UInt8(ascii: "/"))
                if ByteBlock.anyLane(words .| slash, at: i, where: startsCredit) { return true }
                i += ByteBlock.width
            }
        }
        while i < n { if startsCredit(i) { return true }; i += 1 }
        return false
    }

    /// Second person plus support / contribute / donate / subscribe.
    private static func isAppeal(_ line: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>]) -> Bool {
        var second = false, appeal = false
        let sieve = appealSieve
        for w in words {
            // Most words of a long line cannot be either kind; they are not looked up.
            guard let core = lookupCore(line, w), sieve.mayHold(line, core) else { continue }
            let c = Lexicon.classes(line, core)
            if c.contains(.secondPerson) { second = true }
            if c.contains(.appeal) { appeal = true }
            if second && appeal { return true }
        }
        return false
    }

    private static let appealSieve = ClassSieve([.secondPerson, .appeal])

    /// "Readers Comments", "Leave a Comment", "Comments (12)", "Show comments".
    private static func isCommentsLabel(_ line: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>]) -> Bool {
        guard words.contains(where: { equals(line, $0, "comments") || equals(line, $0, "comment") }) else { return false }
        if words.count == 1 { return equals(line, words[0], "comments") }
        let cues: [StaticString] = ["readers", "reader", "leave", "show", "view", "post", "add", "your", "hide", "load",
                                    "join", "write", "readers'"]
        return words.contains { w in cues.contains { equals(line, w, $0) } }
            || words.dropFirst().allSatisfy { w in w.allSatisfy { !ByteClass.isAlpha(line[$0]) } }
    }

    /// A short label made of navigation words ("Latest Headlines", "- Advertisement -", "Must read").
    private static func isNavigation(_ line: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>]) -> Bool {
        var navigation = 0
        var other = 0
        for w in words {
            let c = classes(line, w)
            if c.contains(.navigation) || c.contains(.nonName) { navigation += 1 }
            else if c.contains(.function) || w.allSatisfy({ !ByteClass.isAlnum(line[$0]) && line[$0] < 0x80 }) { continue }
            else { other += 1 }
        }
        return navigation > 0 && other == 0
    }

    /// A quick necessary condition for ``dateShape(_:)``, without building a string per word:
    /// a banner has at most three words left once reduced, and every other date shape names a
    /// month or a weekday. A word with non-ASCII bytes (whose letters only the `Character` path
    /// knows) may be anything.
    private static func mayBeDate(_ line: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>]) -> Bool {
        var remaining = 0
        for w in words {
            switch dateWordKind(line, w) {
            case .vanishes: continue
            case .other: remaining += 1
            case .mayNameDay: return true
            }
        }
        return remaining <= 3
    }

    private enum DateWordKind { case vanishes, other, mayNameDay }

    /// What a word is once reduced as ``dateCharacters(_:)`` reduces it: nothing, a month or
    /// weekday name (or possibly one), or something else.
    private static func dateWordKind(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> DateWordKind {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: r.count) { kept in
            var count = 0
            for i in r {
                let b = line[i]
                if b >= 0x80 { return .mayNameDay }
                if ByteClass.isAlnum(b) || b == UInt8(ascii: ".") { kept[count] = ByteClass.lower(b); count += 1 }
            }
            guard count > 0 else { return .vanishes }
            let word = UnsafeBufferPointer(rebasing: kept[0..<count])
            let names = Lexicon.classes(word, 0..<count).contains(.weekday)
                || DateParser.month(ascii: word) != nil
            return names ? .mayNameDay : .other
        }
    }

    /// A date, time or temperature alone, or a labelled date.
    private static func dateShape(_ lower: [String]) -> LineShape? {
        let words = lower.map(dateCharacters).filter { !$0.isEmpty }
        guard !words.isEmpty else { return nil }
        if words.count <= 3, let first = words.first, Double(first) != nil,
           words.dropFirst().allSatisfy({ bannerUnits.contains($0) }),
           words.count >= 2 {
            return .banner
        }
        let dateWords = words.filter { DateParser.month($0) != nil || Lexicon.classes(of: $0).contains(.weekday)
            || isAllNumbers($0) || $0.hasSuffix("th") && isAllNumbers($0.dropLast(2)) }
        let hasMonth = words.contains { DateParser.month($0) != nil }
        guard hasMonth || words.contains(where: { Lexicon.classes(of: $0).contains(.weekday) }) else { return nil }
        if dateWords.count == words.count { return .banner }
        let rest = words.filter { !dateWords.contains($0) }
        if rest.allSatisfy({ dateLabels.contains($0) }), DateParser.firstDate(in: words) != nil { return .labelledDate }
        return nil
    }

    /// Units and zones after a number on a banner line ("3.9 C", "10 pm").
    private static let bannerUnits = ["c", "f", "°c", "°f", "°", "gmt", "bst", "et", "pm", "am"]
    /// Words that may label a date ("Last updated", "Published on").
    private static let dateLabels: Set<String> = ["last", "update", "updated", "published", "posted", "on", "at", "date", "first"]

    /// The letters, numbers, periods and degree signs of a word (ASCII words byte by byte,
    /// where letters and numbers are `A-Z`, `a-z` and `0-9`).
    private static func dateCharacters(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: word.utf8.filter { ByteClass.isAlnum($0) || $0 == UInt8(ascii: ".") }, as: UTF8.self)
        }
        return word.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "°" }
    }

    /// Whether every character is a number (ASCII text byte by byte).
    private static func isAllNumbers(_ word: some StringProtocol) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.utf8.allSatisfy(ByteClass.isDigit) }
        return word.allSatisfy(\.isNumber)
    }
}

/// Lowercase copies of words from byte lines, for the cold date paths.
enum DateWord {
    static func lower(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        String(decoding: line[r].map(ByteClass.lower), as: UTF8.self)
    }
}
