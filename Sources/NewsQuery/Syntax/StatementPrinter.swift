/// The canonical text of a syntax tree: keywords in lower case, one space between tokens,
/// strings re-escaped, numbers in their shortest exact decimal form, `asc` left out.
/// For every tree the parser produces, parsing the printed text gives the same tree
/// (ranges aside: see ``Statement/isStructurallyEqual(to:)``).
public enum StatementPrinter {
    // MARK: - Statements

    /// `let recent = quotes where date >= 2023-06-01`.
    public static func print(_ statement: Statement) -> String {
        switch statement.kind {
        case .query(let query): print(query)
        case .binding(let name, let query): "let \(name.name) = \(print(query))"
        case .show(let target, let number, _): "show \(target.name) \(number)"
        }
    }

    /// `quotes where speaker = "Wang Yi" sort by date desc limit 5 select text`.
    public static func print(_ query: Query) -> String {
        var parts = [query.source.name]
        if let filter = query.filter { parts.append("where " + print(filter)) }
        if let aggregate = query.aggregate {
            parts.append(aggregate.groupBy.map { "count by \($0)" } ?? "count")
        }
        if !query.sort.isEmpty {
            let keys = query.sort.map { $0.descending ? "\($0.field) desc" : $0.field.description }
            parts.append("sort by " + keys.joined(separator: ", "))
        }
        if let limit = query.limit { parts.append("limit \(limit.count)") }
        if !query.projection.isEmpty {
            parts.append("select " + query.projection.map(\.description).joined(separator: ", "))
        }
        return parts.joined(separator: " ")
    }

    // MARK: - Expressions

    /// Binding strength, loosest first: what an operand must reach to be printed without parentheses.
    private enum Precedence: Int, Comparable {
        case or, and, not, primary
        static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    /// `speaker = "Wang Yi" and (topic = taiwan or topic = china)`.
    public static func print(_ expression: Expression) -> String {
        switch expression.kind {
        case .or(let operands): operands.map { operand($0, atLeast: .and) }.joined(separator: " or ")
        case .and(let operands): operands.map { operand($0, atLeast: .not) }.joined(separator: " and ")
        case .not(let inner): "not " + operand(inner, atLeast: .not)
        case .group(let inner): "(" + print(inner) + ")"
        case .comparison(let comparison): print(comparison)
        }
    }

    /// An operand, parenthesised when it binds more loosely than its place requires
    /// (only hand-built trees need this: the parser records parentheses as groups).
    private static func operand(_ expression: Expression, atLeast required: Precedence) -> String {
        let own: Precedence = switch expression.kind {
        case .or: .or
        case .and: .and
        case .not: .not
        case .group, .comparison: .primary
        }
        return own < required ? "(" + print(expression) + ")" : print(expression)
    }

    /// `speaker = "Wang Yi"`, `text matches /x/i`, `topic in [a, b]`, `role is missing`.
    public static func print(_ comparison: Comparison) -> String {
        let field = comparison.field.description
        switch comparison.op {
        case .isMissing, .isNotMissing:
            return "\(field) \(comparison.op.rawValue)"
        default:
            let value = comparison.value.map(print) ?? "\"\""
            return "\(field) \(comparison.op.rawValue) \(value)"
        }
    }

    // MARK: - Values

    /// A literal as it would be written in a query.
    public static func print(_ literal: Literal) -> String {
        switch literal.kind {
        case .string(let text): quoted(text)
        case .word(let word): word
        case .number(let number): format(number)
        case .date(let date): date.description
        case .list(let items): "[" + items.map(print).joined(separator: ", ") + "]"
        case .regex(let pattern, let flags): "/\(pattern)/\(flags)"
        }
    }

    /// `text` as a double-quoted string literal: `"` and `\` escaped, tabs and line breaks as
    /// `\t` and `\n`, other control characters as `\u{XX}`.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A number in plain decimal (never with an exponent), as short as reads back exactly.
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "0" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        // The shortest form that reads back exactly, perhaps with an exponent: "1e-05", "1.5e+20".
        let shortest = "\(number)"
        let parts = shortest.split(separator: "e", maxSplits: 1)
        var mantissa = Substring(parts[0])
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa = mantissa.dropFirst() }
        let pointIndex = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
            ?? mantissa.count
        var digits = mantissa.filter { $0 != "." }
        let point = pointIndex + exponent
        var plain: String
        if point <= 0 {
            plain = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            plain = digits + String(repeating: "0", count: point - digits.count)
        } else {
            digits.insert(".", at: digits.index(digits.startIndex, offsetBy: point))
            plain = digits
        }
        if plain.contains(".") {
            while plain.hasSuffix("0") { plain.removeLast() }
            if plain.hasSuffix(".") { plain.removeLast() }
        }
        return negative ? "-" + plain : plain
    }
}
