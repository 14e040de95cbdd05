import Foundation
import Testing
import TestSupport
@testable import NewsModel

/// Files nobody controls: a load gives articles or warnings naming the file, never a crash,
/// a hang or a silent loss. (LoaderTests covers unreadable files, dangling symlinks, symlink
/// loops, a directory named `x.txt` and NUL bytes in a text file; these add the rest.)
@Suite struct HostileLoadingTests {
    static let article = "Port reopens\n\n\"We are open,\" said manager Ola Berg.\n"
    static let longerArticle = """
        Harbour reopens after storm

        The harbour reopened on Monday after a week of repairs, officials said.

        "We are open for business again," said harbour manager Ola Berg.

        Traders welcomed the news.

        """

    /// A fresh directory holding `files` (name → bytes).
    private func directory(_ files: [String: [UInt8]] = [:]) throws -> String {
        let dir = TestPaths.temporaryDirectory()
        for (name, bytes) in files {
            try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name))
        }
        return dir
    }

    // MARK: - Files that are not regular files

    @Test func anEmptyDirectoryLoadsNothingAndSaysNothingFalse() throws {
        let corpus = CorpusLoader().load([try directory()])
        #expect(corpus.articles.isEmpty)
        #expect(corpus.quotes.isEmpty)
        #expect(corpus.warnings.allSatisfy { !$0.message.isEmpty })
    }

    /// A FIFO with no writer would block `open` forever: found in a directory it is skipped,
    /// named explicitly it is a warning (only regular files are read).
    @Test func aFIFOWithNoWriterDoesNotHangTheLoad() throws {
        let dir = try directory(["good.txt": Array(Self.article.utf8)])
        #expect(mkfifo(dir + "/pipe.txt", 0o644) == 0)
        let searched = CorpusLoader().load([dir])
        #expect(searched.articles.map(\.file) == [dir + "/good.txt"])
        let named = CorpusLoader().load([dir + "/pipe.txt", dir + "/good.txt"])
        #expect(named.articles.map(\.file) == [dir + "/good.txt"])
        #expect(named.warnings.contains { $0.file == dir + "/pipe.txt" && $0.message.contains("not a regular file") })
    }

    /// A character device named explicitly is refused at once (reading `/dev/zero` would only
    /// stop at the size limit, after 256 MiB of zeros).
    @Test func aDeviceIsNotRead() {
        let corpus = CorpusLoader().load(["/dev/zero"])
        #expect(corpus.articles.isEmpty)
        #expect(corpus.warnings.map(\.file) == ["/dev/zero"])
        #expect(corpus.warnings.first?.message.contains("not a regular file") == true)
    }

    @Test func aSymlinkToItselfIsAWarning() throws {
        let dir = try directory(["good.txt": Array(Self.article.utf8)])
        try FileManager.default.createSymbolicLink(atPath: dir + "/self.txt", withDestinationPath: dir + "/self.txt")
        let corpus = CorpusLoader().load([dir])
        #expect(corpus.articles.count == 1)
        #expect(corpus.warnings.contains { $0.file == dir + "/self.txt" })
        #expect(CorpusLoader().load([dir + "/self.txt"]).warnings.map(\.file) == [dir + "/self.txt"])
    }

    // MARK: - Bytes that are not clean text

    /// Truncated and invalid UTF-8 (a cut sequence at the end, an overlong form, a surrogate,
    /// a stray continuation byte, a value past U+10FFFF) still loads, with a warning naming the
    /// decoding used, and everything else in the article is extracted as from the clean text.
    @Test(arguments: [
        [0xE4, 0xB8],              // a three-byte character cut after two bytes, at the end
        [0xC0, 0xAF],              // overlong '/'
        [0xED, 0xA0, 0x80],        // a UTF-16 surrogate
        [0x80],                    // a continuation byte alone
        [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
    ] as [[UInt8]])
    func invalidUTF8LoadsWithAWarning(bad: [UInt8]) throws {
        let text = Array(Self.longerArticle.utf8)
        let dir = try directory(["clean.txt": text, "bad.txt": text + Array("Last words ".utf8) + bad])
        let clean = CorpusLoader().load([dir + "/clean.txt"])
        let corpus = CorpusLoader().load([dir + "/bad.txt"])
        #expect(corpus.articles.count == 1)
        #expect(corpus.articles.first?.title == clean.articles.first?.title)
        #expect(corpus.quotes.map(\.text) == clean.quotes.map(\.text))
        #expect(!corpus.quotes.isEmpty)
        #expect(corpus.warnings.contains { $0.file == dir + "/bad.txt" && $0.message.contains("not valid UTF-8") })
    }

    /// JSON can smuggle a NUL and escape sequences into article text through `\u` escapes:
    /// the record loads, the quote is found, and the title keeps its escape as data (output
    /// escapes it).
    @Test func nulAndEscapesInsideAJSONStringLoad() throws {
        let record = #"{"title": "Alert\u001b[2J", "text": "\"Stay calm,\u0000\" said Ann Lee. More\u0007 to come."}"#
        let dir = try directory(["odd.json": Array(record.utf8)])
        let corpus = CorpusLoader().load([dir])
        #expect(corpus.articles.count == 1)
        #expect(corpus.articles.first?.title.contains("\u{1B}") == true)
        #expect(corpus.quotes.count == 1)
        #expect(corpus.quotes.first?.speaker.map { corpus[$0].name } == "Ann Lee")
    }

    /// Found by FuzzLoader (`[{"text":"An\ns\"i","title":"9"}]`): a line feed escaped inside a JSON
    /// record's text moved its quotes to the next line of the file — past the end of a one-line
    /// file, or onto the next record of a JSON Lines file. Every quote keeps its record's line.
    @Test func lineFeedsInsideAJSONRecordKeepItsQuotesOnTheRecordLine() throws {
        let record = #"{"title": "T", "text": "Officials met on Monday.\nLater \"we agree,\" said Ann Lee.\n\nThen \"we sign,\" she said."}"#
        let dir = try directory(["one.json": Array("[\(record)]".utf8),
                                 "two.jsonl": Array((record + "\n" + record + "\n").utf8)])
        let single = CorpusLoader().load([dir + "/one.json"])
        #expect(single.quotes.count == 2)
        #expect(single.quotes.allSatisfy { $0.line == 1 })
        let lines = CorpusLoader().load([dir + "/two.jsonl"])
        #expect(lines.quotes.map(\.line) == [1, 1, 2, 2])
    }

    /// A control character at the end of a paragraph (an invisible byte a scraper left) must not
    /// hide the paragraph's quotes: the line is judged without it (it once made the line look
    /// like a heading, and the paragraph and its quotes were dropped), and it stays in the text.
    @Test(arguments: ["\u{07}", "\u{01}", "\u{1B}[0m", "\u{7F}", " \u{1B}[1;31m\u{07}", "\u{1B}(B", "\u{1B}]0;x\u{07}", "\u{9B}"])
    func aControlCharacterEndingAParagraphKeepsItsQuotes(tail: String) throws {
        let text = "Harbour reopens\n\n\"We are open,\" said manager Ola Berg.\(tail)\n\nTraders welcomed the news.\n"
        let dir = try directory(["tail.txt": Array(text.utf8)])
        let corpus = CorpusLoader().load([dir])
        #expect(corpus.quotes.map(\.text) == ["We are open"])
        #expect(corpus.quotes.first?.speaker.map { corpus[$0].name } == "Ola Berg")
        #expect(corpus.articles.first?.paragraphs.first?.text == "\"We are open,\" said manager Ola Berg.\(tail)")
    }

    /// Seeded random bytes under every extension: no crash, and each file is an article or a warning.
    @Test(arguments: ["txt", "json", "jsonl"])
    func randomBytesGiveArticlesOrWarnings(suffix: String) throws {
        var generator = SplitMix64(seed: 0x5EED + UInt64(suffix.utf8.count))
        var files: [String: [UInt8]] = [:]
        for index in 0..<24 {
            let length = [0, 1, 3, 100, 2_000, 20_000][index % 6]
            files["r\(index).\(suffix)"] = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
        }
        let dir = try directory(files)
        let corpus = CorpusLoader().load([dir])
        let explained = Set(corpus.articles.map(\.file) + corpus.warnings.map(\.file))
        for name in files.keys { #expect(explained.contains(dir + "/" + name), "\(name) neither loaded nor reported") }
    }

    // MARK: - Size

    /// 50 MB on one line, generated here: it loads as one article (or is refused with a named
    /// limit) without a crash, in time linear in its size — the quotes spread through it are
    /// all found, the last one included.
    @Test func aFiftyMegabyteSingleLineFileLoads() throws {
        let filler = Array(String(repeating: "The council voted on the trade plan again and the vote was close. ", count: 99).utf8)
        let quote = Array("\"We will build it,\" said Ann Lee. ".utf8)
        var bytes = Array("Huge one-line file ".utf8)
        bytes.reserveCapacity(51 << 20)
        var quotes = 0
        while bytes.count < 50 << 20 {
            bytes += filler + quote
            quotes += 1
        }
        let dir = try directory(["huge.txt": bytes])
        let corpus = CorpusLoader().load([dir])
        if let article = corpus.articles.first {
            #expect(corpus.articles.count == 1)
            #expect(article.byteCount == bytes.count)
            #expect(corpus.quotes.count == quotes)
            #expect(corpus.quotes.allSatisfy { $0.text == "We will build it" && $0.line == 1 })
        } else {
            #expect(corpus.warnings.contains { $0.file == dir + "/huge.txt" && $0.message.contains("limit") })
        }
    }
}
