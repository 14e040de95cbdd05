import Foundation

/// How paths are shown to the user: short and stable, relative to the current directory when
/// they lie below it.
enum DisplayPath {
    /// `path` relative to the current directory when it lies below it; otherwise unchanged.
    static func relativeToCurrentDirectory(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let standard = URL(fileURLWithPath: path).standardizedFileURL.path
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        if standard.hasPrefix(prefix) {
            return String(standard.dropFirst(prefix.count))
        }
        return path
    }
}
