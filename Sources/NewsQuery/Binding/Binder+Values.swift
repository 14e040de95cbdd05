import NewsModel

/// Literals converted to a field's type, and names resolved to records.
extension Binder {
    // MARK: - Relations

    /// A test of a relation field: by name (`speaker = Xi`), by record number (`article = 3`),
    /// by count (`quotes > 3`, many only), or by searching the linked records' names (`~`).
    mutating func bindRelationTest(_ field: FieldRef, target: CollectionName, isMany: Bool,
                                   _ op: ComparisonOperator, _ value: Literal, written: String) -> Predicate? {
        switch op {
        case .contains:
            guard let text = text(from: value) else { return nil }
            return .follow(field, .textContains(Self.nameSearchKey(of: target), TextFolding.fold(text)))
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let count = number(from: value, expecting: "a number (of \(target))") else { return nil }
            return .linkCount(field, .compare(ordering(op), count))
        default:
            if case .number(let number) = value.kind {
                if isMany { return .linkCount(field, .compare(.equal, number)) }
                return .follow(field, recordNumber(number, of: target, at: value.range))
            }
            guard let text = text(from: value) else { return nil }
            let label = isMany ? target.singular : field.name
            return .follow(field, nameEquals(target, text, label: label, at: value.range))
        }
    }

    /// The record numbered `number` (1-based), or nothing with a warning when there is none.
    private mutating func recordNumber(_ number: Double, of collection: CollectionName, at range: SourceRange) -> Predicate {
        let count = corpus.recordCount(collection)
        if number >= 1, number <= Double(count), number == number.rounded() {
            return .member([Int32(number) - 1], label: "\(collection.singular) \(Value.format(number))")
        }
        let extent = count == 0 ? "there are no \(collection) loaded" : "\(collection) are numbered 1 to \(count)"
        warning("no \(collection.singular) \(Value.format(number)); \(extent)", at: range)
        return .member([], label: "\(collection.singular) \(Value.format(number))")
    }

    /// The records of `collection` that go by `name`: people by any alias, topics by slug or
    /// label, outlets by name (all compared by ``NameKey``), articles by title, quotes by text.
    /// A name that matches nothing is not an error: it warns with the closest names (a slug
    /// before a label or alias that differs from it only in case).
    mutating func nameEquals(_ collection: CollectionName, _ name: String, label: String, at range: SourceRange) -> Predicate {
        let ids: [Int32]
        let corpus = corpus
        let candidates: () -> [String]
        switch collection {
        case .people:
            ids = corpus.entities(named: name).map(\.index).sorted()
            candidates = { corpus.entities.flatMap { [$0.name] + $0.aliases } }
        case .topics:
            ids = corpus.topic(named: name).map { [$0.index] } ?? []
            candidates = { corpus.topics.flatMap { [$0.slug, $0.label] } }
        case .outlets:
            ids = corpus.outlet(named: name).map { [$0.index] } ?? []
            candidates = { corpus.outlets.map(\.name) }
        case .articles:
            let folded = TextFolding.fold(name)
            ids = corpus.articles.filter { TextFolding.fold($0.title) == folded }.map(\.id.index)
            candidates = { corpus.articles.map(\.title) }
        case .quotes:
            return .textEquals(.field(.quote(.text)), [TextFolding.fold(name)])
        }
        if ids.isEmpty {
            var seen: Set<String> = []
            let distinct = candidates().filter { seen.insert(TextFolding.fold($0)).inserted }
            let nearest = Suggestions.nearest(to: name, in: distinct, count: 3)
            let others = nearest.dropFirst()
            warning("no \(label) '\(name)'", at: range, suggestion: nearest.first,
                    notes: others.isEmpty ? [] : ["other close names: \(others.map { "'\($0)'" }.joined(separator: ", "))"])
        }
        return .member(ids, label: name)
    }

    /// The text a `matches` on a relation tests: the linked record's display name.
    static func displayKey(of collection: CollectionName) -> TextKey {
        switch collection {
        case .people: .field(.person(.name))
        case .topics: .field(.topic(.slug))
        case .outlets: .field(.outlet(.name))
        case .articles: .field(.article(.title))
        case .quotes: .field(.quote(.text))
        }
    }

    /// The texts `~` on a relation searches: a person's aliases too, a topic's label too.
    static func nameSearchKey(of collection: CollectionName) -> TextKey {
        switch collection {
        case .people: .personNames
        case .topics: .topicNames
        default: displayKey(of: collection)
        }
    }

