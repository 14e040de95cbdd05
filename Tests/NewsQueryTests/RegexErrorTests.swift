import Testing
@testable import NewsQuery

/// One invalid pattern and the exact error it must produce.
struct RegexErrorCase: CustomTestStringConvertible, Sendable {
    let pattern: String
    let flags: String
    let message: String
    let offset: Int
    let length: Int

    init(_ pattern: String, flags: String = "", _ message: String, at offset: Int, length: Int) {
        self.pattern = pattern
        self.flags = flags
        self.message = message
        self.offset = offset
        self.length = length
    }

    var testDescription: String { "/\(pattern)/\(flags) → \(message) @\(offset)+\(length)" }
}

let braceMessage = "'{' must start a repetition count such as {3}, {2,} or {2,5}; write \\{ for a literal brace"
let hexMessage = "invalid hexadecimal escape: expected \\xHH, \\uHHHH or \\x{H…}"

let regexErrorCases: [RegexErrorCase] = [
    // MARK: Groups
    RegexErrorCase("a)b", "unmatched ')'", at: 1, length: 1),
    RegexErrorCase("王毅)", "unmatched ')'", at: 6, length: 1),
    RegexErrorCase("a(b", "unmatched '('", at: 1, length: 1),
    RegexErrorCase("((a)", "unmatched '('", at: 0, length: 1),
    RegexErrorCase("a(?=b)", "lookaround is not supported", at: 1, length: 3),
    RegexErrorCase("(?!b)", "lookaround is not supported", at: 0, length: 3),
    RegexErrorCase("(?<=a)b", "lookaround is not supported", at: 0, length: 4),
    RegexErrorCase("(?<!a)b", "lookaround is not supported", at: 0, length: 4),
    RegexErrorCase("(?i)abc", "inline flags are not supported; put flags after the closing slash, as in /…/i",
                   at: 0, length: 3),
    RegexErrorCase("(?#note)", "unknown group syntax '(?'", at: 0, length: 2),
    RegexErrorCase("(?<name", "invalid group name: expected (?<name>…)", at: 0, length: 7),
    // MARK: Escapes
    RegexErrorCase("a\\qb", "unknown escape '\\q'", at: 1, length: 2),
    RegexErrorCase("王\\q", "unknown escape '\\q'", at: 3, length: 2),
    RegexErrorCase("ab\\", "incomplete escape: the pattern ends with '\\'", at: 2, length: 1),
    RegexErrorCase("(a)\\1", "backreferences are not supported", at: 3, length: 2),
    RegexErrorCase("(a)\\12x", "backreferences are not supported", at: 3, length: 3),
    RegexErrorCase("\\k<x>", "backreferences are not supported", at: 0, length: 2),
    RegexErrorCase("\\p{L}", "Unicode property escapes such as \\p{L} are not supported; use \\w or a range",
                   at: 0, length: 2),
    RegexErrorCase("\\xZ", hexMessage, at: 0, length: 2),
    RegexErrorCase("\\x{}", hexMessage, at: 0, length: 3),
    RegexErrorCase("\\u12", hexMessage, at: 0, length: 4),
    RegexErrorCase("\\x{D800}", "\\x{…} is not a Unicode scalar value", at: 0, length: 8),
    RegexErrorCase("\\x{110000}", "\\x{…} is not a Unicode scalar value", at: 0, length: 10),
    // MARK: Repetition
    RegexErrorCase("*a", "'*' has nothing to repeat", at: 0, length: 1),
    RegexErrorCase("a|*", "'*' has nothing to repeat", at: 2, length: 1),
    RegexErrorCase("(+)", "'+' has nothing to repeat", at: 1, length: 1),
    RegexErrorCase("{2}", "{…} has nothing to repeat", at: 0, length: 3),
    RegexErrorCase("^*", "an anchor or boundary cannot be repeated", at: 1, length: 1),
    RegexErrorCase("\\b+", "an anchor or boundary cannot be repeated", at: 2, length: 1),
    RegexErrorCase("a**", "'*' cannot follow another repetition; use a group, as in (a*)*", at: 2, length: 1),
    RegexErrorCase("a{2}{3}", "{…} cannot follow another repetition; use a group, as in (a*)*", at: 4, length: 3),
    RegexErrorCase("a*+", "possessive repetition is not supported", at: 1, length: 2),
    RegexErrorCase("a{1001}", "repetition count too large (limit 1000)", at: 1, length: 6),
    RegexErrorCase("a{1,5000}", "repetition count too large (limit 1000)", at: 1, length: 8),
    RegexErrorCase("a{99999999999999999999}", "repetition count too large (limit 1000)", at: 1, length: 22),
    RegexErrorCase("a{5,2}", "repetition {5,2} has a minimum greater than its maximum", at: 1, length: 5),
    RegexErrorCase("a{x}", braceMessage, at: 1, length: 1),
    RegexErrorCase("a{,3}", braceMessage, at: 1, length: 1),
    RegexErrorCase("a{2", braceMessage, at: 1, length: 1),
    // MARK: Classes
    RegexErrorCase("ab[cd", "unterminated character class: missing ']'", at: 2, length: 1),
    RegexErrorCase("[]", "unterminated character class: missing ']'", at: 0, length: 1),
    RegexErrorCase("[z-a]", "invalid class range 'z-a': start is greater than end", at: 1, length: 3),
    RegexErrorCase("[a-\\d]", "invalid class range: a range must end in a single character", at: 1, length: 4),
    RegexErrorCase("[\\b]", "'\\b' is not allowed inside a character class", at: 1, length: 2),
    RegexErrorCase("[[:alpha:]]",
                   "POSIX classes such as [:alpha:] are not supported; use \\w, \\d, \\s or a range",
                   at: 1, length: 2),
    // MARK: Limits
    RegexErrorCase("(a{1000}){1000}", "pattern too large: the compiled program exceeds 100000 instructions",
                   at: 0, length: 15),
    // MARK: Flags (offsets continue past the pattern and the closing slash)
    RegexErrorCase("abc", flags: "ix", "unknown flag 'x' (flags are i, s, m)", at: 5, length: 1),
    RegexErrorCase("王", flags: "g", "unknown flag 'g' (flags are i, s, m)", at: 4, length: 1),
    RegexErrorCase("abc", flags: "ii", "duplicate flag 'i'", at: 5, length: 1),
]

