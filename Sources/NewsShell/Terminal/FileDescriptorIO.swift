#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Unbuffered descriptor writes

/// Writes straight to file descriptors, retrying after interrupted and partial writes.
enum FileDescriptorIO {
    /// Writes every byte of `bytes` to `fileDescriptor`; returns `nil` on success, else the
    /// `errno` of the write that failed.
    static func writeAll(_ fileDescriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(fileDescriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            next += written
            remaining -= written
        }
        return nil
    }

    /// Writes the UTF-8 bytes of `text`; returns `nil` on success, else the failing `errno`.
    static func writeAll(_ fileDescriptor: Int32, _ text: String) -> Int32? {
        var text = text
        return text.withUTF8 { writeAll(fileDescriptor, UnsafeRawBufferPointer($0)) }
    }

    /// The system's message for `code`, e.g. "No space left on device".
    static func describe(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message)
    }
}

// MARK: - Whole-file helpers

extension FileDescriptorIO {
    /// The last `limit` bytes (at most) of the regular file at `path`, starting at a line
    /// boundary when cut; empty for anything else (a device such as `/dev/null` or `/dev/full`,
    /// a FIFO: opened without blocking and never read).
    static func readRegularFile(_ path: String, limit: Int) -> Result<[UInt8], FileError> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(FileError(code: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(FileError(code: errno)) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .success([]) }
        let size = Int(status.st_size)
        let skipped = max(0, size - limit)
        if skipped > 0, lseek(descriptor, off_t(skipped), SEEK_SET) < 0 {
            return .failure(FileError(code: errno))
        }
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while contents.count < limit {
            let wanted = min(chunk.count, limit - contents.count)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
            if count > 0 {
                contents += chunk[0..<count]
            } else if count == 0 {
                break
            } else if errno != EINTR {
                return .failure(FileError(code: errno))
            }
        }
        if skipped > 0, let newline = contents.firstIndex(of: UInt8(ascii: "\n")) {
            contents.removeSubrange(...newline)  // the first line was cut: drop it
        }
        return .success(contents)
    }

    /// Creates `directory` and its missing parents with `mode` (like `mkdir -p`).
    static func makeDirectories(_ directory: String, mode: mode_t) -> Result<Void, FileError> {
        var prefix = directory.hasPrefix("/") ? "/" : ""
        for component in directory.split(separator: "/") {
            prefix += component
            if mkdir(prefix, mode) != 0, errno != EEXIST {
                return .failure(FileError(code: errno))
            }
            prefix += "/"
        }
        return .success(())
    }
}

/// A failed file operation: the `errno` it set.
struct FileError: Error, Equatable {
    /// The `errno` value.
    let code: Int32

    /// The system's message, e.g. "Permission denied".
    var message: String { FileDescriptorIO.describe(code) }
}

// MARK: - Reading a stream

extension FileDescriptorIO {
    /// Everything readable from `descriptor` until end of file, failing once more than `limit`
    /// bytes have arrived (the error is `EFBIG`).
    static func readAll(_ descriptor: Int32, limit: Int) -> Result<[UInt8], FileError> {
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                contents += chunk[0..<count]
                if contents.count > limit { return .failure(FileError(code: EFBIG)) }
            } else if count == 0 {
                return .success(contents)
            } else if errno != EINTR {
                return .failure(FileError(code: errno))
            }
        }
    }
}
