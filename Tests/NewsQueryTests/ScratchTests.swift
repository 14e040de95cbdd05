import Testing
import Foundation
@testable import NewsQuery

@Test func scratch() {
    let inputs = (try? String(contentsOfFile: "/tmp/scratch/inputs.txt", encoding: .utf8))?.components(separatedBy: "\n===\n") ?? []
    var out = ""
    for input in inputs where !input.isEmpty {
        let source = SourceFile(name: "<input>", text: input)
        let result = Parser.parse(source)
        out += "### \(input)\n"
        for s in result.statements { out += "OK: \(StatementPrinter.print(s))\n" }
        out += DiagnosticRenderer().render(result.diagnostics, in: source)
        out += "incomplete=\(result.isIncomplete)\n\n"
    }
    try? out.write(toFile: "/tmp/scratch/out.txt", atomically: true, encoding: .utf8)
}
