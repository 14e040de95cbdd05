/// The parser for `matches /pattern/flags`: pattern text to a ``RegexNode`` tree.
///
/// # Regular-expression syntax
///
/// Patterns work on Unicode scalars encoded as UTF-8; a multibyte character such as `王`
/// or `é` is one character everywhere (literal, `.`, classes, repetition).
///
/// | Syntax | Meaning |
/// |---|---|
/// | `abc`, `王毅` | literal characters |
/// | `.` | any character except `\n` (any character at all with flag `s`) |
/// | `[abc]` `[a-z]` `[à-ÿ]` `[^…]` | character class, range (any scalars, in order), negated class; `]` first in the class and `-` first or last are literal |
/// | `\d` `\D` | ASCII digit `[0-9]` and its complement |
/// | `\w` `\W` | word character — Unicode letter, mark, decimal digit or connector punctuation such as `_` — and its complement |
/// | `\s` `\S` | Unicode whitespace (includes no-break space U+00A0) and its complement |
/// | `\b` `\B` | word boundary / not a word boundary (Unicode word characters as for `\w`) |
/// | `^` `$` | start / end of the whole text; with flag `m`, also just after / just before each `\n` |
/// | `\A` `\z` | start / end of the whole text, whatever the flags |
/// | `\n` `\t` `\r` `\f` `\v` `\0` | newline, tab, carriage return, form feed, vertical tab, NUL |
/// | `\xHH` `\x{H…}` `\u{H…}` `\uHHHH` | the scalar with that hexadecimal value |
/// | `\.` `\\` `\/` `\[` `\(` `\*` … | any ASCII punctuation or space, escaped, is itself |
/// | `(…)` `(?:…)` `(?<name>…)` | group (nothing is captured; names are accepted and ignored) |
/// | `a\|b` | alternation, leftmost alternative preferred |
/// | `*` `+` `?` `{m}` `{m,}` `{m,n}` | repetition; `m`, `n` at most 1000 |
/// | `*?` `+?` `??` `{…}?` | lazy repetition (changes only which match ``SafeRegex/firstMatch(in:)`` reports) |
///
/// Flags: `i` case-insensitive (ASCII plus Latin, Greek, Cyrillic and Armenian letters,
/// see ``CaseFolding``), `s` dot matches newline, `m` multiline `^`/`$`. Each at most once.
///
/// Not supported, each reported as an error at its position: backreferences (`\1`,
/// `\k<name>`), lookaround (`(?=`, `(?!`, `(?<=`, `(?<!`), inline flags (`(?i)`), possessive
/// repetition (`a*+`), Unicode property escapes (`\p{L}`), POSIX classes (`[[:alpha:]]`), a
/// repetition of a repetition (`a**`) or of an anchor (`^*`), and a `{` that does not start a
/// repetition count (write `\{` for a literal brace).
///
/// Limits: repetition counts ≤ ``RegexLimits/maxRepetitionCount``; group nesting ≤
/// ``RegexLimits/maxNestingDepth`` (the parser keeps its own stack, so deep nesting is an
/// error, never a stack overflow); compiled program ≤ ``RegexLimits/maxProgramSize``.
///
/// Error offsets are UTF-8 byte offsets into the pattern exactly as written between the
/// slashes; flag errors are at `pattern byte count + 1 + flag index`, i.e. offsets in the
/// `pattern/flags` text after the opening slash (see ``RegexSyntaxError``).
struct RegexParser {
    /// The pattern's scalars, and the byte offset of each (plus the end offset).
    let scalars: [Unicode.Scalar]
    let offsets: [Int]
    let flags: RegexFlags
    var position = 0

    /// Parses `pattern` under `flags`.
    static func parse(_ pattern: String, flags: RegexFlags) throws(RegexSyntaxError) -> RegexNode {
        var parser = RegexParser(pattern: pattern, flags: flags)
        return try parser.parseAll()
    }