    // MARK: - Literals

    /// A literal as a number; a word or string must spell one.
    mutating func number(from value: Literal, expecting expected: String = "a number") -> Double? {
        switch value.kind {
        case .number(let number): return number
        case .word(let text), .string(let text):
            if let number = Double(text), number.isFinite { return number }
        default: break
        }
        error("expected \(expected), found \(describe(value))", at: value.range)
        return nil
    }

    /// A literal as a date; a word or string must be `YYYY-MM-DD`.
    mutating func date(from value: Literal) -> CalendarDate? {
        switch value.kind {
        case .date(let date): return date
        case .word(let text), .string(let text):
            if text.utf8.count == 10, let date = CalendarDate(iso: text) { return date }
        default: break
        }
        error("expected a date, found \(describe(value))", at: value.range, notes: ["dates are written YYYY-MM-DD, e.g. 2023-06-19"])
        return nil
    }

    /// A literal as one of a keyword field's closed set of values.
    mutating func keyword(from value: Literal, allowed: [String]) -> String? {
        if let text = text(from: value), let match = allowed.first(where: { $0 == text.lowercased() }) {
            return match
        }
        let found = describe(value)
        error("expected \(Self.choice(allowed, "or")), found \(found)", at: value.range,
              suggestion: text(from: value).flatMap { Suggestions.closest(to: $0, in: allowed) })
        return nil
    }

    /// A literal as text: a string or word as written, a number or date as its source spelling.
    func text(from value: Literal) -> String? {
        switch value.kind {
        case .string(let text), .word(let text): text
        case .number(let number): sourceSpelling(of: value) ?? Value.format(number)
        case .date(let date): date.description
        case .list, .regex: nil
        }
    }

    /// How "found X" names a literal.
    func describe(_ value: Literal) -> String {
        switch value.kind {
        case .string(let text), .word(let text): "'\(text)'"
        case .number(let number): "'\(sourceSpelling(of: value) ?? Value.format(number))'"
        case .date(let date): "'\(date)'"
        case .list: "a list"
        case .regex: "a /regex/"
        }
    }

    /// The literal's text in the source, when its range lies inside it.
    private func sourceSpelling(of value: Literal) -> String? {
        guard value.range.lowerBound >= 0, value.range.upperBound <= source.bytes.count, !value.range.isEmpty else { return nil }
        return source.text(in: value.range)
    }

    // MARK: - Patterns

    /// Compiles a `matches` pattern, reporting a syntax error at its exact bytes in the literal.
    mutating func compilePattern(_ pattern: String, flags: String, literal: Literal) -> CompiledPattern? {
        do {
            return try CompiledPattern(pattern: pattern, flags: flags)
        } catch let problem {
            let start = sourceOffset(ofPatternByte: problem.offset, pattern: pattern, literal: literal)
            let end = sourceOffset(ofPatternByte: problem.offset + problem.length, pattern: pattern, literal: literal)
            error("invalid regex: \(problem.message)", at: SourceRange(start, max(start, end)))
            return nil
        }
    }

    /// Maps a byte offset into `pattern/flags` (as ``RegexSyntaxError`` counts) to a source
    /// offset: the pattern starts one byte after the literal's opening `/`, an escaped `\/`
    /// in the source is one `/` in the pattern, and offsets past the pattern continue into
    /// the closing slash and the flags.
    private func sourceOffset(ofPatternByte offset: Int, pattern: String, literal: Literal) -> Int {
        let range = literal.range
        guard range.lowerBound >= 0, range.upperBound <= source.bytes.count, range.count >= 2 else { return range.lowerBound }
        let patternBytes = Array(pattern.utf8)
        let target = max(offset, 0)
        var sourceIndex = range.lowerBound + 1
        var patternIndex = 0
        while patternIndex < min(target, patternBytes.count), sourceIndex < range.upperBound {
            let escapedSlash = source.bytes[sourceIndex] == UInt8(ascii: "\\") && sourceIndex + 1 < range.upperBound
                && source.bytes[sourceIndex + 1] == UInt8(ascii: "/") && patternBytes[patternIndex] == UInt8(ascii: "/")
            sourceIndex += escapedSlash ? 2 : 1
            patternIndex += 1
        }
        sourceIndex += max(0, target - patternBytes.count)
        return min(sourceIndex, range.upperBound)
    }
}
