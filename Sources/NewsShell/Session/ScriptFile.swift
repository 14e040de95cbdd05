#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads query scripts (`-f`, `.run`, standard input) as text, with the size limit and a
/// message naming the file for each way reading can fail.
public enum ScriptFile {
    /// Why a script could not be read; the message names the file.
    public struct Problem: Error, Sendable {
        public var message: String
    }

    /// The text of the script at `path`. Invalid UTF-8 is replaced (U+FFFD), never fatal.
    public static func read(_ path: String) -> Result<String, Problem> {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            return .failure(Problem(message: "cannot read '\(path)': it is a directory"))
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(Problem(message: "cannot read '\(path)': \(FileDescriptorIO.describe(errno))"))
        }
        defer { close(descriptor) }
        return readAll(descriptor).mapError { Problem(message: "cannot read '\(path)': \($0.message)") }
    }

    /// The text readable from `descriptor` (standard input for piped statements).
    public static func readAll(_ descriptor: Int32) -> Result<String, Problem> {
        switch FileDescriptorIO.readAll(descriptor, limit: SessionLimits.maxScriptSize) {
        case .success(let bytes): return .success(String(decoding: bytes, as: UTF8.self))
        case .failure(let error) where error.code == EFBIG:
            return .failure(Problem(message: "larger than the script size limit (\(SessionLimits.maxScriptSize >> 20) MiB)"))
        case .failure(let error): return .failure(Problem(message: error.message))
        }
    }
}
