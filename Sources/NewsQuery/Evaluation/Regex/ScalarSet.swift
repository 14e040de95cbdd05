/// A set of Unicode scalars stored as sorted, disjoint, non-adjacent closed ranges.
///
/// Surrogate code points (U+D800–U+DFFF) are never members: they cannot occur in
/// UTF-8 text, and leaving them out keeps every range encodable.
struct ScalarSet: Sendable, Hashable {
    /// Sorted, disjoint, non-adjacent closed ranges of scalar values.
    private(set) var ranges: [ClosedRange<UInt32>]

    static let maxScalar: UInt32 = 0x10FFFF
    static let surrogates: ClosedRange<UInt32> = 0xD800...0xDFFF

    /// The empty set.
    init() { ranges = [] }

    /// The union of `ranges`, which may overlap and come in any order.
    init(_ ranges: some Sequence<ClosedRange<UInt32>>) {
        self.ranges = ScalarSet.normalized(Array(ranges))
    }

    /// A single scalar.
    init(scalar: Unicode.Scalar) { ranges = [scalar.value...scalar.value] }

    var isEmpty: Bool { ranges.isEmpty }

    /// The only member, when the set has exactly one.
    var singleScalar: Unicode.Scalar? {
        guard ranges.count == 1, let only = ranges.first, only.lowerBound == only.upperBound else { return nil }
        return Unicode.Scalar(only.lowerBound)
    }

    /// Number of members, for small sets.
    var count: Int { ranges.reduce(0) { $0 + Int($1.upperBound - $1.lowerBound) + 1 } }

    // MARK: - Queries

    /// Whether `value` is a member (binary search).
    func contains(_ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = ranges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    // MARK: - Combining

    /// Members of either set.
    func union(_ other: ScalarSet) -> ScalarSet { ScalarSet(ranges + other.ranges) }

    /// Adds the members of `other`.
    mutating func formUnion(_ other: ScalarSet) { ranges = ScalarSet.normalized(ranges + other.ranges) }

    /// Every scalar that is not a member.
    func inverted() -> ScalarSet {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in ranges {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = range.upperBound + 1
        }
        if next <= ScalarSet.maxScalar { result.append(next...ScalarSet.maxScalar) }
        return ScalarSet(result)
    }

    // MARK: - Normalisation

    /// Sorts, merges overlapping and adjacent ranges, clamps to the scalar range and
    /// removes surrogates.
    private static func normalized(_ input: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var pieces: [ClosedRange<UInt32>] = []
        pieces.reserveCapacity(input.count + 1)
        for range in input where range.lowerBound <= maxScalar {
            let clamped = range.lowerBound...min(range.upperBound, maxScalar)
            if clamped.upperBound < surrogates.lowerBound || clamped.lowerBound > surrogates.upperBound {
                pieces.append(clamped)
                continue
            }
            if clamped.lowerBound < surrogates.lowerBound {
                pieces.append(clamped.lowerBound...(surrogates.lowerBound - 1))
            }
            if clamped.upperBound > surrogates.upperBound {
                pieces.append((surrogates.upperBound + 1)...clamped.upperBound)
            }
        }
        pieces.sort { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<UInt32>] = []
        merged.reserveCapacity(pieces.count)
        for piece in pieces {
            if let last = merged.last, piece.lowerBound <= last.upperBound &+ 1, last.upperBound != UInt32.max {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, piece.upperBound)
            } else {
                merged.append(piece)
            }
        }
        return merged
    }
}
