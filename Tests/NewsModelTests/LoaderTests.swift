import Foundation
import Testing
@testable import NewsModel

@Suite struct LoaderTests {
    /// Writes `files` (relative path → contents) under a fresh directory; returns it.
    private func tree(_ files: [String: String]) throws -> String {
        let dir = TestPaths.temporaryDirectory()
        for (path, text) in files {
            let full = dir + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return dir
    }

    static let article = "Council approves budget\n\nThe council approved the budget on Monday.\n"

    @Test func directoriesAreSearchedRecursivelyInNameOrder() throws {
        let dir = try tree(["b/2.txt": Self.article, "a/1.txt": Self.article, "a/10.txt": Self.article,
                            ".hidden/3.txt": Self.article, "a/.4.txt": Self.article, "a/notes.md": Self.article])
        let corpus = CorpusLoader().load([dir])
        #expect(corpus.articles.map(\.file) == [dir + "/a/1.txt", dir + "/a/10.txt", dir + "/b/2.txt"])
        #expect(corpus.warnings.isEmpty)
    }

    @Test func filePathsKeepTheFormTheUserGave() throws {
        let dir = try tree(["sub/x.txt": Self.article])
        let corpus = CorpusLoader().load([dir + "/sub/"])
        #expect(corpus.articles.map(\.file) == [dir + "/sub/x.txt"])
    }

    @Test func anExplicitFileIsReadWhateverItsExtension() throws {
        let dir = try tree(["notes.md": Self.article])
        let corpus = CorpusLoader().load([dir + "/notes.md"])
        #expect(corpus.articles.count == 1)
    }

    @Test func problemsBecomeWarningsNamingTheFileAndTheRestLoads() throws {
        let dir = try tree(["good.txt": Self.article, "empty.txt": "", "dir.txt/inner.md": "x"])
        try Data([0x41, 0x00, 0x42, 0x43]).write(to: URL(fileURLWithPath: dir + "/binary.txt"))
        try Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x65, 0x77, 0x73, 0x0A, 0x0A, 0x54, 0x68, 0x65, 0x20, 0x63, 0x61, 0x66, 0xE9,
                  0x20, 0x6F, 0x70, 0x65, 0x6E, 0x65, 0x64, 0x2E]).write(to: URL(fileURLWithPath: dir + "/latin1.txt"))
        let corpus = CorpusLoader().load([dir, dir + "/dir.txt", dir + "/missing.txt"])
        func warning(_ name: String) -> String? { corpus.warnings.first { $0.file.hasSuffix(name) }?.message }
        #expect(warning("empty.txt")?.contains("empty") == true)
        #expect(warning("binary.txt")?.contains("binary") == true)
        #expect(warning("latin1.txt")?.contains("Windows-1252") == true)
        #expect(warning("missing.txt")?.contains("cannot open") == true)
        #expect(warning("dir.txt")?.contains("directory") == true || corpus.articles.allSatisfy { !$0.file.hasSuffix("dir.txt") })
        #expect(Set(corpus.articles.map { ($0.file as NSString).lastPathComponent }) == ["good.txt", "latin1.txt"])
        let latin = try #require(corpus.articles.first { $0.file.hasSuffix("latin1.txt") })
        #expect(latin.title == "Café news")
    }

    @Test func aDirectoryNamedLikeATextFileGivenExplicitlyWarns() throws {
        let dir = try tree(["x.txt/a.txt": Self.article])
        let corpus = CorpusLoader().load([dir + "/x.txt"])
        // A directory is searched, not read as a file.
        #expect(corpus.articles.count == 1)
        #expect(FileReader.readFile(dir + "/x.txt").isFailure)
    }

    @Test func unreadableFilesAndDirectoriesWarn() throws {
        let dir = try tree(["ok.txt": Self.article, "locked/a.txt": Self.article, "secret.txt": Self.article])
        chmod(dir + "/secret.txt", 0)
        chmod(dir + "/locked", 0)
        defer { chmod(dir + "/locked", 0o755); chmod(dir + "/secret.txt", 0o644) }
        let corpus = CorpusLoader().load([dir])
        if getuid() == 0 {
            // Root reads anything; the load must still succeed.
            #expect(corpus.articles.count == 3)
        } else {
            #expect(corpus.articles.count == 1)
            #expect(corpus.warnings.contains { $0.file.hasSuffix("secret.txt") })
            #expect(corpus.warnings.contains { $0.file.hasSuffix("locked") })
        }
    }

    @Test func symlinkLoopsAreReportedAndSkipped() throws {
        let dir = try tree(["a/1.txt": Self.article])
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/loop", withDestinationPath: dir + "/a")
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/dangling.txt", withDestinationPath: dir + "/nowhere.txt")
        let corpus = CorpusLoader().load([dir])
        #expect(corpus.articles.count == 1)
        #expect(corpus.warnings.contains { $0.file.hasSuffix("a/loop") && $0.message.contains("already visited") })
        #expect(corpus.warnings.contains { $0.file.hasSuffix("dangling.txt") })
    }

    @Test func theSameFileTwiceLoadsOnce() throws {
        let dir = try tree(["a.txt": Self.article])
        let corpus = CorpusLoader().load([dir, dir + "/a.txt"])
        #expect(corpus.articles.count == 1)
        #expect(corpus.warnings.contains { $0.message.contains("already loaded") })
    }

    @Test func sizeLimitIsEnforcedAndNamed() throws {
        let dir = try tree(["big.txt": String(repeating: "word ", count: 400)])
        guard case .failure(let message, let kind) = FileReader.readFile(dir + "/big.txt", limit: 1000) else {
            Issue.record("expected failure")
            return
        }
        #expect(message.contains("too large"))
        #expect(kind == .skipped)
    }

    @Test func aFIFOIsSkippedWithoutWaitingForAWriter() throws {
        let dir = try tree(["a.txt": "Headline\n\nBody text here.\n"])
        #expect(mkfifo(dir + "/pipe.txt", 0o644) == 0)
        let corpus = CorpusLoader().load([dir, dir + "/pipe.txt"])
        #expect(corpus.articles.count == 1)
        #expect(corpus.warnings.contains { $0.file.hasSuffix("pipe.txt") && $0.kind == .skipped })
    }

    @Test func missingPathsAreUnreadable() {
        let corpus = CorpusLoader().load(["/nonexistent/newsq/articles"])
        #expect(corpus.warnings.map(\.kind) == [.unreadable])
    }

    // MARK: - JSON

    @Test(arguments: [
        #"{"title": "Port reopens", "text": "\"We are open,\" said manager Ola Berg.", "date": "2021-03-04", "outlet": "Daily Port", "url": "http://x/1", "authors": ["Ann Lee", "Bo Kim"]}"#,
        #"{"title": "Port reopens", "maintext": "\"We are open,\" said manager Ola Berg.", "date_publish": "2021-03-04 10:00:00", "source_domain": "Daily Port", "url": "http://x/1", "authors": "Ann Lee, Bo Kim"}"#,
        #"{"title": "Port reopens", "body": "\"We are open,\" said manager Ola Berg.", "date": "4 March 2021", "outlet": "Daily Port", "url": "http://x/1", "author": "Ann Lee, Bo Kim"}"#,
    ])
    func jsonRecordsWithCommonFieldNames(record: String) throws {
        let dir = try tree(["one.json": record])
        let corpus = CorpusLoader().load([dir + "/one.json"])
        let article = try #require(corpus.articles.first)
        #expect(article.title == "Port reopens")
        #expect(article.date == CalendarDate(year: 2021, month: 3, day: 4))
        #expect(corpus.outletName(of: article) == "Daily Port")
        #expect(article.url == "http://x/1")
        #expect(article.byline == "Ann Lee, Bo Kim")
        #expect(article.titleLine == nil)
        let quote = try #require(corpus.quotes.first)
        #expect(quote.speaker.map { corpus[$0].name } == "Ola Berg")
    }

    @Test func jsonLinesRecordsKeepTheirLinesAndBadLinesAreReported() throws {
        let lines = [
            #"{"title": "First", "text": "\"One,\" said Ann Lee."}"#,
            "",
            #"{"title": "Broken", "text": "#,
            #"{"title": "No text here"}"#,
            #"{"title": "Second", "text": "Para one.\n\n\"Two,\" said Bo Kim."}"#,
        ]
        let dir = try tree(["many.jsonl": lines.joined(separator: "\n")])
        let corpus = CorpusLoader().load([dir])
        #expect(corpus.articles.map(\.recordLine) == [1, 5])
        #expect(corpus.articles.map(\.title) == ["First", "Second"])
        #expect(corpus.quotes.map(\.line) == [1, 5])
        #expect(corpus.warnings.contains { $0.file.hasSuffix("many.jsonl") && $0.message.contains("malformed") && $0.message.contains("line 3") })
        #expect(corpus.warnings.contains { $0.file.hasSuffix("many.jsonl") && $0.message.contains("without article text") })
    }

    @Test func jsonArraysGiveEachRecordItsOpeningLine() throws {
        let json = "[\n  {\"title\": \"A\", \"text\": \"Alpha text.\"},\n\n  {\"title\": \"B\",\n   \"text\": \"Beta text.\"}\n]"
        let dir = try tree(["list.json": json])
        let corpus = CorpusLoader().load([dir])
        #expect(corpus.articles.map(\.recordLine) == [2, 4])
    }

    @Test func malformedJSONFileIsReportedByName() throws {
        let dir = try tree(["bad.json": "{ not json", "ok.txt": Self.article])
        let corpus = CorpusLoader().load([dir])
        #expect(corpus.articles.count == 1)
        #expect(corpus.warnings.contains { $0.file.hasSuffix("bad.json") && $0.message.contains("malformed JSON") })
    }

    @Test func deeplyNestedJSONIsReportedNotFatal() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let dir = try tree(["deep.json": deep, "deep.jsonl": deep + "\n" + #"{"text": "Fine text here."}"#])
        let corpus = CorpusLoader().load([dir])
        #expect(corpus.articles.count == 1)
        #expect(corpus.warnings.contains { $0.file.hasSuffix("deep.json") && $0.message.contains("malformed") })
    }

    // MARK: - Merging and progress

    @Test func loadIntoMergesPeopleAndKeepsIdentifiers() throws {
        let dir = try tree(["a.txt": "Talks\n\nEnvoy Mara Stein arrived.\n\n\"We agreed,\" Stein said.",
                            "b.txt": "More talks\n\n\"We met again,\" said envoy Mara Stein."])
        let first = CorpusLoader().load([dir + "/a.txt"])
        let both = CorpusLoader().load([dir + "/b.txt"], into: first)
        #expect(both.articles.count == 2)
        #expect(both.articles.map(\.id.index) == [0, 1])
        #expect(both.quotes.count == 2)
        let stein = both.entities(named: "Mara Stein")
        #expect(stein.count == 1)
        #expect(stein.first.map { both.quotesBySpeaker[Int($0.index)].count } == 2)
        #expect(both.topics.map(\.slug) == first.topics.map(\.slug))
    }

    @Test func threadsDoNotChangeTheCorpus() {
        var single = CorpusLoader()
        single.threads = 1
        var many = CorpusLoader()
        many.threads = 4
        let a = single.load([TestPaths.seeds, TestPaths.bbc + "/politics"])
        let b = many.load([TestPaths.seeds, TestPaths.bbc + "/politics"])
        #expect(a.articles.map(\.file) == b.articles.map(\.file))
        #expect(a.quotes.map(\.text) == b.quotes.map(\.text))
        #expect(a.quotes.map { $0.speaker.map { a[$0].name } } == b.quotes.map { $0.speaker.map { b[$0].name } })
        #expect(a.entities.map(\.name) == b.entities.map(\.name))
        #expect(a.warnings == b.warnings)
    }

    @Test func progressIsReportedPerFile() throws {
        let dir = try tree(["a.txt": Self.article, "b.txt": Self.article])
        let counter = ProgressLog()
        _ = CorpusLoader().load([dir]) { counter.add($0) }
        #expect(counter.values.map(\.filesDone) == [1, 2])
        #expect(counter.values.allSatisfy { $0.filesTotal == 2 })
    }
}

/// Collects progress reports from the loader's callback.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [LoadProgress] = []
    func add(_ p: LoadProgress) { lock.lock(); log.append(p); lock.unlock() }
    var values: [LoadProgress] { lock.lock(); defer { lock.unlock() }; return log }
}

extension FileReader.Outcome {
    var isFailure: Bool { if case .failure = self { return true } else { return false } }
}
