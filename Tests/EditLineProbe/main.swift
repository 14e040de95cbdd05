// EditLineProbe: a test-only program that drives NewsShell's terminal layer the way the newsq
// shell will, so EndToEndTests can type real keystrokes at it through a pseudo-terminal.
//
// - Each statement is echoed as `got: <statement>` (newlines shown as `\n`) and added to history.
// - A line ending in `\` asks for a continuation line (probe-only stand-in for the parser).
// - `history` lists the history; `sleep` runs a 20-second "query" that Ctrl-C cancels;
//   `page N` shows N numbered lines through the pager (auto mode).
// - Tab completes from a fixed word list (plus item000…item149 to exercise the listing query).
// - `EditLineProbe --write-forever` writes numbered lines to standard output until it fails
//   (no terminal needed): a closed pipe must end it quietly with status 0.
import NewsQuery
import NewsShell

#if canImport(Glibc)
import Glibc
#endif

// MARK: - Completer

struct FixedWordCompleter: LineCompleter {
    let words = ["quotes", "quit", "articles", "speakers", "speaker", "where", "topic", "王毅", "王毅的", "café"]
        + (0..<150).map { "item" + String(1000 + $0).dropFirst() }

    func completions(for line: String, cursor: Int) -> Completion {
        let bytes = Array(line.utf8)
        let end = min(max(0, cursor), bytes.count)
        var start = end
        while start > 0, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
        let partial = String(decoding: bytes[start..<end], as: UTF8.self)
        return Completion(replaceRange: start..<end, candidates: words.filter { $0.hasPrefix(partial) })
    }
}

// MARK: - Commands

let out = OutputSink.standardOutput

func run(_ statement: String, reader: EditLineReader) {
    let words = statement.split(separator: " ")
    switch words.first {
    case "history":
        for (number, entry) in (reader.history?.entries ?? []).enumerated() {
            out.writeLine("\(number + 1): \(entry.replacingOccurrences(of: "\n", with: "\\n"))")
        }
    case "sleep":
        let token = CancellationToken()
        let finished = Interrupts.cancelling(token) { () -> Bool in
            out.writeLine("sleeping")
            for _ in 0..<2000 {
                if token.isCancelled { return false }
                usleep(10_000)
            }
            return true
        }
        out.writeLine(finished ? "slept" : "query cancelled")
    case "page":
        let count = words.count > 1 ? Int(words[1]) ?? 0 : 0
        let text = (1...max(1, count)).map { "line \($0)" }.joined(separator: "\n") + "\n"
        Pager(mode: .auto).show(text)
    default:
        out.writeLine("got: " + statement.replacingOccurrences(of: "\n", with: "\\n"))
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

// MARK: - Main loop

if CommandLine.arguments.dropFirst().first == "--write-forever" {
    var number = 0
    while out.writeLine("line \(number)") { number += 1 }
    OutputSink.standardError.writeLine("probe: write failed without ending the process")
    exit(3)
}

let history = HistoryStore(path: HistoryLocation.resolve())
guard let reader = EditLineReader(history: history) else {
    OutputSink.standardError.writeLine("probe: libedit could not start")
    exit(2)
}
reader.completer = FixedWordCompleter()
var pending: [String] = []
loop: while true {
    switch reader.readLine(prompt: pending.isEmpty ? "newsq> " : "   ...> ") {
    case .line(let text):
        if text.hasSuffix("\\") {
            pending.append(String(text.dropLast()))
            continue
        }
        let statement = (pending + [text]).joined(separator: "\n")
        pending.removeAll()
        reader.addHistory(statement)
        run(statement, reader: reader)
    case .interrupted:
        pending.removeAll()
    case .endOfInput:
        break loop
    }
}
out.writeLine("bye")