@Suite("SafeRegex syntax errors")
struct RegexErrorTests {
    @Test("Error table: exact message, offset and length", arguments: regexErrorCases)
    func errorTable(_ testCase: RegexErrorCase) {
        let expected = RegexSyntaxError(testCase.message, offset: testCase.offset, length: testCase.length)
        #expect(throws: expected) { try SafeRegex(pattern: testCase.pattern, flags: testCase.flags) }
    }

    @Test("Nesting up to the limit is fine; one more group is an error at that group")
    func nestingLimit() throws {
        let depth = RegexLimits.maxNestingDepth
        let deepest = String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)
        #expect(try SafeRegex(pattern: deepest, flags: "").matches("a"))
        let tooDeep = "(" + deepest + ")"
        #expect(throws: RegexSyntaxError("groups nested too deeply (limit 100)", offset: depth, length: 1)) {
            try SafeRegex(pattern: tooDeep, flags: "")
        }
    }

    @Test("Ten thousand open parentheses are an error, not a stack overflow")
    func deepNestingDoesNotOverflow() {
        let pattern = String(repeating: "(", count: 10_000) + String(repeating: ")", count: 10_000)
        #expect(throws: RegexSyntaxError.self) { try SafeRegex(pattern: pattern, flags: "") }
        let unbalanced = String(repeating: "((?:", count: 5_000)
        #expect(throws: RegexSyntaxError.self) { try SafeRegex(pattern: unbalanced, flags: "") }
    }

    @Test("Literal braces and brackets that need no escape")
    func lenientLiterals() throws {
        #expect(try SafeRegex(pattern: "a]b}", flags: "").matches("xa]b}x"))
        #expect(try SafeRegex(pattern: "\\{x\\}", flags: "").matches("{x}"))
    }
}
