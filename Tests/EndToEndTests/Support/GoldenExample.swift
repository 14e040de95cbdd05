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
    /// `nil` when the texts are the same bytes (not merely canonically equivalent, as `==` on
    /// `String` would allow); otherwise the first differing line with both versions.
    static func describe(expected: String, actual: String) -> String? {
        guard !expected.utf8.elementsEqual(actual.utf8) else { return nil }
        let want = lines(of: expected)
        let got = lines(of: actual)
        var line = 0
        while line < want.count, line < got.count, want[line].utf8.elementsEqual(got[line].utf8) { line += 1 }
        let expectedLine = line < want.count ? String(reflecting: want[line]) : "(end of output)"
        let actualLine = line < got.count ? String(reflecting: got[line]) : "(end of output)"
        return """
        first difference at line \(line + 1) (expected \(want.count) lines, got \(got.count)):
          expected: \(expectedLine)
          actual:   \(actualLine)
        """
    }

    /// The lines of `text`, split at each line feed byte: "\r\n" is a single Character to
    /// `String.split`, and CSV output ends its lines with it.
    static func lines(of text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }
}
