/// The case folding text comparisons use: `=` compares folded whole values, `~` looks for a
/// folded needle in folded text. Accents are kept (`é` ≠ `e`); names compare by ``NameKey``
/// instead, which also drops accents and honorifics.
enum TextFolding {
    /// `text` lowercased (full Unicode lowercasing; ASCII takes a fast path).
    static func fold(_ text: some StringProtocol) -> String {
        var isASCIILower = true
        for byte in text.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) {
            isASCIILower = false
            break
        }
        return isASCIILower ? String(text) : text.lowercased()
    }
}
