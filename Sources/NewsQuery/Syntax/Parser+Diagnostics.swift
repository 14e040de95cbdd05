// How the parser records errors: at most one per token position, at most `maxErrors`,
// lexical errors when their token is reached, and "expected X, found Y" with a
// "did you mean" from the words that would have been accepted.

extension Parser {
    // MARK: - Recording

    /// Records `diagnostic`, unless an error was already reported at the same position or
    /// parsing has stopped. `atEnd` marks an error caused by the input ending too soon.
    @inline(never)
    mutating func report(_ diagnostic: Diagnostic, atEnd: Bool = false) {
        guard !stopped else { return }
        guard diagnostic.severity == .error else {
            diagnostics.append(diagnostic)
            return
        }
        guard errorOffsets.insert(diagnostic.range.lowerBound).inserted else { return }
        if errorCount == Parser.maxErrors {
            stopped = true
            diagnostics.append(SyntaxError.tooManyErrors(at: diagnostic.range))
            return
        }
        var diagnostic = diagnostic
        if !atEnd, recordsDiagnostics, let start = multilineStringStart {
            diagnostic.notes.append(SyntaxError.multilineStringHint(at: source.position(of: start)))
            multilineStringStart = nil
        }
        diagnostics.append(diagnostic)
        errorCount += 1
        if atEnd { endOfInputErrors += 1 }
    }

    /// Reports the lexical error `token` carries (unless tokens are being skipped after an error).
    mutating func reportLexicalError(_ token: Token) {
        guard !skipping, let diagnostic = token.diagnostic else { return }
        report(diagnostic, atEnd: token.isUnterminated)
    }

    /// Reports "expected WHAT, found ..." at the current token and returns the failure to throw.
    /// When the current token is a word close to one of `candidates`, the error suggests it.
    @inline(never)
    mutating func fail(expected what: String, suggesting candidates: [String] = [],
                       notes: [String] = []) -> ParseFailure {
        report(expectedError(what, suggesting: candidates, notes: notes), atEnd: current.kind == .endOfInput)
        return stopped ? .fatal : .recoverable
    }

    /// Reports `diagnostic` and returns the failure to throw.
    @inline(never)
    mutating func fail(_ diagnostic: Diagnostic) -> ParseFailure {
        report(diagnostic, atEnd: current.kind == .endOfInput && diagnostic.range.lowerBound == previousEnd)
        return stopped ? .fatal : .recoverable
    }

    /// "expected WHAT, found ..." at the current token, without recording it. Without
    /// ``recordsDiagnostics`` only its range matters, and no message is composed.
    func expectedError(_ what: String, suggesting candidates: [String] = [], notes: [String] = []) -> Diagnostic {
        guard recordsDiagnostics else { return .error("", at: foundRange) }
        return .error("expected \(what), found \(describe(current))", at: foundRange,
                      suggestion: suggestion(for: current, from: candidates), notes: notes)
    }

    // MARK: - Describing tokens

    /// Where a "found ..." error points: the current token, or just after the last token at the end of input.
    var foundRange: SourceRange {
        current.kind == .endOfInput ? SourceRange(at: previousEnd) : current.range
    }

    /// How a token is named in "found ...": `'wher'`, `string "x"`, `number 5`, `end of input`.
    func describe(_ token: Token) -> String {
        let text = excerpt(token.range)
        switch token.kind {
        case .endOfInput: return "end of input"
        case .string: return token.isUnterminated ? "unterminated string \(text)" : "string \(text)"
        case .number: return "number \(text)"
        case .date: return "date \(text)"
        case .regex: return "regular expression \(text)"
        default: return "'\(text)'"
        }
    }

    /// The first line of the source text in `range`, shortened to 30 characters.
    func excerpt(_ range: SourceRange) -> String {
        let limit = min(range.upperBound, range.lowerBound + 200)
        let text = source.text(in: SourceRange(range.lowerBound, max(range.lowerBound, limit)))
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }
        return firstLine.count > 30 ? firstLine.prefix(29) + "…" : String(firstLine)
    }

    /// The candidate closest to the token's word, if the token is a word or keyword and one is close.
    func suggestion(for token: Token, from candidates: [String]) -> String? {
        guard token.kind == .word || token.kind.isKeyword, !candidates.isEmpty else { return nil }
        guard let closest = Suggestions.closest(to: token.text, in: candidates),
              closest.lowercased() != token.text.lowercased() else { return nil }
        return closest
    }

    /// `'a', 'b' or 'c'`.
    static func alternatives(_ words: [String]) -> String {
        let quoted = words.map { "'\($0)'" }
        guard quoted.count > 1, let last = quoted.last else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + last
    }
}
