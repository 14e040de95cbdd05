// The parser's and lexer's messages that are more than "expected X, found Y", in one place
// so that grammar.md's catalogue and the tests can be checked against them.

enum SyntaxError {
    /// `==`, `<>`, `&&`, `||`, `!`: another language's spelling, read as `use`.
    static func misspeltOperator(_ written: String, use: String, at range: SourceRange) -> Diagnostic {
        .error("'\(written)' is not an operator here; use '\(use)'", at: range, suggestion: use)
    }

    static func nestedTooDeeply(at range: SourceRange) -> Diagnostic {
        .error("expression nested too deeply (limit \(Parser.maxDepth))", at: range,
               notes: ["split the condition into simpler parts, or bind a part with 'let'"])
    }

    static func statementTooLong(_ length: Int, at range: SourceRange) -> Diagnostic {
        .error("statement too long: \(length) bytes (limit \(Parser.maxStatementLength))", at: range)
    }

    static func tooManyErrors(at range: SourceRange) -> Diagnostic {
        Diagnostic(.note, "too many errors (\(Parser.maxErrors)); stopped here", at: range)
    }

    static func multilineStringHint(at position: SourcePosition) -> String {
        "the string at \(position) runs across a line break; is its closing '\"' missing?"
    }

    // MARK: - Clauses

    static func clauseOutOfOrder(_ clause: Keyword, after later: Keyword, at range: SourceRange) -> Diagnostic {
        .error("'\(clause.rawValue)' must come before '\(later.rawValue)'", at: range,
               notes: ["clauses come in the order: where, count, sort by, limit, select"])
    }

    static func duplicateClause(_ clause: Keyword, at range: SourceRange) -> Diagnostic {
        let hint: [String] = switch clause {
        case .where: ["join the conditions with 'and' or 'or' in one 'where'"]
        case .sort: ["list several keys in one clause: sort by date desc, title"]
        case .select: ["list several fields in one clause: select text, outlet"]
        default: []
        }
        return .error("a query has only one '\(clause.rawValue)' clause", at: range, notes: hint)
    }

    static func unmatchedParenthesis(at range: SourceRange) -> Diagnostic {
        .error("unmatched ')'", at: range)
    }

    static func unclosed(_ opening: String, at position: SourcePosition) -> String {
        "the '\(opening)' at \(position) is not closed"
    }

    static func readAsSource(_ word: String, meant keyword: String) -> String {
        "'\(word)' is read as a collection name; did you mean '\(keyword)'?"
    }

    // MARK: - Values

    static func nestedList(at range: SourceRange) -> Diagnostic {
        .error("lists cannot be nested", at: range)
    }

    static func listNeedsIn(after op: String, at range: SourceRange) -> Diagnostic {
        .error("a list of values needs 'in', not '\(op)'", at: range, suggestion: "in")
    }

    static func regexNeedsMatches(after op: String, at range: SourceRange) -> Diagnostic {
        .error("a regular expression needs 'matches', not '\(op)'", at: range, suggestion: "matches")
    }

    /// A hint for a keyword found where a value or name belongs, unless it is one that
    /// more likely marks a missing value (`and`, `or`, a clause keyword).
    static func quoteKeywordHint(_ token: Token) -> [String] {
        guard let keyword = token.keyword, !Keyword.continuationKeywords.contains(keyword) else { return [] }
        return ["'\(keyword.rawValue)' is a keyword; to use it as a value, write it as a string: \"\(keyword.rawValue)\""]
    }

    static let conditionHint = "a condition compares a field with a value: speaker = \"Wang Yi\""

    static let notOperatorHint = "to negate a comparison, put 'not' before it: not speaker = \"Wang Yi\""

    // MARK: - Numbers

    static func notWholeNumber(_ what: String, minimum: Int, at range: SourceRange) -> Diagnostic {
        .error("\(what) must be a whole number of at least \(minimum)", at: range)
    }

    static func numberTooLarge(_ written: String, at range: SourceRange) -> Diagnostic {
        .error("number too large: \(written) (at most \(Int.max))", at: range)
    }
}
