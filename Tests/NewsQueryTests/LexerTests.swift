import Testing
@testable import NewsQuery

@Suite struct LexerTests {
    // MARK: - Valid tokens

    @Test(arguments: [
        ("quotes where speaker = \"Wang Yi\"", #"word:quotes kw:where word:speaker = str:"Wang Yi" eof"#),
        ("WHERE Where wHeRe", "kw:where kw:where kw:where eof"),
        ("north-korea covid-19 5g _x", "word:north-korea word:covid-19 word:5g word:_x eof"),
        ("a- b", "word:a invalid word:b eof"),
        ("zürich 台湾 café", "word:zürich word:台湾 word:café eof"),
        ("42 -7 1.5 -0.25 007", "num:42 num:-7 num:1.5 num:-0.25 num:7 eof"),
        ("2023-06-19 2024-02-29", "date:2023-06-19 date:2024-02-29 eof"),
        ("= != ~ < <= > >=", "= != ~ < <= > >= eof"),
        ("( ) [ ] , . ; /", "( ) [ ] , . ; / eof"),
        ("article.outlet", "word:article . word:outlet eof"),
        ("1.5.3", "num:1.5 . num:3 eof"),
        (#""a\"b\\c\nd\te\u{263A}""#, #"str:"a\"b\\c\nd\te☺" eof"#),
        ("\"two\nlines\"", #"str:"two\nlines" eof"#),
        ("a -- comment\nb", "word:a ⏎word:b eof"),
        ("a--b", "word:a eof"),
        ("a\n\n  b ; c", "word:a ⏎word:b ; word:c eof"),
        ("a\u{00A0}b\u{3000}c", "word:a word:b word:c eof"),
        ("", "eof"),
        ("   -- only a comment", "eof"),
    ])
    func tokens(source: String, expected: String) {
        #expect(tokenDump(source) == expected)
    }

    // MARK: - Other languages' spellings, read as meant with an error

    @Test(arguments: [
        ("a == b", "word:a =! word:b eof"),
        ("a <> b", "word:a !=! word:b eof"),
        ("a && b || c", "word:a kw:and! word:b kw:or! word:c eof"),
        ("!a", "kw:not! word:a eof"),
        ("'Wang Yi'", #"str:"Wang Yi"! eof"#),
        ("“Wang Yi”", #"str:"Wang Yi"! eof"#),
    ])
    func misspellings(source: String, expected: String) {
        #expect(tokenDump(source) == expected)
    }

    // MARK: - Lexical errors at their exact span

    @Test(arguments: [
        ("a # b", "1:3-1:4: unexpected character '#'"),
        ("a \u{7} b", "1:3-1:4: unexpected character U+0007"),
        ("x = \"bad \\q escape\"", "1:10-1:12: unknown escape '\\q' in string"),
        ("x = \"\\u{110000}\"", "1:6-1:16: '\\u{110000}' is not a Unicode character"),
        ("x = \"\\u263A\"", "1:6-1:8: a Unicode escape is written \\u{XXXX}"),
        ("x = \"open", "1:5-1:10: unterminated string: missing closing '\"'"),
        ("2023-02-30", "1:1-1:11: invalid date '2023-02-30': February 2023 has 28 days"),
        ("2023-13-01", "1:1-1:11: invalid date '2023-13-01': there is no month 13"),
        ("0000-01-01", "1:1-1:11: invalid date '0000-01-01': years run from 0001 to 9999"),
        ("2023-6-1", "1:1-1:9: invalid date '2023-6-1': dates are written YYYY-MM-DD"),
        ("2023-06-19T10", "1:1-1:14: invalid date '2023-06-19T10': dates are written YYYY-MM-DD"),
        ("1.5e3", "1:1-1:6: invalid number '1.5e3'"),
        ("-5x", "1:1-1:4: invalid number '-5x'"),
        ("1" + String(repeating: "0", count: 400), "1:1-1:402: number is too large"),
        ("a == b", "1:3-1:5: '==' is not an operator here; use '='"),
        ("x = 'Wang Yi'", "1:5-1:14: strings are written in double quotes, not single quotes"),
        ("O'Brien", "1:2-1:3: unexpected character '''"),
        ("“台湾”", "1:1-1:5: curly quotation marks do not delimit strings; use straight double quotes"),
    ])
    func lexicalErrors(source: String, expected: String) {
        let file = testSource(source)
        let found = Lexer.tokens(of: file).compactMap(\.diagnostic).map {
            "\(file.position(of: $0.range.lowerBound))-\(file.position(of: $0.range.upperBound)): \($0.message)"
        }
        #expect(found == [expected])
    }

    @Test func unterminatedStringIsMarkedIncomplete() {
        let tokens = Lexer.tokens(of: testSource("x = \"open"))
        #expect(tokens.contains { $0.kind == .string && $0.isUnterminated })
        #expect(!Lexer.tokens(of: testSource("x = \"bad \\q")).contains { $0.isUnterminated })
    }

    // MARK: - Regular expressions, on the parser's request

    @Test(arguments: [
        (#"/wang\/yi/i"#, #"re:/wang\/yi/i"#, nil),
        ("/[/]x/", "re:/[/]x/", nil),
        ("/a/ims", "re:/a/ims", nil),
        ("/a/g", "re:/a/g", "unknown regular expression flag 'g'"),
        ("/a/ii", "re:/a/ii", "regular expression flag 'i' is given twice"),
        ("//", "re://", "empty regular expression"),
        ("/abc\n/", "invalid", "unterminated regular expression: missing closing '/'"),
    ] as [(String, String, String?)])
    func regex(source: String, expected: String, error: String?) {
        var lexer = Lexer(source: testSource(source))
        let token = lexer.scanRegex(at: 0)
        #expect(describe(token).replacingOccurrences(of: "!", with: "") == expected)
        #expect(token.diagnostic?.message == error)
    }

    @Test func slashIsNotARegexUnlessAsked() {
        #expect(tokenDump("/a/") == "/ word:a / eof")
    }

    // MARK: - Ranges and progress

    @Test func everyTokenHasARangeInsideTheSourceAndTheyDoNotOverlap() {
        let text = "quotes where x = \"é\" and 台湾 ~ 2023-01-01 # @ \u{1} 'a' “b” -- c\n.5"
        let tokens = Lexer.tokens(of: testSource(text))
        var last = 0
        for token in tokens {
            #expect(token.range.lowerBound >= last)
            #expect(token.range.upperBound <= text.utf8.count)
            last = token.range.upperBound
        }
    }

    @Test func lexingALimitedRangeStopsAtItsEnd() {
        let source = testSource("quotes where x = 1")
        let tokens = Lexer.tokens(of: source, in: SourceRange(7, 12))
        #expect(tokens.map(describe) == ["kw:where", "eof"])
        #expect(tokens.last?.range == SourceRange(at: 12))
    }
}
