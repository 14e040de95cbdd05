import Synchronization

/// The mutable state one search needs: a lazy DFA (with its cache of states) and a Pike VM.
///
/// Only ever used by one thread at a time: the pool hands it out and takes it back.
final class RegexScratch: @unchecked Sendable {
    let dfa: LazyDFA
    let pike: PikeVM

    init(program: RegexProgram) {
        dfa = LazyDFA(program: program)
        pike = PikeVM(program: program)
    }
}

/// Lends ``RegexScratch`` objects to searches, so concurrent searches never share one and
/// sequential searches reuse the warm DFA cache.
final class RegexScratchPool: Sendable {
    /// Idle scratch objects kept for reuse; more can exist while many threads search at once.
    static let maxIdle = 4

    private let program: RegexProgram
    private let idle = Mutex<[RegexScratch]>([])

    init(program: RegexProgram) { self.program = program }

    /// Runs `body` with a scratch object no other search is using.
    func withScratch<Result>(_ body: (RegexScratch) -> Result) -> Result {
        let scratch = idle.withLock { $0.popLast() } ?? RegexScratch(program: program)
        defer {
            idle.withLock { pool in
                if pool.count < RegexScratchPool.maxIdle { pool.append(scratch) }
            }
        }
        return body(scratch)
    }
}
