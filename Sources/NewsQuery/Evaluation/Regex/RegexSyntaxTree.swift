/// A zero-width test at a position between two characters.
enum RegexAssertion: UInt8, Sendable, Hashable {
    /// Start of the text (`^` without `m`, or `\A`).
    case textStart
    /// End of the text (`$` without `m`, or `\z`).
    case textEnd
    /// Start of a line: the start of the text or just after `\n` (`^` with `m`).
    case lineStart
    /// End of a line: the end of the text or just before `\n` (`$` with `m`).
    case lineEnd
    /// One side is a word character and the other is not (`\b`).
    case wordBoundary
    /// Both sides are word characters or both are not (`\B`).
    case notWordBoundary
}

/// The parsed form of a pattern, before compilation.
///
/// Case-insensitivity and the `s` flag are already applied by the parser: a letter under
/// `i` is a ``class`` of its case variants, `.` is a ``class`` of the scalars it accepts.
/// Nesting depth is bounded by ``RegexLimits/maxNestingDepth``, so recursive walks over
/// the tree are bounded too.
indirect enum RegexNode: Sendable, Equatable {
    /// Matches the empty string.
    case empty
    /// One Unicode scalar, matched exactly.
    case literal(Unicode.Scalar)
    /// Any one scalar in the set.
    case `class`(ScalarSet)
    /// A zero-width assertion.
    case assertion(RegexAssertion)
    /// The children one after another.
    case concatenation([RegexNode])
    /// The first child that matches, in order of preference.
    case alternation([RegexNode])
    /// The child between `min` and `max` times (`max == nil`: unbounded); `greedy` prefers more.
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)
}
