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
        // Read the size fstat reported straight into the array, asking for one byte more: a
        // read that stops short right at that size has met the end of the file, which then
        // needs no further read to confirm (the usual case, one read per file).
        var atEnd = false
        var bytes = [UInt8](unsafeUninitializedCapacity: max(size, 0) + 1) { buffer, count in
            var total = 0
            while total <= size, let base = buffer.baseAddress {
                let wanted = size + 1 - total
                let got = read(fd, base + total, wanted)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = "cannot read: \(errorText())"
                    break
                }
                if got == 0 { atEnd = true; break }
                total += got
                if got < wanted && total == size { atEnd = true; break }
            }
            count = total
        }
        if let failure { return .failure(failure, .unreadable) }
        if atEnd { return .bytes(bytes, FileIdentity(info)) }
        // The file grew since fstat (or fstat does not know its size): read the rest.
        guard bytes.count > size else { return .bytes(bytes, FileIdentity(info)) }
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
