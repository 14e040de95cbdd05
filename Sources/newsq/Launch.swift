import Foundation
import NewsModel
import NewsQuery
import NewsShell

/// One run of newsq from parsed options to exit status.
struct Launch {
    let options: CommandLineOptions

    /// Whether to open the interactive shell: no -e/-f and standard input is a terminal.
    var isInteractive: Bool {
        options.execute.isEmpty && options.file.isEmpty && TerminalInfo.isTerminal(0)
    }

    func run() -> ExitStatus {
        guard let paths = articlePaths() else {
            OutputSink.standardError.write("newsq: error: no PATH given and the bundled corpus was not found;"
                + " pass article files or directories, or set NEWSQ_CORPUS\n")
            return .unreadableInput
        }
        let clock = ContinuousClock()
        let started = clock.now
        let loader = CorpusLoader(topicFiles: options.topicFiles)
        let corpus = loader.load(paths, progress: LoadProgressDisplay.callback(enabled: isInteractive))
        LoadProgressDisplay.finish(enabled: isInteractive)
        let loadTime = clock.now - started

        var settings = SessionSettings()
        settings.format = options.format
        settings.bail = options.bail
        let session = Session(corpus: corpus, loader: loader, settings: settings)
        session.reportLoadWarnings(corpus.warnings)

        if isInteractive {
            return runInteractive(session, paths: paths, loadTime: loadTime)
        }
        if let initFile = options.initFile {
            session.runScript(atPath: initFile)
        }
        let inputs = ScriptInput.inOrder(statements: options.execute, files: options.file,
                                         arguments: Array(CommandLine.arguments.dropFirst()))
        if inputs.isEmpty {
            runStandardInput(session)
        } else {
            for input in inputs {
                switch input {
                case .statement(let text): session.run(SourceFile(name: "<command-line>", text: text))
                case .file(let path): session.runScript(atPath: path)
                }
                if session.quitRequested || (settings.bail && session.hadError) { break }
            }
        }
        return status(of: session)
    }

    /// The paths to load: those given, else the bundled sample corpus.
    func articlePaths() -> [String]? {
        if !options.paths.isEmpty { return options.paths }
        return BundledCorpus.directory().map { [$0] }
    }

    /// Runs the statements piped to standard input.
    func runStandardInput(_ session: Session) {
        switch ScriptFile.readAll(0) {
        case .success(let text): session.run(SourceFile(name: "<stdin>", text: text))
        case .failure(let problem):
            OutputSink.standardError.write("newsq: error: cannot read standard input: \(problem.message)\n")
            session.noteUnreadableInput()
        }
    }

    /// The exit status a finished non-interactive session earned.
    func status(of session: Session) -> ExitStatus {
        if session.hadUnreadableInput { return .unreadableInput }
        if session.hadError { return .queryError }
        return .success
    }

    /// Opens the shell: banner, start-up file, then the read–eval–print loop.
    func runInteractive(_ session: Session, paths: [String], loadTime: Duration) -> ExitStatus {
        let history = HistoryStore(path: HistoryLocation.resolve())
        let editor = TerminalInfo.isTerminal(1) ? EditLineReader(history: history) : nil
        let reader: any LineReader = editor ?? PlainLineReader(history: history)
        session.history = history
        session.isInteractive = true
        session.settings.pager = .auto
        Interrupts.install()
        let completion = ShellCompletion.install(on: reader, session: session)
        completion.prepare()

        let corpus = session.engine.corpus
        OutputSink.standardOutput.write(Banner.text(corpus: corpus, paths: paths, loadTime: loadTime,
                                                    colour: session.environment.colorOutput))
        if let initFile = options.initFile {
            session.runScript(atPath: initFile)
        } else if !options.noInit, let rc = Banner.startupFile(), FileManager.default.fileExists(atPath: rc) {
            session.runScript(atPath: rc)
        }
        InteractiveShell(session: session, reader: reader, onPendingText: { completion.completer.precedingText = $0 }).run()
        return .success
    }
}
