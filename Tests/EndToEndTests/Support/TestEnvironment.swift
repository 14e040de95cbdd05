import Foundation

// MARK: - Built products and scratch space for end-to-end tests

/// Locates the executables SwiftPM built next to the test bundle, and makes scratch directories.
enum TestEnvironment {
    /// The directory holding the built products (where the test binary itself lives).
    static var productsDirectory: String {
        let testBinary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return (testBinary as NSString).deletingLastPathComponent
    }

    /// The path of the built executable `name` (e.g. "newsq", "EditLineProbe").
    static func executable(_ name: String) -> String {
        productsDirectory + "/" + name
    }

    /// The package root (for `corpus/`), found from this file's path.
    static var packageRoot: String {
        let file = URL(fileURLWithPath: #filePath)
        return file.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// A new empty directory under the system's temporary directory.
    static func makeScratchDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "newsq-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A terminal environment: `TERM=xterm`, UTF-8, `HOME` and history inside `home`, nothing
    /// inherited but `PATH`.
    static func terminalEnvironment(home: String, extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "HOME": home,
            "NEWSQ_HISTORY": home + "/history",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }
}
