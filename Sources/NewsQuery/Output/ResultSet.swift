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

    public init(columns: [Column], rows: [[Value]], shape: Shape = .rows, collection: CollectionName? = nil) {
        self.columns = columns
        self.rows = rows
        self.shape = shape
        self.collection = collection
    }
}
