// MARK: - Quote pieces

/// One stretch of quoted text inside one paragraph, by token indices.
struct QuotePiece {
    var paragraph: Int
    /// Token index of the opening mark, or `nil` when the opening was recovered.
    var open: Int?
    /// Token index of the closing mark, or `nil` when the quote runs on past this piece.
    var close: Int?
    /// First and last (inclusive) content tokens.
    var first: Int
    var last: Int
}

/// A quotation found by ``QuoteScanner``: one or more pieces read as one quote.
struct FoundQuote {
    var pieces: [QuotePiece]
    /// Inside another quotation (a nested single-quoted term).
    var nested = false
    /// The closing mark had no opening mark; the start was recovered.
    var recovered = false
    /// Marked with single quotation marks at the top level.
    var single = false

    var firstPiece: QuotePiece { pieces[0] }
    var lastPiece: QuotePiece { pieces[pieces.count - 1] }
}

// MARK: - Scanner

/// Pairs quotation marks into quotes over the paragraphs of an article.
///
/// Marks are read by glyph and by shape (what touches them on each side), so straight
/// quotes, curly quotes, guillemets and apostrophes are told apart without a language
/// model. Rules, in the order they apply:
/// - A single quote between letters is an apostrophe (the tokenizer keeps it in the word);
///   single marks only open a quote when shaped like an opening mark, and an unclosed one
///   is dropped at the end of its paragraph.
/// - Single quotes inside a double-quoted quote are nested quotes.
/// - An opening-shaped double mark while a quote is open starts a new piece of the same
///   quote (BBC text merges paragraphs, so `"A. "B."` continues one quotation).
/// - A quote open at the end of a paragraph continues when the next paragraph opens with
///   a mark; otherwise it ends with its paragraph.
/// - A closing mark with no opening mark, when it is the paragraph's first mark, recovers its
///   quote from the start of its sentence (or from a dialogue dash opening the paragraph);
///   a stray closing mark after other quotes is ignored.
struct QuoteScanner {
    private(set) var quotes: [FoundQuote] = []
    /// A double-quoted quote still open at the end of the previous paragraph.
    private var pending: FoundQuote?

    /// A scanner for an article of `paragraphCount` paragraphs. The quote list is made with
    /// room for about one quote per paragraph (the BBC corpus has 1.1): grown one append at a
    /// time, it was reallocated a few times in most articles.
    init(paragraphCount: Int) {
        quotes.reserveCapacity(paragraphCount + 2)
    }

    /// Scans one paragraph's tokens; call in reading order, then ``finish()``. The tokens come
    /// through a buffer pointer: the scan reads every one, and array reads would check bounds.
    mutating func scan(paragraph p: Int, tokens: UnsafeBufferPointer<Token>, sentenceStarts: [Int]) {
        let n = tokens.count
        var outer: FoundQuote?
        var outerFamilySingle = false
        var innerOpen: Int?
        var lastClosedEnd = -1
        var sawMark = false
        if var carried = pending {
            pending = nil
            if n > 0, tokens[0].kind == .quote, !isSingle(tokens[0]), role(tokens, 0) != .close {
                carried.pieces.append(QuotePiece(paragraph: p, open: 0, close: nil, first: 1, last: n - 1))
                outer = carried
            } else {
                quotes.append(carried)
            }
        }
        var i = outer == nil ? 0 : 1
        while i < n {
            guard tokens[i].kind == .quote else { i += 1; continue }
            let t = tokens[i]
            let r = role(tokens, i)
            let single = isSingle(t)
            defer { if !single || r == .open { sawMark = true } }
            if var q = outer {
                // `q` alone holds the open quote while it changes, so its pieces are not copied.
                outer = nil
                var stillOpen = true
                if single && !outerFamilySingle {
                    // Nested single quote inside a double-quoted quote.
                    if let open = innerOpen, r != .open {
                        if i - 1 >= open + 1 {
                            quotes.append(FoundQuote(pieces: [QuotePiece(paragraph: p, open: open, close: i, first: open + 1, last: i - 1)],
                                                     nested: true))
                        }
                        innerOpen = nil
                    } else if innerOpen == nil, r == .open {
                        innerOpen = i
                    }
                } else if single == outerFamilySingle {
                    if r == .open && !single {
                        // A new opening where a closing was expected: the quote goes on in a new piece.
                        q.pieces[q.pieces.count - 1].last = i - 1
                        q.pieces.append(QuotePiece(paragraph: p, open: i, close: nil, first: i + 1, last: n - 1))
                        innerOpen = nil
                    } else if r != .open {
                        q.pieces[q.pieces.count - 1].close = i
                        q.pieces[q.pieces.count - 1].last = i - 1
                        appendIfNonEmpty(q)
                        stillOpen = false
                        innerOpen = nil
                        lastClosedEnd = i
                    }
                } else if !single {
                    // A double quote inside a single-quoted quote: a nested quote.
                    if let open = innerOpen, r != .open {
                        if i - 1 >= open + 1 {
                            quotes.append(FoundQuote(pieces: [QuotePiece(paragraph: p, open: open, close: i, first: open + 1, last: i - 1)],
                                                     nested: true))
                        }
                        innerOpen = nil
                    } else if r == .open {
                        innerOpen = i
                    }
                }
                if stillOpen { outer = q }
            } else if r == .open || (r == .either && !single) {
                outer = FoundQuote(pieces: [QuotePiece(paragraph: p, open: i, close: nil, first: i + 1, last: n - 1)],
                                   single: single)
                outerFamilySingle = single
                innerOpen = nil
            } else if r == .close && !single && !sawMark {
                // Only a paragraph's first mark can close a quote whose opening is lost; a stray
                // mark after other quotes opens or closes nothing recoverable.
                let start = recoveredStart(tokens, close: i, sentenceStarts: sentenceStarts, after: lastClosedEnd)
                if start < i {
                    quotes.append(FoundQuote(pieces: [QuotePiece(paragraph: p, open: nil, close: i, first: start, last: i - 1)],
                                             recovered: true))
                }
                lastClosedEnd = i
            }
            i += 1
        }
        if let q = outer, !outerFamilySingle {
            pending = q
        }
    }

