import Foundation
import NewsModel

// MARK: - Corpora to query

/// The corpora the harnesses run statements against.
public enum FuzzCorpora {
    /// The hand-built corpus of NewsQuery's engine tests (shared source, `EngineFixture.swift`):
    /// three articles, ten quotes, six entities, four topics, with an escape sequence and CJK text.
    public static let fixture: Corpus = EngineFixture.corpus

    /// The package's sample articles (`corpus/`), loaded once with the real loader.
    public static let samples: Corpus = CorpusLoader().load([packageRoot + "/corpus"])

    /// The newsq package's root directory (this file is at `Fuzz/Sources/FuzzSupport/`).
    public static let packageRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
}
