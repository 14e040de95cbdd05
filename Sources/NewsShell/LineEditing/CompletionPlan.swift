// MARK: - Applying a completion

/// What one Tab press does to the line, worked out from a ``Completion`` without touching the
/// editor (so it can be tested on its own).
struct CompletionPlan: Equatable {
    /// Bytes of the line to replace and the text to put there; `nil` leaves the line alone.
    var replacement: (range: Range<Int>, text: String)?
    /// Candidates to list below the line (empty: list nothing).
    var listing: [String]
    /// Whether to ring the bell (nothing to complete, or the completer's range was unusable).
    var beep: Bool

    static func == (left: CompletionPlan, right: CompletionPlan) -> Bool {
        left.replacement?.range == right.replacement?.range
            && left.replacement?.text == right.replacement?.text
            && left.listing == right.listing && left.beep == right.beep
    }

    /// The plan for `completion` on a line whose UTF-8 bytes are `line`.
    init(line: [UInt8], completion: Completion) {
        replacement = nil
        listing = []
        beep = false
        let range = completion.replaceRange.clamped(to: 0..<line.count)
        guard UTF8Offsets.isBoundary(range.lowerBound, in: line),
            UTF8Offsets.isBoundary(range.upperBound, in: line)
        else {
            beep = true
            return
        }
        var distinct: [String] = []
        for candidate in completion.candidates where !distinct.contains(candidate) {
            distinct.append(candidate)
        }
        switch distinct.count {
        case 0:
            beep = true
        case 1:
            replacement = (range, distinct[0] + completion.suffixWhenUnique)
        default:
            let prefix = CompletionPlan.longestCommonPrefix(distinct)
            let existing = String(decoding: line[range], as: UTF8.self)
            if prefix.utf8.count > range.count, prefix != existing {
                replacement = (range, prefix)
            }
            listing = distinct
        }
    }

    /// The longest prefix, ending on a character boundary, that every string starts with.
    static func longestCommonPrefix(_ strings: [String]) -> String {
        guard let first = strings.first else { return "" }
        let firstBytes = Array(first.utf8)
        var shared = firstBytes
        for string in strings.dropFirst() {
            var length = 0
            for (left, right) in zip(shared, string.utf8) {
                guard left == right else { break }
                length += 1
            }
            shared.removeSubrange(length...)
        }
        var end = shared.count
        while end > 0, !UTF8Offsets.isBoundary(end, in: firstBytes) { end -= 1 }
        return String(decoding: shared[0..<end], as: UTF8.self)
    }
}

// MARK: - UTF-8 offsets

/// Byte-offset arithmetic on UTF-8 text (the editor counts characters, completers bytes).
enum UTF8Offsets {
    /// Whether byte offset `offset` falls between two characters (not inside a multi-byte one).
    static func isBoundary(_ offset: Int, in bytes: [UInt8]) -> Bool {
        guard offset > 0, offset < bytes.count else { return offset == 0 || offset == bytes.count }
        return bytes[offset] & 0xC0 != 0x80
    }

    /// How many Unicode scalars start within `range` of `bytes`.
    static func scalarCount(_ range: Range<Int>, in bytes: [UInt8]) -> Int {
        let clamped = range.clamped(to: 0..<bytes.count)
        return bytes[clamped].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
