import NewsModel
import Testing
@testable import NewsQuery

/// JSON, JSON Lines, CSV, TSV and Markdown: exact text for small results.
@Suite struct OutputFormatTests {
    @Test func jsonIsAPrettyArrayWithTypedValues() {
        #expect(OutputTestData.render(OutputTestData.quotes, .json) == """
            [
              {
                "id": 2,
                "speaker": "Wang Yi",
                "text": "Taiwan is core",
                "topics": ["taiwan", "trade"]
              },
              {
                "id": 10,
                "speaker": null,
                "text": "say \\"no\\", twice",
                "topics": []
              },
              {
                "id": 9,
                "speaker": "李强",
                "text": "自由贸易",
                "topics": ["trade"]
              }
            ]

            """)
        #expect(OutputTestData.render(ResultSet(columns: OutputTestData.quotes.columns, rows: []), .json) == "[]\n")
    }

    @Test func jsonRecordIsOneObjectWithDatesAsStrings() {
        #expect(OutputTestData.render(OutputTestData.record, .json) == """
            {
              "id": 3,
              "text": "one two three four five six",
              "date": "2023-06-19",
              "speaker": null
            }

            """)
    }

    @Test func jsonlIsOneCompactObjectPerLine() {
        #expect(OutputTestData.render(OutputTestData.quotes, .jsonl) == """
            {"id":2,"speaker":"Wang Yi","text":"Taiwan is core","topics":["taiwan","trade"]}
            {"id":10,"speaker":null,"text":"say \\"no\\", twice","topics":[]}
            {"id":9,"speaker":"李强","text":"自由贸易","topics":["trade"]}

            """)
        #expect(OutputTestData.render(OutputTestData.groups, .jsonl) == "{\"speaker\":\"Wang Yi\",\"count\":2}\n{\"speaker\":null,\"count\":1}\n")
        #expect(OutputTestData.render(OutputTestData.count, .jsonl) == "{\"count\":12}\n")
    }

    @Test func jsonEscapesControlsAlwaysAndBidiOnlyForTerminals() {
        let hostile = ResultSet(columns: [.init("t", type: .text)], rows: [[.text("a\u{1B}b\n\"\\\u{7F}\u{202E}\u{85}")]])
        #expect(OutputTestData.render(hostile, .jsonl) == "{\"t\":\"a\\u001bb\\n\\\"\\\\\\u007f\u{202E}\u{85}\"}\n")
        #expect(OutputTestData.render(hostile, .jsonl, escape: true) == "{\"t\":\"a\\u001bb\\n\\\"\\\\\\u007f\\u202e\\u0085\"}\n")
    }

    @Test func csvFollowsRFC4180() {
        #expect(OutputTestData.render(OutputTestData.quotes, .csv)
                == "id,speaker,text,topics\r\n2,Wang Yi,Taiwan is core,\"taiwan, trade\"\r\n10,,\"say \"\"no\"\", twice\",\r\n9,李强,自由贸易,trade\r\n")
        #expect(OutputTestData.render(OutputTestData.count, .csv) == "count\r\n12\r\n")
        #expect(OutputTestData.render(OutputTestData.groups, .csv) == "speaker,count\r\nWang Yi,2\r\n,1\r\n")
    }

    @Test(arguments: ["plain", "with, comma", "with \"quotes\"", "line\nbreak", "cr\r\nlf", "", " spaced ", "\"", ",,", "贸易"])
    func csvRoundTrips(field: String) {
        let result = ResultSet(columns: [.init("a", type: .text), .init("b", type: .text)], rows: [[.text(field), .text("x")]])
        let parsed = CSVReader.parse(OutputTestData.render(result, .csv))
        #expect(parsed == [["a", "b"], [field, "x"]])
    }

    @Test func csvEscapesControlsForTerminalsButKeepsLineBreaks() {
        let result = ResultSet(columns: [.init("a", type: .text)], rows: [[.text("x\u{1B}y\nz")]])
        #expect(OutputTestData.render(result, .csv, escape: true) == "a\r\n\"x\\ey\nz\"\r\n")
        #expect(OutputTestData.render(result, .csv) == "a\r\n\"x\u{1B}y\nz\"\r\n")
    }

    @Test func tsvEscapesSeparatorsInsideValues() {
        #expect(OutputTestData.render(OutputTestData.quotes, .tsv)
                == "id\tspeaker\ttext\ttopics\n2\tWang Yi\tTaiwan is core\ttaiwan, trade\n10\t\tsay \"no\", twice\t\n9\t李强\t自由贸易\ttrade\n")
        let awkward = ResultSet(columns: [.init("a", type: .text)], rows: [[.text("tab\there\nnew\\line\r")]])
        #expect(OutputTestData.render(awkward, .tsv) == "a\ntab\\there\\nnew\\\\line\\r\n")
        let hostile = ResultSet(columns: [.init("a", type: .text)], rows: [[.text("\u{1B}[1m")]])
        #expect(OutputTestData.render(hostile, .tsv, escape: true) == "a\n\\e[1m\n")
    }

    @Test func markdownIsAGitHubTable() {
        #expect(OutputTestData.render(OutputTestData.quotes, .markdown) == """
            | id | speaker | text | topics |
            | ---: | --- | --- | --- |
            | 2 | Wang Yi | Taiwan is core | taiwan, trade |
            | 10 | (none) | say "no", twice |  |
            | 9 | 李强 | 自由贸易 | trade |

            """)
        let awkward = ResultSet(columns: [.init("a|b", type: .text)], rows: [[.text("x|y\nz\u{1B}")]])
        #expect(OutputTestData.render(awkward, .markdown) == "| a\\|b |\n| --- |\n| x\\|y<br>z\\e |\n")
        #expect(OutputTestData.render(OutputTestData.count, .markdown) == "| count |\n| ---: |\n| 12 |\n")
    }

    @Test func markdownRecordIsAFieldValueTable() {
        #expect(OutputTestData.render(OutputTestData.record, .markdown) == """
            | field | value |
            | --- | --- |
            | id | 3 |
            | text | one two three four five six |
            | date | 2023-06-19 |
            | speaker | (none) |

            """)
    }

    @Test func engineResultsRenderInEveryFormat() throws {
        let harness = EngineHarness()
        let results = [try harness.result("quotes where id = 8"), try harness.result("quotes count by topics"),
                       try harness.result("quotes count"), try harness.result("show article 3")]
        for result in results {
            for format in OutputFormat.allCases {
                let text = OutputTestData.render(result, format, width: 80, escape: true)
                #expect(!text.isEmpty)
                #expect(!text.unicodeScalars.contains("\u{1B}"), "raw ESC in \(format)")
            }
        }
    }

    @Test func jsonQuoteObjectsCarryTheFieldsTheIssueNames() throws {
        let harness = EngineHarness()
        let text = OutputTestData.render(try harness.result("quotes where id = 2"), .jsonl)
        #expect(text == "{\"id\":2,\"speaker\":\"Wang Yi\",\"text\":\"Taiwan is the core of China's core interests\",\"kind\":\"direct\","
                + "\"topics\":[\"taiwan\"],\"outlet\":\"UPI\",\"article\":1,\"file\":\"corpus/upi-blinken.txt\",\"line\":5}\n")
        let article = OutputTestData.render(try harness.result("articles where id = 3"), .jsonl)
        #expect(article == "{\"id\":3,\"title\":\"Untitled wire copy\",\"outlet\":null,\"date\":null,\"quotes\":3,\"file\":\"corpus/wire.txt\"}\n")
    }
}

/// A strict RFC 4180 reader, to check that CSV output parses back to the same fields.
enum CSVReader {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field); field = ""
            } else if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return records
    }
}
