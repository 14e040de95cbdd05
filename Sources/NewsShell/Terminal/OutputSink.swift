#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Output sink

/// An unbuffered destination for text (standard output or error) that knows what to do when
/// the reader has gone away: `newsq ... | head -1` must end quietly with status 0.
///
/// Writes go straight to the descriptor with `write(2)`, so nothing is lost if the process is
/// killed and output interleaves correctly with the line editor's. Use a sink for everything
/// printed; Swift's `print` buffers in the C library instead.
public final class OutputSink: Sendable {
    /// What a write does when the descriptor is a pipe whose reader has closed it (`EPIPE`).
    public enum BrokenPipePolicy: Sendable {
        /// End the process at once with status 0 and no message (for standard output).
        case exitQuietly
        /// Report the failed write to the caller and carry on (for standard error).
        case ignore
    }

    /// The descriptor written to.
    public let fileDescriptor: Int32
    /// What happens on `EPIPE`.
    public let brokenPipePolicy: BrokenPipePolicy

    /// A sink writing to `fileDescriptor`.
    public init(fileDescriptor: Int32, onBrokenPipe: BrokenPipePolicy) {
        self.fileDescriptor = fileDescriptor
        self.brokenPipePolicy = onBrokenPipe
    }

    /// Standard output; a closed pipe ends the process quietly with status 0.
    public static let standardOutput = OutputSink(fileDescriptor: 1, onBrokenPipe: .exitQuietly)
    /// Standard error; a failed write is ignored.
    public static let standardError = OutputSink(fileDescriptor: 2, onBrokenPipe: .ignore)

    /// Makes writes to a closed pipe fail with `EPIPE` instead of killing the process with
    /// `SIGPIPE`. Every sink does this before its first write; call it earlier if other code
    /// writes first. Children started later get the default action back (see ``Pager``).
    public static func ignoreBrokenPipeSignal() {
        _ = brokenPipeSignalIgnored
    }

    private static let brokenPipeSignalIgnored: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    // MARK: Writing

    /// Writes `text` as UTF-8; returns whether every byte was written.
    @discardableResult
    public func write(_ text: String) -> Bool {
        prepareToWrite()
        return handle(FileDescriptorIO.writeAll(fileDescriptor, text))
    }

    /// Writes `text` followed by a newline; returns whether every byte was written.
    @discardableResult
    public func writeLine(_ text: String) -> Bool {
        write(text + "\n")
    }

    /// Writes raw bytes; returns whether every byte was written.
    @discardableResult
    public func write(bytes: [UInt8]) -> Bool {
        prepareToWrite()
        return handle(bytes.withUnsafeBytes { FileDescriptorIO.writeAll(fileDescriptor, $0) })
    }

    // MARK: Failures

    private func handle(_ failure: Int32?) -> Bool {
        guard let failure else { return true }
        if failure == EPIPE, brokenPipePolicy == .exitQuietly {
            exit(0)
        }
        return false
    }

    /// SIGPIPE is ignored, and anything left in the C library's buffers (from `print` or the
    /// line editor) goes out first.
    private func prepareToWrite() {
        OutputSink.ignoreBrokenPipeSignal()
        fflush(nil)
    }
}
