import NewsModel
import NewsQuery

/// Turns what the cursor's position expects and the word typed there into a ``Completion``:
/// keywords, collections and fields by prefix, values from the vocabulary (quoted when they
/// are not bare words).
struct CandidateBuilder {
    /// The vocabulary, fetched only when a candidate list needs it.
    let vocabulary: () -> CompletionVocabulary

    /// The completion of `partial` where `expectation` holds; ranges as in `partial`.
    func completion(_ expectation: Expectation, _ partial: Partial) -> Completion {
        if case .value(let field, let collection) = expectation {
            return values(for: field, in: collection, partial)
        }
        guard !partial.isQuoted else { return .none(at: partial.range.upperBound) }
        let words: [String]
        switch expectation {
        case .statementStart: words = collectionsAndBindings() + ["let", "show"]
        case .source: words = collectionsAndBindings()
        case .showTarget: words = CollectionName.allCases.map(\.singular)
        case .fields(let collection, let keywords):
            words = (collection.map { Schema.fields(of: $0).map(\.name) } ?? []) + keywords
        case .keywords(let keywords): words = keywords
        case .value, .nothing: words = []
        }
        return Self.words(words, matching: partial)
    }

    /// The words of `words` that start with the typed word, replacing it.
    static func words(_ words: [String], matching partial: Partial, suffix: String = " ") -> Completion {
        let matches = WordMatching.filter(words, prefix: partial.text)
        guard !matches.isEmpty else { return .none(at: partial.range.upperBound) }
        return Completion(replaceRange: partial.range, candidates: matches, suffixWhenUnique: suffix)
    }

    private func collectionsAndBindings() -> [String] {
        CollectionName.allCases.map(\.rawValue) + vocabulary().bindings.map(\.name)
    }

    // MARK: - Values

    /// The values `field` of `collection` can be compared with that start with the typed text.
    private func values(for field: FieldDescriptor, in collection: CollectionName, _ partial: Partial) -> Completion {
        let names: [NameIndex.Name]
        switch valueSource(for: field, in: collection) {
        case .index(let index):
            names = index.names(matching: CompletionKey.fold(partial.text, keepingTrailingSpace: true))
        case .fixed(let words):
            names = WordMatching.filter(words, prefix: partial.text).map(NameIndex.Name.init)
        case nil:
            names = []
        }
        guard !names.isEmpty else { return .none(at: partial.range.upperBound) }
        // Quote every candidate when one needs it, so their common prefix can still be inserted.
        let quoted = partial.isQuoted || names.contains { !$0.isBare }
        let candidates = names.map { quoted ? $0.quoted : $0.text }
        return Completion(replaceRange: partial.range, candidates: candidates)
    }

    /// Where the values of a field come from.
    private enum ValueSource {
        case index(NameIndex)
        case fixed([String])
    }

    /// The values a field is compared with: names of the records a relation links to, the
    /// words of a keyword field, and the names of people, topics and outlets themselves.
    private func valueSource(for field: FieldDescriptor, in collection: CollectionName) -> ValueSource? {
        switch field.type {
        case .keyword(let words): return .fixed(words)
        case .one(let target), .many(let target): return index(naming: target).map(ValueSource.index)
        case .text, .textList:
            switch (collection, field.name) {
            case (.people, "name"), (.people, "aliases"): return .index(vocabulary().people)
            case (.topics, "slug"): return .index(vocabulary().topics)
            case (.topics, "label"): return .index(vocabulary().topicLabels)
            case (.outlets, "name"): return .index(vocabulary().outlets)
            default: return nil
            }
        case .number, .date: return nil
        }
    }

    /// The index of the names by which records of `collection` are compared, if it has one.
    private func index(naming collection: CollectionName) -> NameIndex? {
        switch collection {
        case .people: vocabulary().people
        case .topics: vocabulary().topics
        case .outlets: vocabulary().outlets
        case .articles, .quotes: nil
        }
    }
}

// MARK: - Word prefixes

/// Prefix matching for short fixed lists (keywords, fields, commands): ASCII letters compared
/// without regard to case, byte by byte.
enum WordMatching {
    /// The words of `words` starting with `prefix`, in their order, without repeats.
    static func filter(_ words: [String], prefix: String) -> [String] {
        let typed = Array(prefix.utf8)
        var seen: Set<String> = []
        return words.filter { word in
            var bytes = word.utf8.makeIterator()
            for expected in typed {
                guard let byte = bytes.next(), lower(byte) == lower(expected) else { return false }
            }
            return seen.insert(word).inserted
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
