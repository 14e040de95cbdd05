/// Compiling a character class into a byte trie over its UTF-8 encodings.
extension RegexCompiler {
    // MARK: - Classes

    /// The entry of a trie that consumes exactly one encoded member of `set`, then goes to `next`.
    /// An empty set compiles to a state with no transitions, which never matches.
    mutating func compileClass(_ set: ScalarSet, next: Int32) throws(RegexSyntaxError) -> Int32 {
        let sequences: [UTF8Sequences.Sequence]
        if let cached = sequenceCache[set] {
            sequences = cached
        } else {
            sequences = UTF8Sequences.sequences(for: set)
            sequenceCache[set] = sequences
        }
        return try buildTrie(sequences, depth: 0, next: next)
    }

    /// One trie state for the byte at `depth` of `sequences` (all the same length, ≥ depth).
    ///
    /// The byte ranges at `depth` are split into elementary intervals so that the state's
    /// transitions are disjoint; each interval leads to the trie of the sequences covering it.
    /// Recursion depth is at most 4 (the longest UTF-8 encoding).
    private mutating func buildTrie(_ sequences: [UTF8Sequences.Sequence], depth: Int,
                                    next: Int32) throws(RegexSyntaxError) -> Int32 {
        guard let first = sequences.first, depth < first.count else {
            return sequences.isEmpty ? try emitState([]) : next
        }
        var points: [Int] = []
        points.reserveCapacity(sequences.count * 2)
        for sequence in sequences where depth < sequence.count {
            points.append(Int(sequence[depth].lowerBound))
            points.append(Int(sequence[depth].upperBound) + 1)
        }
        points = Array(Set(points)).sorted()
        var arms: [ByteTransition] = []
        for (low, end) in zip(points, points.dropFirst()) {
            let high = end - 1
            let covering = sequences.filter {
                depth < $0.count && Int($0[depth].lowerBound) <= low && high <= Int($0[depth].upperBound)
            }
            guard !covering.isEmpty else { continue }
            let child = try buildTrie(covering, depth: depth + 1, next: next)
            if let last = arms.last, last.next == child, Int(last.high) + 1 == low {
                arms[arms.count - 1].high = UInt8(high)
            } else {
                arms.append(ByteTransition(low: UInt8(low), high: UInt8(high), next: child))
            }
        }
        return try emitState(arms)
    }

    /// A state with these transitions, reusing an identical one if it exists.
    private mutating func emitState(_ arms: [ByteTransition]) throws(RegexSyntaxError) -> Int32 {
        if let existing = stateCache[arms] { return existing }
        let state: Int32
        if arms.count == 1, let only = arms.first {
            state = try emit(.byteRange(only.low, only.high, next: only.next))
        } else {
            try checkSize(adding: arms.count + 1)
            let start = Int32(transitions.count)
            transitions.append(contentsOf: arms)
            state = try emit(RegexInstruction(opcode: .sparse, next: start, alternative: Int32(arms.count)))
        }
        stateCache[arms] = state
        return state
    }
}
