// MARK: - Fast name keys

/// ``NameKey/normalize(_:)`` with a byte-level fast path for ASCII names, which are
/// nearly all names in news text. Produces exactly the same key.
enum FastNameKey {
    /// The ``NameKey`` of `name`.
    static func key(_ name: String) -> String {
        var copy = name
        let ascii = copy.withUTF8 { buffer in buffer.allSatisfy { $0 < 0x80 } }
        guard ascii else { return NameKey.normalize(name) }
        return copy.withUTF8 { keyASCII($0) }
    }

    private static func keyASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Split into folded words.
        var words: [Range<Int>] = []
        var folded = [UInt8]()
        folded.reserveCapacity(bytes.count)
        var wordStart = -1
        for b in bytes {
            if ByteClass.isSpace(b) {
                if wordStart >= 0 { words.append(wordStart..<folded.count); wordStart = -1 }
                continue
            }
            if b < 0x20 || b == 0x7F || b == 0x22 { continue }
            if wordStart < 0 { wordStart = folded.count }
            folded.append(ByteClass.lower(b))
        }
        if wordStart >= 0 { words.append(wordStart..<folded.count) }
        if words.count > 1, isHonorific(folded, words[0]) { words.removeFirst() }
        var out = [UInt8]()
        out.reserveCapacity(folded.count)
        for range in words {
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi, isTrimmed(folded[lo]) { lo += 1 }
            while hi > lo, isTrimmed(folded[hi - 1]) { hi -= 1 }
            guard hi > lo else { continue }
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: folded[lo..<hi])
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    private static func isTrimmed(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
            || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
    }

    /// Whether the word (with surrounding periods trimmed) is one of ``NameKey``'s honorifics.
    private static func isHonorific(_ folded: [UInt8], _ range: Range<Int>) -> Bool {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, folded[lo] == UInt8(ascii: ".") { lo += 1 }
        while hi > lo, folded[hi - 1] == UInt8(ascii: ".") { hi -= 1 }
        return NameKey.honorifics.contains(String(decoding: folded[lo..<hi], as: UTF8.self))
    }
}
