import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Foundation
#endif

// MARK: - Loading

/// Loads articles from files and directories into a ``Corpus``.
///
/// Pipeline: paths → file discovery → bytes → decoding → per-article extraction (a pure
/// function, see ``ArticleExtractor``) → corpus building (identifiers, merged entities,
/// outlets, topics). Nothing in the input can stop a load: a file that cannot be read,
/// decoded or parsed becomes a ``LoadWarning`` naming it, and the rest still load.
///
/// Files are read and extracted on up to ``threads`` threads at a time; the corpus is
/// assembled in file order, so identifiers do not depend on the number of threads.
public struct CorpusLoader: Sendable {
    /// Extra topic files given by the user, on top of the bundled catalogue.
    public var topicFiles: [String]
    /// How many files are read and extracted at once (1: everything on the calling thread).
    public var threads: Int

    /// A loader adding `topicFiles` to the bundled topic catalogue, using every processor.
    public init(topicFiles: [String] = []) {
        self.topicFiles = topicFiles
        threads = System.processorCount
    }

    /// Loads every article under `paths` (files, or directories searched recursively).
    public func load(_ paths: [String], progress: (@Sendable (LoadProgress) -> Void)? = nil) -> Corpus {
        load(paths, into: Corpus(), progress: progress)
    }

    /// Loads the articles under `paths` and adds them to `corpus`, merging people across both.
    ///
    /// The corpus keeps its topic catalogue (so its topic ids stay valid); topics of this
    /// loader's catalogue that it lacks are appended.
    public func load(_ paths: [String], into corpus: Corpus, progress: (@Sendable (LoadProgress) -> Void)? = nil) -> Corpus {
        let (catalogue, topicWarnings) = TopicCatalog.load(userFiles: topicFiles)
        var topics = corpus.topics
        for topic in catalogue where !topics.contains(where: { $0.slug == topic.slug }) {
            topics.append(Topic(id: TopicID(topics.count), slug: topic.slug, label: topic.label, keywords: topic.keywords))
        }
        var builder = CorpusBuilder(existing: corpus, topics: topics)
        for w in topicWarnings where !builder.warnings.contains(w) { builder.warnings.append(w) }
        let extractor = ArticleExtractor(topics: topics)
        let discovery = FileDiscovery(paths: paths)
        builder.warnings.append(contentsOf: discovery.warnings)
        let files = discovery.files
        var bytesDone = 0
        var seen = Set<FileIdentity>()
        var done = 0
        let batchSize = threads > 1 ? threads * 16 : 1
        while done < files.count {
            let batch = Array(files[done..<min(files.count, done + batchSize)])
            for result in CorpusLoader.extract(batch, with: extractor, threads: threads) {
                done += 1
                if let identity = result.identity, !seen.insert(identity).inserted {
                    builder.warnings.append(LoadWarning(file: result.file, message: "already loaded under another name; skipped", kind: .skipped))
                } else {
                    builder.warnings.append(contentsOf: result.warnings)
                    for article in result.articles { builder.add(article) }
                    bytesDone += result.bytes
                }
                progress?(LoadProgress(filesDone: done, filesTotal: files.count, bytesDone: bytesDone))
            }
        }
        return builder.build()
    }

    // MARK: - Files

    /// What one file yields: its articles, its problems, and which file it was.
    struct FileResult: Sendable {
        var file: String
        var identity: FileIdentity?
        var articles: [ExtractedArticle] = []
        var warnings: [LoadWarning] = []
        var bytes = 0
    }

    /// Reads and extracts `files`, on up to `threads` threads; results are in file order.
    static func extract(_ files: [DiscoveredFile], with extractor: ArticleExtractor, threads: Int) -> [FileResult] {
        guard threads > 1, files.count > 1 else { return files.map { extract($0, with: extractor) } }
        let slots = ResultSlots(count: files.count)
        // Workers take files in turn (worker w takes w, w + threads, ...); the calling thread is worker 0.
        let workers = min(threads, files.count)
        let group = DispatchGroup()
        let work: @Sendable (Int) -> Void = { w in
            var i = w
            while i < files.count {
                slots.store(extract(files[i], with: extractor), at: i)
                i += workers
            }
        }
        for w in 1..<workers { DispatchQueue.global().async(group: group) { work(w) } }
        work(0)
        group.wait()
        return slots.take()
    }

    /// Reads, decodes and extracts one file.
    static func extract(_ file: DiscoveredFile, with extractor: ArticleExtractor) -> FileResult {
        var result = FileResult(file: file.display)
        let bytes: [UInt8]
        switch FileReader.readFile(file.display) {
        case .bytes(let b, let identity):
            bytes = b
            result.identity = identity
        case .failure(let message, let kind):
            result.warnings = [LoadWarning(file: file.display, message: message, kind: kind)]
            return result
        }
        let (sources, warnings) = sources(of: file, bytes: bytes)
        result.warnings = warnings
        result.articles = sources.map(extractor.extract)
        result.bytes = sources.reduce(0) { $0 + $1.text.count }
        return result
    }

    /// The articles in one file's bytes, and what went wrong decoding or parsing them.
    static func sources(of file: DiscoveredFile, bytes: [UInt8]) -> ([ArticleSource], [LoadWarning]) {
        var warnings: [LoadWarning] = []
        let text: [UInt8]
        switch TextDecoder.decode(bytes) {
        case .skip(let message):
            return ([], [LoadWarning(file: file.display, message: message, kind: .skipped)])
        case .text(let decoded, let warning):
            text = decoded
            if let warning { warnings.append(LoadWarning(file: file.display, message: warning, kind: .encoding)) }
        }
        switch file.format {
        case .text:
            return ([ArticleSource(file: file.display, text: text)], warnings)
        case .json, .jsonLines:
            let (sources, jsonWarnings) = JSONRecords.sources(from: text, file: file.display, lines: file.format == .jsonLines)
            return (sources, warnings + jsonWarnings)
        }
    }
}

// MARK: - Concurrency helpers

/// One slot per file, written by exactly one worker each, read after all have finished.
private final class ResultSlots: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<CorpusLoader.FileResult?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// Stores the result of file `i` (each index is written by one thread only).
    func store(_ result: CorpusLoader.FileResult, at i: Int) { buffer[i] = result }

    /// The results, in order; call once every store has returned.
    func take() -> [CorpusLoader.FileResult] {
        buffer.enumerated().map { i, slot in slot ?? CorpusLoader.FileResult(file: "#\(i)") }
    }
}

/// Facts about the machine.
enum System {
    /// The number of processors available to the process (at least 1).
    static let processorCount: Int = {
        #if canImport(Glibc) || canImport(Musl)
        let n = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return max(1, Int(n))
        #else
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
        #endif
    }()
}
