import Foundation

/// File-system paths for `.load` and `.run`: the entries of the typed directory (relative to
/// the working directory, `~` expanded) starting with the typed name, directories with a
/// trailing `/`; hidden entries only when the typed name starts with `.`.
struct PathCompletion {
    /// Where relative paths start.
    var workingDirectory: String
    /// What `~` stands for (nil: `~` is not expanded).
    var homeDirectory: String?

    /// One directory entry that matches.
    private struct Entry {
        var name: String
        var isDirectory: Bool
    }

    // MARK: - Completing

    /// The paths completing `typed`; with `preferringScripts`, only directories and `.q` files
    /// are offered unless no such entry matches.
    func completion(of typed: Partial, preferringScripts: Bool) -> Completion {
        let none = Completion.none(at: typed.range.upperBound)
        if typed.text == "~", homeDirectory != nil {
            return Completion(replaceRange: typed.range, candidates: [quote("~/", typed, closed: false)],
                              suffixWhenUnique: "")
        }
        let bytes = Array(typed.text.utf8)
        let slash = bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
        let directoryPart = String(decoding: bytes[..<slash], as: UTF8.self)
        let namePrefix = Array(bytes[slash...])
        guard let directory = resolve(directoryPart) else { return none }
        var entries = matchingEntries(in: directory, prefix: namePrefix)
        if preferringScripts {
            let scripts = entries.filter { $0.isDirectory || $0.name.utf8.reversed().starts(with: "q.".utf8) }
            if !scripts.isEmpty { entries = scripts }
        }
        guard !entries.isEmpty else { return none }
        let candidates = entries.map { entry in
            quote(directoryPart + entry.name + (entry.isDirectory ? "/" : ""), typed, closed: !entry.isDirectory)
        }
        let onlyDirectory = entries.count == 1 && entries[0].isDirectory
        return Completion(replaceRange: typed.range, candidates: candidates, suffixWhenUnique: onlyDirectory ? "" : " ")
    }

    // MARK: - Helpers

    /// `path` as inserted: in double quotes when the typed word opened one or the path holds a
    /// blank or a quote; `closed` adds the closing quote (a file; a directory's path goes on).
    private func quote(_ path: String, _ typed: Partial, closed: Bool) -> String {
        let needsQuotes = typed.isQuoted || path.utf8.contains { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard needsQuotes else { return path }
        return "\"" + path + (closed ? "\"" : "")
    }

    /// The directory `part` (as typed, ending in `/` or empty) names on disk.
    private func resolve(_ part: String) -> String? {
        var path = part
        if path == "~/" || path.hasPrefix("~/") {
            guard let home = homeDirectory else { return nil }
            path = home + "/" + path.dropFirst(2)
        }
        if path.isEmpty { return workingDirectory }
        return path.hasPrefix("/") ? path : workingDirectory + "/" + path
    }

    /// The entries of `directory` whose names start with the bytes `prefix`, sorted by name.
    private func matchingEntries(in directory: String, prefix: [UInt8]) -> [Entry] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let showHidden = prefix.first == UInt8(ascii: ".")
        var entries: [Entry] = []
        for name in names where name.utf8.starts(with: prefix) {
            if !showHidden, name.utf8.first == UInt8(ascii: ".") { continue }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
            entries.append(Entry(name: name, isDirectory: isDirectory.boolValue))
        }
        return entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }
}
