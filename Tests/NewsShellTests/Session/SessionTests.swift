import Foundation
import NewsModel
import NewsQuery
import Testing
@testable import NewsShell

/// A session over the bundled corpus whose output and errors go to files read back by the test.
private final class CapturedSession {
    let session: Session
    private let outputPath: String
    private let errorPath: String

    init(settings: SessionSettings = SessionSettings()) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        let base = NSTemporaryDirectory() + "newsq-session-" + UUID().uuidString
        outputPath = base + ".out"
        errorPath = base + ".err"
        let output = OutputSink(fileDescriptor: open(outputPath, O_CREAT | O_WRONLY | O_TRUNC, 0o600), onBrokenPipe: .ignore)
        let errors = OutputSink(fileDescriptor: open(errorPath, O_CREAT | O_WRONLY | O_TRUNC, 0o600), onBrokenPipe: .ignore)
        let loader = CorpusLoader()
        session = Session(corpus: loader.load([root + "/corpus"]), loader: loader, settings: settings,
                          environment: OutputEnvironment(outputIsTerminal: false, colorOutput: false, colorErrors: false),
                          output: output, errors: errors)
    }

    deinit {
        close(session.output.fileDescriptor)
        close(session.errors.fileDescriptor)
        unlink(outputPath)
        unlink(errorPath)
    }

    /// Runs `text` as a script named `<test>`; returns what it printed on each stream.
    func run(_ text: String) -> (output: String, errors: String) {
        session.run(SourceFile(name: "<test>", text: text))
        return (read(outputPath), read(errorPath))
    }

    private func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}

@Suite struct SessionTests {
    @Test(arguments: [
        (".mdoe csv", "<test>:1:1: error: unknown command '.mdoe'", "did you mean '.mode'?"),
        (".mode yaml", "<test>:1:7: error: expected a format (table, json, jsonl, csv, tsv, markdown), found 'yaml'", nil),
        (".mode", "<test>:1:6: error: expected an argument after '.mode', found end of line", "usage: .mode FORMAT"),
        (".timer on off", "<test>:1:11: error: unexpected argument 'off'", "usage: .timer on|off"),
        (".schema quote", nil, nil),
        (".schema qoutes", "<test>:1:9: error: unknown collection 'qoutes'", "did you mean 'quotes'?"),
        (".help wher", "<test>:1:7: error: no help on 'wher'", "did you mean 'where'?"),
        (".history", "<test>:1:1: error: '.history' lists the interactive shell's history", nil),
        (".explain quotes wher", "<test>:1:17: error: expected", "did you mean 'where'?"),
    ] as [(String, String?, String?)])
    func dotCommandErrors(command: String, error: String?, help: String?) {
        let captured = CapturedSession()
        let (_, errors) = captured.run(command)
        if let error {
            #expect(errors.contains(error), "\(errors)")
            #expect(captured.session.hadError)
        } else {
            #expect(errors.isEmpty, "\(errors)")
            #expect(!captured.session.hadError)
        }
        if let help { #expect(errors.contains(help), "\(errors)") }
    }

    @Test func modeChangesTheFormatOfLaterResults() {
        let captured = CapturedSession()
        let (output, errors) = captured.run(".mode csv\narticles count\n.mode jsonl\narticles count\n")
        #expect(errors.isEmpty)
        #expect(output == "count\r\n5\r\n{\"count\":5}\n")
    }

    @Test func timerPrintsRunTimeOnStandardError() {
        let captured = CapturedSession()
        let (_, errors) = captured.run(".timer on\nquotes count\n")
        #expect(errors.hasPrefix("Run Time: "))
        #expect(errors.hasSuffix(" ms\n"))
    }

    @Test func bailStopsAtTheFirstError() {
        let captured = CapturedSession()
        let (output, _) = captured.run(".bail on\n.mode csv\nquotes wher x\narticles count\n")
        #expect(output.isEmpty)
        #expect(captured.session.hadError)
    }

    @Test func helpListsEveryCommandAndExplainsTopics() {
        let captured = CapturedSession()
        let (output, _) = captured.run(".help\n")
        for name in DotCommandCatalog.names { #expect(output.contains(name)) }
        let (topic, _) = CapturedSession().run(".help matches\n")
        #expect(topic.contains("linear time"))
        let (collection, _) = CapturedSession().run(".help quotes\n")
        for field in Schema.fields(of: .quotes) { #expect(collection.contains(field.name)) }
    }

    @Test func explainShowsTreeAndPlan() {
        let (output, errors) = CapturedSession().run(".explain quotes where speaker = Xi limit 2\n")
        #expect(errors.isEmpty)
        #expect(output.contains("statement:"))
        #expect(output.contains("plan:"))
        #expect(output.contains("speaker = Xi"))
    }

    @Test func topicsAndWarningsList() {
        let (topics, _) = CapturedSession().run(".mode csv\n.topics\n")
        #expect(topics.hasPrefix("slug,label,quotes,articles,keywords\r\n"))
        #expect(topics.contains("taiwan,Taiwan,"))
        let (warnings, _) = CapturedSession().run(".warnings\n")
        #expect(warnings == "no warnings: every file loaded cleanly\n")
    }

    @Test func loadAddsArticlesAndReportsUnreadablePaths() throws {
        let directory = NSTemporaryDirectory() + "newsq-load-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try "A headline about trade\n\n\"We will cut tariffs,\" said Jane Smith, the trade minister.\n"
            .write(toFile: directory + "/extra.txt", atomically: true, encoding: .utf8)
        let captured = CapturedSession()
        let (output, errors) = captured.run(".load \(directory)\n.mode csv\narticles count\nquotes where speaker = \"Jane Smith\" select text\n")
        #expect(errors.isEmpty, "\(errors)")
        #expect(output == "count\r\n6\r\ntext\r\nWe will cut tariffs\r\n")
        let (_, missing) = captured.run(".load /nonexistent/newsq\n")
        #expect(missing.contains("/nonexistent/newsq"))
        #expect(captured.session.hadUnreadableInput)
    }
}
