/// The dot-commands the shell and scripts accept, with what they take and do: the one list
/// that `.help`, completion and "did you mean" all read.
public enum DotCommandCatalog {
    /// What a dot-command's argument is, so completion knows what to offer after it.
    public enum Argument: Sendable, Equatable {
        case none
        /// One of a fixed set of words (`.mode table`).
        case choice([String])
        /// A file or directory path (`.load`, `.run`).
        case path
        /// A collection name (`.schema quotes`).
        case collection
        /// A help topic (`.help mode`).
        case helpTopic
        /// A whole statement (`.explain quotes where ...`).
        case statement
    }

    /// One dot-command's entry.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var usage: String
        public var summary: String
        public var argument: Argument
    }

    public static let entries: [Entry] = [
        Entry(name: ".help", usage: ".help [TOPIC]", summary: "show help on the language, a command or a topic", argument: .helpTopic),
        Entry(name: ".schema", usage: ".schema [COLLECTION]", summary: "list collections, or a collection's fields with types and example values", argument: .collection),
        Entry(name: ".mode", usage: ".mode FORMAT", summary: "set the output format: table, json, jsonl, csv, tsv, markdown", argument: .choice(["table", "json", "jsonl", "csv", "tsv", "markdown"])),
        Entry(name: ".timer", usage: ".timer on|off", summary: "show how long each statement takes", argument: .choice(["on", "off"])),
        Entry(name: ".pager", usage: ".pager on|off|auto", summary: "show results through $PAGER (auto: when longer than the screen)", argument: .choice(["on", "off", "auto"])),
        Entry(name: ".bail", usage: ".bail on|off", summary: "stop a script at its first error", argument: .choice(["on", "off"])),
        Entry(name: ".echo", usage: ".echo on|off", summary: "print each statement before its result", argument: .choice(["on", "off"])),
        Entry(name: ".load", usage: ".load PATH...", summary: "load more articles from files or directories", argument: .path),
        Entry(name: ".run", usage: ".run FILE.q", summary: "run the statements of a script", argument: .path),
        Entry(name: ".history", usage: ".history [N]", summary: "list the statements entered (the last N)", argument: .none),
        Entry(name: ".explain", usage: ".explain STATEMENT", summary: "show the parsed statement and how it will be evaluated", argument: .statement),
        Entry(name: ".topics", usage: ".topics", summary: "list the topics with their keywords", argument: .none),
        Entry(name: ".warnings", usage: ".warnings", summary: "list the problems met while loading files", argument: .none),
        Entry(name: ".quit", usage: ".quit", summary: "leave newsq", argument: .none),
        Entry(name: ".exit", usage: ".exit", summary: "leave newsq", argument: .none),
    ]

    /// The entry named `name` (with its leading dot), if any.
    public static func entry(named name: String) -> Entry? {
        entries.first { $0.name == name.lowercased() }
    }

    /// Every dot-command name, with its leading dot.
    public static var names: [String] { entries.map(\.name) }
}
