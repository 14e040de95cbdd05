import Synchronization

/// A flag a long evaluation polls so that Ctrl-C stops the query, not the shell.
///
/// Set from a signal handler's watcher or another thread; the evaluator checks
/// ``isCancelled`` every few thousand records and throws when it is set.
public final class CancellationToken: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
    public func cancel() { flag.store(true, ordering: .relaxed) }
    public func reset() { flag.store(false, ordering: .relaxed) }
}
