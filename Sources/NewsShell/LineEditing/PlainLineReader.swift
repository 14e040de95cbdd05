#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Plain line reader

/// Reads lines from a file descriptor without any editing: for pipes, scripts and tests.
///
/// No prompt is shown (as sqlite3 does when its input is not a terminal). Lines end at `\n`;
/// a `\r` before it is dropped; the last line may lack its `\n`. Lines of any length are read
/// (each byte is examined once); invalid UTF-8 becomes U+FFFD. If a Ctrl-C interrupts a read
/// (only possible when a `SIGINT` handler without `SA_RESTART` is installed) the result is
/// ``LineReadResult/interrupted``; buffered input is kept.
public final class PlainLineReader: LineReader {
    /// Never consulted: plain input has no Tab key. Kept so drivers can treat readers alike.
    public var completer: (any LineCompleter)?

    private let fileDescriptor: Int32
    private let history: HistoryStore?
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var start = 0
    /// How far past `start` the buffer is known to hold no newline.
    private var scanned = 0
    private var reachedEnd = false
    private let chunkSize: Int

    /// A reader of `fileDescriptor` (standard input by default) that records added entries in
    /// `history` when given. `chunkSize` is how many bytes one `read(2)` asks for.
    public init(fileDescriptor: Int32 = STDIN_FILENO, history: HistoryStore? = nil, chunkSize: Int = 64 * 1024) {
        self.fileDescriptor = fileDescriptor
        self.history = history
        self.chunkSize = max(1, chunkSize)
    }

    // MARK: LineReader

    /// Reads the next line; `prompt` is not shown.
    public func readLine(prompt: String) -> LineReadResult {
        while true {
            if let newline = buffer[(start + scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                return .line(takeLine(upTo: newline, skipping: 1))
            }
            scanned = buffer.count - start
            if reachedEnd {
                guard start < buffer.count else { return .endOfInput }
                return .line(takeLine(upTo: buffer.count, skipping: 0))
            }
            switch fill() {
            case .filled: continue
            case .end: reachedEnd = true
            case .interrupted: return .interrupted
            }
        }
    }

    /// Records `entry` in the history store, when the reader has one.
    public func addHistory(_ entry: String) {
        history?.record(entry)
    }

    // MARK: Buffer

    private func takeLine(upTo end: Int, skipping terminatorLength: Int) -> String {
        var lineEnd = end
        if terminatorLength > 0, lineEnd > start, buffer[lineEnd - 1] == UInt8(ascii: "\r") {
            lineEnd -= 1
        }
        let line = String(decoding: buffer[start..<lineEnd], as: UTF8.self)
        start = end + terminatorLength
        scanned = 0
        if start >= buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        return line
    }

    private enum FillOutcome { case filled, end, interrupted }

    private func fill() -> FillOutcome {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let previousCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        while true {
            let count = buffer.withUnsafeMutableBytes { bytes -> Int in
                guard let base = bytes.baseAddress else { return 0 }
                return read(fileDescriptor, base + previousCount, chunkSize)
            }
            if count > 0 {
                buffer.removeLast(chunkSize - count)
                return .filled
            }
            if count < 0, errno == EINTR {
                if Interrupts.takePending() {
                    buffer.removeLast(chunkSize)
                    return .interrupted
                }
                continue
            }
            buffer.removeLast(chunkSize)
            return .end
        }
    }
}
