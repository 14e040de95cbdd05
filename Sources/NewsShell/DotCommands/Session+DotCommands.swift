import Foundation
import NewsModel
import NewsQuery

// MARK: - Dot-commands

extension Session {
    /// Runs the dot-command in `range` of `source`. Returns false when it failed.
    func runDotCommand(in source: SourceFile, range: SourceRange) -> Bool {
        let line = DotCommandLine(source: source, range: range)
        let at = { (word: DotCommandLine.Word) in (source, word.range) }
        guard let entry = DotCommandCatalog.entry(named: line.name.text) else {
            return fail("unknown command '\(line.name.text)'", at(line.name),
                        suggestion: Suggestions.closest(to: line.name.text, in: DotCommandCatalog.names),
                        notes: ["commands: " + DotCommandCatalog.names.joined(separator: ", ")])
        }
        switch entry.name {
        case ".quit", ".exit":
            guard expectArguments(line, count: 0...0, source) else { return false }
            requestQuit()
            return true
        case ".help":
            guard expectArguments(line, count: 0...1, source) else { return false }
            return showHelp(line.arguments.first, source)
        case ".schema":
            guard expectArguments(line, count: 0...1, source) else { return false }
            return showSchema(line.arguments.first, source)
        case ".mode":
            return set(line, source, what: "format") { (format: OutputFormat) in settings.format = format }
        case ".timer":
            return set(line, source, what: "setting") { (value: Switch) in settings.timer = value == .on }
        case ".bail":
            return set(line, source, what: "setting") { (value: Switch) in settings.bail = value == .on }
        case ".echo":
            return set(line, source, what: "setting") { (value: Switch) in settings.echo = value == .on }
        case ".pager":
            return set(line, source, what: "setting") { (mode: PagerMode) in settings.pager = mode }
        case ".load":
            guard expectArguments(line, count: 1...Int.max, source) else { return false }
            return load(line.arguments.map(\.text))
        case ".run":
            guard expectArguments(line, count: 1...1, source) else { return false }
            return runScript(atPath: line.arguments[0].text, from: at(line.arguments[0]))
        case ".history":
            guard expectArguments(line, count: 0...1, source) else { return false }
            guard history != nil else {
                return fail("'.history' lists the interactive shell's history; there is none in a script", at(line.name))
            }
            return showHistory(line.arguments.first, source)
        case ".explain":
            return explain(in: source, range: line.restRange, command: line.name)
        case ".topics":
            guard expectArguments(line, count: 0...0, source) else { return false }
            return runInternalQuery("topics select slug, label, quotes, articles, keywords")
        case ".warnings":
            guard expectArguments(line, count: 0...0, source) else { return false }
            return showLoadWarnings()
        default:
            return fail("'\(entry.name)' is not available here", at(line.name))
        }
    }

    // MARK: - Arguments

    /// `on` / `off`.
    enum Switch: String, CaseIterable { case on, off }

    /// Checks the number of arguments, reporting "expected …, found …" at the right place.
    func expectArguments(_ line: DotCommandLine, count: ClosedRange<Int>, _ source: SourceFile) -> Bool {
        let usage = DotCommandCatalog.entry(named: line.name.text)?.usage ?? line.name.text
        if line.arguments.count < count.lowerBound {
            let end = SourceRange(at: line.restRange.upperBound)
            return fail("expected an argument after '\(line.name.text)', found end of line", (source, end),
                        notes: ["usage: \(usage)"])
        }
        if line.arguments.count > count.upperBound {
            let extra = line.arguments[count.upperBound]
            return fail("unexpected argument '\(extra.text)'", (source, extra.range), notes: ["usage: \(usage)"])
        }
        return true
    }

    /// A setting command's one argument, one of `Choice`'s values, handed to `apply`; false
    /// (with the error reported) when it is missing or not one of them.
    func set<Choice: RawRepresentable & CaseIterable>(_ line: DotCommandLine, _ source: SourceFile, what: String,
                                                     _ apply: (Choice) -> Void) -> Bool where Choice.RawValue == String {
        guard expectArguments(line, count: 1...1, source), let value: Choice = choice(line, source, what: what) else { return false }
        apply(value)
        return true
    }

