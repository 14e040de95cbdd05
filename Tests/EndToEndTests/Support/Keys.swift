// MARK: - Keystrokes as a terminal sends them

/// The bytes an xterm sends for the keys the tests type.
enum Key {
    static let enter = "\r"
    static let tab = "\t"
    static let up = "\u{1B}[A"
    static let down = "\u{1B}[B"
    static let left = "\u{1B}[D"
    static let right = "\u{1B}[C"
    static let controlA = "\u{01}"
    static let controlC = "\u{03}"
    static let controlD = "\u{04}"
    static let controlE = "\u{05}"
    static let controlR = "\u{12}"
    static let controlT = "\u{14}"
}
