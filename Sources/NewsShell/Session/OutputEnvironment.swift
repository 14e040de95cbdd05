/// How the session's output streams are attached: decides truncation, colour and escaping.
public struct OutputEnvironment: Sendable {
    /// Standard output is a terminal: fit tables to its width, escape control characters.
    public var outputIsTerminal: Bool
    /// Colour results (terminal, `NO_COLOR` unset, `TERM` not dumb).
    public var colorOutput: Bool
    /// Colour diagnostics on standard error.
    public var colorErrors: Bool

    public init(outputIsTerminal: Bool, colorOutput: Bool, colorErrors: Bool) {
        self.outputIsTerminal = outputIsTerminal
        self.colorOutput = colorOutput
        self.colorErrors = colorErrors
    }

    /// What the process's own standard streams are.
    public static func current() -> OutputEnvironment {
        OutputEnvironment(
            outputIsTerminal: TerminalInfo.isTerminal(1),
            colorOutput: TerminalInfo.usesColour(1),
            colorErrors: TerminalInfo.usesColour(2))
    }
}
