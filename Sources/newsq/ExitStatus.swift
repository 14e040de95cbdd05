/// The documented exit statuses of `newsq` (see README, "Exit status").
enum ExitStatus: Int32 {
    /// Everything ran and every input was read.
    case success = 0
    /// A statement failed: a syntax or semantic error, or a failed dot-command.
    case queryError = 1
    /// The command line was wrong: an unknown option, a missing argument, a bad `--format`.
    case usage = 2
    /// An input could not be read: a script file, or an article path that does not exist or
    /// cannot be opened (the rest still load and run).
    case unreadableInput = 3
    /// Interrupted by Ctrl-C (SIGINT) while running non-interactively.
    case interrupted = 130
}
