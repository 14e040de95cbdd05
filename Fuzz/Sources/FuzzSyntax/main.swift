import FuzzSupport
import NewsQuery

// Harness (a): the lexer and the parser on arbitrary text, then every clean statement
// printed and parsed again, and run (bound, explained, evaluated, rendered) against the
// engine tests' fixture corpus and the sample articles.

let checks = StatementChecks()
let corpora = [FuzzCorpora.fixture, FuzzCorpora.samples]

FuzzDriver.run { bytes in
    let source = SourceFile(name: "<fuzz>", text: String(decoding: bytes, as: UTF8.self))
    checks.checkTokens(of: source)
    let result = checks.checkParse(source)
    _ = Parser.isIncomplete(source)
    for corpus in corpora {
        // A fresh engine per input: `let` bindings must not carry from one input to the next.
        checks.checkRun(result.statements, in: source, on: QueryEngine(corpus: corpus))
    }
}
