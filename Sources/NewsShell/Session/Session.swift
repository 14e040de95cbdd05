import Foundation
import NewsModel
import NewsQuery

/// Runs statements and dot-commands against one loaded corpus: the core that script mode
/// (`-e`, `-f`, standard input) and the interactive shell both drive, the way sqlite3's
/// `runFile` and `runPrompt` both call one `run(source)`.
///
/// Results go to standard output; diagnostics, warnings and timings to standard error.
public final class Session {
    public let engine: QueryEngine
    public let loader: CorpusLoader
    public var settings: SessionSettings
    public var environment: OutputEnvironment
    /// The interactive shell's history, for `.history`; `nil` in script mode.
    public var history: HistoryStore?
    /// True in the interactive shell: Ctrl-C cancels a running query, the pager may be used,
    /// and informational messages (`let` bindings, `.load` summaries) are printed.
    public var isInteractive = false
    /// Called after `.load` or a `let` changes what completion should offer.
    public var onVocabularyChange: (() -> Void)?

    /// Some statement or dot-command failed.
    public private(set) var hadError = false
    /// Some input (an article path or a script) could not be read.
    public private(set) var hadUnreadableInput = false
    /// `.quit` or `.exit` was run.
    public private(set) var quitRequested = false

    let output: OutputSink
    let errors: OutputSink
    /// Whether `.echo` has printed a statement yet (later ones are set apart by a blank line).
    var hasEchoed = false
    /// Real paths of the scripts being run by `.run`/`-f`, innermost last.
    var runStack: [String] = []

    public init(corpus: Corpus, loader: CorpusLoader, settings: SessionSettings = SessionSettings(),
                environment: OutputEnvironment = .current(),
                output: OutputSink = .standardOutput, errors: OutputSink = .standardError) {
        self.engine = QueryEngine(corpus: corpus)
        self.loader = loader
        self.settings = settings
        self.environment = environment
        self.output = output
        self.errors = errors
    }

    // MARK: - Running input

    /// Runs every statement and dot-command of `source` in order. Returns false when the run
    /// stopped early (`.bail on` after an error, or `.quit`).
    @discardableResult
    public func run(_ source: SourceFile) -> Bool {
        for item in ScriptSplitter.split(source) {
            if settings.echo { echo(item, in: source) }
            let succeeded: Bool
            switch item {
            case .statement(let range): succeeded = runStatements(in: source, range: range)
            case .dotCommand(let range): succeeded = runDotCommand(in: source, range: range)
            }
            if !succeeded { hadError = true }
            if quitRequested || (!succeeded && settings.bail) { return false }
        }
        return true
    }

    /// Reads and runs the script at `path` (for `-f` and `.run`); `origin` is where `.run` named
    /// it, for errors. A relative path given by `.run` inside a script is taken relative to that
    /// script's directory, so scripts that run each other work from any current directory.
    /// Returns false when the script could not be read or stopped early.
    @discardableResult
    public func runScript(atPath givenPath: String, from origin: (SourceFile, SourceRange)? = nil) -> Bool {
        var path = givenPath
        if origin != nil, !givenPath.hasPrefix("/"), let including = runStack.last {
            path = URL(fileURLWithPath: including).deletingLastPathComponent().appendingPathComponent(givenPath).path
            path = DisplayPath.relativeToCurrentDirectory(path)
        }
        let realPath = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        if runStack.contains(realPath) {
            return fail("'\(path)' is already running: a script cannot run itself, directly or through others", origin)
        }
        if runStack.count >= SessionLimits.maxRunDepth {
            return fail("'.run' nested too deeply (limit \(SessionLimits.maxRunDepth))", origin)
        }
        let text: String
        switch ScriptFile.read(path) {
        case .success(let contents): text = contents
        case .failure(let problem):
            hadUnreadableInput = true
            return fail(problem.message, origin)
        }
        runStack.append(realPath)
        defer { runStack.removeLast() }
        return run(SourceFile(name: path, text: text))
    }

    /// Reports an error located at `origin` when given, else as `newsq: error: ...`.
    @discardableResult
    func fail(_ message: String, _ origin: (SourceFile, SourceRange)?, suggestion: String? = nil,
              notes: [String] = []) -> Bool {
        hadError = true
        if let (source, range) = origin {
            report([.error(message, at: range, suggestion: suggestion, notes: notes)], in: source)
        } else {
            errors.write(errorPrefix() + message + "\n")
        }
        return false
    }

