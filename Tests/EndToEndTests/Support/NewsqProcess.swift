import Foundation

// MARK: - Running the built newsq without a terminal

/// Runs the built `newsq` binary with arguments and standard input, and returns what it printed.
struct NewsqRun {
    var standardOutput: String
    var standardError: String
    /// Standard output and standard error interleaved as written (when run with `merged`).
    var combined: String
    var status: Int32

    /// Runs newsq in `directory` (default: the package root). With `mergeOutput`, standard error
    /// goes to the same pipe as standard output, so `combined` shows them in the order written.
    /// With `timeLimit` (seconds), a run that takes longer is killed (status 137), so a hang
    /// fails the test instead of stopping the suite.
    static func run(_ arguments: [String], input: String? = nil, directory: String = TestEnvironment.packageRoot,
                    environment extra: [String: String] = [:], mergeOutput: Bool = false,
                    timeLimit: Int? = nil) throws -> NewsqRun {
        let process = Process()
        let newsq = TestEnvironment.executable("newsq")
        if let timeLimit {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
            process.arguments = ["-s", "KILL", String(timeLimit), newsq] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: newsq)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": NSTemporaryDirectory(),
            "LANG": "C.UTF-8",
        ]
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let outputPipe = Pipe()
        let errorPipe = mergeOutput ? outputPipe : Pipe()
        let inputPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = inputPipe
        try process.run()
        let writer = Thread {
            if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
            try? inputPipe.fileHandleForWriting.close()
        }
        writer.start()
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        if !mergeOutput {
            group.enter()
            DispatchQueue.global().async {
                errorData = errorPipe.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
        }
        let outputData = outputPipe.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let output = String(decoding: outputData, as: UTF8.self)
        let errors = String(decoding: errorData, as: UTF8.self)
        return NewsqRun(standardOutput: output, standardError: errors,
                        combined: mergeOutput ? output : output + errors, status: process.terminationStatus)
    }
}
