import Foundation
import Testing

// MARK: - The scripts of examples/ and what they must print

/// One script of `examples/` run by `GoldenExampleTests`: where it is, where its expected output
/// is, and the exit status it must end with.
struct GoldenExample: Sendable, CustomTestStringConvertible {
    /// The script's path relative to the package root (`examples/01-first-queries.q`).
    let path: String

    /// The folder of scripts that lessons run with `.run`; they have no expected output of their own.
    static let libraryFolder = "examples/lib/"
    /// The folder of scripts that show diagnostics; they end with status 1 unless they say otherwise.
    static let errorsFolder = "examples/errors/"
    /// Set to `1` to rewrite the expected outputs instead of comparing with them.
    static let updateVariable = "UPDATE_GOLDEN"

    var testDescription: String { path }

    /// The expected output beside the script: `examples/01-first-queries.expected`.
    var expectedPath: String {
        String(path.dropLast(2)) + ".expected"
    }

    /// The exit status the script must end with: a leading comment line `-- exit status: N`
    /// says so explicitly (a warning-only script, an unreadable file); otherwise 1 under
    /// `examples/errors/` and 0 for the lessons.
    func expectedStatus(script: String) -> Int32 {
        for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard trimmed.hasPrefix("--") else { break }
            let comment = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
            if comment.hasPrefix("exit status:"), let status = Int32(comment.dropFirst("exit status:".count)
                .trimmingCharacters(in: .whitespaces)) {
                return status
            }
        }
        return path.hasPrefix(Self.errorsFolder) ? 1 : 0
    }

    /// Every `.q` script under `examples/` except `examples/lib/`, in path order, found when the
    /// tests run (a new lesson needs no change here).
    static func all(root: String = TestEnvironment.packageRoot) -> [GoldenExample] {
        scripts(root: root).filter { !$0.hasPrefix(libraryFolder) }.map(GoldenExample.init)
    }

    /// Every `.q` file under `examples/`, relative to `root`, sorted.
    static func scripts(root: String) -> [String] {
        files(root: root).filter { $0.hasSuffix(".q") }
    }

    /// Every file under `examples/`, relative to `root`, sorted.
    static func files(root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root + "/examples") else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            found.append("examples/" + relative)
        }
        return found.sorted()
    }
}

// MARK: - Comparing outputs

/// The first difference between an expected and an actual output, written for a person.
enum GoldenDiff {
    /// `nil` when the texts are equal; otherwise the first differing line with both versions.
    static func describe(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var line = 0
        while line < want.count, line < got.count, want[line] == got[line] { line += 1 }
        let expectedLine = line < want.count ? String(reflecting: String(want[line])) : "(end of output)"
        let actualLine = line < got.count ? String(reflecting: String(got[line])) : "(end of output)"
        return """
        first difference at line \(line + 1) (expected \(want.count) lines, got \(got.count)):
          expected: \(expectedLine)
          actual:   \(actualLine)
        """
    }
}
