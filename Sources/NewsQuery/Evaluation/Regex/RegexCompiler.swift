/// Compiles a ``RegexNode`` tree into a ``RegexProgram`` (Thompson construction over bytes).
///
/// Nodes are compiled back to front: each node is compiled knowing the instruction that
/// follows it, so no patch lists are needed. Classes become a shared byte trie (see
/// `RegexCompiler+Classes.swift`). Recursion follows the tree, whose depth the parser bounds.
struct RegexCompiler {
    var instructions: [RegexInstruction] = []
    var transitions: [ByteTransition] = []
    /// Byte-trie states already emitted, by their transitions (hash-consing).
    var stateCache: [[ByteTransition]: Int32] = [:]
    /// Byte sequences already computed for a class.
    var sequenceCache: [ScalarSet: [UTF8Sequences.Sequence]] = [:]
    var assertions: Set<RegexAssertion> = []
    let patternByteCount: Int

    /// Compiles `root`; throws when the program would exceed ``RegexLimits/maxProgramSize``.
    static func compile(_ root: RegexNode, patternByteCount: Int) throws(RegexSyntaxError) -> RegexProgram {
        var compiler = RegexCompiler(patternByteCount: patternByteCount)
        let match = try compiler.emit(RegexInstruction(opcode: .match))
        let start = try compiler.compile(root, next: match)
        return RegexProgram(instructions: compiler.instructions, transitions: compiler.transitions,
                            start: start, anchoredAtStart: isAnchoredAtStart(root),
                            assertions: compiler.assertions)
    }

    // MARK: - Nodes

    /// The entry of `node`'s code, which continues at `next`.
    mutating func compile(_ node: RegexNode, next: Int32) throws(RegexSyntaxError) -> Int32 {
        switch node {
        case .empty:
            return next
        case .literal(let scalar):
            var entry = next
            for byte in UTF8Sequences.encode(scalar.value).reversed() {
                entry = try emit(.byteRange(byte, byte, next: entry))
            }
            return entry
        case .class(let set):
            return try compileClass(set, next: next)
        case .assertion(let kind):
            assertions.insert(kind)
            return try emit(.assertion(kind, next: next))
        case .concatenation(let items):
            var entry = next
            for item in items.reversed() { entry = try compile(item, next: entry) }
            return entry
        case .alternation(let branches):
            guard let lastBranch = branches.last else { return next }
            var entry = try compile(lastBranch, next: next)
            for branch in branches.dropLast().reversed() {
                let branchEntry = try compile(branch, next: next)
                entry = try emit(.split(branchEntry, entry))
            }
            return entry
        case .repetition(let child, let min, let max, let greedy):
            return try compileRepetition(child, min: min, max: max, greedy: greedy, next: next)
        }
    }

    /// `child{min,max}`: `min` copies, then either a loop or `max - min` nested optional copies.
    private mutating func compileRepetition(_ child: RegexNode, min: Int, max: Int?, greedy: Bool,
                                            next: Int32) throws(RegexSyntaxError) -> Int32 {
        var entry = next
        var requiredCopies = min
        if let max {
            for _ in 0..<(max - min) {
                let copy = try compile(child, next: entry)
                entry = try emit(greedy ? .split(copy, next) : .split(next, copy))
            }
        } else {
            // A loop: a fork that either runs the child again or leaves.
            let loop = try emit(.loop(body: 0, exit: next, greedy: greedy))
            let body = try compile(child, next: loop)
            instructions[Int(loop)] = .loop(body: body, exit: next, greedy: greedy)
            if min > 0 {
                entry = body
                requiredCopies -= 1
            } else {
                entry = loop
            }
        }
        for _ in 0..<requiredCopies { entry = try compile(child, next: entry) }
        return entry
    }

    // MARK: - Emitting

    /// Appends an instruction and returns its index, enforcing the size limit.
    mutating func emit(_ instruction: RegexInstruction) throws(RegexSyntaxError) -> Int32 {
        try checkSize(adding: 1)
        instructions.append(instruction)
        return Int32(instructions.count - 1)
    }

    /// Throws when adding `count` more units would exceed the program size limit.
    mutating func checkSize(adding count: Int) throws(RegexSyntaxError) {
        let limit = RegexLimits.maxProgramSize
        guard instructions.count + transitions.count + count <= limit else {
            throw RegexSyntaxError("pattern too large: the compiled program exceeds \(limit) instructions",
                                   offset: 0, length: patternByteCount)
        }
    }

    // MARK: - Analysis

    /// Whether every match of `node` must start at the start of the text.
    static func isAnchoredAtStart(_ node: RegexNode) -> Bool {
        switch node {
        case .assertion(let kind): kind == .textStart
        case .concatenation(let items): items.first.map(isAnchoredAtStart) ?? false
        case .alternation(let branches): !branches.isEmpty && branches.allSatisfy(isAnchoredAtStart)
        case .repetition(let child, let min, _, _): min > 0 && isAnchoredAtStart(child)
        case .empty, .literal, .class: false
        }
    }
}
