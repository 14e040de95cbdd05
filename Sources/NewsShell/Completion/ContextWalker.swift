import NewsQuery

/// Follows the grammar of grammar.md token by token, as far as completion needs: which
/// statement and clause the next token belongs to, which collection's fields are in scope,
/// and which field a value is compared with. Fed the real ``Lexer``'s tokens; never fails
/// (a token the grammar does not allow leaves it ``State/lost`` until the next clause keyword
/// or `;`).
struct ContextWalker {
    /// Where in a statement the walk is.
    enum State: Equatable {
        case statementStart
        /// After `let`: a new name follows.
        case letName
        /// After `let NAME`: `=` follows.
        case letEquals
        /// After `let NAME =`: the source follows.
        case letSource
        /// After `show`: the singular follows.
        case showTarget
        /// After `show WORD` (a number follows) or `show WORD N` (the statement is over).
        case showNumber, showDone
        /// Inside a query.
        case query(QueryState)
        /// After tokens the grammar does not allow here.
        case lost
    }

    /// The bound names a source may be.
    let bindings: (String) -> CollectionName?
    private(set) var state: State = .statementStart

    init(bindings: @escaping (String) -> CollectionName?) {
        self.bindings = bindings
    }

    /// Whether a `/` here starts a regular expression (after `matches`): the caller rescans it.
    var wantsRegex: Bool {
        if case .query(let query) = state, case .afterMatches = query.position { return true }
        return false
    }

    // MARK: - Feeding tokens

    /// Advances past `token`.
    mutating func feed(_ token: Token) {
        if token.kind == .semicolon {
            state = .statementStart
            return
        }
        switch state {
        case .statementStart:
            switch token.kind {
            case .keyword(.let): state = .letName
            case .keyword(.show): state = .showTarget
            case .word: state = .query(QueryState(collection: source(token.text)))
            default: state = .lost
            }
        case .letName: state = token.kind == .word ? .letEquals : .lost
        case .letEquals: state = token.kind == .comparison(.equal) ? .letSource : .lost
        case .letSource: state = token.kind == .word ? .query(QueryState(collection: source(token.text))) : .lost
        case .showTarget: state = token.kind == .word ? .showNumber : .lost
        case .showNumber: state = token.kind == .number ? .showDone : .lost
        case .showDone, .lost: state = .lost
        case .query(var query):
            query.feed(token)
            state = .query(query)
        }
    }

    /// The collection a source word names: a collection, or a name bound by `let`.
    private func source(_ word: String) -> CollectionName? {
        CollectionName(rawValue: word.lowercased()) ?? bindings(word)
    }

    // MARK: - What comes next

    /// What the grammar allows after the tokens fed so far.
    var expectation: Expectation {
        switch state {
        case .statementStart: .statementStart
        case .letSource: .source
        case .showTarget: .showTarget
        case .letName, .letEquals, .showNumber, .showDone, .lost: .nothing
        case .query(let query): query.expectation
        }
    }
}
