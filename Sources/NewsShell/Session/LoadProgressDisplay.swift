import Foundation
import NewsModel
import Synchronization

/// Shows how far a long load has got, on standard error, when it is a terminal: nothing for
/// loads that finish within half a second, then `loading 1200/2225 files` updated in place.
public enum LoadProgressDisplay {
    private static let shown = Atomic<Bool>(false)
    private static let started = Mutex<ContinuousClock.Instant?>(nil)

    /// The progress callback for a load, or `nil` when progress should not be shown.
    public static func callback(enabled: Bool) -> (@Sendable (LoadProgress) -> Void)? {
        guard enabled, TerminalInfo.isTerminal(2) else { return nil }
        started.withLock { $0 = ContinuousClock.now }
        shown.store(false, ordering: .relaxed)
        return { progress in
            let begin = started.withLock { $0 } ?? ContinuousClock.now
            guard ContinuousClock.now - begin > .milliseconds(500) else { return }
            shown.store(true, ordering: .relaxed)
            OutputSink.standardError.write("\r\u{1B}[Kloading \(progress.filesDone)/\(progress.filesTotal) files, \(progress.bytesDone >> 20) MB")
        }
    }

    /// Clears the progress line, if one was shown.
    public static func finish(enabled: Bool) {
        if enabled, shown.exchange(false, ordering: .relaxed) {
            OutputSink.standardError.write("\r\u{1B}[K")
        }
    }
}
