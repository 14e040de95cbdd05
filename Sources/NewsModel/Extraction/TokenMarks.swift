// MARK: - Per-token marks

/// What extraction has learnt about one token of a paragraph: its sentence, the top-level
/// quote covering it and the name mentions ending and starting at it.
///
/// The four marks live side by side in one array per paragraph, not in four arrays: each
/// array is a heap object to allocate and free, and a paragraph's other arrays already cost
/// several of them (see ``TokenizedParagraph``).
struct TokenMarks {
    /// Sentence index of the token.
    var sentence: Int32
    /// Index of the top-level quote covering the token (marks included), or -1.
    var quote: Int32 = -1
    /// Index of the mention whose chunk ends at the token, or -1.
    var mentionEnding: Int32 = -1
    /// Index of the mention whose chunk starts at the token, or -1.
    var mentionStarting: Int32 = -1
}
