import NewsQuery

// MARK: - Palette

/// The styles newsq gives to each kind of text, or plain text when colour is off.
public struct Palette: Sendable {
    /// Whether styles are applied at all.
    public let isEnabled: Bool

    /// A palette that colours only when `enabled` (see ``TerminalInfo/usesColour(_:environment:)``).
    public init(enabled: Bool) { self.isEnabled = enabled }

    /// `text` in `style` when enabled, unchanged otherwise.
    public func apply(_ style: ANSIStyle, to text: String) -> String {
        isEnabled ? style.wrap(text) : text
    }

    /// A speaker's name (bold cyan).
    public func speaker(_ text: String) -> String { apply(.bold.combined(with: .cyan), to: text) }
    /// An error message (bold red).
    public func error(_ text: String) -> String { apply(.bold.combined(with: .red), to: text) }
    /// A warning (yellow).
    public func warning(_ text: String) -> String { apply(.yellow, to: text) }
    /// Secondary detail such as a file and line (dim).
    public func detail(_ text: String) -> String { apply(.dim, to: text) }
}
