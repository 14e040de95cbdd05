/// The lazy DFA's input alphabet: bytes grouped into classes that no instruction or
/// assertion can tell apart, so each DFA state needs one table entry per class, not per byte.
///
/// When the program uses `\b`/`\B`, a lead byte of a multibyte character is a different
/// symbol depending on whether the whole character is a word character (the search loop
/// decodes it), so the DFA knows word-ness across non-ASCII text without lookahead.
struct DFAAlphabet {
    /// Class of each byte.
    let classOfByte: [UInt16]
    /// Number of classes of plain bytes.
    let byteClassCount: Int
    /// Class of the first byte class made of lead bytes (`0xC0...0xFF`).
    let firstLeadClass: Int
    /// Whether lead bytes have word-character variants.
    let hasWordVariants: Bool
    /// Table width per state.
    let symbolCount: Int
    /// For each symbol: a byte of its class, and whether it is a word-character lead byte.
    let representatives: [(byte: UInt8, wordLead: Bool)]

    init(program: RegexProgram) {
        var boundaries = [Bool](repeating: false, count: 257)
        func split(_ low: UInt8, _ high: UInt8) {
            boundaries[Int(low)] = true
            boundaries[Int(high) + 1] = true
        }
        for instruction in program.instructions where instruction.opcode == .byteRange {
            split(instruction.low, instruction.high)
        }
        for transition in program.transitions { split(transition.low, transition.high) }
        split(0x0A, 0x0A)
        split(0x80, 0xBF)
        split(0xC0, 0xFF)
        hasWordVariants = program.usesWordBoundaries
        if hasWordVariants {
            split(0x30, 0x39)
            split(0x41, 0x5A)
            split(0x5F, 0x5F)
            split(0x61, 0x7A)
        }
        var classes = [UInt16](repeating: 0, count: 256)
        var representatives: [(byte: UInt8, wordLead: Bool)] = []
        var currentClass = -1
        var firstLead = 0
        for byte in 0...255 {
            if byte == 0 || boundaries[byte] {
                currentClass += 1
                representatives.append((UInt8(byte), false))
                if byte == 0xC0 { firstLead = currentClass }
            }
            classes[byte] = UInt16(currentClass)
        }
        classOfByte = classes
        byteClassCount = currentClass + 1
        firstLeadClass = firstLead
        if hasWordVariants {
            for leadClass in firstLead..<byteClassCount {
                representatives.append((representatives[leadClass].byte, true))
            }
        }
        self.representatives = representatives
        symbolCount = representatives.count
    }

    /// The symbol for a lead byte's class when its character is a word character.
    @inline(__always)
    func wordVariant(of byteClass: Int) -> Int {
        byteClassCount + byteClass - firstLeadClass
    }
}
