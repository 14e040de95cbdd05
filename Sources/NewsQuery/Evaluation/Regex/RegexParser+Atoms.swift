/// Atoms: literals, `.`, anchors and escapes outside classes.
extension RegexParser {
    /// What an escape stands for.
    enum Escape {
        case scalar(Unicode.Scalar)
        case set(ScalarSet)
        case assertion(RegexAssertion)
    }

    // MARK: - Atoms

    /// Parses one atom; `isAssertion` tells whether it is zero-width.
    mutating func parseAtom() throws(RegexSyntaxError) -> (node: RegexNode, isAssertion: Bool) {
        let scalar = scalars[position]
        switch scalar {
        case "^":
            position += 1
            return (.assertion(flags.multiline ? .lineStart : .textStart), true)
        case "$":
            position += 1
            return (.assertion(flags.multiline ? .lineEnd : .textEnd), true)
        case ".":
            position += 1
            let all = ScalarSet([0...ScalarSet.maxScalar])
            return (.class(flags.dotMatchesNewline ? all : ScalarSet([0...0x09, 0x0B...ScalarSet.maxScalar])), false)
        case "[":
            return (try parseClass(), false)
        case "\\":
            switch try parseEscape(inClass: false) {
            case .scalar(let value): return (literalNode(value), false)
            case .set(let set): return (.class(set), false)
            case .assertion(let kind): return (.assertion(kind), true)
            }
        default:
            position += 1
            return (literalNode(scalar), false)
        }
    }

    /// A literal scalar, or the class of its case forms under the `i` flag.
    func literalNode(_ scalar: Unicode.Scalar) -> RegexNode {
        guard flags.caseInsensitive else { return .literal(scalar) }
        let others = CaseFolding.otherForms(of: scalar.value)
        guard !others.isEmpty else { return .literal(scalar) }
        return .class(ScalarSet(([scalar.value] + others).map { $0...$0 }))
    }

    // MARK: - Escapes

    /// Parses `\…` at the current position (shared by atoms and classes).
    mutating func parseEscape(inClass: Bool) throws(RegexSyntaxError) -> Escape {
        let start = position
        position += 1
        guard let letter = peek() else {
            throw error("incomplete escape: the pattern ends with '\\'", from: start, to: position)
        }
        position += 1
        switch letter {
        case "d": return .set(UnicodeClasses.digit)
        case "D": return .set(UnicodeClasses.digit.inverted())
        case "w": return .set(UnicodeClasses.word)
        case "W": return .set(UnicodeClasses.word.inverted())
        case "s": return .set(UnicodeClasses.whitespace)
        case "S": return .set(UnicodeClasses.whitespace.inverted())
        case "b", "B", "A", "z":
            guard !inClass else {
                throw error("'\\\(letter)' is not allowed inside a character class", from: start, to: position)
            }
            switch letter {
            case "b": return .assertion(.wordBoundary)
            case "B": return .assertion(.notWordBoundary)
            case "A": return .assertion(.textStart)
            default: return .assertion(.textEnd)
            }
        case "n": return .scalar("\n")
        case "t": return .scalar("\t")
        case "r": return .scalar("\r")
        case "f": return .scalar("\u{0C}")
        case "v": return .scalar("\u{0B}")
        case "0": return .scalar("\u{00}")
        case "1"..."9", "k", "g":
            while let c = peek(), (0x30...0x39).contains(c.value) { position += 1 }
            throw error("backreferences are not supported", from: start, to: position)
        case "x", "u":
            return .scalar(try parseHexEscape(start: start))
        case "p", "P":
            throw error("Unicode property escapes such as \\p{L} are not supported; use \\w or a range",
                        from: start, to: position)
        case let c where c.isASCII && c.value >= 0x20 && c.value < 0x7F
            && !c.properties.isAlphabetic && !(0x30...0x39).contains(c.value):
            return .scalar(c)
        default:
            throw error("unknown escape '\\\(letter)'", from: start, to: position)
        }
    }

    /// `\xHH`, `\x{H…}`, `\uHHHH` or `\u{H…}`, after the letter.
    private mutating func parseHexEscape(start: Int) throws(RegexSyntaxError) -> Unicode.Scalar {
        let braced = peek() == "{"
        let fixedWidth = scalars[position - 1] == "x" ? 2 : 4
        if braced { position += 1 }
        var value: UInt32 = 0
        var digits = 0
        while let c = peek(), let digit = c.properties.isASCIIHexDigit ? UInt32(String(c), radix: 16) : nil {
            if !braced && digits == fixedWidth { break }
            value = min(value &* 16 &+ digit, 0x7FFF_FFFF)
            digits += 1
            position += 1
        }
        let complete = braced ? (peek() == "}" && digits > 0 && digits <= 8) : digits == fixedWidth
        guard complete else {
            throw error("invalid hexadecimal escape: expected \\xHH, \\uHHHH or \\x{H…}", from: start, to: position)
        }
        if braced { position += 1 }
        guard let scalar = Unicode.Scalar(value) else {
            throw error("\\x{…} is not a Unicode scalar value", from: start, to: position)
        }
        return scalar
    }
}
