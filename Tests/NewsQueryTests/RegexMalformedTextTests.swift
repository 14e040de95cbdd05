import Testing
@testable import NewsQuery

/// Text that is not valid UTF-8, through every matching tier: the prefilter with the DFA,
/// the DFA alone and the Pike VM must give one answer. Found by FuzzRegex (inputs in
/// `Fuzz/regressions/FuzzRegex/`).
@Suite struct RegexMalformedTextTests {
    /// Each tier's answer for `pattern` on `bytes`: (matches, DFA alone or nil, Pike VM alone, firstMatch found).
    private func answers(_ pattern: String, _ bytes: [UInt8]) throws -> (Bool, Bool?, Bool, Bool) {
        let regex = try SafeRegex(pattern: pattern, flags: "")
        return bytes.withUnsafeBufferPointer { buffer in
            (regex.matches(utf8: buffer), regex.matchesUsingDFA(utf8: buffer), regex.matchesUsingPikeVM(utf8: buffer),
             regex.firstMatch(utf8: buffer) != nil)
        }
    }

    /// `^` matches at the start of a text that begins with a stray continuation byte; the Pike
    /// VM used to start threads only where a character starts, so it found nothing.
    @Test(arguments: [("^", [0xA3]), ("\u{FFFD}|^", [0xA9, 0x7C, 0x5E]), ("^a", [0x80, 0x61])] as [(String, [UInt8])])
    func startAnchorBeforeAStrayContinuationByte(pattern: String, bytes: [UInt8]) throws {
        let (matches, dfa, pike, first) = try answers(pattern, bytes)
        #expect(pike == matches)
        #expect(dfa == nil || dfa == pike)
        #expect(first == matches)
        #expect(matches == (pattern != "^a"))
    }

    /// `\b` next to a malformed byte: a stray continuation byte belongs to the character
    /// before it, in the DFA and the Pike VM alike, so `I\xA4` ends with a word character and a
    /// boundary lies before `\x01` (found by FuzzRegex).
    @Test(arguments: [
        ("\\b\u{01}", [0x49, 0xA4, 0x01], true),
        ("\\B\u{01}", [0x49, 0xA4, 0x01], false),
        ("\\b\u{01}", [0x20, 0xA4, 0x01], false),
        ("\\ba", [0xA4, 0x61], true),
        ("é\\b", [0xC3, 0xA9, 0xA4], true),
    ] as [(String, [UInt8], Bool)])
    func wordBoundaryNextToAMalformedByte(pattern: String, bytes: [UInt8], expected: Bool) throws {
        let (matches, dfa, pike, first) = try answers(pattern, bytes)
        #expect(dfa == nil || dfa == pike)
        #expect(matches == pike)
        #expect(first == matches)
        #expect(matches == expected)
    }
}
