import NewsModel
@testable import NewsQuery

/// Builds query syntax trees for engine tests from query text, with exact source ranges.
///
/// Test scaffolding only: the engine does not depend on the real parser (branch `syntax`),
/// so these tests build their ASTs with this small reader of the same surface syntax. It
/// accepts well-formed test queries and stops with a test failure otherwise; it is not the
/// language's parser and does no error recovery.
struct TestQueryReader {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private enum TokenKind: Equatable {
        case word(String), string(String), number(Double), date(CalendarDate), regex(String, String), symbol(String), end
    }

    private struct Token {
        var kind: TokenKind
        var range: SourceRange
    }

    private let source: SourceFile
    private var tokens: [Token] = []
    private var position = 0

    /// Reads one statement from `text`.
    static func statement(_ text: String) throws -> (Statement, SourceFile) {
        let source = SourceFile(name: "<test>", text: text)
        var reader = TestQueryReader(source: source)
        reader.tokens = try reader.tokenize()
        return (try reader.parseStatement(), source)
    }

    private init(source: SourceFile) {
        self.source = source
    }

    // MARK: - Tokens

    private func tokenize() throws -> [Token] {
        let bytes = source.bytes
        var tokens: [Token] = []
        var i = 0
        func isWordByte(_ b: UInt8) -> Bool {
            (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2D || b >= 0x80
        }
        while i < bytes.count {
            let start = i
            let byte = bytes[i]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 { i += 1; continue }
            if byte == UInt8(ascii: "\"") {
                var value: [UInt8] = []
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                    if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count { i += 1 }
                    value.append(bytes[i]); i += 1
                }
                guard i < bytes.count else { throw Failure(description: "unterminated string") }
                i += 1
                tokens.append(Token(kind: .string(String(decoding: value, as: UTF8.self)), range: SourceRange(start, i)))
            } else if byte == UInt8(ascii: "/") {
                var pattern: [UInt8] = []
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "/") {
                    if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "/") { i += 1 }
                    else if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count { pattern.append(bytes[i]); i += 1 }
                    pattern.append(bytes[i]); i += 1
                }
                guard i < bytes.count else { throw Failure(description: "unterminated regex") }
                i += 1
                let flagsStart = i
                while i < bytes.count, (bytes[i] >= 0x61 && bytes[i] <= 0x7A) { i += 1 }
                tokens.append(Token(kind: .regex(String(decoding: pattern, as: UTF8.self),
                                                 String(decoding: bytes[flagsStart..<i], as: UTF8.self)),
                                    range: SourceRange(start, i)))
            } else if isWordByte(byte) {
                while i < bytes.count, isWordByte(bytes[i]) || (bytes[i] == UInt8(ascii: ".") && i + 1 < bytes.count
                                                                  && bytes[start] >= 0x30 && bytes[start] <= 0x39) { i += 1 }
                let text = String(decoding: bytes[start..<i], as: UTF8.self)
                let kind: TokenKind
                if text.utf8.count == 10, let date = CalendarDate(iso: text) { kind = .date(date) }
                else if let number = Double(text) { kind = .number(number) }
                else { kind = .word(text) }
                tokens.append(Token(kind: kind, range: SourceRange(start, i)))
            } else {
                let two = i + 1 < bytes.count ? String(decoding: bytes[i...i + 1], as: UTF8.self) : ""
                let length = ["!=", "<=", ">="].contains(two) ? 2 : 1
                i += length
                tokens.append(Token(kind: .symbol(String(decoding: bytes[start..<i], as: UTF8.self)), range: SourceRange(start, i)))
            }
        }
        tokens.append(Token(kind: .end, range: SourceRange(at: bytes.count)))
        return tokens
    }

    // MARK: - Helpers

    private var current: Token { tokens[min(position, tokens.count - 1)] }

    private func isWord(_ word: String) -> Bool {
        if case .word(let text) = current.kind { return text.lowercased() == word }
        return false
    }

    private func isSymbol(_ symbol: String) -> Bool { current.kind == .symbol(symbol) }

    private mutating func advance() -> Token {
        let token = current
        position += 1
        return token
    }

    private mutating func expectWord(_ word: String) throws -> Token {
        guard isWord(word) else { throw Failure(description: "expected '\(word)' at \(current.range)") }
        return advance()
    }

    private mutating func identifier() throws -> Identifier {
        guard case .word(let text) = current.kind else { throw Failure(description: "expected a name at \(current.range)") }
        return Identifier(text, range: advance().range)
    }

    private mutating func integer() throws -> (Int, SourceRange) {
        if isSymbol("-"), case .number(let n) = tokens[position + 1].kind {
            let start = advance().range
            let token = advance()
            return (-Int(n), start.union(token.range))
        }
        guard case .number(let n) = current.kind else { throw Failure(description: "expected a number at \(current.range)") }
        return (Int(n), advance().range)
    }

    // MARK: - Statements

    private mutating func parseStatement() throws -> Statement {
        let start = current.range
        let kind: Statement.Kind
        if isWord("let") {
            _ = advance()
            let name = try identifier()
            guard isSymbol("=") else { throw Failure(description: "expected '='") }
            _ = advance()
            kind = .binding(name: name, query: try parseQuery())
        } else if isWord("show") {
            _ = advance()
            let target = try identifier()
            let (number, range) = try integer()
            kind = .show(target: target, number: number, numberRange: range)
        } else {
            kind = .query(try parseQuery())
        }
        guard current.kind == .end else { throw Failure(description: "unexpected token at \(current.range)") }
        return Statement(kind: kind, range: start.union(tokens[max(position - 1, 0)].range))
    }

    private mutating func parseQuery() throws -> Query {
        let source = try identifier()
        var query = Query(source: source, range: source.range)
        if isWord("where") { _ = advance(); query.filter = try parseOr(depth: 0) }
        if isWord("count") {
            let word = advance()
            var group: FieldPath?
            if isWord("by") { _ = advance(); group = try parsePath() }
            query.aggregate = Aggregate(groupBy: group, range: group.map { word.range.union($0.range) } ?? word.range)
        }
        if isWord("sort") {
            _ = advance(); _ = try expectWord("by")
            repeat {
                if isSymbol(",") { _ = advance() }
                let path = try parsePath()
                var range = path.range
                var descending = false
                if isWord("desc") || isWord("asc") { descending = isWord("desc"); range = range.union(advance().range) }
                query.sort.append(SortKey(field: path, descending: descending, range: range))
            } while isSymbol(",")
        }
        if isWord("limit") {
            let word = advance()
            let (count, range) = try integer()
            query.limit = Limit(count: count, range: word.range.union(range))
        }
        if isWord("select") {
            _ = advance()
            repeat {
                if isSymbol(",") { _ = advance() }
                query.projection.append(try parsePath())
            } while isSymbol(",")
        }
        query.range = source.range.union(tokens[max(position - 1, 0)].range)
        return query
    }

    private mutating func parsePath() throws -> FieldPath {
        var components = [try identifier()]
        while isSymbol(".") { _ = advance(); components.append(try identifier()) }
        return FieldPath(components: components, range: components[0].range.union(components[components.count - 1].range))
    }

    // MARK: - Expressions

    private mutating func parseOr(depth: Int) throws -> Expression {
        var operands = [try parseAnd(depth: depth)]
        while isWord("or") { _ = advance(); operands.append(try parseAnd(depth: depth)) }
        guard operands.count > 1 else { return operands[0] }
        return Expression(kind: .or(operands), range: operands[0].range.union(operands[operands.count - 1].range))
    }

    private mutating func parseAnd(depth: Int) throws -> Expression {
        var operands = [try parseNot(depth: depth)]
        while isWord("and") { _ = advance(); operands.append(try parseNot(depth: depth)) }
        guard operands.count > 1 else { return operands[0] }
        return Expression(kind: .and(operands), range: operands[0].range.union(operands[operands.count - 1].range))
    }

    private mutating func parseNot(depth: Int) throws -> Expression {
        guard depth < 200 else { throw Failure(description: "too deep") }
        if isWord("not") {
            let word = advance()
            let inner = try parseNot(depth: depth + 1)
            return Expression(kind: .not(inner), range: word.range.union(inner.range))
        }
        if isSymbol("(") {
            let open = advance()
            let inner = try parseOr(depth: depth + 1)
            guard isSymbol(")") else { throw Failure(description: "expected ')'") }
            return Expression(kind: .group(inner), range: open.range.union(advance().range))
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws -> Expression {
        let field = try parsePath()
        let op: ComparisonOperator
        var opRange = current.range
        if isWord("is") {
            _ = advance()
            if isWord("not") { _ = advance(); op = .isNotMissing } else { op = .isMissing }
            opRange = opRange.union(try expectWord("missing").range)
            let comparison = Comparison(field: field, op: op, opRange: opRange, value: nil, range: field.range.union(opRange))
            return Expression(kind: .comparison(comparison), range: comparison.range)
        }
        if isWord("matches") { op = .matches } else if isWord("in") { op = .in }
        else if case .symbol(let symbol) = current.kind, let symbolic = ComparisonOperator(rawValue: symbol) { op = symbolic }
        else { throw Failure(description: "expected an operator at \(current.range)") }
        _ = advance()
        let value = try parseValue()
        let comparison = Comparison(field: field, op: op, opRange: opRange, value: value, range: field.range.union(value.range))
        return Expression(kind: .comparison(comparison), range: comparison.range)
    }

    private mutating func parseValue() throws -> Literal {
        let token = advance()
        switch token.kind {
        case .word(let text): return Literal(kind: .word(text), range: token.range)
        case .string(let text): return Literal(kind: .string(text), range: token.range)
        case .number(let number): return Literal(kind: .number(number), range: token.range)
        case .date(let date): return Literal(kind: .date(date), range: token.range)
        case .regex(let pattern, let flags): return Literal(kind: .regex(pattern: pattern, flags: flags), range: token.range)
        case .symbol("-"):
            guard case .number(let number) = current.kind else { throw Failure(description: "expected a number") }
            return Literal(kind: .number(-number), range: token.range.union(advance().range))
        case .symbol("["):
            var elements: [Literal] = []
            while !isSymbol("]") {
                if isSymbol(",") { _ = advance(); continue }
                guard current.kind != .end else { throw Failure(description: "unterminated list") }
                elements.append(try parseValue())
            }
            return Literal(kind: .list(elements), range: token.range.union(advance().range))
        default:
            throw Failure(description: "expected a value at \(token.range)")
        }
    }
}