    init(pattern: String, flags: RegexFlags) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for scalar in pattern.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8Sequences.encodedLength(scalar.value)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
        self.flags = flags
    }

    // MARK: - Groups and alternation

    /// What the last item of a sequence is, to decide whether a repetition may follow it.
    enum LastItem {
        case none
        case atom
        case assertion
        case repeated
    }

    /// An open group: the finished alternatives and the sequence being built.
    struct Frame {
        var alternatives: [RegexNode] = []
        var sequence: [RegexNode] = []
        var last: LastItem = .none
        /// Scalar index of the `(` (or 0 for the whole pattern).
        var openIndex: Int

        func finished() -> RegexNode {
            let all = alternatives + [RegexParser.sequenceNode(sequence)]
            return all.count == 1 ? all[0] : .alternation(all)
        }
    }

    /// The main loop: groups are handled with an explicit stack of frames.
    mutating func parseAll() throws(RegexSyntaxError) -> RegexNode {
        var stack: [Frame] = [Frame(openIndex: 0)]
        while position < scalars.count {
            let start = position
            let scalar = scalars[position]
            switch scalar {
            case "(":
                try parseGroupOpening()
                guard stack.count <= RegexLimits.maxNestingDepth else {
                    throw error("groups nested too deeply (limit \(RegexLimits.maxNestingDepth))", from: start, to: start + 1)
                }
                stack.append(Frame(openIndex: start))
            case ")":
                guard stack.count > 1, let group = stack.popLast() else {
                    throw error("unmatched ')'", from: start, to: start + 1)
                }
                position += 1
                stack[stack.count - 1].sequence.append(group.finished())
                stack[stack.count - 1].last = .atom
            case "|":
                position += 1
                stack[stack.count - 1].alternatives.append(RegexParser.sequenceNode(stack[stack.count - 1].sequence))
                stack[stack.count - 1].sequence = []
                stack[stack.count - 1].last = .none
            case "*", "+", "?", "{":
                try applyRepetition(to: &stack[stack.count - 1])
            default:
                let (node, isAssertion) = try parseAtom()
                stack[stack.count - 1].sequence.append(node)
                stack[stack.count - 1].last = isAssertion ? .assertion : .atom
            }
        }
        guard stack.count == 1, let root = stack.first else {
            let open = stack.last?.openIndex ?? 0
            throw error("unmatched '('", from: open, to: open + 1)
        }
        return root.finished()
    }

    /// Consumes `(`, `(?:`, `(?<name>` or `(?P<name>`; rejects lookaround and inline flags.
    private mutating func parseGroupOpening() throws(RegexSyntaxError) {
        let start = position
        position += 1
        guard peek() == "?" else { return }
        position += 1
        switch peek() {
        case ":":
            position += 1
        case "=", "!":
            throw error("lookaround is not supported", from: start, to: position + 1)
        case "<" where peek(1) == "=" || peek(1) == "!":
            throw error("lookaround is not supported", from: start, to: position + 2)
        case "<", "P":
            if peek() == "P" {
                guard peek(1) == "<" else { throw error("unknown group syntax '(?P'", from: start, to: position + 1) }
                position += 1
            }
            position += 1
            let nameStart = position
            while let c = peek(), c.properties.isAlphabetic || c.properties.numericType != nil || c == "_" {
                position += 1
            }
            guard peek() == ">", position > nameStart else {
                throw error("invalid group name: expected (?<name>…)", from: start, to: position)
            }
            position += 1
        case let c? where c.properties.isAlphabetic || c == "-":
            throw error("inline flags are not supported; put flags after the closing slash, as in /…/i",
                        from: start, to: position + 1)
        default:
            throw error("unknown group syntax '(?'", from: start, to: position)
        }
    }

    // MARK: - Helpers

    /// The scalar `ahead` positions after the current one, if any.
    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let index = position + ahead
        return index < scalars.count ? scalars[index] : nil
    }

    /// An error spanning scalar indices `from..<to` (clamped to the pattern).
    func error(_ message: String, from: Int, to: Int) -> RegexSyntaxError {
        let low = max(0, min(from, scalars.count))
        let high = max(low, min(to, scalars.count))
        return RegexSyntaxError(message, offset: offsets[low], length: offsets[high] - offsets[low])
    }

    /// A sequence's node: empty, a single item, or a concatenation.
    static func sequenceNode(_ items: [RegexNode]) -> RegexNode {
        switch items.count {
        case 0: .empty
        case 1: items[0]
        default: .concatenation(items)
        }
    }
}
