#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

// MARK: - Self-pipe for the line editor

/// A pipe that signal handlers write a byte to, so that the line editor, which waits with
/// `poll(2)` on the terminal and this pipe, never misses a signal that arrives just before it
/// starts waiting (the classic race of checking a flag, then blocking in `read`).
enum SignalWakeup {
    /// Creates the pipe (idempotent). Must run before any handler that calls ``notify()`` is
    /// installed.
    static func prepare() {
        _ = creation
    }

    /// The end to poll for readability, or -1 when the pipe could not be made.
    static var readDescriptor: Int32 {
        prepare()
        return wakeupReadEnd.load(ordering: .acquiring)
    }

    /// Writes one byte; async-signal-safe, never blocks (a full pipe already means "wake up").
    static func notify() {
        let descriptor = wakeupWriteEnd.load(ordering: .acquiring)
        guard descriptor >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(descriptor, &byte, 1)
    }

    /// Empties the pipe without blocking.
    static func drain() {
        let descriptor = readDescriptor
        guard descriptor >= 0 else { return }
        var buffer = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        while withUnsafeMutableBytes(of: &buffer, { read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    private static let creation: Void = {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, O_NONBLOCK)
        }
        wakeupReadEnd.store(ends[0], ordering: .releasing)
        wakeupWriteEnd.store(ends[1], ordering: .releasing)
    }()
}

/// Read end of the wake-up pipe (-1 until created).
private let wakeupReadEnd = Atomic<Int32>(-1)
/// Write end of the wake-up pipe, read by signal handlers: a lock-free atomic.
private let wakeupWriteEnd = Atomic<Int32>(-1)
