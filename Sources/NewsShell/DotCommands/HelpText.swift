import NewsQuery

/// The texts `.help` prints: an overview, and one entry per topic.
public enum HelpText {
    /// `.help` with no topic.
    public static var overview: String {
        var text = """
        newsq answers questions about news articles: who said what, about what, and who reported it.

        Statements end at ';' or at the end of a line (a line that is still incomplete continues):
          quotes where speaker = "Wang Yi" and topic = taiwan
          articles where quotes.speaker = Blinken select title, outlet
          quotes count by speaker limit 5
          let tw = quotes where topic = taiwan
          show quote 3

        Collections: articles, quotes, people, topics, outlets  (.schema COLLECTION lists the fields)
        Clauses, in this order: where EXPR, count [by FIELD], sort by FIELD [asc|desc], limit N, select FIELD, ...
        Operators: =  !=  ~ (contains)  <  <=  >  >=  matches /regex/i  in [a, b]  is [not] missing  and  or  not  ( )

        Commands:

        """
        let width = DotCommandCatalog.entries.map(\.usage.count).max() ?? 0
        for entry in DotCommandCatalog.entries {
            text += "  " + entry.usage + String(repeating: " ", count: width - entry.usage.count + 2) + entry.summary + "\n"
        }
        text += "\nMore: .help TOPIC, where TOPIC is a command (mode), a collection (quotes), a clause or operator\n"
        text += "(where, sort, count, let, show, matches, in, missing), names, formats or scripts. The full reference is grammar.md.\n"
        return text
    }

    /// Every topic `.help` knows, for completion and "did you mean".
    public static var topics: [String] {
        DotCommandCatalog.entries.map { String($0.name.dropFirst()) } + CollectionName.allCases.map(\.rawValue)
            + Array(entries.keys).sorted()
    }

    /// The help for `topic`, or `nil` when there is none.
    public static func text(for topic: String) -> String? {
        let key = topic.lowercased().hasPrefix(".") ? String(topic.lowercased().dropFirst()) : topic.lowercased()
        if let entry = DotCommandCatalog.entry(named: "." + key) {
            return "\(entry.usage)\n  \(entry.summary)\n" + (commandDetails[entry.name].map { "\n" + $0 + "\n" } ?? "")
        }
        if let collection = CollectionName(rawValue: key) ?? CollectionName(singular: key) {
            var text = "\(collection.rawValue): fields (see also .schema \(collection.rawValue) for example values)\n"
            let width = Schema.fields(of: collection).map(\.name.count).max() ?? 0
            for field in Schema.fields(of: collection) {
                text += "  " + field.name + String(repeating: " ", count: width - field.name.count + 2)
                    + "\(field.type)  — \(field.summary)\n"
            }
            return text
        }
        return entries[key].map { $0 + "\n" }
    }

    static let commandDetails: [String: String] = [
        ".mode": "Formats: table (aligned; fitted to the terminal), json (an array), jsonl (one object a line),\ncsv (RFC 4180), tsv, markdown. --format FORMAT sets it from the command line.",
        ".run": "Runs a .q script as if typed; its statements are not added to history. Scripts may run\nother scripts, nested at most 16 deep; a script that runs itself is an error. Inside a script,\na relative path is taken from that script's folder.",
        ".load": "Loads .txt, .json and .jsonl articles from files or directories (searched recursively)\nand merges their people with those already loaded.",
        ".pager": "Results longer than the screen go through $PAGER (default: less -FRX) when on, or when auto\nand the result does not fit.",
        ".explain": "Prints the statement's syntax tree and the evaluation plan: which index answers each\ncondition and which conditions scan records.",
    ]

    static let entries: [String: String] = [
        "where": "COLLECTION where EXPR keeps the records for which EXPR is true.\n  quotes where speaker = Xi and not topic = trade\n  articles where date >= 2023-06-01 and (outlet = UPI or outlet = AFP)",
        "sort": "sort by FIELD [asc|desc] {, FIELD [asc|desc]} orders the records (missing values last).\n  quotes sort by speaker, line desc",
        "limit": "limit N keeps the first N records (or groups, after count by).",
        "select": "select FIELD {, FIELD} chooses the columns; paths reach related records.\n  quotes select speaker, text, article.title, speaker.role",
        "count": "count gives the number of records; count by FIELD one row per value, most frequent first.\n  quotes where topic = taiwan count by speaker",
        "let": "let NAME = QUERY names a query; NAME then works as a collection.\n  let tw = quotes where topic = taiwan\n  tw where speaker = \"Wang Yi\" select text",
        "show": "show quote N / show article N / show person N / show topic N / show outlet N prints one\nrecord in full, with its context and file:line.",
        "matches": "FIELD matches /regex/flags tests a regular expression (flags: i case-insensitive, s dot matches\nnewline, m multi-line anchors). Matching takes linear time: no pattern can hang the shell.\n  quotes where text matches /\\b(arms|weapons)\\b/i",
        "in": "FIELD in [a, b, c] is true when FIELD equals any of the values.\n  quotes where speaker in [Xi, Blinken]",
        "missing": "FIELD is missing / FIELD is not missing test whether a record has a value.\n  quotes where speaker is missing     -- quotes nobody is named as saying",
        "names": "Names match through every alias, ignoring case and accents: speaker = Xi, speaker = \"Mr. Xi\" and\nspeaker = \"xi jinping\" select the same person. A name that matches nobody gives a warning with the\nclosest names, not an error.",
        "formats": "table, json, jsonl, csv, tsv, markdown — see .help mode.",
        "scripts": "newsq -f FILE.q runs a script; newsq -e 'STATEMENT' runs one statement; statements piped to\nnewsq run too. A statement may span lines: it continues while incomplete, and when the next line\nstarts with where, and, or, sort, limit, select or count. -- starts a comment. --bail stops at\nthe first error; the exit status is 0 (ok), 1 (a statement failed), 2 (usage), 3 (unreadable input), 130 (interrupted).",
        "operators": "=  !=  ~ (case-insensitive contains)  <  <=  >  >= (numbers and dates)  matches /re/  in [..]\nis missing  is not missing  and  or  not  ( )",
    ]
}

extension Session {
    /// `.help [TOPIC]`.
    func showHelp(_ topic: DotCommandLine.Word?, _ source: SourceFile) -> Bool {
        guard let topic else {
            output.write(HelpText.overview)
            return true
        }
        guard let text = HelpText.text(for: topic.text) else {
            return fail("no help on '\(topic.text)'", (source, topic.range),
                        suggestion: Suggestions.closest(to: topic.text, in: HelpText.topics),
                        notes: ["try .help with no topic for the list"])
        }
        output.write(text)
        return true
    }
}
