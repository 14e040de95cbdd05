import NewsModel

/// A field's value in a result row.
public enum Value: Hashable, Sendable, CustomStringConvertible {
    /// The record has no value for the field (an unattributed quote's speaker, an undated article).
    case missing
    case number(Double)
    case text(String)
    case date(CalendarDate)
    case list([Value])

    /// Plain text, as the table and CSV formats print it: numbers without a trailing `.0`,
    /// lists joined by `, `, missing as the empty string.
    public var description: String {
        switch self {
        case .missing: ""
        case .number(let n): Value.format(n)
        case .text(let s): s
        case .date(let d): d.description
        case .list(let values): values.map(\.description).joined(separator: ", ")
        }
    }

    /// `3` for whole numbers, `2.5` otherwise.
    public static func format(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }
}
