import Foundation

/// Finds the sample corpus that ships with newsq, loaded when no path is given.
public enum BundledCorpus {
    /// The directory holding the bundled articles, searched in order: `$NEWSQ_CORPUS`, the
    /// `corpus/` folder of the source tree the binary was built from, `corpus/` beside the
    /// executable's build folder. Returned as a path relative to the current directory when it
    /// lies below it, so that file names in results stay short and stable.
    public static func directory() -> String? {
        let sourceFile = #filePath
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["NEWSQ_CORPUS"], !env.isEmpty {
            candidates.append(env)
        }
        // Sources/NewsShell/Session/BundledCorpus.swift → package root.
        let root = URL(fileURLWithPath: sourceFile)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent("corpus").path)
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        // .build/<config>/newsq → package root/corpus
        candidates.append(executable.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus").path)
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                return DisplayPath.relativeToCurrentDirectory(candidate)
            }
        }
        return nil
    }
}
