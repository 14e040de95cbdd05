/// Character classes: `[abc]`, `[a-z]`, `[^…]`, with escapes inside.
extension RegexParser {
    // MARK: - Classes

    /// Parses `[…]` at the current position into a class node (case-closed under `i`,
    /// then negated for `[^…]`).
    mutating func parseClass() throws(RegexSyntaxError) -> RegexNode {
        let open = position
        position += 1
        var negated = false
        if peek() == "^" {
            negated = true
            position += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var first = true
        while true {
            guard let scalar = peek() else {
                throw error("unterminated character class: missing ']'", from: open, to: open + 1)
            }
            if scalar == "]" && !first {
                position += 1
                break
            }
            first = false
            let itemStart = position
            switch try parseClassItem() {
            case .set(let set):
                ranges.append(contentsOf: set.ranges)
            case .assertion:
                throw error("an anchor is not allowed inside a character class", from: itemStart, to: position)
            case .scalar(let low):
                guard peek() == "-", let after = peek(1), after != "]" else {
                    ranges.append(low.value...low.value)
                    continue
                }
                position += 1
                let highStart = position
                guard case .scalar(let high) = try parseClassItem() else {
                    throw error("invalid class range: a range must end in a single character",
                                from: itemStart, to: position)
                }
                guard low.value <= high.value else {
                    throw error("invalid class range '\(low)-\(high)': start is greater than end",
                                from: itemStart, to: max(position, highStart))
                }
                ranges.append(low.value...high.value)
            }
        }
        var set = ScalarSet(ranges)
        if flags.caseInsensitive { set = CaseFolding.closed(set) }
        return .class(negated ? set.inverted() : set)
    }

    /// One class member: an escape, or a single character (`[:` is rejected as POSIX syntax).
    private mutating func parseClassItem() throws(RegexSyntaxError) -> Escape {
        guard let scalar = peek() else {
            throw error("unterminated character class: missing ']'", from: position, to: position)
        }
        if scalar == "\\" { return try parseEscape(inClass: true) }
        if scalar == "[" && peek(1) == ":" {
            throw error("POSIX classes such as [:alpha:] are not supported; use \\w, \\d, \\s or a range",
                        from: position, to: position + 2)
        }
        position += 1
        return .scalar(scalar)
    }
}
