/// Simple (one scalar to one scalar) case folding for the `i` flag.
///
/// Derived from the standard library's lowercase and uppercase mappings for the scripts
/// news text mostly uses: Basic Latin, Latin-1, Latin Extended-A/B, IPA, Greek, Cyrillic,
/// Armenian (U+0000–U+058F), Latin Extended Additional and Greek Extended (U+1E00–U+1FFF).
/// Two scalars are equivalent when they lowercase to the same scalar; final sigma and
/// similar variant forms join their letter through their uppercase form (ς ~ σ ~ Σ).
/// Deliberate exceptions: dotless ı, dotted İ and long ſ fold only to themselves, so ASCII
/// `i` and `s` stay plain ASCII pairs (as in Unicode's default folding for ı and İ).
enum CaseFolding {
    private static let coveredRanges: [ClosedRange<UInt32>] = [0x0000...0x058F, 0x1E00...0x1FFF]
    private static let excluded: Set<UInt32> = [0x0130, 0x0131, 0x017F]

    /// For every scalar with case variants, all the other members of its equivalence class.
    static let variants: [UInt32: [UInt32]] = {
        var classes: [UInt32: Set<UInt32>] = [:]
        for range in coveredRanges {
            for value in range {
                guard !excluded.contains(value), let scalar = Unicode.Scalar(value),
                      let key = foldKey(scalar), key != value || classes[key] != nil || hasVariant(scalar)
                else { continue }
                classes[key, default: [key]].insert(value)
            }
        }
        var result: [UInt32: [UInt32]] = [:]
        for members in classes.values where members.count > 1 {
            for member in members {
                result[member] = members.filter { $0 != member }.sorted()
            }
        }
        return result
    }()

    /// The other case forms of `value` (empty when it has none).
    static func otherForms(of value: UInt32) -> [UInt32] { variants[value] ?? [] }

    /// `set` plus every case variant of its members.
    static func closed(_ set: ScalarSet) -> ScalarSet {
        var extra: [ClosedRange<UInt32>] = []
        if set.ranges.count <= 64 && set.count <= 4096 {
            for range in set.ranges {
                for value in range { for other in otherForms(of: value) { extra.append(other...other) } }
            }
        } else {
            for (value, others) in variants where set.contains(value) {
                for other in others { extra.append(other...other) }
            }
        }
        return extra.isEmpty ? set : set.union(ScalarSet(extra))
    }

    // MARK: - Deriving the classes

    /// The scalar a case class is named by: the single-scalar lowercase form, reached
    /// through the uppercase form for letters that are already lowercase (ς → Σ → σ).
    private static func foldKey(_ scalar: Unicode.Scalar) -> UInt32? {
        guard let lower = single(scalar.properties.lowercaseMapping) else { return nil }
        if lower != scalar.value { return lower }
        guard let upper = single(scalar.properties.uppercaseMapping), upper != scalar.value,
              !excluded.contains(upper), let upperScalar = Unicode.Scalar(upper),
              let viaUpper = single(upperScalar.properties.lowercaseMapping)
        else { return lower }
        return viaUpper
    }

    private static func hasVariant(_ scalar: Unicode.Scalar) -> Bool {
        guard let upper = single(scalar.properties.uppercaseMapping) else { return false }
        return upper != scalar.value && !excluded.contains(upper)
    }

    private static func single(_ mapping: String) -> UInt32? {
        var iterator = mapping.unicodeScalars.makeIterator()
        guard let first = iterator.next(), iterator.next() == nil else { return nil }
        return first.value
    }
}
