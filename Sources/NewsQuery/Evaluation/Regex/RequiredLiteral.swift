/// Finding a literal that every match of a pattern must contain, for ``LiteralPrefilter``.
///
/// Bytes are case-sensitive, except ASCII letters that the pattern accepts in both cases
/// (under the `i` flag, or a class such as `[Tt]`), which are stored lowercased and
/// flagged case-insensitive.
struct LiteralNeedle: Equatable, Sendable {
    var bytes: [UInt8] = []
    var caseInsensitive: [Bool] = []

    var count: Int { bytes.count }
    var isEmpty: Bool { bytes.isEmpty }

    /// Appends `other` in place.
    mutating func append(_ other: LiteralNeedle) {
        bytes.append(contentsOf: other.bytes)
        caseInsensitive.append(contentsOf: other.caseInsensitive)
    }

    /// The longer of two needles (the first on a tie).
    static func longer(_ left: LiteralNeedle, _ right: LiteralNeedle) -> LiteralNeedle {
        right.count > left.count ? right : left
    }

    /// The first `length` bytes.
    func prefix(_ length: Int) -> LiteralNeedle {
        LiteralNeedle(bytes: Array(bytes.prefix(length)), caseInsensitive: Array(caseInsensitive.prefix(length)))
    }

    /// The last `length` bytes.
    func suffix(_ length: Int) -> LiteralNeedle {
        LiteralNeedle(bytes: Array(bytes.suffix(length)), caseInsensitive: Array(caseInsensitive.suffix(length)))
    }
}

/// What the literal analysis knows about a node.
struct LiteralFacts {
    /// The node matches exactly this string and contains no assertion (nil otherwise).
    var exact: LiteralNeedle?
    /// Every match starts with / ends with / contains this.
    var prefix = LiteralNeedle()
    var suffix = LiteralNeedle()
    var required = LiteralNeedle()

    /// Longest needle kept; longer literals are cut (still a valid requirement).
    static let maxLength = 256

    static func exactly(_ needle: LiteralNeedle) -> LiteralFacts {
        LiteralFacts(exact: needle, prefix: needle, suffix: needle, required: needle)
    }

    /// Facts about `node` (recursion is bounded by the parser's nesting limit).
    static func of(_ node: RegexNode) -> LiteralFacts {
        switch node {
        case .empty:
            return .exactly(LiteralNeedle())
        case .literal(let scalar):
            let bytes = UTF8Sequences.encode(scalar.value)
            return .exactly(LiteralNeedle(bytes: bytes, caseInsensitive: bytes.map { _ in false }))
        case .class(let set):
            if let scalar = set.singleScalar { return of(.literal(scalar)) }
            if let letter = asciiLetterPair(set) {
                return .exactly(LiteralNeedle(bytes: [letter], caseInsensitive: [true]))
            }
            return LiteralFacts()
        case .assertion:
            // Zero-width: transparent for contiguity, but the node is no longer a plain string.
            return LiteralFacts(exact: nil)
        case .concatenation(let items):
            return ofConcatenation(items)
        case .alternation(let branches):
            return ofAlternation(branches)
        case .repetition(let child, let min, let max, _):
            return ofRepetition(child, min: min, max: max)
        }
    }

    // MARK: - Combining

    private static func ofConcatenation(_ items: [RegexNode]) -> LiteralFacts {
        var run = LiteralNeedle()
        var prefix: LiteralNeedle?
        var required = LiteralNeedle()
        var allExact = true
        for item in items {
            let facts = of(item)
            if let exact = facts.exact {
                run.append(exact)
                continue
            }
            allExact = false
            if case .assertion = item { continue }  // zero-width: the run stays contiguous
            run.append(facts.prefix)
            let piece = run.prefix(maxLength)
            if prefix == nil { prefix = piece }
            required = .longer(.longer(required, piece), facts.required)
            run = facts.suffix
        }
        required = .longer(required, run.prefix(maxLength))
        return LiteralFacts(exact: allExact ? run : nil, prefix: prefix ?? run.prefix(maxLength),
                            suffix: run.suffix(maxLength), required: required)
    }

    private static func ofAlternation(_ branches: [RegexNode]) -> LiteralFacts {
        let all = branches.map(of)
        guard var prefix = all.first?.prefix, var suffix = all.first?.suffix else { return LiteralFacts() }
        if let exact = all.first?.exact, all.allSatisfy({ $0.exact == exact }) { return .exactly(exact) }
        for facts in all.dropFirst() {
            prefix = prefix.prefix(commonLength(prefix, facts.prefix, fromEnd: false))
            suffix = suffix.suffix(commonLength(suffix, facts.suffix, fromEnd: true))
        }
        return LiteralFacts(exact: nil, prefix: prefix, suffix: suffix, required: .longer(prefix, suffix))
    }

    private static func ofRepetition(_ child: RegexNode, min: Int, max: Int?) -> LiteralFacts {
        if max == 0 { return .exactly(LiteralNeedle()) }
        guard min > 0 else { return LiteralFacts() }
        let facts = of(child)
        guard let exact = facts.exact, !exact.isEmpty else {
            return LiteralFacts(exact: nil, prefix: facts.prefix, suffix: facts.suffix, required: facts.required)
        }
        let copies = Swift.min(min, maxLength / exact.count + 1)
        var repeated = LiteralNeedle()
        for _ in 0..<copies { repeated.append(exact) }
        if max == min && copies == min { return .exactly(repeated) }
        return LiteralFacts(exact: nil, prefix: repeated.prefix(maxLength), suffix: repeated.suffix(maxLength),
                            required: repeated.prefix(maxLength))
    }

    // MARK: - Helpers

    /// The lowercase letter when `set` is exactly an ASCII letter in both cases.
    private static func asciiLetterPair(_ set: ScalarSet) -> UInt8? {
        guard set.ranges.count == 2, let upper = set.ranges.first, let lower = set.ranges.last,
              upper.lowerBound == upper.upperBound, lower.lowerBound == lower.upperBound,
              (0x41...0x5A).contains(upper.lowerBound), lower.lowerBound == upper.lowerBound + 0x20
        else { return nil }
        return UInt8(lower.lowerBound)
    }

    private static func commonLength(_ left: LiteralNeedle, _ right: LiteralNeedle, fromEnd: Bool) -> Int {
        let length = Swift.min(left.count, right.count)
        var common = 0
        while common < length {
            let i = fromEnd ? left.count - 1 - common : common
            let j = fromEnd ? right.count - 1 - common : common
            guard left.bytes[i] == right.bytes[j], left.caseInsensitive[i] == right.caseInsensitive[j] else { break }
            common += 1
        }
        return common
    }
}
