import Foundation

// MARK: - Topic catalogue

/// Reads topic files (`slug | Label | keyword, keyword phrase, prefix*`) and finds the
/// catalogue shipped with newsq.
///
/// The shipped file is looked up without `Bundle.module` (which traps when the resource
/// bundle is missing): next to the running executable (`/proc/self/exe`, then
/// `Bundle.main`), then in the source tree. When none is found, loading goes on with a
/// warning and no topics.
public enum TopicCatalog {
    /// The name of the resource bundle directory SwiftPM puts next to the executable.
    static let bundleNames = ["newsq_NewsModel.resources", "newsq_NewsModel.bundle", "newsq_NewsModel.bundle/Contents/Resources"]

    /// The largest topic file read: 16 MiB.
    static let userFileSizeLimit = 16 << 20

    /// The shipped catalogue plus the user's files; a slug defined again gains the new keywords.
    public static func load(userFiles: [String]) -> (topics: [Topic], warnings: [LoadWarning]) {
        var topics: [Topic] = []
        var warnings: [LoadWarning] = []
        if let path = bundledPath(), case .bytes(let bytes, _) = FileReader.readFile(path) {
            parse(String(decoding: bytes, as: UTF8.self), file: path, into: &topics, warnings: &warnings)
        } else {
            warnings.append(LoadWarning(file: "topics.txt", message: "the bundled topic catalogue was not found; no built-in topics"))
        }
        for file in userFiles {
            switch FileReader.readFile(file, limit: Self.userFileSizeLimit) {
            case .bytes(let bytes, _):
                guard case .text(let text, _) = TextDecoder.decode(bytes) else {
                    warnings.append(LoadWarning(file: file, message: "not a text file; no topics read", kind: .malformed))
                    continue
                }
                parse(String(decoding: text, as: UTF8.self), file: file, into: &topics, warnings: &warnings)
            case .failure(let message, let kind):
                warnings.append(LoadWarning(file: file, message: message, kind: kind))
            }
        }
        return (topics, warnings)
    }

    /// Where the shipped `topics.txt` is, if anywhere.
    static func bundledPath() -> String? {
        var directories: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            directories.append((exe as NSString).deletingLastPathComponent)
        }
        directories.append(Bundle.main.bundleURL.path)
        directories.append(Bundle.main.bundleURL.deletingLastPathComponent().path)
        for dir in directories {
            for bundle in bundleNames {
                let path = dir + "/" + bundle + "/topics.txt"
                if FileManager.default.isReadableFile(atPath: path) { return path }
            }
        }
        // The source tree: Sources/NewsModel/Loading/TopicCatalog.swift → Sources/NewsModel/Resources/topics.txt.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/topics.txt").path
        return FileManager.default.isReadableFile(atPath: source) ? source : nil
    }

    // MARK: - Parsing

    /// Parses topic lines from `text`, appending to (or extending) `topics`; ids are positions.
    public static func parse(_ text: String, file: String, into topics: inout [Topic], warnings: inout [LoadWarning]) {
        var bad: [Int] = []
        // Spaces and tabs are trimmed byte by byte in ASCII text, by Foundation otherwise.
        func trimmed(_ s: Substring) -> String {
            String(s).trimmingASCIIWhitespace { $0.trimmingCharacters(in: .whitespaces) }
        }
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = trimmed(raw)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(trimmed)
            guard fields.count == 3, isSlug(fields[0]), !fields[1].isEmpty else { bad.append(index + 1); continue }
            let keywords = fields[2].split(separator: ",")
                .map { trimmed($0).lowercased() }
                .filter { !$0.isEmpty && $0 != "*" }
            guard !keywords.isEmpty else { bad.append(index + 1); continue }
            if let existing = topics.firstIndex(where: { $0.slug == fields[0] }) {
                for k in keywords where !topics[existing].keywords.contains(k) { topics[existing].keywords.append(k) }
            } else {
                topics.append(Topic(id: TopicID(topics.count), slug: fields[0], label: fields[1], keywords: keywords))
            }
        }
        if let first = bad.first {
            warnings.append(LoadWarning(file: file, message:
                "\(bad.count) line(s) not of the form `slug | Label | keyword, ...`, first at line \(first); ignored", kind: .malformed))
        }
    }

    /// Lowercase letters, digits and hyphens.
    static func isSlug(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { ByteClass.isLower($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: "-") }
    }
}
