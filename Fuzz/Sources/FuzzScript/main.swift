import FuzzSupport
import NewsQuery

// Harness (b): cutting a script into statements and dot-commands, and the interactive
// shell's completeness test. Items lie inside the script, in order, without overlapping;
// each statement's range parses with diagnostics inside the script; clean ones round-trip.

let checks = StatementChecks()

FuzzDriver.run { bytes in
    let script = SourceFile(name: "<fuzz.q>", text: String(decoding: bytes, as: UTF8.self))
    let items = ScriptSplitter.split(script)
    var previousEnd = 0
    for item in items {
        let range: SourceRange
        switch item {
        case .statement(let r): range = r
        case .dotCommand(let r):
            range = r
            fuzzRequire(script.bytes.indices.contains(r.lowerBound) && script.bytes[r.lowerBound] == UInt8(ascii: "."),
                        "dot-command at \(r) does not start with '.'")
            fuzzRequire(!script.bytes[r.lowerBound..<min(r.upperBound, script.bytes.count)].contains(UInt8(ascii: "\n")),
                        "dot-command at \(r) spans lines")
        }
        fuzzRequire(range.lowerBound >= previousEnd && range.lowerBound <= range.upperBound && range.upperBound <= script.bytes.count,
                    "item \(item) after \(previousEnd) in \(script.bytes.count) bytes")
        previousEnd = range.upperBound
        if case .statement(let r) = item {
            fuzzRequire(!r.isEmpty, "empty statement item at \(r)")
            checks.checkTokens(of: script, in: r)
            checks.checkParse(script, in: r)
        }
    }
    let incomplete = Parser.isIncomplete(script)
    if incomplete { fuzzRequire(Parser.parse(script).hasErrors, "incomplete input that parses without errors") }
}
