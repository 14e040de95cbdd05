import Foundation
import Testing

/// newsq run without a terminal: -e, -f, standard input, formats, errors and exit statuses.
@Suite struct ScriptModeTests {
    @Test func versionAndHelp() throws {
        let version = try NewsqRun.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.hasPrefix("0."))
        let help = try NewsqRun.run(["--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("--execute"))
        #expect(help.standardOutput.contains("Exit status"))
    }

    @Test func usageErrorsExitWithStatusTwo() throws {
        for arguments in [["--format", "jsn", "-e", "quotes"], ["--no-such-option"], ["-e"]] {
            let run = try NewsqRun.run(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.standardError.contains("Error:"), "\(arguments)")
            #expect(run.standardOutput.isEmpty)
        }
    }

    @Test func statementFromTheCommandLineOnTheBundledCorpus() throws {
        let run = try NewsqRun.run(["--format", "csv", "-e", "articles count"])
        #expect(run.status == 0)
        #expect(run.standardOutput == "count\r\n5\r\n")
        #expect(run.standardError.isEmpty)
    }

    @Test func severalStatementsRunInCommandLineOrder() throws {
        let directory = try TestEnvironment.makeScratchDirectory()
        let script = directory + "/one.q"
        try "topics count\n".write(toFile: script, atomically: true, encoding: .utf8)
        let run = try NewsqRun.run(["--format", "tsv", "-e", "articles count", "-f", script, "-e", "outlets count; articles count"])
        let counts = run.standardOutput.split(separator: "\n").filter { $0 != "count" }
        #expect(run.status == 0)
        #expect(counts.count == 4)
        #expect(counts.first == "5")
        #expect(counts.last == "5")
    }

    @Test func queryErrorsNameTheSourceLineAndColumnAndExitWithOne() throws {
        let run = try NewsqRun.run(["-e", "quotes wher speaker = Xi"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("<command-line>:1:8: error: expected 'where'"))
        #expect(run.standardError.contains("help: did you mean 'where'?"))
        #expect(run.standardOutput.isEmpty)
    }

    @Test func scriptErrorsNameTheFileAndGoOnUnlessBail() throws {
        let directory = try TestEnvironment.makeScratchDirectory()
        let script = directory + "/broken.q"
        try "-- a comment\narticles count\nquotes\n  where spekaer = Xi\narticles count\n".write(toFile: script, atomically: true, encoding: .utf8)
        let run = try NewsqRun.run(["--format", "csv", "-f", script])
        #expect(run.status == 1)
        #expect(run.standardError.contains("broken.q:4:9: error: unknown field 'spekaer'"))
        #expect(run.standardOutput.components(separatedBy: "count").count == 3)
        let bail = try NewsqRun.run(["--format", "csv", "--bail", "-f", script])
        #expect(bail.status == 1)
        #expect(bail.standardOutput.components(separatedBy: "count").count == 2)
    }

    @Test func statementsOnStandardInput() throws {
        let run = try NewsqRun.run(["--format", "csv"], input: "articles\n  where outlet is missing\n  count\n")
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("count\r\n"))
    }

    @Test func unreadableInputsAreNamedAndExitWithThree() throws {
        let missingScript = try NewsqRun.run(["-f", "/nonexistent/script.q"])
        #expect(missingScript.status == 3)
        #expect(missingScript.standardError.contains("/nonexistent/script.q"))
        let missingPath = try NewsqRun.run(["--format", "csv", "-e", "articles count", "corpus", "/nonexistent/articles"])
        #expect(missingPath.status == 3)
        #expect(missingPath.standardError.contains("/nonexistent/articles"))
        #expect(missingPath.standardOutput == "count\r\n5\r\n")
    }

    @Test func runNestsScriptsAndRefusesToRunItself() throws {
        let directory = try TestEnvironment.makeScratchDirectory()
        try ".run \(directory)/inner.q\n".write(toFile: directory + "/outer.q", atomically: true, encoding: .utf8)
        try "articles count\n".write(toFile: directory + "/inner.q", atomically: true, encoding: .utf8)
        try ".run \(directory)/self.q\n".write(toFile: directory + "/self.q", atomically: true, encoding: .utf8)
        let nested = try NewsqRun.run(["--format", "csv", "-f", directory + "/outer.q"])
        #expect(nested.status == 0)
        #expect(nested.standardOutput == "count\r\n5\r\n")
        let selfRun = try NewsqRun.run(["-f", directory + "/self.q"])
        #expect(selfRun.status == 1)
        #expect(selfRun.standardError.contains("cannot run itself"))
        #expect(selfRun.standardError.contains("self.q:1:6"))
    }

    @Test func relativeRunPathsAreTakenFromTheIncludingScriptsDirectory() throws {
        let directory = try TestEnvironment.makeScratchDirectory()
        try FileManager.default.createDirectory(atPath: directory + "/lib", withIntermediateDirectories: true)
        try ".run lib/count.q\n".write(toFile: directory + "/main.q", atomically: true, encoding: .utf8)
        try "articles count\n".write(toFile: directory + "/lib/count.q", atomically: true, encoding: .utf8)
        let run = try NewsqRun.run(["--format", "csv", "-f", directory + "/main.q"])
        #expect(run.status == 0)
        #expect(run.standardOutput == "count\r\n5\r\n")
    }

    @Test func dotCommandsInScripts() throws {
        let run = try NewsqRun.run([], input: ".mode csv\narticles count\n.mode jsn\n")
        #expect(run.status == 1)
        #expect(run.standardOutput == "count\r\n5\r\n")
        #expect(run.standardError.contains("<stdin>:3:7: error: expected a format"))
        #expect(run.standardError.contains("did you mean 'json'?"))
    }

    @Test func quitStopsTheScript() throws {
        let run = try NewsqRun.run(["--format", "csv"], input: "articles count\n.quit\narticles count\n")
        #expect(run.status == 0)
        #expect(run.standardOutput == "count\r\n5\r\n")
    }

    @Test func closedOutputPipeExitsQuietly() throws {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", "set -o pipefail; '\(TestEnvironment.executable("newsq"))' --format jsonl -e 'quotes' corpus | head -c 10 >/dev/null; echo \"status=${PIPESTATUS[0]}\""]
        shell.currentDirectoryURL = URL(fileURLWithPath: TestEnvironment.packageRoot)
        let pipe = Pipe(), errors = Pipe()
        shell.standardOutput = pipe
        shell.standardError = errors
        try shell.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(output.contains("status=0"))
        #expect(errorText.isEmpty)
    }
}
