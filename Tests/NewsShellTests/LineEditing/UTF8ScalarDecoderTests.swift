import Testing

@testable import NewsShell

@Suite("UTF-8 keystroke decoding")
struct UTF8ScalarDecoderTests {
    private func decode(_ bytes: [UInt8]) -> [UInt32] {
        var decoder = UTF8ScalarDecoder()
        return bytes.compactMap { decoder.feed($0) }
    }

    @Test("valid text decodes to its scalars", arguments: ["abc", "王毅", "café", "🙂", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"])
    func valid(text: String) {
        #expect(decode(Array(text.utf8)) == text.unicodeScalars.map(\.value))
    }

    @Test("malformed input is dropped and decoding recovers", arguments: [
        ([0xFF, 0x61], [0x61]),                  // invalid byte
        ([0x80, 0x61], [0x61]),                  // stray continuation
        ([0xE7, 0x61], [0x61]),                  // sequence cut short
        ([0xC0, 0xAF, 0x61], [0x61]),            // overlong "/"
        ([0xED, 0xA0, 0x80, 0x61], [0x61]),      // surrogate
        ([0xF4, 0x90, 0x80, 0x80, 0x61], [0x61]),  // past U+10FFFF
        ([0xE7, 0xE7, 0x8E, 0x8B], [0x738B]),    // restart on a new lead byte
    ] as [([UInt8], [UInt32])])
    func malformed(bytes: [UInt8], expected: [UInt32]) {
        #expect(decode(bytes) == expected)
    }
}
