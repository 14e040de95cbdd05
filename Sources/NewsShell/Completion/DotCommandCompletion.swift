import NewsQuery

/// Completion on a dot-command line: the command's name, then its argument as
/// ``DotCommandCatalog`` describes it (a choice, a collection, a help topic, a path, a statement).
struct DotCommandCompletion {
    let builder: CandidateBuilder
    let paths: PathCompletion
    /// Completes a statement (the argument of `.explain`) given as text; ranges in that text.
    let statement: (String) -> Completion

    /// The completion of `line` (whose first non-blank byte is `.`) with the cursor at `cursor`.
    func completion(line: [UInt8], cursor: Int) -> Completion {
        let words = DotCommandWords.split(line[..<cursor])
        guard let command = words.first, let last = words.last else { return .none(at: cursor) }
        // The word being typed: the last one if the cursor is at its end, else a new one.
        let typingWord = last.range.upperBound == cursor
        if typingWord, words.count == 1 { return commandNames(matching: command.partial) }
        guard let entry = DotCommandCatalog.entry(named: command.text) else { return .none(at: cursor) }
        let typed = typingWord ? last.partial : .empty(at: cursor)
        let argumentIndex = words.count - 1 - (typingWord ? 1 : 0)
        switch entry.argument {
        case .none:
            return .none(at: cursor)
        case .choice(let choices):
            return argumentIndex == 0 ? CandidateBuilder.words(choices, matching: typed) : .none(at: cursor)
        case .collection:
            let collections = CollectionName.allCases.map(\.rawValue)
            return argumentIndex == 0 ? CandidateBuilder.words(collections, matching: typed) : .none(at: cursor)
        case .helpTopic:
            guard argumentIndex == 0 else { return .none(at: cursor) }
            if typed.text.hasPrefix(".") { return commandNames(matching: typed) }
            return CandidateBuilder.words(builder.vocabulary().helpTopics, matching: typed)
        case .path:
            return paths.completion(of: typed, preferringScripts: entry.name == ".run")
        case .statement:
            let start = command.range.upperBound
            let completion = statement(String(decoding: line[start..<cursor], as: UTF8.self))
            let range = completion.replaceRange
            return Completion(replaceRange: (range.lowerBound + start)..<(range.upperBound + start),
                              candidates: completion.candidates, suffixWhenUnique: completion.suffixWhenUnique)
        }
    }

    /// The dot-command names starting with the typed one; a unique one that takes no argument
    /// is completed without a trailing space.
    private func commandNames(matching typed: Partial) -> Completion {
        var completion = CandidateBuilder.words(DotCommandCatalog.names, matching: typed)
        if completion.candidates.count == 1, let only = completion.candidates.first,
           DotCommandCatalog.entry(named: only)?.argument == DotCommandCatalog.Argument.none {
            completion.suffixWhenUnique = ""
        }
        return completion
    }
}

// MARK: - Words of a dot-command line

/// The blank-separated words of a dot-command line; a double-quoted stretch (`"my file.txt"`)
/// belongs to one word.
enum DotCommandWords {
    /// One word: its bytes in the line, its text without quotes, and whether a quote is still open.
    struct Word: Equatable {
        var range: Range<Int>
        var text: String
        var isOpenQuote: Bool

        /// The word as the partial word a completion replaces.
        var partial: Partial { Partial(range: range, text: text, isQuoted: isOpenQuote) }
    }

    /// The words of `bytes`.
    static func split(_ bytes: ArraySlice<UInt8>) -> [Word] {
        var words: [Word] = []
        var start: Int?
        var text: [UInt8] = []
        var quoted = false
        func finish(at end: Int) {
            guard let wordStart = start else { return }
            words.append(Word(range: wordStart..<end, text: String(decoding: text, as: UTF8.self), isOpenQuote: quoted))
            (start, text, quoted) = (nil, [], false)
        }
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if start == nil { start = index }
                quoted.toggle()
            } else if !quoted, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                finish(at: index)
            } else {
                if start == nil { start = index }
                text.append(byte)
            }
        }
        finish(at: bytes.endIndex)
        return words
    }
}