    /// `newsq: error: ` in the error colour when it is on.
    func errorPrefix() -> String {
        let palette = Palette(enabled: environment.colorErrors)
        return "newsq: " + palette.error("error:") + " "
    }

    /// Prints a statement or dot-command as written, for `.echo on`.
    func echo(_ item: ScriptItem, in source: SourceFile) {
        switch item {
        case .statement(let range), .dotCommand(let range):
            let separator = hasEchoed ? "\n" : ""
            hasEchoed = true
            output.write(separator + ControlEscaping.escaped(source.text(in: range), keepNewlines: true, keepTabs: true) + "\n")
        }
    }

    // MARK: - Statements

    /// Parses and runs the statements in `range` of `source`. Returns false on any error.
    func runStatements(in source: SourceFile, range: SourceRange) -> Bool {
        let parsed = Parser.parse(source, in: range)
        if parsed.hasErrors || !parsed.diagnostics.isEmpty {
            report(parsed.diagnostics, in: source)
            if parsed.hasErrors { return false }
        }
        var succeeded = true
        for statement in parsed.statements {
            if !execute(statement, in: source) {
                succeeded = false
                if settings.bail { break }
            }
        }
        return succeeded
    }

    /// Runs one parsed statement and prints its result. Returns false on an error.
    func execute(_ statement: Statement, in source: SourceFile) -> Bool {
        let clock = ContinuousClock()
        let started = clock.now
        let token = CancellationToken()
        let outcome: StatementOutcome
        do {
            if isInteractive {
                outcome = try Interrupts.cancelling(token) {
                    try engine.execute(statement, in: source, cancellation: token)
                }
            } else {
                outcome = try engine.execute(statement, in: source, cancellation: token)
            }
        } catch let failure as DiagnosticList {
            if isInteractive && token.isCancelled { errors.write("\n") }
            report(failure.diagnostics, in: source)
            return !failure.hasErrors
        } catch {
            return fail("\(error)", (source, statement.range))
        }
        report(outcome.warnings, in: source)
        if let result = outcome.result { show(result) }
        if let message = outcome.message, isInteractive { output.write(message + "\n") }
        if case .binding = statement.kind { onVocabularyChange?() }
        if settings.timer { reportTime(clock.now - started) }
        return true
    }

    // MARK: - Printing

    /// Prints a result in the current format, through the pager when it is on.
    func show(_ result: ResultSet) {
        let size = TerminalInfo.size(of: 1)
        let renderer = ResultRenderer(
            format: settings.format,
            terminalWidth: environment.outputIsTerminal ? size.columns : nil,
            color: environment.colorOutput,
            escapeControls: environment.outputIsTerminal)
        let text = renderer.render(result)
        let pager = Pager(mode: settings.pager)
        if isInteractive, pager.shouldPage(text, outputIsTerminal: environment.outputIsTerminal, size: size) {
            pager.show(text, on: output)
        } else {
            output.write(text)
        }
    }

    /// Prints diagnostics with their source lines and markers.
    func report(_ diagnostics: [Diagnostic], in source: SourceFile) {
        guard !diagnostics.isEmpty else { return }
        if diagnostics.contains(where: { $0.severity == .error }) { hadError = true }
        let renderer = DiagnosticRenderer(useColor: environment.colorErrors)
        errors.write(renderer.render(diagnostics, in: source))
    }

    /// `Run Time: 1.234 ms` on standard error.
    func reportTime(_ duration: Duration) {
        errors.write("Run Time: \(Self.milliseconds(duration)) ms\n")
    }

    /// A duration in milliseconds with three decimals.
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let micros = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
        let whole = micros / 1000, fraction = micros % 1000
        let padded = String(fraction).count < 3 ? String(repeating: "0", count: 3 - String(fraction).count) + String(fraction) : String(fraction)
        return "\(whole).\(padded)"
    }

    /// Prints the corpus's load warnings and notes whether any input was unreadable.
    public func reportLoadWarnings(_ warnings: some Sequence<LoadWarning>) {
        let palette = Palette(enabled: environment.colorErrors)
        for warning in warnings {
            if warning.kind == .unreadable { hadUnreadableInput = true }
            errors.write("\(ControlEscaping.escaped(warning.file)): \(palette.warning("warning:")) \(ControlEscaping.escaped(warning.message))\n")
        }
    }

    /// Records that some input could not be read (sets the exit status).
    public func noteUnreadableInput() { hadUnreadableInput = true }

    /// Records that a quit was asked for (`.quit`, or Ctrl-D in the shell).
    func requestQuit() { quitRequested = true }
}
