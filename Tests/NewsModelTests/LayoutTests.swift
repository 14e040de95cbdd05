import Testing
@testable import NewsModel

@Suite struct LineShapeTests {
    private func shape(_ line: String) -> LineShape {
        var copy = line
        return copy.withUTF8 { LineClassifier.shape($0) }
    }

    @Test(arguments: [
        ("", LineShape.blank),
        ("Advertisement", .navigation),
        ("- Advertisement -", .navigation),
        ("Latest Headlines", .navigation),
        ("Read more", .navigation),
        ("Related stories", .navigation),
        ("Readers Comments", .comments),
        ("Leave a Comment", .comments),
        ("Comments (12)", .comments),
        ("The minister visited the harbour on Tuesday. Photo via Port Authority/AP", .caption),
        ("2 of 7 | Protesters gather outside the court | License Photo", .caption),
        ("A farmer checks his crop after the storm. Imago Stock Photo", .caption),
        ("Crowds at the stadium gateREUTERS/AFP/DPA", .caption),
        ("a-farmer-checks-his-crop-after-the-storm-in-the-north-of-the-region-photo The farmer", .caption),
        ("Photo: Maria Lopez", .caption),
        ("Tuesday, 14 May 2019", .banner),
        ("21.5 C", .banner),
        ("Updated | 14 May 2019", .labelledDate),
        ("Published 3 March 2021", .labelledDate),
        ("Your support keeps our newsroom independent. Please donate today.", .appeal),
        ("If you value our work, please contribute what you can.", .appeal),
        ("© Reuters 2021", .copyright),
        ("By Jane Smith", .byline),
        ("world trade news", .kicker),
        ("Talks resume after a long pause", .heading),
        ("The talks resumed on Tuesday after a pause of several months, officials said.", .body),
    ])
    func linesAreClassifiedByShape(line: String, expected: LineShape) {
        #expect(shape(line) == expected)
    }

    /// Control characters and escape sequences ending a line do not change its shape.
    @Test(arguments: ["\u{07}", "\u{1B}[0m", " \u{1B}[38;5;196m\u{7F}", "\u{1B}(B", "\u{1B}]2;t\u{07}", "\u{85}"])
    func anInvisibleTailLeavesTheShape(tail: String) {
        #expect(shape("The talks resumed on Tuesday, officials said." + tail) == .body)
        #expect(shape("Talks resume after a long pause" + tail) == .heading)
        #expect(shape(tail) == .blank)
    }

    /// What is cut from a line's end: invisible bytes only, never text.
    @Test(arguments: [
        ("said.", 5), ("said.\u{07}", 5), ("said. \u{01}\u{7F}", 5), ("said.\u{1B}[0m", 5), ("said.\u{1B}[1;31m\u{1B}[0m", 5),
        ("said.\u{1B}c", 5), ("said.\u{1B}(B", 5), ("said.\u{1B}]0;title\u{07}", 5), ("said.\u{1B}]0;t\u{1B}\\", 5), ("said.\u{9F}", 5),
        ("said [0m", 8), ("said\u{1B}[0", 7), ("in 2004", 7), ("said.\u{1B}]0;x", 10), ("\u{1B}[0m", 0), ("\u{1B}", 0), ("é", 2), ("", 0),
    ])
    func invisibleTailsAreCut(line: String, visible: Int) {
        #expect(Array(line.utf8).withUnsafeBufferPointer(InvisibleTail.visibleCount) == visible)
    }

    @Test func quotedSpeechIsNeverAnAppeal() {
        #expect(shape("“We need your support to rebuild the town,” the mayor said.") == .body)
    }
}

@Suite struct ArticleLayoutTests {
    private func layout(_ text: String) -> ArticleLayout {
        var copy = text
        return copy.withUTF8 { ArticleLayout(text: $0) }
    }

    @Test func headlineIsTheFirstTitleLikeLineAfterBanners() {
        let l = layout("""
        Advertisement
        12.3 C
        Monday, 4 March 2024

        Ministers agree on new port rules

        The ministers met on Monday and agreed new rules for the port.
        """)
        #expect(l.title == "Ministers agree on new port rules")
        #expect(l.titleLine == 5)
        #expect(l.paragraphs.count == 1)
        #expect(l.paragraphs.first?.line == 7)
        #expect(l.date == nil)   // a page's date banner is not the article's date
    }

    @Test func wireDatelineGivesOutletAndDate() {
        let l = layout("""
        Storm hits coast

        LISBON, March 3, 2021 (Reuters) - A storm hit the coast on Wednesday.
        """)
        #expect(l.outlet == "Reuters")
        #expect(l.date == CalendarDate(year: 2021, month: 3, day: 3))
    }

    @Test func datelineWithoutYearGivesNoDate() {
        let l = layout("Storm hits coast\n\nMarch 3 (AP) -- A storm hit the coast.")
        #expect(l.outlet == "AP")
        #expect(l.date == nil)
    }

    @Test func labelledDateCopyrightAndByline() {
        let l = layout("""
        Storm hits coast
        By Ana Lima
        Updated | 5 Apr 2022

        A storm hit the coast on Wednesday, damaging homes.

         © Example News 2022
        """)
        #expect(l.byline == "Ana Lima")
        #expect(l.date == CalendarDate(year: 2022, month: 4, day: 5))
        #expect(l.outlet == "Example News")
        #expect(l.paragraphs.count == 1)
    }

    @Test func commentBlockEndsTheArticleButSubheadingsDoNot() {
        let l = layout("""
        Storm hits coast

        A storm hit the coast on Wednesday, damaging homes.

        Rebuilding begins

        Crews started rebuilding the sea wall on Thursday.

        Readers Comments
        This is a great article, thanks for the coverage.
        """)
        #expect(l.paragraphs.map(\.line) == [3, 7])
    }

    @Test func hardWrappedLinesJoinIntoOneParagraph() {
        let l = layout("Storm hits coast\n\nA storm hit the coast on Wednesday,\ndamaging homes and roads.\n\nCrews began work.")
        #expect(l.paragraphs.count == 2)
        #expect(l.paragraphs.first.map { String(decoding: $0.bytes, as: UTF8.self) }
                == "A storm hit the coast on Wednesday,\ndamaging homes and roads.")
    }

    @Test func appealsAndCaptionsStayOutOfTheBody() {
        let l = layout("""
        We need your help now
        Support from readers like you keeps this site running.
        The harbour at dawn. Photo via Harbour Trust/AP
        harbour news
        Storm hits coast

        A storm hit the coast on Wednesday.
        """)
        #expect(l.title == "Storm hits coast")
        #expect(l.paragraphs.count == 1)
    }
}
