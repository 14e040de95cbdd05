import Foundation
import Testing

/// The course in `examples/` stays true: each script, run as `newsq -f SCRIPT` from the package
/// root on the bundled corpus, prints exactly its `.expected` file (standard output and standard
/// error merged in the order written) and ends with its exit status — 0 for lessons, 1 for
/// `examples/errors/`, or what a leading `-- exit status: N` comment says.
///
/// `UPDATE_GOLDEN=1 make test` rewrites the `.expected` files instead of comparing, and prints
/// which ones changed; review the diff before committing. The exit status is checked either way.
@Suite struct GoldenExampleTests {
    @Test(arguments: GoldenExample.all())
    func examplePrintsItsExpectedOutput(_ example: GoldenExample) throws {
        let root = TestEnvironment.packageRoot
        let script = try String(contentsOfFile: root + "/" + example.path, encoding: .utf8)
        let run = try NewsqRun.run(["-f", example.path], directory: root, mergeOutput: true)
        let expectedStatus = example.expectedStatus(script: script)
        #expect(run.status == expectedStatus,
                "\(example.path) exited with status \(run.status), expected \(expectedStatus)")

        let expectedFile = root + "/" + example.expectedPath
        let expected = try? String(contentsOfFile: expectedFile, encoding: .utf8)
        if ProcessInfo.processInfo.environment[GoldenExample.updateVariable] == "1" {
            if GoldenDiff.describe(expected: expected ?? "", actual: run.combined) != nil || expected == nil {
                try run.combined.write(toFile: expectedFile, atomically: true, encoding: .utf8)
                print("updated \(example.expectedPath)")
            }
            return
        }
        guard let expected else {
            Issue.record("\(example.expectedPath) is missing; run UPDATE_GOLDEN=1 make test, then review it")
            return
        }
        if let difference = GoldenDiff.describe(expected: expected, actual: run.combined) {
            Issue.record("\(example.path) does not print \(example.expectedPath):\n\(difference)")
        }
    }

    @Test func theCourseHasItsLessonsAndErrorExamples() {
        let examples = GoldenExample.all().map(\.path)
        let lessons = examples.filter { !$0.hasPrefix(GoldenExample.errorsFolder) }
        let errors = examples.filter { $0.hasPrefix(GoldenExample.errorsFolder) }
        #expect(lessons.count >= 10)
        #expect(errors.count >= 15)
        #expect(lessons.allSatisfy { $0.split(separator: "/").last?.first?.isNumber == true })
    }

    @Test func everyExpectedOutputBelongsToAScriptAndTheLibraryHasNone() {
        let root = TestEnvironment.packageRoot
        let scripts = Set(GoldenExample.all().map(\.expectedPath))
        for file in GoldenExample.files(root: root) where file.hasSuffix(".expected") {
            #expect(scripts.contains(file), "\(file) has no script beside it (or is under examples/lib/)")
        }
        #expect(!GoldenExample.scripts(root: root).filter { $0.hasPrefix(GoldenExample.libraryFolder) }.isEmpty,
                "the lesson on scripts runs the scripts in examples/lib/")
    }

    @Test(arguments: [
        ("a\nb\nc", "a\nb\nc", nil),
        ("a\nb\nc", "a\nB\nc", "first difference at line 2 (expected 3 lines, got 3):\n  expected: \"b\"\n  actual:   \"B\""),
        ("a\nb", "a", "first difference at line 2 (expected 2 lines, got 1):\n  expected: \"b\"\n  actual:   (end of output)"),
        ("\u{E9}", "e\u{301}", "first difference at line 1 (expected 1 lines, got 1):\n  expected: \"\u{E9}\"\n  actual:   \"e\u{301}\""),
        ("a\r\n", "a\n", "first difference at line 1 (expected 2 lines, got 2):\n  expected: \"a\\r\"\n  actual:   \"a\""),
    ] as [(String, String, String?)])
    func differencesNameTheFirstDifferingLine(expected: String, actual: String, description: String?) {
        #expect(GoldenDiff.describe(expected: expected, actual: actual) == description)
    }

    @Test func theExitStatusComesFromTheFolderOrALeadingComment() {
        let lesson = GoldenExample(path: "examples/01-first-queries.q")
        let error = GoldenExample(path: "examples/errors/01-unterminated-string.q")
        #expect(lesson.expectedStatus(script: "articles\n") == 0)
        #expect(error.expectedStatus(script: "-- a string\nquotes where a = \"x\n") == 1)
        #expect(error.expectedStatus(script: "-- warnings only\n-- exit status: 0\nquotes\n") == 0)
        #expect(error.expectedStatus(script: "quotes\n-- exit status: 3\n") == 1)
        #expect(lesson.expectedPath == "examples/01-first-queries.expected")
    }
}
