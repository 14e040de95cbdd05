#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Reading files

/// Which file a path reaches (device and inode), so one file reached twice is noticed.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
        device = UInt64(truncatingIfNeeded: info.st_dev)
        inode = UInt64(truncatingIfNeeded: info.st_ino)
    }
}

/// Reads whole files with POSIX calls, refusing files over a size limit.
enum FileReader {
    /// The largest file read: 256 MiB.
    static let sizeLimit = 256 << 20

    /// The result of reading one file.
    enum Outcome {
        case bytes([UInt8], FileIdentity)
        /// Why the file could not be read, and what sort of problem that is.
        case failure(String, LoadWarning.Kind)
    }

    /// Reads the file at `path` (at most `limit` bytes).
    static func readFile(_ path: String, limit: Int = sizeLimit) -> Outcome {
        // O_NONBLOCK: opening a FIFO with no writer must not hang the load; it is then skipped.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure("cannot open: \(errorText())", .unreadable) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure("cannot read: \(errorText())", .unreadable) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure("cannot read: is a directory", .skipped) }
        if (info.st_mode & S_IFMT) != S_IFREG { return .failure("not a regular file (a device, FIFO or socket); skipped", .skipped) }
        let size = Int(info.st_size)
        if size > limit { return .failure("file too large (\(size) bytes; the limit is \(limit >> 20) MiB); skipped", .skipped) }
        var failure: String?
        // Read the size fstat reported straight into the array, then whatever the file grew by.
        var bytes = [UInt8](unsafeUninitializedCapacity: max(size, 0)) { buffer, count in
            var total = 0
            while total < size, let base = buffer.baseAddress {
                let got = read(fd, base + total, size - total)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = "cannot read: \(errorText())"
                    break
                }
                if got == 0 { break }
                total += got
            }
            count = total
        }
        if let failure { return .failure(failure, .unreadable) }
        // Whatever the file grew by since fstat (or a file whose size fstat does not know).
        var probe: UInt8 = 0
        var got = read(fd, &probe, 1)
        while got < 0 && errno == EINTR { got = read(fd, &probe, 1) }
        if got < 0 { return .failure("cannot read: \(errorText())", .unreadable) }
        if got == 0 { return .bytes(bytes, FileIdentity(info)) }
        bytes.append(probe)
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure("cannot read: \(errorText())", .unreadable)
            }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
            if bytes.count > limit { return .failure("file too large (over \(limit >> 20) MiB); skipped", .skipped) }
        }
        return .bytes(bytes, FileIdentity(info))
    }

    /// The message for the current `errno`.
    static func errorText() -> String {
        guard let message = strerror(errno) else { return "error \(errno)" }
        return String(cString: message)
    }
}
