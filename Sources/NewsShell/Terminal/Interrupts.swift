#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsQuery
import Synchronization

// MARK: - Interrupts (Ctrl-C)

/// Ctrl-C handling for the whole process: at the prompt it discards the statement being typed,
/// during a query it cancels that query; it never ends the shell.
///
/// How it works: ``install()`` sets a `SIGINT` handler that only does async-signal-safe things
/// (increments an atomic counter, writes one byte to each of two pipes). A watcher thread, which
/// blocks every signal, reads the first pipe and runs the actions registered with
/// ``onInterrupt(_:)`` — for a query, ``cancelling(_:during:)`` registers `token.cancel()`. The
/// line editor waits on the second pipe (``SignalWakeup``) beside the terminal, so a Ctrl-C is
/// seen even when it arrives between two keystrokes, and `el_gets` returns NULL with `EINTR`.
///
/// The handler is installed with `SA_RESTART`: a Ctrl-C never makes an unrelated system call
/// (reading a corpus file, writing output, waiting for the pager) fail with `EINTR`.
///
/// Without a handler, Ctrl-C ends the process (status 130): scripts that want that simply do
/// not call ``install()`` (nor create an ``EditLineReader``).
///
/// Driver usage:
/// ```swift
/// Interrupts.install()                       // once; EditLineReader also does it
/// switch reader.readLine(prompt: "newsq> ") {
/// case .interrupted: buffer.removeAll()      // Ctrl-C at the prompt: fresh prompt
/// ...
/// }
/// let token = CancellationToken()
/// let result = Interrupts.cancelling(token) { try engine.run(statement, token: token) }
/// ```
public enum Interrupts {
    /// Installs the `SIGINT` handler and starts the watcher thread (idempotent, thread-safe).
    public static func install() {
        _ = installation
    }

    /// Whether a Ctrl-C arrived since the last ``takePending()``, clearing the record of it.
    public static func takePending() -> Bool {
        pendingInterrupts.exchange(0, ordering: .acquiringAndReleasing) > 0
    }

    /// Whether a Ctrl-C arrived since the last ``takePending()`` (without clearing it).
    public static var isPending: Bool {
        pendingInterrupts.load(ordering: .acquiring) > 0
    }

    /// Runs `action` on the watcher thread after every Ctrl-C until the returned registration
    /// is cancelled. Actions must be quick and thread-safe.
    public static func onInterrupt(_ action: @escaping @Sendable () -> Void) -> InterruptRegistration {
        install()
        let identifier = actions.withLock { table in
            table.nextIdentifier += 1
            table.actions[table.nextIdentifier] = action
            return table.nextIdentifier
        }
        return InterruptRegistration(identifier: identifier)
    }

    /// Runs `body` with Ctrl-C wired to `token.cancel()`; a Ctrl-C from before the call does not
    /// count, and one consumed by the body is not left pending for the prompt afterwards.
    public static func cancelling<Result>(
        _ token: CancellationToken, during body: () throws -> Result
    ) rethrows -> Result {
        let registration = onInterrupt { token.cancel() }
        _ = takePending()
        defer {
            registration.cancel()
            _ = takePending()
        }
        return try body()
    }

    // MARK: Registered actions

    fileprivate struct ActionTable {
        var nextIdentifier: UInt64 = 0
        var actions: [UInt64: @Sendable () -> Void] = [:]
    }

    fileprivate static let actions = Mutex(ActionTable())

    fileprivate static func runActions() {
        let snapshot = actions.withLock { Array($0.actions.values) }
        for action in snapshot { action() }
    }

    // MARK: Installation

    private static let installation: Void = {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            _ = fcntl(ends[1], F_SETFL, O_NONBLOCK)
            wakeDescriptor.store(ends[1], ordering: .releasing)
            startWatcher(reading: ends[0])
        }
        SignalWakeup.prepare()
        _ = pendingInterrupts.load(ordering: .relaxed)  // initialise before the handler runs
        var action = sigaction()
        action.__sigaction_handler.sa_handler = interruptSignalHandler
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
    }()

    /// Starts a thread with every signal blocked that runs the actions once per byte read.
    private static func startWatcher(reading descriptor: Int32) {
        var all = sigset_t()
        var previous = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_SETMASK, &all, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        var thread = pthread_t()
        let argument = UnsafeMutableRawPointer(bitPattern: Int(descriptor) + 1)
        _ = pthread_create(&thread, nil, watcherMain, argument)
        pthread_detach(thread)
    }
}

// MARK: - Registration

/// A registered Ctrl-C action; ``cancel()`` unregisters it.
public struct InterruptRegistration: Sendable {
    fileprivate let identifier: UInt64

    /// Stops running the action.
    public func cancel() {
        _ = Interrupts.actions.withLock { $0.actions.removeValue(forKey: identifier) }
    }
}

// MARK: - Signal-handler state

/// How many SIGINTs arrived since last taken. Touched by the signal handler: lock-free atomic.
private let pendingInterrupts = Atomic<Int>(0)
/// The write end of the wake-up pipe, or -1. Touched by the signal handler: lock-free atomic.
private let wakeDescriptor = Atomic<Int32>(-1)

/// The SIGINT handler: async-signal-safe (atomic add, `write(2)`), preserves `errno`. It wakes
/// the watcher thread and the line editor.
private let interruptSignalHandler: @convention(c) (Int32) -> Void = { _ in
    let savedErrno = errno
    pendingInterrupts.add(1, ordering: .sequentiallyConsistent)
    SignalWakeup.notify()
    let descriptor = wakeDescriptor.load(ordering: .acquiring)
    if descriptor >= 0 {
        var byte: UInt8 = 1
        _ = write(descriptor, &byte, 1)
    }
    errno = savedErrno
}

/// The watcher thread: blocks reading the wake-up pipe and runs the registered actions.
private let watcherMain: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = {
    argument in
    let descriptor = Int32(Int(bitPattern: argument) - 1)
    var buffer = [UInt8](repeating: 0, count: 64)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            Interrupts.runActions()
        } else if count < 0, errno == EINTR {
            continue
        } else {
            return nil
        }
    }
}
