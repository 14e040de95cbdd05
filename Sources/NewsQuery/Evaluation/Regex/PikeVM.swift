/// Runs a ``RegexProgram`` by simulating all NFA threads in lock-step (Pike VM).
///
/// Time is O(text length × program size) whatever the pattern: each instruction is in a
/// thread list at most once per position. Threads are kept in priority order, so the match
/// reported is leftmost-first (the one a backtracking engine would report: leftmost start,
/// then the preferred alternative and greedy/lazy choices). Thread lists and the work stack
/// are allocated once per VM and reused.
final class PikeVM {
    private let program: RegexProgram
    private let classifier: NeighbourClassifier?
    private var current: SparseSet
    private var upcoming: SparseSet
    /// Pending instructions of the epsilon closure being followed, with the start offset of
    /// their thread; `leavesLoop` marks an exit taken after an empty loop iteration.
    private var stack: [(pc: Int32, start: Int, leavesLoop: Bool)] = []

    init(program: RegexProgram) {
        self.program = program
        classifier = program.assertions.isEmpty ? nil : NeighbourClassifier()
        current = SparseSet(capacity: program.instructions.count)
        upcoming = SparseSet(capacity: program.instructions.count)
        stack.reserveCapacity(64)
    }

    // MARK: - Searching

    /// The leftmost-first match in `bytes` as a byte range, or nil. With `earliest`, stops at
    /// the first match found (only whether a match exists is then meaningful).
    func search(_ bytes: UnsafeBufferPointer<UInt8>, earliest: Bool) -> Range<Int>? {
        program.instructions.withUnsafeBufferPointer { instructions in
            run(bytes, instructions: instructions, earliest: earliest)
        }
    }

    private func run(_ bytes: UnsafeBufferPointer<UInt8>, instructions: UnsafeBufferPointer<RegexInstruction>,
                     earliest: Bool) -> Range<Int>? {
        let count = bytes.count
        var found: Range<Int>?
        current.removeAll()
        var position = 0
        // What lies before `position`, kept as the scan moves forward exactly as the DFA keeps
        // it, so the two engines agree on assertions even beside malformed bytes.
        var context = NeighbourKind.edge
        while true {
            // The start of the text is a boundary even before a stray continuation byte (as in
            // the DFA): otherwise `^` could never match text that begins with malformed UTF-8.
            let atBoundary = position == 0 || position == count || !UTF8Sequences.isContinuation(bytes[position])
            if found == nil, atBoundary, position == 0 || !program.anchoredAtStart {
                addThread(to: current, pc: program.start, start: position, at: position, before: context, in: bytes, instructions)
            }
            if current.isEmpty && (found != nil || program.anchoredAtStart || position >= count) { break }
            upcoming.removeAll()
            let byte: UInt8? = position < count ? bytes[position] : nil
            let nextContext = byte.map { classifier?.context(after: $0, at: position, in: bytes, previous: context) ?? .other } ?? context
            var index = 0
            threads: while index < current.count {
                let pc = current.dense[index]
                let start = current.starts[index]
                index += 1
                guard pc >= 0, Int(pc) < instructions.count else { continue }
                let instruction = instructions[Int(pc)]
                switch instruction.opcode {
                case .match:
                    found = start..<position
                    if earliest { return found }
                    break threads  // lower-priority threads are cut off
                case .byteRange:
                    if let byte, instruction.low <= byte, byte <= instruction.high {
                        addThread(to: upcoming, pc: instruction.next, start: start, at: position + 1,
                                  before: nextContext, in: bytes, instructions)
                    }
                case .sparse:
                    if let byte, let target = program.sparseTarget(instruction, byte: byte) {
                        addThread(to: upcoming, pc: target, start: start, at: position + 1, before: nextContext,
                                  in: bytes, instructions)
                    }
                case .split, .loop, .assertion:
                    continue
                }
            }
            swap(&current, &upcoming)
            if position >= count { break }
            position += 1
            context = nextContext
        }
        return found
    }

    // MARK: - Epsilon closure

    /// Adds `pc` and everything reachable from it without consuming a byte, in priority
    /// order, to `list`; assertions are evaluated at byte offset `position`, with `before`
    /// the kind of what precedes it.
    private func addThread(to list: SparseSet, pc: Int32, start: Int, at position: Int, before: NeighbourKind,
                           in bytes: UnsafeBufferPointer<UInt8>,
                           _ instructions: UnsafeBufferPointer<RegexInstruction>) {
        var neighbours: (before: NeighbourKind, after: NeighbourKind)?
        stack.removeAll(keepingCapacity: true)
        stack.append((pc, start, false))
        while let (pc, start, leavesLoop) = stack.popLast() {
            guard pc >= 0, Int(pc) < instructions.count else { continue }
            let instruction = instructions[Int(pc)]
            if list.contains(pc) {
                // Back at a loop head whose exit is still pending: this is an empty iteration
                // of its body. Like a backtracking engine, leave the loop here, at this
                // iteration's priority. (Exits taken this way never trigger the rule again,
                // so the closure stays linear in the program size.)
                if instruction.opcode == .loop, !leavesLoop, !list.contains(instruction.loopExit) {
                    stack.append((instruction.loopExit, start, true))
                }
                continue
            }
            list.insert(pc, start: start)
            switch instruction.opcode {
            case .split, .loop:
                stack.append((instruction.alternative, start, false))
                stack.append((instruction.next, start, false))
            case .assertion:
                if neighbours == nil, let classifier {
                    neighbours = (before, classifier.after(bytes, position))
                }
                if let neighbours, instruction.assertionKind.holds(before: neighbours.before, after: neighbours.after) {
                    stack.append((instruction.next, start, false))
                }
            case .byteRange, .sparse, .match:
                continue
            }
        }
    }
}
