/// Answers "does the program match anywhere?" with a DFA built lazily, one transition at a
/// time, from the NFA (the technique of RE2 and Rust's regex).
///
/// A DFA state is a sorted set of NFA instructions waiting to consume the next byte, plus the
/// kind of the previous character (for `^`, `\b`, multiline anchors). Each transition is
/// computed on first use and cached in a table, so steady-state matching is one table lookup
/// per byte. The cache is capped (``maxStates`` states and a kernel-memory budget); when full
/// it is cleared and rebuilt. If it keeps filling up faster than it pays off, the search
/// gives up and returns nil so the caller falls back to the ``PikeVM``. Cached states are
/// kept between searches, which is what makes a million short quotes fast.
final class LazyDFA {
    static let unknown: Int32 = -1
    static let matched: Int32 = -2
    static let dead: Int32 = -3
    /// Searches may clear the cache this many times before the give-up heuristic applies.
    static let resetsBeforeGivingUp = 3
    /// Give up when fewer than this many bytes were searched per state built since the last reset.
    static let minimumBytesPerState = 10

    let program: RegexProgram
    let alphabet: DFAAlphabet
    let stride: Int
    let maxStates: Int
    let kernelMemoryBudget = 1 << 20
    let wordSet: ScalarSet

    // MARK: State storage

    /// `maxStates × stride` entries; state `k` owns row `k`. Entries are row offsets
    /// (`k × stride`) of target states, or ``unknown``, ``matched``, ``dead``.
    let table: UnsafeMutablePointer<Int32>
    var kernels: [[Int32]] = []
    var contexts: [NeighbourKind] = []
    /// Per state: -1 not computed, 0 no, 1 yes.
    var acceptsAtEnd: [Int8] = []
    var stateIndex: [StateKey: Int32] = [:]
    var kernelMemory = 0
    /// Row offset of the start state in the current cache.
    var startRow: Int32 = 0

    // MARK: Scratch

    let closureSet: SparseSet
    let kernelSet: SparseSet
    var stack: [Int32] = []
    /// Cache resets during the current search, and where the last one happened.
    var resetsThisSearch = 0
    var lastResetPosition = 0

    /// A state's identity: its kernel and previous-character kind.
    struct StateKey: Hashable {
        var kernel: [Int32]
        var context: NeighbourKind
    }

    init(program: RegexProgram) {
        self.program = program
        alphabet = DFAAlphabet(program: program)
        stride = alphabet.symbolCount
        maxStates = max(16, min(10_000, (4 << 20) / (stride * 4)))
        table = .allocate(capacity: maxStates * stride)
        wordSet = program.usesWordBoundaries ? UnicodeClasses.word : ScalarSet()
        closureSet = SparseSet(capacity: program.instructions.count)
        kernelSet = SparseSet(capacity: program.instructions.count)
        resetCache()
    }

    deinit { table.deallocate() }

    // MARK: - Searching

    /// Whether the program matches anywhere in `bytes`; nil when the cache thrashed and the
    /// caller should use the Pike VM instead.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        resetsThisSearch = 0
        lastResetPosition = 0
        return alphabet.classOfByte.withUnsafeBufferPointer { classes in
            var row = startRow
            var position = 0
            let count = bytes.count
            let wordVariants = alphabet.hasWordVariants
            while position < count {
                let byte = bytes[position]
                var symbol = Int(classes[Int(byte)])
                if wordVariants && byte >= 0xC0, let value = UTF8Sequences.decode(bytes, at: position),
                   wordSet.contains(value) {
                    symbol = alphabet.wordVariant(of: symbol)
                }
                var next = table[Int(row) + symbol]
                if next == LazyDFA.unknown {
                    guard let computed = computeTransition(fromRow: row, symbol: symbol, position: position) else {
                        return nil
                    }
                    next = computed
                }
                if next < 0 { return next == LazyDFA.matched }
                row = next
                position += 1
            }
            return acceptsAtEnd(row: row)
        }
    }

    // MARK: - Cache management

    /// Empties the cache and recreates the start state.
    func resetCache() {
        kernels.removeAll(keepingCapacity: true)
        contexts.removeAll(keepingCapacity: true)
        acceptsAtEnd.removeAll(keepingCapacity: true)
        stateIndex.removeAll(keepingCapacity: true)
        kernelMemory = 0
        let startKernel: [Int32] = program.anchoredAtStart ? [program.start] : []
        startRow = addState(StateKey(kernel: startKernel, context: normalized(.edge)))
    }

    /// The row of the state with `key`, adding it if new (the caller ensures there is room).
    func addState(_ key: StateKey) -> Int32 {
        if let existing = stateIndex[key] { return existing }
        let row = Int32(kernels.count * stride)
        (table + Int(row)).initialize(repeating: LazyDFA.unknown, count: stride)
        kernels.append(key.kernel)
        contexts.append(key.context)
        acceptsAtEnd.append(-1)
        stateIndex[key] = row
        kernelMemory += key.kernel.count * 4 + 64
        return row
    }

    /// Whether adding another state needs a reset first.
    var isFull: Bool { kernels.count >= maxStates || kernelMemory >= kernelMemoryBudget }

    /// Keeps only what the assertions in the program can observe, so states that no
    /// assertion could tell apart are one state.
    func normalized(_ kind: NeighbourKind) -> NeighbourKind {
        let assertions = program.assertions
        switch kind {
        case .edge:
            return assertions.contains(.textStart) || assertions.contains(.lineStart) ? .edge : .other
        case .newline:
            return assertions.contains(.lineStart) ? .newline : .other
        case .word:
            return program.usesWordBoundaries ? .word : .other
        case .other:
            return .other
        }
    }
}
