/// Loads articles from files and directories into a ``Corpus``.
///
/// PLACEHOLDER: the article-model work replaces this with the real loader.
public struct CorpusLoader: Sendable {
    /// Extra topic files given by the user, on top of the bundled catalogue.
    public var topicFiles: [String]

    public init(topicFiles: [String] = []) {
        self.topicFiles = topicFiles
    }

    /// Loads every article under `paths` (files, or directories searched recursively).
    public func load(_ paths: [String], progress: (@Sendable (LoadProgress) -> Void)? = nil) -> Corpus {
        Corpus()
    }

    /// Loads the articles under `paths` and adds them to `corpus`, merging people across both.
    public func load(_ paths: [String], into corpus: Corpus, progress: (@Sendable (LoadProgress) -> Void)? = nil) -> Corpus {
        corpus
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
