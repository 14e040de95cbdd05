import Testing

@testable import NewsShell

@Suite("Completion plan")
struct CompletionPlanTests {
    private func plan(_ line: String, _ range: Range<Int>, _ candidates: [String], suffix: String = " ") -> CompletionPlan {
        CompletionPlan(line: Array(line.utf8),
                       completion: Completion(replaceRange: range, candidates: candidates, suffixWhenUnique: suffix))
    }

    @Test("no candidate: beep, nothing changes")
    func none() {
        let result = plan("quo", 0..<3, [])
        #expect(result.beep && result.replacement == nil && result.listing.isEmpty)
    }

    @Test("one candidate replaces the range and adds the suffix")
    func unique() {
        let result = plan("select quo", 7..<10, ["quotes"])
        #expect(result.replacement?.range == 7..<10)
        #expect(result.replacement?.text == "quotes ")
        #expect(result.listing.isEmpty && !result.beep)
        #expect(plan("\"Wang", 0..<5, ["\"Wang Yi\""], suffix: "").replacement?.text == "\"Wang Yi\"")
    }

    @Test("repeated candidates count once")
    func duplicates() {
        #expect(plan("qu", 0..<2, ["quotes", "quotes"]).replacement?.text == "quotes ")
    }

    @Test("several candidates: the longer common prefix is inserted and all are listed")
    func several() {
        let result = plan("spe", 0..<3, ["speakers", "speaker"])
        #expect(result.replacement?.text == "speaker")
        #expect(result.listing == ["speakers", "speaker"])
        let noProgress = plan("speaker", 0..<7, ["speakers", "speaker"])
        #expect(noProgress.replacement == nil)
        #expect(noProgress.listing.count == 2)
    }

    @Test("a shorter or differently-cased common prefix never deletes typed text")
    func caseInsensitiveCandidates() {
        let result = plan("QU", 0..<2, ["quotes", "quit"])
        #expect(result.replacement == nil)  // common prefix "qu" is not longer than "QU"
        #expect(result.listing == ["quotes", "quit"])
    }

    @Test("the common prefix stops at a character boundary")
    func multibytePrefix() {
        // 王 = E7 8E 8B, 珏 = E7 8F 8F: they share a first byte only.
        #expect(CompletionPlan.longestCommonPrefix(["a王", "a珏"]) == "a")
        #expect(CompletionPlan.longestCommonPrefix(["王毅", "王毅的"]) == "王毅")
        #expect(plan("王", 0..<3, ["王毅", "王毅的"]).replacement?.text == "王毅")
    }

    @Test("ranges are clamped to the line; a range inside a character is refused")
    func ranges() {
        #expect(plan("ab", 1..<9, ["x"]).replacement?.range == 1..<2)
        #expect(plan("王", 1..<3, ["x"]).beep)
    }

    @Test("byte offsets and character counts", arguments: [
        ("abc", 0..<3, 3), ("王毅", 0..<6, 2), ("a王b", 1..<4, 1), ("café", 3..<5, 1),
    ])
    func scalarCounts(text: String, range: Range<Int>, count: Int) {
        #expect(UTF8Offsets.scalarCount(range, in: Array(text.utf8)) == count)
    }
}

@Suite("Candidate columns")
struct CandidateColumnsTests {
    @Test("candidates run down the columns, two spaces apart, no trailing blanks")
    func downTheColumns() {
        let lines = CandidateColumns.layout(["a", "bb", "ccc", "d", "e"], width: 12)
        // widest 3 + 2 = 5 columns each; (11 + 2) / 5 = 2 columns of 3 rows.
        #expect(lines == ["a    d", "bb   e", "ccc"])
    }

    @Test("as many columns as fit the width, without empty columns")
    func fitting() {
        let words = (0..<10).map { "w\($0)" }
        #expect(CandidateColumns.layout(words, width: 80) == ["w0  w1  w2  w3  w4  w5  w6  w7  w8  w9"])
        #expect(CandidateColumns.layout(words, width: 20) == ["w0  w2  w4  w6  w8", "w1  w3  w5  w7  w9"])
    }

    @Test("wider than the terminal: one per line")
    func tooWide() {
        #expect(CandidateColumns.layout(["abcdefghij", "k"], width: 5) == ["abcdefghij", "k"])
    }

    @Test("wide characters are measured in columns")
    func wideCharacters() {
        #expect(CandidateColumns.layout(["王毅", "王毅的", "ab"], width: 40) == ["王毅    王毅的  ab"])
    }

    @Test("nothing to list")
    func empty() {
        #expect(CandidateColumns.layout([], width: 80).isEmpty)
    }
}

@Suite("Editor geometry")
struct EditorGeometryTests {
    @Test("the row reached after the prompt and text", arguments: [
        ("", 80, 0), ("abc", 80, 0), (String(repeating: "x", count: 72), 80, 0),
        (String(repeating: "x", count: 73), 80, 1),  // 7 + 73 fills the row: the cursor wraps
        (String(repeating: "x", count: 100), 80, 1), ("a\nb\nc", 80, 2), ("王毅", 10, 1),
    ])
    func rows(text: String, columns: Int, row: Int) {
        #expect(EditorGeometry.row(after: text, prompt: "newsq> ", columns: columns) == row)
    }

    @Test("prompt sections between \\u{1} markers take no columns")
    func invisiblePromptParts() {
        #expect(EditorGeometry.visiblePart(of: "\u{1}\u{1B}[1m\u{1}newsq> \u{1}\u{1B}[0m\u{1}") == "newsq> ")
    }
}
