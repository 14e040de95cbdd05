import Testing
@testable import NewsModel

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let par = WorkParagraph(bytes: Array(text.utf8), line: 1)
        return par.sentenceStarts.indices.map { par.text(par.sentenceBytes($0)) }
    }

    @Test(arguments: [
        ("The talks ended. Both sides left.", ["The talks ended.", "Both sides left."]),
        ("Mr. Lee and Dr. Park met. They talked.", ["Mr. Lee and Dr. Park met.", "They talked."]),
        ("J. K. Rowling spoke at 4.30pm today.", ["J. K. Rowling spoke at 4.30pm today."]),
        ("“It is over.” The crowd cheered.", ["“It is over.”", "The crowd cheered."]),
        ("The U.S. Navy said it was ready.", ["The U.S. Navy said it was ready."]),
        ("He moved to the U.S. The move was quick.", ["He moved to the U.S.", "The move was quick."]),
        ("Is it true? Yes! \"We know.\" Done.", ["Is it true?", "Yes!", "\"We know.\"", "Done."]),
        ("prices rose 4.5% in Jan. sales fell.", ["prices rose 4.5% in Jan. sales fell."]),
    ])
    func splitsOnSentenceEnds(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }
}

@Suite struct QuoteScannerTests {
    /// The quotes of one or more paragraphs, as their texts.
    private func quotes(_ paragraphs: String...) -> [String] {
        let x = Extract.body(paragraphs.joined(separator: "\n\n"))
        return x.quotes.map(\.text)
    }

    @Test(arguments: [
        ("\"We will win,\" she said.", ["We will win"]),
        ("“We will win,” she said.", ["We will win"]),
        // Only the comma closing the quoted words goes; commas inside them stay.
        ("“We will win, and then we rest,” she said.", ["We will win, and then we rest"]),
        ("She said the plan was “unworkable” and “late”.", ["unworkable", "late"]),
        ("Officials don’t expect Blinken’s visit to change the U.S. position.", []),
        ("The players' union said the 'final offer' was poor.", ["final offer"]),
        ("He said: “They told us ‘wait’ and we waited.”", ["They told us ‘wait’ and we waited.", "wait"]),
        ("« Nous sommes prêts », a-t-il dit.", ["Nous sommes prêts"]),
        ("„Wir sind bereit“, sagte er.", ["Wir sind bereit"]),
        ("\"It was a long night,\" he said. \"We are tired.\"", ["It was a long night", "We are tired."]),
    ])
    func findsQuotesInOneParagraph(text: String, expected: [String]) {
        #expect(quotes(text) == expected)
    }

    @Test func mergedParagraphsSplitAtEachNewOpeningMark() {
        // BBC text merges quote paragraphs: the first part never closes, the next opens with a mark.
        #expect(quotes("She said: \"We will act now. \"We will not wait for next year.\" Then she left.")
                == ["We will act now.", "We will not wait for next year."])
    }

    @Test func quoteOpenAtParagraphEndContinuesIntoParagraphOpeningWithAMark() {
        let found = quotes("He said: “The first part goes on.", "“The second part ends here,” he added.", "Later text.")
        #expect(found == ["The first part goes on.", "The second part ends here"])
    }

    @Test func unclosedQuoteWithoutContinuationEndsWithItsParagraph() {
        #expect(quotes("He said: “This never closes.", "A new paragraph without marks.") == ["This never closes."])
    }

    @Test func closingMarkWithoutOpeningRecoversFromSentenceStartOrDialogueDash() {
        #expect(quotes("– Both teams played well. We are proud,” the coach told reporters.")
                == ["Both teams played well. We are proud"])
        #expect(quotes("The game was hard. We are proud,” the coach said.") == ["We are proud"])
    }

    @Test func strayClosingMarkAfterOtherQuotesIsIgnored() {
        #expect(quotes("He voiced “deep concern” about the rights abuses” in the region.") == ["deep concern"])
    }
}
