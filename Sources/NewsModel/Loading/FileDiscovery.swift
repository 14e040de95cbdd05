#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Finding files

/// A file to load, named as the user will see it.
struct DiscoveredFile: Equatable {
    /// The path as given, joined with the path below a given directory.
    var display: String
    /// Whether it is JSON (`.json`) or JSON Lines (`.jsonl`); otherwise text.
    var format: Format

    /// How a file's bytes hold articles.
    enum Format: Equatable { case text, json, jsonLines }
}

/// Expands the paths a user gives into the files to load.
///
/// Directories are searched recursively in byte order of names (so article ids are
/// stable); hidden entries are skipped, and only `.txt`, `.json` and `.jsonl` files are
/// taken from directories. A file named explicitly is read whatever its extension (as text
/// unless it is JSON). A directory reached twice (a symlink loop) and unreadable entries
/// are reported and skipped. (The same file reached twice is skipped when it is read; see
/// ``CorpusLoader``.)
struct FileDiscovery {
    private(set) var files: [DiscoveredFile] = []
    private(set) var warnings: [LoadWarning] = []
    private var visitedDirectories = Set<FileIdentity>()
    /// Directories nested deeper than this are not entered.
    static let depthLimit = 64


    /// Discovers the files under `paths`.
    init(paths: [String]) {
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                warnings.append(LoadWarning(file: path, message: "cannot open: \(FileReader.errorText())", kind: .unreadable))
                continue
            }
            if isDirectory(info) {
                walk(path, display: path, identity: identity(info), depth: 0)
            } else {
                add(display: path, explicit: true)
            }
        }
    }

    private func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }

    private func identity(_ info: stat) -> FileIdentity { FileIdentity(info) }

    /// The format a file's name implies; `nil` for files a directory search skips.
    static func format(of name: String) -> DiscoveredFile.Format? {
        let lower = name.lowercased()
        if lower.hasSuffix(".jsonl") { return .jsonLines }
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".txt") { return .text }
        return nil
    }

    private mutating func add(display: String, explicit: Bool) {
        let name = display.split(separator: "/").last.map(String.init) ?? display
        guard let format = FileDiscovery.format(of: name) ?? (explicit ? .text : nil) else { return }
        files.append(DiscoveredFile(display: display, format: format))
    }

    // MARK: - Directories

    private mutating func walk(_ path: String, display: String, identity id: FileIdentity, depth: Int) {
        guard !visitedDirectories.contains(id) else {
            warnings.append(LoadWarning(file: display, message: "directory already visited (symlink loop?); skipped", kind: .skipped))
            return
        }
        guard depth < FileDiscovery.depthLimit else {
            warnings.append(LoadWarning(file: display, message: "directories nested too deep; skipped", kind: .skipped))
            return
        }
        visitedDirectories.insert(id)
        guard let names = FileDiscovery.entries(of: path) else {
            warnings.append(LoadWarning(file: display, message: "cannot read directory: \(FileReader.errorText())", kind: .unreadable))
            return
        }
        let separator = display.hasSuffix("/") ? "" : "/"
        let pathSeparator = path.hasSuffix("/") ? "" : "/"
        for (name, type) in names {
            let child = path + pathSeparator + name
            let childDisplay = display + separator + name
            // A regular file named like an article needs no stat; anything else (directories,
            // symlinks, unknown types) is looked at.
            if type == FileDiscovery.regularFileType, let format = FileDiscovery.format(of: name) {
                files.append(DiscoveredFile(display: childDisplay, format: format))
                continue
            }
            var info = stat()
            guard stat(child, &info) == 0 else {
                warnings.append(LoadWarning(file: childDisplay, message: "cannot open: \(FileReader.errorText())", kind: .unreadable))
                continue
            }
            if isDirectory(info) {
                walk(child, display: childDisplay, identity: identity(info), depth: depth + 1)
            } else if (info.st_mode & S_IFMT) == S_IFREG {
                add(display: childDisplay, explicit: false)
            }
        }
    }

    /// `d_type` of a regular file.
    static let regularFileType = UInt8(DT_REG)

    /// The visible entries of a directory (name and `d_type`) in byte order of names, or `nil`
    /// when it cannot be read.
    static func entries(of path: String) -> [(String, UInt8)]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [(String, UInt8)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if name.hasPrefix(".") { continue }
            names.append((name, entry.pointee.d_type))
        }
        names.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        return names
    }
}
