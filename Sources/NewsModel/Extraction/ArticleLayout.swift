// MARK: - Article layout

/// An article's text split into header fields and body paragraphs, boilerplate removed.
///
/// The headline is the first substantial title-like line after any banner block; body
/// paragraphs are the remaining lines that are not boilerplate (navigation labels,
/// captions, appeals, banners, section headings); a reader-comment block ends the article.
struct ArticleLayout {
    var title = ""
    var titleLine: Int?
    var byline: String?
    var outlet: String?
    var date: CalendarDate?
    /// Body paragraphs: their bytes (wrapped lines joined with a newline) and first line.
    var paragraphs: [(bytes: [UInt8], line: Int)] = []

    /// Lays out `text`. Lines are numbered from `firstLine`; when `fixedLine` is set (JSON
    /// record text, which has no file lines of its own) every line gets `firstLine`.
    init(text: UnsafeBufferPointer<UInt8>, firstLine: Int = 1, fixedLine: Bool = false, findTitle: Bool = true) {
        let lines = ArticleLayout.lines(text)
        var shapes: [LineShape] = []
        shapes.reserveCapacity(lines.count)
        var words: [Range<Int>] = []
        words.reserveCapacity(48)
        for r in lines { shapes.append(LineClassifier.shape(UnsafeBufferPointer(rebasing: text[r]), words: &words)) }
        func lineNumber(_ i: Int) -> Int { fixedLine ? firstLine : firstLine + i }
        var bodyStart = 0
        if findTitle {
            for (i, shape) in shapes.enumerated() {
                let line = UnsafeBufferPointer(rebasing: text[lines[i]])
                if shape == .heading || (shape == .body && LineClassifier.wordCount(line, limit: 16) <= 16) {
                    title = String(decoding: line, as: UTF8.self)
                    titleLine = lineNumber(i)
                    bodyStart = i + 1
                    break
                }
                if shape == .body || shape == .comments { break }
                noteHeader(shape, line)
                bodyStart = i + 1
            }
        }
        var current: [UInt8] = []
        var currentLine = 0
        var previousEndsOpen = false
        func flush() {
            if !current.isEmpty { paragraphs.append((current, currentLine)) }
            current = []
            previousEndsOpen = false
        }
        var i = bodyStart
        while i < lines.count {
            let line = UnsafeBufferPointer(rebasing: text[lines[i]])
            var shape = shapes[i]
            if shape != .blank, previousEndsOpen, !current.isEmpty, ArticleLayout.continuesWrapped(line) {
                shape = .body
                current.append(0x0A)
                current.append(contentsOf: line)
                previousEndsOpen = ArticleLayout.endsOpen(line)
                i += 1
                continue
            }
            // A short line that stops mid-sentence with its continuation below starts a wrapped paragraph.
            if shape == .heading, ArticleLayout.endsOpen(line), i + 1 < lines.count,
               ArticleLayout.continuesWrapped(UnsafeBufferPointer(rebasing: text[lines[i + 1]])) {
                shape = .body
            }
            switch shape {
            case .comments:
                i = lines.count
                continue
            case .body:
                flush()
                current.append(contentsOf: line)
                currentLine = lineNumber(i)
                previousEndsOpen = ArticleLayout.endsOpen(line)
            default:
                flush()
                noteHeader(shape, line)
            }
            i += 1
        }
        flush()
        if outlet == nil || date == nil {
            for p in paragraphs.prefix(3) {
                let (o, d) = Dateline.parse(p.bytes)
                if outlet == nil, let o { outlet = o }
                if date == nil, let d { date = d }
                if o != nil || d != nil { break }
            }
        }
    }

    /// Records what a header-like line states: a labelled date, a copyright outlet, a byline.
    private mutating func noteHeader(_ shape: LineShape, _ line: UnsafeBufferPointer<UInt8>) {
        switch shape {
        case .labelledDate:
            if date == nil { date = DateParser.parse(String(decoding: line, as: UTF8.self)) }
        case .copyright:
            if outlet == nil { outlet = Dateline.copyrightHolder(String(decoding: line, as: UTF8.self)) }
        case .byline:
            if byline == nil {
                let text = String(decoding: line, as: UTF8.self)
                byline = String(text.dropFirst(2)).trimmingASCII(" ")
            }
        default:
            break
        }
    }

    // MARK: - Lines

    /// The byte ranges of the lines of `text`, trimmed of surrounding whitespace.
    static func lines(_ text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        let n = text.count
        while true {
            let end = ByteClass.firstIndex(of: 0x0A, in: text, from: start) ?? n
            var lo = start, hi = end
            while lo < hi, ByteClass.isSpace(text[lo]) || isNBSP(text, lo) { lo += isNBSP(text, lo) ? 2 : 1 }
            while hi > lo {
                if ByteClass.isSpace(text[hi - 1]) { hi -= 1 }
                else if hi - lo >= 2 && isNBSP(text, hi - 2) { hi -= 2 }
                else { break }
            }
            result.append(lo..<hi)
            if end == n { break }
            start = end + 1
        }
        return result
    }

    @inline(__always)
    private static func isNBSP(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i >= 0 && i + 1 < text.count && text[i] == 0xC2 && text[i + 1] == 0xA0
    }

    /// Whether a line stops mid-sentence (so a hard-wrapped continuation may follow).
    private static func endsOpen(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let visible = InvisibleTail.visibleCount(line)
        guard visible > 0 else { return false }
        let last = line[visible - 1]
        return last == UInt8(ascii: ",") || last == UInt8(ascii: "-") || last == UInt8(ascii: ";")
            || ByteClass.isLower(last)
    }

    /// Whether a line reads as the continuation of a wrapped line: it starts in lowercase.
    private static func continuesWrapped(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first else { return false }
        return ByteClass.isLower(first)
    }
}
