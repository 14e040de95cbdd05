/// Building DFA transitions from the NFA: epsilon closure, then one byte step.
extension LazyDFA {
    // MARK: - Transitions

    /// Computes, caches and returns the transition from the state at `row` on `symbol`.
    /// Returns nil when the cache has thrashed (see ``LazyDFA``).
    func computeTransition(fromRow row: Int32, symbol: Int, position: Int) -> Int32? {
        let stateNumber = Int(row) / stride
        guard stateNumber < kernels.count, symbol < alphabet.representatives.count else { return nil }
        let (byte, wordLead) = alphabet.representatives[symbol]
        let kernel = kernels[stateNumber]
        let context = contexts[stateNumber]
        let addStart = !program.anchoredAtStart && !UTF8Sequences.isContinuation(byte)
        if closure(of: kernel, context: context, next: kind(ofNext: byte, wordLead: wordLead), addStart: addStart) {
            table[Int(row) + symbol] = LazyDFA.matched
            return LazyDFA.matched
        }
        let target = step(on: byte)
        if target.isEmpty && program.anchoredAtStart {
            table[Int(row) + symbol] = LazyDFA.dead
            return LazyDFA.dead
        }
        let nextContext: NeighbourKind
        switch byte {
        case 0x0A: nextContext = .newline
        case 0x00..<0x80: nextContext = UnicodeClasses.isASCIIWordByte(byte) ? .word : .other
        case 0x80..<0xC0: nextContext = context
        default: nextContext = wordLead ? .word : .other
        }
        let key = StateKey(kernel: target, context: normalized(nextContext))
        if let existing = stateIndex[key] {
            table[Int(row) + symbol] = existing
            return existing
        }
        if isFull {
            guard shouldKeepTrying(at: position) else { return nil }
            resetCache()
            return addState(key)
        }
        let newRow = addState(key)
        table[Int(row) + symbol] = newRow
        return newRow
    }

    /// Whether the state at `row` matches at the end of the text.
    func acceptsAtEnd(row: Int32) -> Bool {
        let stateNumber = Int(row) / stride
        guard stateNumber < kernels.count else { return false }
        if acceptsAtEnd[stateNumber] >= 0 { return acceptsAtEnd[stateNumber] == 1 }
        let accepts = closure(of: kernels[stateNumber], context: contexts[stateNumber], next: .edge,
                              addStart: !program.anchoredAtStart)
        acceptsAtEnd[stateNumber] = accepts ? 1 : 0
        return accepts
    }

    // MARK: - Closure and step

    /// Fills ``closureSet`` with everything reachable from `kernel` (and the start, for an
    /// unanchored search) without consuming input; returns true if that reaches a match.
    private func closure(of kernel: [Int32], context: NeighbourKind, next: NeighbourKind, addStart: Bool) -> Bool {
        closureSet.removeAll()
        stack.removeAll(keepingCapacity: true)
        stack.append(contentsOf: kernel)
        if addStart { stack.append(program.start) }
        let instructions = program.instructions
        while let pc = stack.popLast() {
            guard !closureSet.contains(pc), pc >= 0, Int(pc) < instructions.count else { continue }
            closureSet.insert(pc, start: 0)
            let instruction = instructions[Int(pc)]
            switch instruction.opcode {
            case .match:
                return true
            case .split, .loop:
                stack.append(instruction.alternative)
                stack.append(instruction.next)
            case .assertion:
                if instruction.assertionKind.holds(before: context, after: next) { stack.append(instruction.next) }
            case .byteRange, .sparse:
                continue
            }
        }
        return false
    }

    /// The sorted set of instructions reached by consuming `byte` from ``closureSet``.
    private func step(on byte: UInt8) -> [Int32] {
        kernelSet.removeAll()
        let instructions = program.instructions
        for index in 0..<closureSet.count {
            let instruction = instructions[Int(closureSet.dense[index])]
            var target: Int32?
            switch instruction.opcode {
            case .byteRange:
                if instruction.low <= byte && byte <= instruction.high { target = instruction.next }
            case .sparse:
                target = program.sparseTarget(instruction, byte: byte)
            case .split, .loop, .assertion, .match:
                target = nil
            }
            if let target, !kernelSet.contains(target) { kernelSet.insert(target, start: 0) }
        }
        var kernel = [Int32](unsafeUninitializedCapacity: kernelSet.count) { buffer, initialized in
            for index in 0..<kernelSet.count { buffer[index] = kernelSet.dense[index] }
            initialized = kernelSet.count
        }
        kernel.sort()
        return kernel
    }

    /// The kind of the character a byte starts (continuation bytes start none: `.other`).
    private func kind(ofNext byte: UInt8, wordLead: Bool) -> NeighbourKind {
        switch byte {
        case 0x0A: .newline
        case 0x00..<0x80: UnicodeClasses.isASCIIWordByte(byte) ? .word : .other
        case 0x80..<0xC0: .other
        default: wordLead ? .word : .other
        }
    }

    /// Called when the cache is full: false means give up on this search.
    private func shouldKeepTrying(at position: Int) -> Bool {
        resetsThisSearch += 1
        defer { lastResetPosition = position }
        guard resetsThisSearch > LazyDFA.resetsBeforeGivingUp else { return true }
        return position - lastResetPosition >= LazyDFA.minimumBytesPerState * maxStates
    }
}
