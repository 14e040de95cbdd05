/// Repetition operators: `*`, `+`, `?`, `{m}`, `{m,}`, `{m,n}`, and their lazy forms.
extension RegexParser {
    // MARK: - Applying a repetition

    /// Parses the operator at the current position and wraps the frame's last item in it.
    mutating func applyRepetition(to frame: inout Frame) throws(RegexSyntaxError) {
        let start = position
        let symbol = scalars[position]
        let bounds = try parseRepetitionBounds()
        let operatorText = symbol == "{" ? "{…}" : "'\(symbol)'"
        switch frame.last {
        case .none:
            throw error("\(operatorText) has nothing to repeat", from: start, to: position)
        case .assertion:
            throw error("an anchor or boundary cannot be repeated", from: start, to: position)
        case .repeated:
            throw error("\(operatorText) cannot follow another repetition; use a group, as in (a*)*",
                        from: start, to: position)
        case .atom:
            break
        }
        var greedy = true
        if peek() == "?" {
            greedy = false
            position += 1
        } else if peek() == "+" {
            throw error("possessive repetition is not supported", from: start, to: position + 1)
        }
        guard let item = frame.sequence.popLast() else {
            throw error("\(operatorText) has nothing to repeat", from: start, to: position)
        }
        frame.sequence.append(.repetition(item, min: bounds.min, max: bounds.max, greedy: greedy))
        frame.last = .repeated
    }

    // MARK: - Bounds

    /// Consumes one operator and returns its bounds.
    private mutating func parseRepetitionBounds() throws(RegexSyntaxError) -> (min: Int, max: Int?) {
        let symbol = scalars[position]
        position += 1
        switch symbol {
        case "*": return (0, nil)
        case "+": return (1, nil)
        case "?": return (0, 1)
        default: return try parseCountedBounds(openIndex: position - 1)
        }
    }

    /// Parses the rest of `{m}`, `{m,}` or `{m,n}` after the `{`.
    private mutating func parseCountedBounds(openIndex: Int) throws(RegexSyntaxError) -> (min: Int, max: Int?) {
        let malformed = "'{' must start a repetition count such as {3}, {2,} or {2,5}; write \\{ for a literal brace"
        guard let minimum = parseCount() else { throw error(malformed, from: openIndex, to: openIndex + 1) }
        var maximum: Int? = minimum
        if peek() == "," {
            position += 1
            maximum = parseCount()
        }
        guard peek() == "}" else { throw error(malformed, from: openIndex, to: openIndex + 1) }
        position += 1
        let limit = RegexLimits.maxRepetitionCount
        if minimum > limit || (maximum ?? 0) > limit {
            throw error("repetition count too large (limit \(limit))", from: openIndex, to: position)
        }
        if let maximum, maximum < minimum {
            throw error("repetition {\(minimum),\(maximum)} has a minimum greater than its maximum",
                        from: openIndex, to: position)
        }
        return (minimum, maximum)
    }

    /// A run of ASCII digits as a number (saturating far above any limit), or nil if none.
    private mutating func parseCount() -> Int? {
        var value: Int?
        while let c = peek(), (0x30...0x39).contains(c.value) {
            value = min((value ?? 0) * 10 + Int(c.value - 0x30), 1_000_000_000)
            position += 1
        }
        return value
    }
}
