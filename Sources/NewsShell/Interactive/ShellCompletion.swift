import NewsModel
import NewsQuery

/// Connects Tab completion to a session: builds the completion vocabulary from the loaded
/// corpus once, refreshes only the bound names after `let`, and rebuilds after `.load`.
public final class ShellCompletion {
    /// The completer the line reader calls (set once, in `init`).
    public private(set) var completer: QueryCompleter!
    private let session: Session
    private var vocabulary: CompletionVocabulary?
    private var corpusArticleCount = -1

    /// Installs context-aware completion on `reader` for `session`.
    @discardableResult
    public static func install(on reader: any LineReader, session: Session) -> ShellCompletion {
        let completion = ShellCompletion(session: session)
        reader.completer = completion.completer
        session.onVocabularyChange = { [weak completion] in completion?.refresh() }
        return completion
    }

    init(session: Session) {
        self.session = session
        completer = QueryCompleter(vocabulary: { [unowned self] in self.currentVocabulary() })
    }

    /// Builds the vocabulary now (before the first prompt), so that even the first Tab is
    /// instant: building takes about 80 ms on the 2,225-article BBC corpus, a completion then
    /// well under a millisecond.
    public func prepare() {
        _ = currentVocabulary()
    }

    /// The vocabulary for the corpus and bindings as they are now.
    private func currentVocabulary() -> CompletionVocabulary {
        if let vocabulary { return vocabulary }
        let built = CompletionVocabulary(corpus: session.engine.corpus, bindings: bindings())
        vocabulary = built
        corpusArticleCount = session.engine.corpus.articles.count
        return built
    }

    /// After `let` or `.load`: refresh the bindings, or rebuild when the corpus grew.
    func refresh() {
        guard let vocabulary else { return }
        if session.engine.corpus.articles.count != corpusArticleCount {
            self.vocabulary = nil
        } else {
            self.vocabulary = vocabulary.replacingBindings(bindings())
        }
    }

    private func bindings() -> [(name: String, collection: CollectionName)] {
        session.engine.bindingNames.compactMap { name in
            session.engine.bindingCollection(name).map { (name: name, collection: $0) }
        }
    }
}
