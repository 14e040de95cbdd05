/// One step of a compiled pattern: a byte test, a fork, a zero-width assertion, or success.
struct RegexInstruction: Sendable, Equatable {
    enum Opcode: UInt8, Sendable {
        /// Consume one byte in `low...high`, then go to `next`.
        case byteRange
        /// Consume one byte matching one of `alternative` transitions starting at index
        /// `next` of ``RegexProgram/transitions`` (sorted, disjoint); zero transitions never match.
        case sparse
        /// Continue at both `next` (preferred) and `alternative`.
        case split
        /// A `split` that heads a `*`/`+` loop; ``loopExit`` is the branch that leaves it.
        case loop
        /// Continue at `next` if the assertion ``assertion`` holds at the current position.
        case assertion
        /// The pattern has matched.
        case match
    }

    var opcode: Opcode
    var low: UInt8 = 0
    var high: UInt8 = 0
    var assertionKind: RegexAssertion = .textStart
    var next: Int32 = 0
    var alternative: Int32 = 0

    static func byteRange(_ low: UInt8, _ high: UInt8, next: Int32) -> RegexInstruction {
        RegexInstruction(opcode: .byteRange, low: low, high: high, next: next)
    }

    static func split(_ preferred: Int32, _ other: Int32) -> RegexInstruction {
        RegexInstruction(opcode: .split, next: preferred, alternative: other)
    }

    /// The head of a loop: prefers `body` when greedy, `exit` when lazy.
    static func loop(body: Int32, exit: Int32, greedy: Bool) -> RegexInstruction {
        RegexInstruction(opcode: .loop, high: greedy ? 1 : 0, next: greedy ? body : exit,
                         alternative: greedy ? exit : body)
    }

    /// For a ``Opcode/loop``: the branch that leaves the loop.
    var loopExit: Int32 { high == 1 ? alternative : next }

    static func assertion(_ kind: RegexAssertion, next: Int32) -> RegexInstruction {
        RegexInstruction(opcode: .assertion, assertionKind: kind, next: next)
    }
}

/// One arm of a ``RegexInstruction/Opcode/sparse`` instruction.
struct ByteTransition: Sendable, Hashable {
    var low: UInt8
    var high: UInt8
    var next: Int32
}

/// A compiled pattern: a Thompson NFA over UTF-8 bytes, run by ``PikeVM`` and ``LazyDFA``.
///
/// Every multibyte character is a chain of byte tests, so the program consumes exactly
/// the UTF-8 encodings of the characters the pattern accepts.
struct RegexProgram: Sendable {
    var instructions: [RegexInstruction]
    var transitions: [ByteTransition]
    /// Where matching begins.
    var start: Int32
    /// Every match must begin at the start of the text (the pattern begins with `^`/`\A`).
    var anchoredAtStart: Bool
    /// The assertions the program uses.
    var assertions: Set<RegexAssertion>

    /// Whether `\b` or `\B` occurs (they need the word-ness of neighbouring characters).
    var usesWordBoundaries: Bool {
        assertions.contains(.wordBoundary) || assertions.contains(.notWordBoundary)
    }

    /// Instructions plus transitions: what ``RegexLimits/maxProgramSize`` bounds.
    var size: Int { instructions.count + transitions.count }

    /// The transition of a sparse instruction taken by `byte`, if any (binary search).
    @inline(__always)
    func sparseTarget(_ instruction: RegexInstruction, byte: UInt8) -> Int32? {
        var low = Int(instruction.next)
        var high = low + Int(instruction.alternative) - 1
        while low <= high {
            let mid = (low + high) >> 1
            let transition = transitions[mid]
            if byte < transition.low {
                high = mid - 1
            } else if byte > transition.high {
                low = mid + 1
            } else {
                return transition.next
            }
        }
        return nil
    }
}
