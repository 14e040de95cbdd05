// MARK: - Tokens

/// What a ``Token`` is.
enum TokenKind: UInt8 {
    case word
    case number
    case punct
    case quote
    case dash
}

/// Spelling and spacing facts about a token.
struct TokenFlags: OptionSet {
    let rawValue: UInt16
    /// Starts with an uppercase letter.
    static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// Two or more letters, all uppercase.
    static let allCaps = TokenFlags(rawValue: 1 << 1)
    /// Whitespace (or the start of the text) precedes it.
    static let spaceBefore = TokenFlags(rawValue: 1 << 2)
    /// Ends in a possessive `'s` / `’s`; `stemEnd` excludes it.
    static let possessive = TokenFlags(rawValue: 1 << 4)
    /// Contains an internal period, like `U.S.`.
    static let dotted = TokenFlags(rawValue: 1 << 5)
    /// Starts with a lowercase letter.
    static let lowercase = TokenFlags(rawValue: 1 << 6)
    /// The word starts one or more topic keywords (``Vocabulary/Entry/keywordCount``).
    static let startsKeyword = TokenFlags(rawValue: 1 << 7)
}

/// One word, number, punctuation mark or quotation mark of a paragraph, by byte offsets.
///
/// 32 bytes: extraction reads every token many times, so the smaller it is, the more of an
/// article's tokens stay in cache.
struct Token {
    private var start32: Int32
    private var end32: Int32
    var start: Int { Int(start32) }
    var end: Int { Int(end32) }
    /// End of the word without a possessive suffix.
    var stemEnd: Int { Int(end32) - Int(possessiveLength) }
    var kind: TokenKind
    /// The bytes of a possessive `'s` / `’s` ending the word (0 when there is none).
    private var possessiveLength: UInt8
    var flags: TokenFlags
    /// For punctuation: the ASCII byte (0 for multi-byte marks).
    var byte: UInt8
    /// For quotation marks and dashes: which mark.
    var mark: Mark?
    /// Lexicon classes of the (lowercased, possessive-stripped) word.
    var classes: WordClass
    /// ``WordTable`` hash of the lowercased word without its possessive (0 for non-words).
    var hash: UInt64 = 0

    init(start: Int, end: Int, stemEnd: Int, kind: TokenKind, flags: TokenFlags, byte: UInt8, mark: Mark?,
         classes: WordClass, hash: UInt64 = 0) {
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        possessiveLength = UInt8(truncatingIfNeeded: end - stemEnd)
        self.kind = kind
        self.flags = flags
        self.byte = byte
        self.mark = mark
        self.classes = classes
        self.hash = hash
    }

    @inline(__always) func has(_ flag: TokenFlags) -> Bool { flags.contains(flag) }
    @inline(__always) func isWord(_ cls: WordClass) -> Bool { kind == .word && !classes.isDisjoint(with: cls) }
    @inline(__always) func isPunct(_ b: UInt8) -> Bool { kind == .punct && byte == b }
    var isCapitalizedWord: Bool { kind == .word && flags.contains(.capitalized) }
}

// MARK: - Tokenizer

