import Foundation
import NewsQuery
import Synchronization
import Testing

@testable import NewsShell

#if canImport(Glibc)
import Glibc
#endif

/// A counter shared with the watcher thread.
final class Counter: Sendable {
    let value = Atomic<Int>(0)
}

/// Ctrl-C handling in this very process (SIGINT sent to ourselves, after the handler is
/// installed; process-directed, as the terminal sends it: worker threads block signals).
/// Serialized: the pending state is process-wide.
extension ProcessSignalStateTests {
@Suite("Interrupts")
struct InterruptsTests {
    /// Waits (bounded) for `condition`, which another thread makes true.
    private func eventually(_ condition: () -> Bool) -> Bool {
        for _ in 0..<500 {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    @Test("a SIGINT is recorded as pending until taken")
    func pending() {
        Interrupts.install()
        _ = Interrupts.takePending()
        kill(getpid(), SIGINT)
        #expect(eventually { Interrupts.isPending })
        #expect(Interrupts.takePending())
        #expect(!Interrupts.takePending())
    }

    @Test("during cancelling(_:during:) a SIGINT cancels the token; before it, it does not")
    func cancelsTheToken() {
        Interrupts.install()
        // An old Ctrl-C, fully handled (the watcher ran its actions) before the query starts.
        let seen = Counter()
        let watch = Interrupts.onInterrupt { seen.value.add(1, ordering: .relaxed) }
        kill(getpid(), SIGINT)
        #expect(eventually { seen.value.load(ordering: .relaxed) == 1 })
        watch.cancel()
        #expect(Interrupts.isPending)
        let token = CancellationToken()
        let cancelled = Interrupts.cancelling(token) { () -> Bool in
            #expect(!token.isCancelled)
            kill(getpid(), SIGINT)
            return eventually { token.isCancelled }
        }
        #expect(cancelled)
        #expect(!Interrupts.isPending)  // consumed by the query, not left for the prompt
    }

    @Test("registered actions run until their registration is cancelled")
    func registration() {
        Interrupts.install()
        let counter = Counter()
        let registration = Interrupts.onInterrupt { counter.value.add(1, ordering: .relaxed) }
        kill(getpid(), SIGINT)
        #expect(eventually { counter.value.load(ordering: .relaxed) == 1 })
        registration.cancel()
        kill(getpid(), SIGINT)
        usleep(50_000)
        #expect(counter.value.load(ordering: .relaxed) == 1)
        _ = Interrupts.takePending()
    }
}
}
