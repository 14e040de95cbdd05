/// The answer to one statement: named, typed columns and rows of values.
public struct ResultSet: Sendable, Equatable {
    /// How the result should be laid out.
    public enum Shape: Sendable, Equatable {
        /// Many records, one per row (a table).
        case rows
        /// One record in full, field per line (`show quote 3`), like psql's expanded display.
        case record
    }

    /// A column: its name as printed and, when it came from a field, that field's type.
    public struct Column: Sendable, Equatable {
        public var name: String
        public var type: FieldType?
        public init(_ name: String, type: FieldType?) {
            self.name = name
            self.type = type
        }
    }

    public var columns: [Column]
    public var rows: [[Value]]
    public var shape: Shape
    /// The collection the rows are records of, when they are (not for `count by` groups).
    public var collection: CollectionName?
    /// What the query searched for in which column (`text ~ "progress"`), so a terminal can
    /// show the matched words in colour.
    public var highlights: [Highlight]

    public init(columns: [Column], rows: [[Value]], shape: Shape = .rows, collection: CollectionName? = nil,
                highlights: [Highlight] = []) {
        self.columns = columns
        self.rows = rows
        self.shape = shape
        self.collection = collection
        self.highlights = highlights
    }
}

/// Words a query searched for in one column of its result: a `~` needle or a `matches` regex.
public struct Highlight: Sendable, Equatable {
    /// What to look for.
    public enum Pattern: Sendable, Equatable {
        /// Case-insensitive substring, as `~` matches.
        case substring(String)
        /// A regular expression, as `matches` matches.
        case regex(SafeRegex)

        public static func == (a: Pattern, b: Pattern) -> Bool {
            switch (a, b) {
            case (.substring(let x), .substring(let y)): x == y
            case (.regex(let x), .regex(let y)): x.pattern == y.pattern && x.flags == y.flags
            default: false
            }
        }
    }

    /// The column's name as printed.
    public var column: String
    public var pattern: Pattern

    public init(column: String, pattern: Pattern) {
        self.column = column
        self.pattern = pattern
    }

    /// The ranges of `text` the pattern matches, in order, not overlapping.
    public func ranges(in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        switch pattern {
        case .substring(let needle):
            let folded = text.lowercased()
            let foldedNeedle = needle.lowercased()
            // Offsets carry over only when folding kept every byte in place.
            guard !foldedNeedle.isEmpty, folded.utf8.count == text.utf8.count else { return [] }
            for range in folded.ranges(of: foldedNeedle) {
                let lower = folded.utf8.distance(from: folded.startIndex, to: range.lowerBound)
                let upper = folded.utf8.distance(from: folded.startIndex, to: range.upperBound)
                found.append(text.utf8.index(text.startIndex, offsetBy: lower)..<text.utf8.index(text.startIndex, offsetBy: upper))
            }
        case .regex(let regex):
            var start = text.startIndex
            while start < text.endIndex, found.count < 64 {
                let rest = String(text[start...])
                guard let match = regex.firstMatch(in: rest), !match.isEmpty else { break }
                let lower = text.utf8.index(start, offsetBy: rest.utf8.distance(from: rest.startIndex, to: match.lowerBound))
                let upper = text.utf8.index(start, offsetBy: rest.utf8.distance(from: rest.startIndex, to: match.upperBound))
                found.append(lower..<upper)
                start = upper
            }
        }
        return found
    }
}
