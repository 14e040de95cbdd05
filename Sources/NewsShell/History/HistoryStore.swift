#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - History store

/// The statements entered in the shell, kept across sessions in one file (see
/// ``HistoryLocation`` for where, ``HistoryFileFormat`` for how).
///
/// - Each statement is appended as it is entered (its own `open(O_APPEND)` + `write`), so
///   nothing is lost when the process is killed; a multi-line statement is one entry.
/// - A statement equal to the newest entry, or blank, is not recorded.
/// - Memory holds at most ``capacity`` entries; when the file grows past twice that, it is
///   rewritten with the newest ``capacity`` entries through a temporary file and `rename`, so
///   it is never half-written.
/// - The file is created with mode 0600; an existing regular file with a wider mode is
///   tightened to 0600 (history may hold sensitive searches). Devices such as `/dev/null` are
///   written to but never read, re-moded or replaced (`NEWSQ_HISTORY=/dev/null` turns
///   persistence off); at most the last 16 MiB of a file are read.
/// - A file that cannot be read or written costs ONE warning; the session goes on with its
///   in-memory history and stops writing after the first failed write.
public final class HistoryStore {
    /// Entries kept when no capacity is given.
    public static let defaultCapacity = 1000
    /// The most of a history file that is read (its end): a bound for a file grown by hand.
    static let readLimit = 16 * 1024 * 1024

    /// The history file, or `nil` for a session that keeps history in memory only.
    public let path: String?
    /// The most entries kept in memory (and, after compaction, in the file).
    public let capacity: Int
    /// The entries, oldest first (for Up-arrow and `.history`).
    public private(set) var entries: [String] = []

    private let warn: (String) -> Void
    private var hasWarned = false
    private var writingDisabled = false
    private var entriesInFile = 0
    private var fileEndsMidLine = false

    /// Opens the history at `path` (loading what it holds) and reports problems through `warn`,
    /// at most once. `capacity` below 1 is treated as 1.
    public init(
        path: String?,
        capacity: Int = HistoryStore.defaultCapacity,
        warn: @escaping (String) -> Void = { OutputSink.standardError.writeLine($0) }
    ) {
        self.path = path
        self.capacity = max(1, capacity)
        self.warn = warn
        load()
    }

    // MARK: Recording

    /// Records `entry` (trailing line breaks removed) unless it is blank or repeats the newest
    /// entry; returns whether it was recorded.
    @discardableResult
    public func record(_ entry: String) -> Bool {
        let normalized = HistoryStore.normalize(entry)
        guard !normalized.isEmpty, normalized != entries.last else { return false }
        entries.append(normalized)
        if entries.count > capacity {
            entries.removeFirst(entries.count - capacity)
        }
        append(normalized)
        return true
    }

    /// `entry` without trailing line breaks, or empty when it holds only white space.
    static func normalize(_ entry: String) -> String {
        let bytes = Array(entry.utf8)
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard bytes.contains(where: { !isSpace($0) }) else { return "" }
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return end == bytes.count ? entry : String(decoding: bytes[0..<end], as: UTF8.self)
    }

    // MARK: File

    private func load() {
        guard let path else { return }
        switch FileDescriptorIO.readRegularFile(path, limit: HistoryStore.readLimit) {
        case .success(let bytes):
            let stored = HistoryFileFormat.decode(bytes)
            entriesInFile = stored.count
            fileEndsMidLine = HistoryFileFormat.endsMidLine(bytes)
            entries = Array(stored.suffix(capacity))
        case .failure(let error) where error.code == ENOENT:
            break
        case .failure(let error):
            warnOnce("newsq: warning: cannot read history file \(path): \(error.message)")
        }
    }

    private func append(_ entry: String) {
        guard let path, !writingDisabled else { return }
        var line = HistoryFileFormat.encodeLine(entry)
        if fileEndsMidLine { line.insert(UInt8(ascii: "\n"), at: 0) }
        switch openForAppending(path) {
        case .failure(let error):
            disableWriting(path, error)
        case .success(let descriptor):
            defer { close(descriptor) }
            let failure = line.withUnsafeBytes { FileDescriptorIO.writeAll(descriptor, $0) }
            if let failure {
                fileEndsMidLine = true
                disableWriting(path, FileError(code: failure))
                return
            }
            fileEndsMidLine = false
            entriesInFile += 1
            if entriesInFile > 2 * capacity, isRegularFile(descriptor) {
                compact(path)
            }
        }
    }

    private func openForAppending(_ path: String) -> Result<Int32, FileError> {
        if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.utf8.startIndex {
            let directory = String(path[..<slash])
            if case .failure(let error) = FileDescriptorIO.makeDirectories(directory, mode: 0o700) {
                return .failure(error)
            }
        }
        // O_NONBLOCK: a FIFO without a reader fails (ENXIO) instead of hanging the shell.
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return .failure(FileError(code: errno)) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
            status.st_mode & 0o077 != 0
        {
            _ = fchmod(descriptor, 0o600)
        }
        return .success(descriptor)
    }

    private func isRegularFile(_ descriptor: Int32) -> Bool {
        var status = stat()
        return fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// Rewrites the file with its newest `capacity` entries: temporary file, then `rename`.
    /// The file is re-read first, so entries appended by another session are kept.
    private func compact(_ path: String) {
        guard case .success(let bytes) = FileDescriptorIO.readRegularFile(path, limit: HistoryStore.readLimit) else {
            return
        }
        let newest = HistoryFileFormat.decode(bytes).suffix(capacity)
        var contents: [UInt8] = []
        for entry in newest { contents += HistoryFileFormat.encodeLine(entry) }
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let failure = contents.withUnsafeBytes { FileDescriptorIO.writeAll(descriptor, $0) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard failure == nil, synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            return
        }
        entriesInFile = newest.count
    }

    // MARK: Warnings

    private func disableWriting(_ path: String, _ error: FileError) {
        writingDisabled = true
        warnOnce("newsq: warning: cannot save history to \(path): \(error.message); "
            + "this session's statements will not be kept")
    }

    private func warnOnce(_ message: String) {
        guard !hasWarned else { return }
        hasWarned = true
        warn(message)
    }
}
