@testable import NewsQuery
import FuzzSupport

// Harness (d): compiling and matching a user's regular expression. Input layout:
// `pattern NUL flags NUL text` (missing parts are empty; with no NUL the input is the pattern
// and also the text). Compiling gives a regex or a syntax error inside the pattern; matching
// never crashes; every matching tier agrees (prefilter + DFA, DFA alone, Pike VM alone), and
// `firstMatch` finds a match exactly when `matches` says there is one.

FuzzDriver.run { bytes in
    let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
    let pattern = String(decoding: parts[0], as: UTF8.self)
    let flags = parts.count > 1 ? String(decoding: parts[1], as: UTF8.self) : ""
    let text: [UInt8] = parts.count > 2 ? Array(parts[2]) : Array(parts[0])
    let regex: SafeRegex
    do throws(RegexSyntaxError) {
        regex = try SafeRegex(pattern: pattern, flags: flags)
    } catch {
        // Offsets count bytes of `pattern/flags`.
        let extent = pattern.utf8.count + 1 + flags.utf8.count
        fuzzRequire(error.offset >= 0 && error.offset + error.length <= extent,
                    "regex error '\(error.message)' at \(error.offset)+\(error.length) outside the \(extent) bytes of /\(pattern)/\(flags)")
        return
    }
    text.withUnsafeBufferPointer { buffer in
        let matches = regex.matches(utf8: buffer)
        let pike = regex.matchesUsingPikeVM(utf8: buffer)
        fuzzRequire(matches == pike, "matches \(matches) but the Pike VM says \(pike): /\(pattern)/\(flags)")
        if let dfa = regex.matchesUsingDFA(utf8: buffer) {
            fuzzRequire(dfa == pike, "the DFA says \(dfa) but the Pike VM \(pike): /\(pattern)/\(flags)")
        }
        let first = regex.firstMatch(utf8: buffer)
        fuzzRequire((first != nil) == matches, "firstMatch \(String(describing: first)) but matches \(matches): /\(pattern)/\(flags)")
        if let first { fuzzRequire(first.lowerBound >= 0 && first.upperBound <= buffer.count, "match \(first) outside the text") }
    }
    let string = String(decoding: text, as: UTF8.self)
    if let range = regex.firstMatch(in: string) {
        fuzzRequire(range.lowerBound >= string.startIndex && range.upperBound <= string.endIndex, "match outside the string")
    }
}
