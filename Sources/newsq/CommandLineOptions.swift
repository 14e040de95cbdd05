import ArgumentParser
import NewsQuery

/// newsq's command line, as swift-argument-parser reads it.
struct CommandLineOptions: ParsableArguments {
    @Option(name: [.short, .customLong("execute")],
            help: ArgumentHelp("Run STATEMENT, print its result and exit (repeatable).", valueName: "STATEMENT"))
    var execute: [String] = []

    @Option(name: [.short, .customLong("file")],
            help: ArgumentHelp("Run the statements of a .q script and exit (repeatable).", valueName: "FILE"))
    var file: [String] = []

    @Option(name: .long, help: "Output format: table, json, jsonl, csv, tsv or markdown.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Stop at the first statement that fails.")
    var bail = false

    @Option(name: .customLong("init"),
            help: ArgumentHelp("Run FILE's statements before anything else (instead of ~/.newsqrc).", valueName: "FILE"))
    var initFile: String?

    @Flag(name: .customLong("no-init"), help: "Do not run ~/.newsqrc in the interactive shell.")
    var noInit = false

    @Option(name: .customLong("topics"),
            help: ArgumentHelp("Add the topics defined in FILE (repeatable).", valueName: "FILE"))
    var topicFiles: [String] = []

    @Argument(help: ArgumentHelp("Article files or directories (default: the bundled sample corpus).", valueName: "PATH"))
    var paths: [String] = []
}

extension OutputFormat: ExpressibleByArgument {}

/// One thing to run non-interactively, in the order given on the command line.
enum ScriptInput: Equatable {
    case statement(String)
    case file(String)

    /// The `-e` and `-f` inputs in command-line order. swift-argument-parser keeps each option's
    /// values in order but not their interleaving, so the raw arguments decide the order.
    static func inOrder(statements: [String], files: [String], arguments: [String]) -> [ScriptInput] {
        var ordered: [ScriptInput] = []
        var nextStatement = 0, nextFile = 0
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            let isStatement = argument == "-e" || argument == "--execute" || argument.hasPrefix("--execute=")
                || (argument.hasPrefix("-e") && argument.count > 2 && !argument.hasPrefix("--"))
            let isFile = argument == "-f" || argument == "--file" || argument.hasPrefix("--file=")
                || (argument.hasPrefix("-f") && argument.count > 2 && !argument.hasPrefix("--") && argument != "-f")
            if isStatement, nextStatement < statements.count {
                ordered.append(.statement(statements[nextStatement]))
                nextStatement += 1
            } else if isFile, nextFile < files.count {
                ordered.append(.file(files[nextFile]))
                nextFile += 1
            }
            // An option's separate value is skipped so that it is not read as an option.
            if argument == "-e" || argument == "--execute" || argument == "-f" || argument == "--file"
                || argument == "--format" || argument == "--init" || argument == "--topics" {
                index += 1
            }
            index += 1
        }
        ordered += statements[nextStatement...].map(ScriptInput.statement)
        ordered += files[nextFile...].map(ScriptInput.file)
        return ordered
    }
}
