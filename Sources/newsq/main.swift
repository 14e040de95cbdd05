import ArgumentParser
import Foundation
import NewsModel
import NewsQuery
import NewsShell

// newsq's entry point: read the command line, load the articles, then run the -e/-f inputs,
// the statements on standard input, or the interactive shell.

OutputSink.ignoreBrokenPipeSignal()

let command: NewsqCommand
do {
    command = try NewsqCommand.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    if NewsqCommand.exitCode(for: error) == .success {
        OutputSink.standardOutput.write(NewsqCommand.fullMessage(for: error) + "\n")
        exit(ExitStatus.success.rawValue)
    }
    OutputSink.standardError.write(NewsqCommand.fullMessage(for: error) + "\n")
    exit(ExitStatus.usage.rawValue)
}

let launch = Launch(options: command.options)
exit(launch.run().rawValue)
