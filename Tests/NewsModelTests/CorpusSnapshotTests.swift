import Foundation
import Testing
@testable import NewsModel

/// The determinism guard: loading `corpus/` and a fixed sample of the BBC corpus must give
/// exactly the corpus recorded in `Snapshots/corpus.snapshot` (see ``CorpusDump``).
///
/// Any change to what extraction finds shows up here as a diff; when the change is intended
/// (a bug fixed), regenerate the snapshot in the same commit and say so:
///
///     UPDATE_SNAPSHOTS=1 swift test --filter CorpusSnapshotTests
///
/// The whole BBC corpus can be dumped for a wider before/after comparison with
/// `NEWSQ_FULL_DUMP=/tmp/bbc.dump swift test --filter fullCorpusDumpWhenAsked`.
@Suite struct CorpusSnapshotTests {
    static let snapshotPath = TestPaths.packageRoot + "/Tests/NewsModelTests/Snapshots/corpus.snapshot"

    /// Every 11th BBC file in byte order of paths (203 files), plus the Latin-1 `sport/199.txt`.
    static func bbcSample() -> [String] {
        let all = bbcFiles()
        var sample = all.enumerated().filter { $0.offset % 11 == 0 }.map(\.element)
        let latin1 = TestPaths.bbc + "/sport/199.txt"
        if all.contains(latin1) && !sample.contains(latin1) { sample.append(latin1) }
        return sample
    }

    /// Every `.txt` file of the BBC corpus, in byte order of paths.
    static func bbcFiles() -> [String] {
        let fm = FileManager.default
        let sections = ((try? fm.contentsOfDirectory(atPath: TestPaths.bbc)) ?? []).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var files: [String] = []
        for section in sections where !section.hasPrefix(".") {
            let dir = TestPaths.bbc + "/" + section
            let names = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }
            files += names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { dir + "/" + $0 }
        }
        return files
    }

    @Test func loadingGivesTheRecordedCorpus() throws {
        let sample = Self.bbcSample()
        try #require(sample.count >= 200, "the BBC corpus was not found at \(TestPaths.bbc)")
        var loader = CorpusLoader()
        loader.threads = 2
        let corpus = loader.load([TestPaths.seeds] + sample)
        let dump = CorpusDump.text(of: corpus, root: TestPaths.packageRoot)
        if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(atPath: (Self.snapshotPath as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try dump.write(toFile: Self.snapshotPath, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: Self.snapshotPath, encoding: .utf8)
        guard dump != expected else { return }
        let actualPath = NSTemporaryDirectory() + "corpus.snapshot.actual"
        try? dump.write(toFile: actualPath, atomically: true, encoding: .utf8)
        let got = dump.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let differing = (0..<max(got.count, want.count)).filter { i in
            (i < got.count ? got[i] : nil) != (i < want.count ? want[i] : nil)
        }
        let first = differing.first ?? 0
        Issue.record("""
            the loaded corpus differs from the snapshot in \(differing.count) line(s); first at line \(first + 1):
              expected: \(first < want.count ? want[first] : "<end>")
              actual:   \(first < got.count ? got[first] : "<end>")
            full output: \(actualPath) (diff it against \(Self.snapshotPath))
            """)
    }

    /// Building from articles extracted one by one gives the corpus a load gives.
    @Test func buildingFromExtractedArticlesMatchesALoad() throws {
        let files = Self.bbcSample().prefix(40).map { $0 }
        let topics = TopicCatalog.load(userFiles: []).topics
        let extractor = ArticleExtractor(topics: topics)
        var extracted: [ExtractedArticle] = []
        for file in files {
            let data = try #require(FileManager.default.contents(atPath: file))
            guard case .text(let text, _) = TextDecoder.decode(Array(data)) else { continue }
            extracted.append(extractor.extract(ArticleSource(file: file, text: text)))
        }
        var loader = CorpusLoader()
        loader.threads = 1
        let loaded = loader.load(files)
        let built = CorpusLoader.build(from: extracted, topics: topics)
        // The load also reports the Latin-1 file's decoding; everything else must agree.
        let strip = { (dump: String) in dump.split(separator: "\n").filter { !$0.hasPrefix("W ") && !$0.hasPrefix("warnings") } }
        #expect(strip(CorpusDump.text(of: loaded, root: "")) == strip(CorpusDump.text(of: built, root: "")))
    }

    /// The name index answers as a search through every entity's name and aliases would.
    @Test func nameIndexAgreesWithASearchOfEveryEntity() throws {
        let sample = Array(Self.bbcSample().prefix(60))
        let corpus = CorpusLoader().load([TestPaths.seeds] + sample)
        try #require(corpus.entities.count > 100)
        let keys = corpus.entities.map { e in Set(([e.name] + e.aliases).map(NameKey.normalize)) }
        for e in corpus.entities {
            for alias in [e.name] + e.aliases {
                let key = NameKey.normalize(alias)
                let expected = key.isEmpty ? [] : corpus.entities.indices.filter { keys[$0].contains(key) }.map { corpus.entities[$0].id }
                #expect(corpus.entities(named: alias) == expected, "\(alias)")
            }
        }
    }

    /// Writes the dump of the whole BBC corpus (one thread, then all cores: both must agree)
    /// to the file named by `NEWSQ_FULL_DUMP`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSQ_FULL_DUMP"] != nil))
    func fullCorpusDumpWhenAsked() throws {
        let path = try #require(ProcessInfo.processInfo.environment["NEWSQ_FULL_DUMP"])
        var loader = CorpusLoader()
        loader.threads = 1
        let single = CorpusDump.text(of: loader.load([TestPaths.seeds, TestPaths.bbc]), root: TestPaths.packageRoot)
        let parallel = CorpusDump.text(of: CorpusLoader().load([TestPaths.seeds, TestPaths.bbc]), root: TestPaths.packageRoot)
        #expect(single == parallel)
        try single.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