    /// Ends the scan; returns every quote in order of its opening.
    mutating func finish() -> [FoundQuote] {
        if let q = pending { quotes.append(q); pending = nil }
        quotes.sort { a, b in
            let pa = a.firstPiece, pb = b.firstPiece
            return (pa.paragraph, pa.open ?? pa.first) < (pb.paragraph, pb.open ?? pb.first)
        }
        return quotes
    }

    private mutating func appendIfNonEmpty(_ q: FoundQuote) {
        if q.pieces.contains(where: { $0.last >= $0.first }) { quotes.append(q) }
    }

    // MARK: - Mark roles

    /// How a quotation mark reads in context.
    enum Role { case open, close, either, neither }

    private func isSingle(_ t: Token) -> Bool { t.mark?.isSingle ?? false }

    /// The role of the mark at `i`, from its glyph and what touches it.
    func role(_ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Role {
        guard let mark = tokens[i].mark else { return .neither }
        let n = tokens.count
        let t = tokens[i]
        let touchesLeft = i > 0 && !t.has(.spaceBefore)
        let touchesRight = i + 1 < n && !tokens[i + 1].has(.spaceBefore)
        let leftIsOpener = touchesLeft && isOpeningContext(tokens[i - 1])
        let rightIsCloser = touchesRight && isClosingContext(tokens[i + 1])
        let openShape = touchesRight && !rightIsCloser && (!touchesLeft || leftIsOpener)
        let closeShape = touchesLeft && !leftIsOpener && (!touchesRight || rightIsCloser)
        switch mark {
        case .leftDouble, .lowDouble, .leftGuillemet, .leftSingle:
            return closeShape && !openShape ? .close : .open
        case .rightDouble, .rightGuillemet:
            return openShape && !closeShape ? .open : .close
        case .straightDouble:
            if openShape && !closeShape { return .open }
            if closeShape && !openShape { return .close }
            return .either
        case .rightSingle, .straightSingle:
            if openShape && !closeShape { return .open }
            if closeShape && !openShape { return .close }
            return .neither
        default:
            return .neither
        }
    }

    /// Tokens after which a touching mark still opens: `(`, dashes, other opening marks.
    private func isOpeningContext(_ t: Token) -> Bool {
        switch t.kind {
        case .dash: return true
        case .quote: return t.mark == .leftDouble || t.mark == .leftSingle || t.mark == .lowDouble || t.mark == .leftGuillemet
        case .punct: return t.byte == UInt8(ascii: "(") || t.byte == UInt8(ascii: "[") || t.byte == UInt8(ascii: "{")
        default: return false
        }
    }

    /// Tokens before which a touching mark still closes: punctuation, dashes, other marks.
    private func isClosingContext(_ t: Token) -> Bool {
        switch t.kind {
        case .dash: return true
        case .quote: return t.mark != .leftDouble && t.mark != .leftSingle && t.mark != .lowDouble && t.mark != .leftGuillemet
        case .punct: return t.byte != UInt8(ascii: "(") && t.byte != UInt8(ascii: "[") && t.mark != .copyright
        default: return false
        }
    }

    // MARK: - Recovery

    /// Where a quote whose opening mark is missing starts: its sentence's start, never before
    /// a quote already closed in the paragraph; a dialogue dash opening the paragraph opens it.
    private func recoveredStart(_ tokens: UnsafeBufferPointer<Token>, close: Int, sentenceStarts: [Int], after lastClosed: Int) -> Int {
        if lastClosed < 0, let first = tokens.first, first.kind == .dash, tokens.count > 1 {
            return 1
        }
        var start = 0
        for s in sentenceStarts where s <= close { start = s }
        if start <= lastClosed { start = lastClosed + 1 }
        while start < close, tokens[start].kind == .dash || tokens[start].kind == .punct { start += 1 }
        return start
    }
}
