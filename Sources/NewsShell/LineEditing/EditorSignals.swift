#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

// MARK: - Signals while a line is edited

/// The signal handling in force while libedit edits a line: the terminal is raw then, so every
/// signal that stops or ends the process must first put it back to normal.
///
/// libedit can do this itself (`EL_SIGNAL`), but its handlers re-send the signal to the whole
/// process group, and its reader blocks in `read(2)`, so a Ctrl-C arriving just before a read
/// is lost. Here instead, between ``activate(terminal:makeRaw:)`` and ``deactivate()``:
///
/// - SIGTERM, SIGHUP, SIGQUIT: normal mode restored, then the signal's previous disposition
///   applies (default: the process ends). Signals that were ignored stay ignored.
/// - SIGTSTP (Ctrl-Z): normal mode restored, the process stops; when it runs again (or if the
///   stop was discarded, as for an orphaned process group) ``restoreAfterPassedOnSignal()``
///   brings raw mode back and the line is redrawn.
/// - SIGWINCH: the editor learns the new size and redraws.
/// - SIGINT stays with ``Interrupts``; ``EditorInput`` returns `EINTR` when one is pending.
///
/// Every handler calls only async-signal-safe functions (`tcsetattr`, `sigaction`, `kill`,
/// `write`) and touches memory set up before it was installed; each also writes to
/// ``SignalWakeup`` so the editor, waiting in `poll(2)`, reacts at once.
enum EditorSignals {
    /// The signals handled while editing; the index is their slot in `savedActions`.
    private static let handled: [Int32] = [SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGWINCH]

    /// Installs the handlers, then lets `makeRaw` switch the terminal on `descriptor` to raw
    /// mode, with these signals held back until both are done.
    static func activate(terminal descriptor: Int32, makeRaw: () -> Void) {
        SignalWakeup.prepare()
        withSignalsBlocked {
            terminalDescriptor.store(descriptor, ordering: .relaxed)
            passedOnSignal.store(0, ordering: .relaxed)
            _ = tcgetattr(descriptor, &terminalModes[0])
            for (slot, signal) in handled.enumerated() {
                sigaction(signal, nil, &savedActions[slot])
                install(signal)
            }
            makeRaw()
            _ = tcgetattr(descriptor, &terminalModes[1])
            editing.store(true, ordering: .releasing)
        }
    }

    /// Puts the previous dispositions back (libedit has restored normal mode itself).
    static func deactivate() {
        withSignalsBlocked {
            editing.store(false, ordering: .releasing)
            for (slot, signal) in handled.enumerated() {
                sigaction(signal, &savedActions[slot], nil)
            }
        }
    }

    /// After a stop, or a fatal signal the process survived: raw mode and the handler come
    /// back. Returns whether that happened (the line must then be redrawn).
    static func restoreAfterPassedOnSignal() -> Bool {
        let signal = passedOnSignal.exchange(0, ordering: .acquiringAndReleasing)
        guard signal != 0, editing.load(ordering: .acquiring) else { return false }
        withSignalsBlocked {
            install(signal)
            _ = tcsetattr(terminalDescriptor.load(ordering: .relaxed), TCSADRAIN, &terminalModes[1])
        }
        return true
    }

    /// Whether the window size changed since last asked.
    static func takeResize() -> Bool {
        windowResized.exchange(false, ordering: .acquiringAndReleasing)
    }

    // MARK: Installation helpers

    /// Installs this module's handler for `signal` unless it was ignored before editing began.
    private static func install(_ signal: Int32) {
        if isIgnored(savedActions[slot(of: signal)]), signal != SIGWINCH { return }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler(for: signal)
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(signal, &action, nil)
    }

    /// Whether `action` is `SIG_IGN` (the handler word holds 1).
    private static func isIgnored(_ action: sigaction) -> Bool {
        withUnsafeBytes(of: action.__sigaction_handler) { $0.load(as: Int.self) } == 1
    }

    private static func withSignalsBlocked(_ body: () -> Void) {
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        for signal in handled { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        body()
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }

    private static func handler(for signal: Int32) -> @convention(c) (Int32) -> Void {
        switch signal {
        case SIGTSTP: stopHandler
        case SIGWINCH: resizeHandler
        default: fatalHandler
        }
    }

    fileprivate static func slot(of signal: Int32) -> Int {
        switch signal {
        case SIGTERM: 0
        case SIGHUP: 1
        case SIGQUIT: 2
        case SIGTSTP: 3
        default: 4
        }
    }
}

// MARK: - State shared with the handlers (allocated once, before any handler is installed)

/// [0]: the terminal's normal settings, [1]: the editor's raw settings.
/// Written only while the handled signals are blocked.
nonisolated(unsafe) private let terminalModes: UnsafeMutablePointer<termios> = {
    let modes = UnsafeMutablePointer<termios>.allocate(capacity: 2)
    modes.initialize(repeating: termios(), count: 2)
    return modes
}()
/// The dispositions in force before ``EditorSignals/activate(terminal:makeRaw:)``, by slot.
/// Written only while the handled signals are blocked.
nonisolated(unsafe) private let savedActions: UnsafeMutablePointer<sigaction> = {
    let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 5)
    actions.initialize(repeating: sigaction(), count: 5)
    return actions
}()
private let terminalDescriptor = Atomic<Int32>(0)
private let editing = Atomic<Bool>(false)
private let windowResized = Atomic<Bool>(false)
/// The last stopping or fatal signal handed on to its previous disposition (0: none).
private let passedOnSignal = Atomic<Int32>(0)

// MARK: - Handlers

/// Normal mode back, then `signal` again with the disposition it had before editing (it is
/// delivered when this handler returns, as it is blocked while the handler runs).
private func passOn(_ signal: Int32, to disposition: UnsafePointer<sigaction>) {
    _ = tcsetattr(terminalDescriptor.load(ordering: .relaxed), TCSANOW, &terminalModes[0])
    sigaction(signal, disposition, nil)
    passedOnSignal.store(signal, ordering: .releasing)
    SignalWakeup.notify()
    kill(getpid(), signal)
}

/// SIGTERM, SIGHUP, SIGQUIT.
private let fatalHandler: @convention(c) (Int32) -> Void = { signal in
    let savedErrno = errno
    passOn(signal, to: savedActions + EditorSignals.slot(of: signal))
    errno = savedErrno
}

/// SIGTSTP: stop with the default action (whatever was there before).
private let stopHandler: @convention(c) (Int32) -> Void = { signal in
    let savedErrno = errno
    var stop = sigaction()
    stop.__sigaction_handler.sa_handler = SIG_DFL
    passOn(signal, to: &stop)
    errno = savedErrno
}

/// SIGWINCH: note it and wake the editor.
private let resizeHandler: @convention(c) (Int32) -> Void = { _ in
    let savedErrno = errno
    windowResized.store(true, ordering: .releasing)
    SignalWakeup.notify()
    errno = savedErrno
}