/// Splits paragraph bytes into ``Token``s in one pass.
enum Tokenizer {
    /// The tokens of `bytes`, words looked up in `vocabulary`.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary = .plain) -> [Token] {
        var newlines: [Int] = []
        return tokenize(bytes, vocabulary: vocabulary, newlines: &newlines)
    }

    /// The tokens of `bytes`, words looked up in `vocabulary`; the offsets of the newlines
    /// (which are whitespace between tokens) are appended to `newlines` on the way.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary, newlines: inout [Int]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4 + 4)
        let n = bytes.count
        var i = 0
        var spaceBefore = true
        while i < n {
            let b = bytes[i]
            // Most words end at a plain space: tested first, before the letter tests.
            if b == 0x20 { spaceBefore = true; i += 1; continue }
            if b < 0x80 {
                // Fast paths for ASCII: plain words, spaces and punctuation other than quote
                // marks (the same tokens the general path below makes of them).
                if ByteClass.isAlpha(b), let token = plainWord(bytes, from: i, vocabulary) {
                    append(&tokens, token, spaceBefore)
                    spaceBefore = false
                    i = token.end
                    continue
                }
                if ByteClass.isAlnum(b) {
                    let token = scanWord(bytes, from: i, vocabulary)
                    append(&tokens, token, spaceBefore)
                    spaceBefore = false
                    i = token.end
                    continue
                }
                if ByteClass.isSpace(b) {
                    if b == 0x0A { newlines.append(i) }
                    spaceBefore = true; i += 1; continue
                }
                // Other ASCII bytes are marks only when quotes.
                if b != 0x22 && b != 0x27 {
                    append(&tokens, punct(b, at: i, spaceBefore), spaceBefore)
                    spaceBefore = false; i += 1; continue
                }
            }
            let mark = Mark.at(bytes, i)
            if let (m, len) = mark {
                if m.isSpace { spaceBefore = true; i += len; continue }
                if m.isQuote && !(m.isSingle && isApostropheInWord(bytes, i, len)) {
                    append(&tokens, Token(start: i, end: i + len, stemEnd: i + len, kind: .quote, flags: [],
                                          byte: 0, mark: m, classes: []), spaceBefore)
                    spaceBefore = false; i += len; continue
                }
                if m.isDash || m == .ellipsis || m == .bullet || m == .copyright {
                    append(&tokens, Token(start: i, end: i + len, stemEnd: i + len, kind: m.isDash ? .dash : .punct,
                                          flags: [], byte: 0, mark: m, classes: []), spaceBefore)
                    spaceBefore = false; i += len; continue
                }
            }
            if b < 0x80 && !ByteClass.isAlnum(b) {
                append(&tokens, punct(b, at: i, spaceBefore), spaceBefore)
                spaceBefore = false; i += 1; continue
            }
            let token = scanWord(bytes, from: i, vocabulary)
            append(&tokens, token, spaceBefore)
            spaceBefore = false
            i = token.end
        }
        return tokens
    }

    @inline(__always)
    private static func append(_ tokens: inout [Token], _ token: Token, _ spaceBefore: Bool) {
        var t = token
        if spaceBefore || tokens.isEmpty { t.flags.insert(.spaceBefore) }
        tokens.append(t)
    }

    /// The one-byte ASCII punctuation token `b` at `i`: a hyphen after whitespace is a dash.
    @inline(__always)
    private static func punct(_ b: UInt8, at i: Int, _ spaceBefore: Bool) -> Token {
        let isDash = b == UInt8(ascii: "-") && spaceBefore
        return Token(start: i, end: i + 1, stemEnd: i + 1, kind: isDash ? .dash : .punct, flags: [],
                     byte: b, mark: nil, classes: [])
    }

    /// Whether the single quote at `i` sits between two letters (`don’t`, `O'Brien`).
    @inline(__always)
    private static func isApostropheInWord(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ len: Int) -> Bool {
        guard i > 0, i + len < bytes.count else { return false }
        return isLetterByte(bytes[i - 1]) && isLetterStart(bytes, i + len)
    }

    @inline(__always)
    private static func isLetterByte(_ b: UInt8) -> Bool { ByteClass.isAlnum(b) || b >= 0x80 }

    /// Whether a letter (ASCII, or a non-ASCII scalar that is not a known mark) starts at `i`.
    @inline(__always)
    private static func isLetterStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let b = bytes[i]
        if b < 0x80 { return ByteClass.isAlnum(b) }
        if b < 0xC0 { return false }
        return Mark.at(bytes, i) == nil
    }

    /// The bytes below 64 that can continue a letter run into a longer token, one bit each:
    /// digits 0x30–0x39 (bits 48–57), hyphen 0x2D, apostrophe 0x27 and ampersand 0x26. One
    /// shift and test after each word instead of a chain of comparisons; a literal, because a
    /// computed global would be initialised through a check on every word.
    @inline(__always) private static var wordJoiners: UInt64 { 0x03FF_20C0_0000_0000 }

    /// The word at `start` when it is a run of ASCII letters that nothing after it extends
    /// (no digit, hyphen, ampersand, apostrophe, non-ASCII byte, or period joining an
    /// initialism): what ``scanWord(_:from:_:)`` would make of it, found with fewer tests.
    /// `nil` sends the word to ``scanWord(_:from:_:)``.
    @inline(__always)
    private static func plainWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ vocabulary: Vocabulary) -> Token? {
        let n = bytes.count
        var uppers = 0
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let i = letterRun(bytes, from: start, hash: &hash, uppers: &uppers)
        if i < n {
            let next = bytes[i]
            if next >= 0x80 || (next < 64 && wordJoiners >> UInt64(next) & 1 != 0) { return nil }
            // A period joins only a single letter to a following letter ("U.S", "a.m").
            if next == UInt8(ascii: "."), i - start == 1, i + 1 < n, ByteClass.isAlpha(bytes[i + 1]) { return nil }
        }
        // Only letters: no possessive, never a number, never dotted.
        let letters = i - start
        var flags: TokenFlags = []
        if bytes[start] < 0x61 { flags.insert(.capitalized) } else { flags.insert(.lowercase) }
        if uppers >= 2 && letters == uppers { flags.insert(.allCaps) }
        let entry = letters > vocabulary.longestWord ? nil : vocabulary.table.lookup(hash: hash, bytes, start..<i)
        if let entry, entry.keywordCount > 0 { flags.insert(.startsKeyword) }
        return Token(start: start, end: i, stemEnd: i, kind: .word, flags: flags, byte: 0, mark: nil,
                     classes: entry?.classes ?? [], hash: hash)
    }

    /// The end of the run of ASCII letters at `start`, mixing each lowercased letter into
    /// `hash` (FNV-1a) and counting the uppercase ones (lowercase is `b | 0x20`; uppercase is
    /// below 0x61).
    @inline(__always)
    private static func letterRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                  hash: inout UInt64, uppers: inout Int) -> Int {
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            let folded = b | 0x20
            guard folded &- 0x61 < 26 else { break }
            if b < 0x61 { uppers += 1 }
            hash = (hash ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return i
    }

    /// Scans one word or number starting at `start`, hashing its lowercase bytes as it goes.
    static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ vocabulary: Vocabulary) -> Token {
        let n = bytes.count
        var i = start
        var letters = 0, uppers = 0, digits = 0
        var dotted = false
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var hashBeforeApostrophe = hash
        @inline(__always) func mix(_ b: UInt8) { hash = (hash ^ UInt64(ByteClass.lower(b))) &* 0x0000_0100_0000_01B3 }
        while i < n {
            // Fast path: a run of ASCII letters.
            let run = i
            i = letterRun(bytes, from: i, hash: &hash, uppers: &uppers)
            letters += i - run
            guard i < n else { break }
            let b = bytes[i]
            if b < 0x80 {
                if ByteClass.isDigit(b) { digits += 1; mix(b); i += 1; continue }
                // Internal connectors: hyphen, period, comma in numbers, apostrophe.
                if (b == UInt8(ascii: "-") || b == UInt8(ascii: "&")) && isLetterStart(bytes, i + 1) && i > start { mix(b); i += 1; continue }
                if b == UInt8(ascii: "."), i + 1 < n {
                    let next = bytes[i + 1]
                    if digits > 0 && letters == 0 && ByteClass.isDigit(next) { mix(b); i += 1; continue }
                    // Initialisms: U.S, a.m -- a single letter before each period.
                    if ByteClass.isAlpha(next), i - start <= 1 || (i >= 2 && bytes[i - 2] == UInt8(ascii: ".")) {
                        dotted = true; mix(b); i += 1; continue
                    }
                }
                if b == UInt8(ascii: "."), dotted, i >= 2, bytes[i - 2] == UInt8(ascii: ".") {
                    mix(b); i += 1  // the closing period of U.S.
                    break
                }
                if (b == UInt8(ascii: ",") || b == UInt8(ascii: ":")) && digits > 0 && letters == 0,
                   i + 1 < n, ByteClass.isDigit(bytes[i + 1]) { mix(b); i += 1; continue }
                if b == UInt8(ascii: "'"), i > start, isLetterStart(bytes, i + 1) {
                    hashBeforeApostrophe = hash
                    mix(b); i += 1; continue
                }
                break
            }
            if let (m, len) = Mark.at(bytes, i) {
                if m == .rightSingle, i > start, isLetterStart(bytes, i + len) {
                    hashBeforeApostrophe = hash
                    mix(bytes[i]); mix(bytes[i + 1]); mix(bytes[i + 2])
                    i += len; continue
                }
                break
            }
            // Any other non-ASCII scalar counts as a letter.
            if b >= 0xC0 {
                letters += 1
                if i + 1 < n, ByteClass.isLatinUpper(b, bytes[i + 1]) { uppers += 1 }
            }
            mix(b)
            i += 1
        }
        if i == start { mix(bytes[start]); i = start + 1 }
        var flags: TokenFlags = []
        let first = bytes[start]
        let firstUpper = ByteClass.isUpper(first) || (start + 1 < n && ByteClass.isLatinUpper(first, bytes[start + 1]))
        if firstUpper { flags.insert(.capitalized) }
        if ByteClass.isLower(first) { flags.insert(.lowercase) }
        // Every letter counted is upper or lower case.
        if uppers >= 2 && letters == uppers { flags.insert(.allCaps) }
        if dotted { flags.insert(.dotted) }
        var stemEnd = i
        if i - start >= 3 {
            let last = bytes[i - 1] | 0x20
            if last == UInt8(ascii: "s") {
                if bytes[i - 2] == UInt8(ascii: "'") { stemEnd = i - 2 }
                else if i - start >= 5, bytes[i - 4] == 0xE2, bytes[i - 3] == 0x80, bytes[i - 2] == 0x99 { stemEnd = i - 4 }
            }
        }
        if stemEnd != i { flags.insert(.possessive) }
        let isNumber = digits > 0 && letters == 0
        if stemEnd != i { hash = hashBeforeApostrophe }
        let entry = isNumber || stemEnd - start > vocabulary.longestWord ? nil
            : vocabulary.table.lookup(hash: hash, bytes, start..<stemEnd)
        if let entry, entry.keywordCount > 0 { flags.insert(.startsKeyword) }
        return Token(start: start, end: i, stemEnd: stemEnd, kind: isNumber ? .number : .word, flags: flags,
                     byte: 0, mark: nil, classes: entry?.classes ?? [], hash: hash)
    }
}
