import NewsModel

// MARK: - Folding names for prefix matching

/// The form names and typed prefixes are compared in when completing: each word folded by
/// ``NameKey/normalize(_:)`` (case, accents, surrounding punctuation), words joined by one
/// space, as UTF-8 bytes.
///
/// Words are folded one at a time so that a prefix folds to a prefix of the name's key: a whole
/// name would lose a leading honorific ("Mr. Xi" → `xi`), a typed "Mr" would not.
enum CompletionKey {
    /// The folded bytes of `text`; with `keepingTrailingSpace`, a trailing blank in `text` is
    /// kept as one space (so the typed `"Wang "` matches "Wang Yi" but not "Wangari").
    static func fold(_ text: some StringProtocol, keepingTrailingSpace: Bool = false) -> [UInt8] {
        var cache: [String: String]?
        return fold(text, keepingTrailingSpace: keepingTrailingSpace, cache: &cache)
    }

    /// ``fold(_:keepingTrailingSpace:)`` remembering each word's folded form in `cache` (when
    /// not nil), for folding many names that share words.
    static func fold(_ text: some StringProtocol, keepingTrailingSpace: Bool = false,
                     cache: inout [String: String]?) -> [UInt8] {
        var key: [UInt8] = []
        var wordStart: String.UnicodeScalarView.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        func flush(upTo end: String.UnicodeScalarView.Index) {
            guard let start = wordStart else { return }
            wordStart = nil
            let word = String(String.UnicodeScalarView(scalars[start..<end]))
            let folded: String
            if let known = cache?[word] {
                folded = known
            } else {
                folded = NameKey.normalize(word)
                cache?[word] = folded
            }
            guard !folded.isEmpty else { return }
            if !key.isEmpty { key.append(space) }
            key.append(contentsOf: folded.utf8)
        }
        while index < scalars.endIndex {
            if scalars[index].properties.isWhitespace {
                flush(upTo: index)
            } else if wordStart == nil {
                wordStart = index
            }
            index = scalars.index(after: index)
        }
        flush(upTo: scalars.endIndex)
        if keepingTrailingSpace, !key.isEmpty, let last = scalars.last, last.properties.isWhitespace {
            key.append(space)
        }
        return key
    }

    /// The offsets in `key` where a later word starts: after a space or a hyphen.
    static func laterWordStarts(in key: [UInt8]) -> [Int] {
        var starts: [Int] = []
        for offset in key.indices.dropLast() where key[offset] == space || key[offset] == hyphen {
            let next = offset + 1
            if key[next] != space, key[next] != hyphen { starts.append(next) }
        }
        return starts
    }

    static let space = UInt8(ascii: " ")
    static let hyphen = UInt8(ascii: "-")
}
