// MARK: - Loading

/// Loads articles from files and directories into a ``Corpus``.
///
/// Pipeline: paths → file discovery → bytes → decoding → per-article extraction (a pure
/// function, see ``ArticleExtractor``) → corpus building (identifiers, merged entities,
/// outlets, topics). Nothing in the input can stop a load: a file that cannot be read,
/// decoded or parsed becomes a ``LoadWarning`` naming it, and the rest still load.
public struct CorpusLoader: Sendable {
    /// Extra topic files given by the user, on top of the bundled catalogue.
    public var topicFiles: [String]

    public init(topicFiles: [String] = []) {
        self.topicFiles = topicFiles
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
        if corpus.articles.isEmpty || !topicFiles.isEmpty {
            for w in topicWarnings where !builder.warnings.contains(w) { builder.warnings.append(w) }
        }
        let extractor = ArticleExtractor(topics: topics)
        let discovery = FileDiscovery(paths: paths)
        builder.warnings.append(contentsOf: discovery.warnings)
        var bytesDone = 0
        var seen = Set<FileIdentity>()
        for (index, file) in discovery.files.enumerated() {
            let (sources, warnings) = CorpusLoader.sources(of: file, seen: &seen)
            builder.warnings.append(contentsOf: warnings)
            for source in sources {
                builder.add(extractor.extract(source))
                bytesDone += source.text.count
            }
            progress?(LoadProgress(filesDone: index + 1, filesTotal: discovery.files.count, bytesDone: bytesDone))
        }
        return builder.build()
    }

    /// The articles in one file, and what went wrong reading it.
    /// A file already read under another name (in `seen`) is skipped with a warning.
    static func sources(of file: DiscoveredFile, seen: inout Set<FileIdentity>) -> ([ArticleSource], [LoadWarning]) {
        let bytes: [UInt8]
        switch FileReader.readFile(file.display) {
        case .bytes(let b, let identity):
            guard seen.insert(identity).inserted else {
                return ([], [LoadWarning(file: file.display, message: "already loaded under another name; skipped")])
            }
            bytes = b
        case .failure(let message): return ([], [LoadWarning(file: file.display, message: message)])
        }
        var warnings: [LoadWarning] = []
        let text: [UInt8]
        switch TextDecoder.decode(bytes) {
        case .skip(let message):
            return ([], [LoadWarning(file: file.display, message: message)])
        case .text(let decoded, let warning):
            text = decoded
            if let warning { warnings.append(LoadWarning(file: file.display, message: warning)) }
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

/// How far a load has got, for progress display on long loads.
public struct LoadProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int

    public init(filesDone: Int, filesTotal: Int, bytesDone: Int) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.bytesDone = bytesDone
    }
}
