// MARK: - SGR styles

/// An ANSI SGR (Select Graphic Rendition) style such as bold red, as a list of numeric codes.
public struct ANSIStyle: Equatable, Sendable {
    /// The SGR parameters, e.g. `[1, 31]` for bold red.
    public let codes: [Int]

    /// A style made of the given SGR parameters.
    public init(_ codes: [Int]) { self.codes = codes }

    /// Bold (1).
    public static let bold = ANSIStyle([1])
    /// Dim (2).
    public static let dim = ANSIStyle([2])
    /// Underlined (4).
    public static let underline = ANSIStyle([4])
    /// Red text (31).
    public static let red = ANSIStyle([31])
    /// Green text (32).
    public static let green = ANSIStyle([32])
    /// Yellow text (33).
    public static let yellow = ANSIStyle([33])
    /// Blue text (34).
    public static let blue = ANSIStyle([34])
    /// Magenta text (35).
    public static let magenta = ANSIStyle([35])
    /// Cyan text (36).
    public static let cyan = ANSIStyle([36])

    /// This style with `other`'s parameters added.
    public func combined(with other: ANSIStyle) -> ANSIStyle { ANSIStyle(codes + other.codes) }

    /// The escape sequence that switches this style on.
    public var openSequence: String {
        "\u{1B}[" + codes.map(String.init).joined(separator: ";") + "m"
    }

    /// The escape sequence that switches every style off.
    public static let resetSequence = "\u{1B}[0m"

    /// `text` with this style switched on before it and reset after it.
    public func wrap(_ text: String) -> String {
        text.isEmpty ? text : openSequence + text + ANSIStyle.resetSequence
    }
}
