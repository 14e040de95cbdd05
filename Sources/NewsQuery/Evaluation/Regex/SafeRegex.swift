/// A compiled regular expression that matches in time linear in the input.
///
/// The pattern syntax is documented on `RegexParser` (`RegexParser.swift`). Matching works
/// on UTF-8 bytes in three tiers: a required-literal prefilter (`memchr` on the literal's
/// rarest byte), a lazily built DFA with a bounded state cache, and a Pike VM (NFA
/// simulation) when the DFA cache thrashes or a match position is needed. No tier
/// backtracks, so no pattern can take more than O(text length × program size) time, and
/// the program size is capped by ``RegexLimits/maxProgramSize``.
///
/// Values are immutable and `Sendable`; concurrent matching from several threads is safe
/// (each search borrows its own scratch space from a small pool).
public struct SafeRegex: Sendable {
    /// The pattern as written between the slashes.
    public let pattern: String
    /// The flags as written after the closing slash.
    public let flags: String

    let program: RegexProgram
    let prefilter: LiteralPrefilter?
    private let scratchPool: RegexScratchPool

    /// Parses and compiles `pattern` with `flags` (`i`, `s`, `m`).
    public init(pattern: String, flags: String) throws(RegexSyntaxError) {
        let parsedFlags = try RegexFlags(parsing: flags, patternByteCount: pattern.utf8.count)
        let root = try RegexParser.parse(pattern, flags: parsedFlags)
        self.pattern = pattern
        self.flags = flags
        program = try RegexCompiler.compile(root, patternByteCount: pattern.utf8.count)
        prefilter = LiteralPrefilter(root: root)
        scratchPool = RegexScratchPool(program: program)
    }

    // MARK: - Matching

    /// True when the pattern matches anywhere in `text` (search, not full match, unless anchored).
    public func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { matches(utf8: $0) }
    }

    /// Same, over UTF-8 bytes. Malformed bytes never match `.` or a class, and never crash.
    public func matches(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let prefilter {
            guard prefilter.firstOccurrence(in: bytes) != nil else { return false }
            if prefilter.isWholePattern { return true }
        }
        return scratchPool.withScratch { scratch in
            if let answer = scratch.dfa.matches(bytes) { return answer }
            return scratch.pike.search(bytes, earliest: true) != nil
        }
    }

    /// The byte range of the leftmost-first match, for highlighting: the match a backtracking
    /// engine would report (leftmost start; then alternatives in order, greedy repetitions as
    /// long and lazy ones as short as the rest of the pattern allows).
    public func firstMatch(in text: String) -> Range<String.Index>? {
        var text = text
        guard let bytes = text.withUTF8({ firstMatch(utf8: $0) }) else { return nil }
        let utf8 = text.utf8
        guard let lower = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound, limitedBy: utf8.endIndex),
              let upper = utf8.index(lower, offsetBy: bytes.count, limitedBy: utf8.endIndex)
        else { return nil }
        return lower..<upper
    }

    /// The leftmost-first match as byte offsets into `bytes`.
    func firstMatch(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        if let prefilter {
            guard let start = prefilter.firstOccurrence(in: bytes) else { return nil }
            if prefilter.isWholePattern { return start..<(start + prefilter.needle.count) }
        }
        return scratchPool.withScratch { scratch in
            if scratch.dfa.matches(bytes) == false { return nil }
            return scratch.pike.search(bytes, earliest: false)
        }
    }

    // MARK: - Single engines (for tests and diagnostics)

    /// Whether the Pike VM alone finds a match (no prefilter, no DFA).
    func matchesUsingPikeVM(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        scratchPool.withScratch { $0.pike.search(bytes, earliest: true) != nil }
    }

    /// The lazy DFA's answer alone (nil if it gave up).
    func matchesUsingDFA(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        scratchPool.withScratch { $0.dfa.matches(bytes) }
    }
}
