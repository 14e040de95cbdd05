import Foundation

// MARK: - A file to load

/// One reusable file per fuzzing process, for harnesses that must hand bytes to a loader that
/// reads paths. It lives in shared memory where there is some (`/dev/shm`), else in the
/// temporary directory, and is removed when the process exits normally.
public final class ScratchFile {
    /// The directory holding the file.
    public let directory: String

    /// A fresh directory for this process.
    public init() {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        directory = base + "/newsq-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to the file `name` in the directory (replacing any earlier one) and
    /// returns its path; stops the fuzzer if it cannot (that is the harness's failure, not an input's).
    public func write(_ bytes: [UInt8], name: String) -> String {
        let path = directory + "/" + name
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            fuzzRequire(false, "cannot write the scratch file \(path): \(error)")
        }
        return path
    }

    /// Removes the directory and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