    /// The first argument as one of `Choice`'s values, with "did you mean" when it is not.
    func choice<Choice: RawRepresentable & CaseIterable>(_ line: DotCommandLine, _ source: SourceFile,
                                                        what: String) -> Choice? where Choice.RawValue == String {
        let word = line.arguments[0]
        if let value = Choice(rawValue: word.text.lowercased()) { return value }
        let names = Choice.allCases.map(\.rawValue)
        fail("expected a \(what) (\(names.joined(separator: ", "))), found '\(word.text)'", (source, word.range),
             suggestion: Suggestions.closest(to: word.text, in: names))
        return nil
    }

    // MARK: - Commands

    /// `.load PATH...`: adds articles to the corpus.
    func load(_ paths: [String]) -> Bool {
        let clock = ContinuousClock()
        let started = clock.now
        let before = engine.corpus
        let after = loader.load(paths, into: before, progress: LoadProgressDisplay.callback(enabled: isInteractive))
        LoadProgressDisplay.finish(enabled: isInteractive)
        let newWarnings = Array(after.warnings.dropFirst(before.warnings.count))
        reportLoadWarnings(newWarnings)
        engine.corpus = after
        onVocabularyChange?()
        if isInteractive {
            let added = after.articles.count - before.articles.count
            let quotes = after.quotes.count - before.quotes.count
            output.write("loaded \(added) articles, \(quotes) quotes in \(Self.milliseconds(clock.now - started)) ms"
                         + " (now \(after.articles.count) articles, \(after.quotes.count) quotes, \(after.entities.count) people)\n")
        }
        return !newWarnings.contains { $0.kind == .unreadable }
    }

    /// `.history [N]`: the statements entered, oldest first, numbered.
    func showHistory(_ count: DotCommandLine.Word?, _ source: SourceFile) -> Bool {
        guard let history else { return false }
        var entries = history.entries
        if let count {
            guard let n = Int(count.text), n >= 0 else {
                return fail("expected a number of entries, found '\(count.text)'", (source, count.range))
            }
            entries = Array(entries.suffix(n))
        }
        let first = history.entries.count - entries.count + 1
        var text = ""
        for (offset, entry) in entries.enumerated() {
            let number = String(first + offset)
            let pad = String(repeating: " ", count: max(0, 5 - number.count))
            let shown = ControlEscaping.escaped(entry, keepNewlines: true).replacingOccurrences(of: "\n", with: "\n       ")
            text += "\(pad)\(number)  \(shown)\n"
        }
        output.write(text)
        return true
    }

    /// `.explain STATEMENT`: the syntax tree and the evaluation plan.
    func explain(in source: SourceFile, range: SourceRange, command: DotCommandLine.Word) -> Bool {
        let parsed = Parser.parse(source, in: range)
        report(parsed.diagnostics, in: source)
        if parsed.hasErrors { return false }
        guard !parsed.statements.isEmpty else {
            return fail("expected a statement after '.explain', found end of line", (source, SourceRange(at: range.upperBound)))
        }
        for statement in parsed.statements {
            do {
                let plan = try engine.explain(statement, in: source)
                output.write("statement:\n" + indent(StatementPrinter.tree(statement)) + "plan:\n" + indent(plan))
            } catch {
                report(error.diagnostics, in: source)
                return false
            }
        }
        return true
    }

    /// `.warnings`: every problem met while loading.
    func showLoadWarnings() -> Bool {
        let warnings = engine.corpus.warnings
        if warnings.isEmpty {
            output.write("no warnings: every file loaded cleanly\n")
        } else {
            let rows = warnings.map { [Value.text($0.file), .text($0.kind.rawValue), .text($0.message)] }
            show(ResultSet(columns: [.init("file", type: .text), .init("kind", type: .text), .init("message", type: .text)], rows: rows))
        }
        return true
    }

    /// Runs a query newsq writes itself (for `.topics` and `.schema`), printing its result.
    func runInternalQuery(_ text: String) -> Bool {
        let source = SourceFile(name: "<internal>", text: text)
        let parsed = Parser.parse(source)
        guard let statement = parsed.statements.first, !parsed.hasErrors else { return false }
        guard let outcome = try? engine.execute(statement, in: source), let result = outcome.result else { return false }
        show(result)
        return true
    }

    /// Each line of `text` indented by two spaces, ending with a newline.
    func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "  " + $0 }
            .joined(separator: "\n")
            .trimmingCharacters(in: .newlines) + "\n"
    }
}
