import Foundation
import Testing
import TestSupport

/// newsq given hostile input from outside: scripts of garbage bytes, scripts that run each
/// other in a cycle or too deep, article text that tries to drive the terminal, files that
/// are not files, and a reader that goes away. Always a result or a clear error, an exit
/// status and no crash or hang. (ScriptModeTests covers a script running itself directly
/// and a pipe closed after ten bytes.)
@Suite struct HostileCommandLineTests {
    /// Seconds after which a run counts as hung.
    static let timeLimit = 120

    /// Runs newsq under the time limit and checks that it exited by itself (not by a signal or the limit).
    private func run(_ arguments: [String], input: String? = nil) throws -> NewsqRun {
        let run = try NewsqRun.run(arguments, input: input, timeLimit: Self.timeLimit)
        #expect(run.status < 4, "status \(run.status) for \(arguments): \(run.standardError)")
        return run
    }

    /// Runs a bash pipeline in the package root; what it printed.
    private func pipeline(_ command: String) throws -> (output: String, errors: String) {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", command]
        shell.currentDirectoryURL = URL(fileURLWithPath: TestEnvironment.packageRoot)
        shell.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
        let output = Pipe(), errors = Pipe()
        shell.standardOutput = output
        shell.standardError = errors
        try shell.run()
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        shell.waitUntilExit()
        return (String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    /// Whether `text` holds a control character other than a line break (what a terminal would obey).
    private func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }
    }

    // MARK: - A reader that goes away

    /// `newsq -e quotes | head -1`, with enough output (the statement given 300 times) that
    /// newsq is still writing when `head` exits: quiet, status 0.
    @Test func outputToAClosedPipeExitsQuietlyWithStatusZero() throws {
        let newsq = TestEnvironment.executable("newsq")
        let statements = Array(repeating: "-e quotes", count: 300).joined(separator: " ")
        for reader in ["head -1", "true"] {
            let (output, errors) = try pipeline("timeout -s KILL \(Self.timeLimit) '\(newsq)' \(statements) corpus | \(reader) >/dev/null; echo \"status=${PIPESTATUS[0]}\"")
            #expect(output == "status=0\n", "\(reader): \(output)")
            #expect(errors.isEmpty, "\(reader): \(errors)")
        }
    }

    // MARK: - Scripts

    @Test func scriptsRunningEachOtherInACycleAreRefused() throws {
        let directory = try TestEnvironment.makeScratchDirectory()
        try ".run \(directory)/b.q\n".write(toFile: directory + "/a.q", atomically: true, encoding: .utf8)
        try "articles count\n.run \(directory)/a.q\n".write(toFile: directory + "/b.q", atomically: true, encoding: .utf8)
        let cycle = try run(["--format", "csv", "-f", directory + "/a.q"])
        #expect(cycle.status == 1)
        #expect(cycle.standardOutput == "count\r\n5\r\n")
        #expect(cycle.standardError.contains("cannot run itself"))
        #expect(cycle.standardError.contains("b.q:2:"))
    }

    @Test func runNestedPastItsLimitIsANamedError() throws {
        let directory = try TestEnvironment.makeScratchDirectory()
        let depth = 20
        for level in 0..<depth {
            try ".run \(directory)/s\(level + 1).q\n".write(toFile: directory + "/s\(level).q", atomically: true, encoding: .utf8)
        }
        try "articles count\n".write(toFile: directory + "/s\(depth).q", atomically: true, encoding: .utf8)
        let deep = try run(["--format", "csv", "-f", directory + "/s0.q"])
        #expect(deep.status == 1)
        #expect(deep.standardOutput.isEmpty)
        #expect(deep.standardError.contains("nested too deeply (limit 16)"))
        let shallow = try run(["--format", "csv", "-f", directory + "/s\(depth - 10).q"])
        #expect(shallow.status == 0)
        #expect(shallow.standardOutput == "count\r\n5\r\n")
    }

    /// Scripts of NUL bytes, invalid or truncated UTF-8, escape sequences and seeded random
    /// bytes: errors naming the script, status 1, and nothing raw on standard error.
    @Test(arguments: 0..<6)
    func garbageScriptsGiveErrorsNotCrashes(kind: Int) throws {
        var generator = SplitMix64(seed: UInt64(kind) + 7)
        let bytes: [UInt8] = switch kind {
        case 0: Array("quotes where text = \"a\0b\"\n\0\0\0\narticles count\n".utf8)
        case 1: Array("quotes where text = \"caf".utf8) + [0xC3]
        case 2: Array("articles where title ~ ".utf8) + [0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xFF, 0x0A] + Array("articles count\n".utf8)
        case 3: Array("quotes where text ~ \u{1B}[2J\u{1B}]0;owned\u{07} count\n\u{1B}[31mred\n".utf8)
        default: (0..<4_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        }
        let directory = try TestEnvironment.makeScratchDirectory()
        let script = directory + "/garbage.q"
        try Data(bytes).write(to: URL(fileURLWithPath: script))
        let result = try run(["--format", "csv", "-f", script])
        #expect(result.status == 1)
        #expect(result.standardError.contains("garbage.q:"))
        #expect(!hasRawControl(result.standardError), "\(result.standardError.debugDescription)")
        let piped = try run(["--format", "csv"], input: String(decoding: bytes, as: UTF8.self))
        #expect(piped.status == 1)
        #expect(!hasRawControl(piped.standardError))
    }

    // MARK: - Articles

    /// Escape sequences and other controls inside article text reach the table escaped.
    @Test func controlCharactersInArticlesAreShownEscaped() throws {
        let directory = try TestEnvironment.makeScratchDirectory()
        // Few enough control bytes that the file is text, not binary (see TextDecoder).
        let plain = "The harbour reopened on Monday after a week of repairs, officials said on the quay.\n\n"
        let article = "Headline \u{1B}[2J here\n\n" + String(repeating: plain, count: 4)
            + "\"Clear \u{1B}]0;owned\u{07}the screen \u{9B}1m\u{1B}[31mnow,\" said Ann Lee.\n\n" + plain
        try article.write(toFile: directory + "/evil.txt", atomically: true, encoding: .utf8)
        for statement in ["quotes select text, speaker", "articles select title", "show quote 1", "show article 1"] {
            let result = try run(["--format", "table", "-e", statement, directory])
            #expect(result.status == 0, "\(statement): \(result.standardError)")
            #expect(!hasRawControl(result.standardOutput), "\(statement): \(result.standardOutput.debugDescription)")
            #expect(result.standardOutput.contains("\\e["), "\(statement): \(result.standardOutput)")
        }
    }

    @Test func anEmptyDirectoryIsAnEmptyCorpus() throws {
        let directory = try TestEnvironment.makeScratchDirectory()
        let result = try run(["--format", "csv", "-e", "articles count", "-e", "quotes", directory])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("count\r\n0\r\n"))
    }

    /// A FIFO with no writer, a device and a symlink loop named on the command line: each a
    /// warning naming it, and the rest still loads.
    @Test func filesThatAreNotFilesDoNotHang() throws {
        let directory = try TestEnvironment.makeScratchDirectory()
        #expect(mkfifo(directory + "/pipe.txt", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: directory + "/loop", withDestinationPath: directory + "/loop")
        let result = try run(["--format", "csv", "-e", "articles count", "corpus", directory + "/pipe.txt", "/dev/zero", directory + "/loop", directory])
        #expect(result.standardOutput == "count\r\n5\r\n")
        for name in ["pipe.txt", "/dev/zero", "loop"] {
            #expect(result.standardError.contains(name), "\(name): \(result.standardError)")
        }
    }
}

