import ArgumentParser
import NewsShell

/// The `newsq` command: its name, help text and version for swift-argument-parser.
struct NewsqCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsq",
        abstract: "Ask news articles who said what, about what, and who reported it.",
        discussion: """
        With no -e or -f, newsq opens an interactive shell when standard input is a terminal,
        and otherwise runs the statements read from standard input.

        Examples:
          newsq                                     the shell, on the bundled sample corpus
          newsq ../articles/                        the shell, on your own articles
          newsq -e 'quotes where speaker = Xi'      one statement
          newsq -f examples/01-first-queries.q      a script
          newsq --format json -e 'articles' > articles.json

        Exit status: 0 success, 1 a statement failed, 2 usage error, 3 an input could not be read,
        130 interrupted.
        """,
        version: NewsqVersion.string)

    @OptionGroup var options: CommandLineOptions
}
