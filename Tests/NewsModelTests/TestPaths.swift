import Foundation

/// Paths to the sample corpora, resolved from the package root (found via `#filePath`).
enum TestPaths {
    /// The package root: two directories above `Tests/NewsModelTests`.
    static let packageRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// `corpus/` of the package (the five sample articles).
    static var seeds: String { packageRoot + "/corpus" }
    /// The BBC corpus beside the package.
    static var bbc: String { packageRoot + "/../shared/corpus/bbc" }
    /// The gold annotations shipped with the tests.
    static var gold: String { packageRoot + "/Tests/NewsModelTests/Gold" }

    /// A fresh temporary directory.
    static func temporaryDirectory() -> String {
        let dir = NSTemporaryDirectory() + "newsq-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}
