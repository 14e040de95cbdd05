// MARK: - Merge chain

/// The hashes ``CorpusBuilder`` files a mergeable entity under, made from its kind and the
/// ``NameKey`` of its name.
///
/// A chain rather than one hash, so that keys need no `Hasher` and a collision costs no
/// correctness: a key is looked for from the first hash of its chain onwards, until a free
/// hash or one holding that very key; a key whose first hash is taken by another moves on.
enum MergeChain {
    /// The first hash of the chain of `key` for entities of `kind`.
    static func first(_ kind: EntityKind, key: String) -> UInt64 {
        var copy = key
        // FNV-1a of the bytes, and whether they are all ASCII, in one pass.
        let asciiHash = copy.withUTF8 { bytes -> UInt64? in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var high: UInt8 = 0
            for b in bytes {
                h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
                high |= b
            }
            return high < 0x80 ? h : nil
        }
        // Other keys are equal when canonically equivalent (String's `==`, which finding an entity
        // uses), whatever their bytes: `hashValue` agrees with that, a hash of the bytes need not.
        let hash = asciiHash ?? UInt64(UInt(bitPattern: key.hashValue))
        return NameHash.combine(hash, kind == .person ? 1 : 2)
    }

    /// The hash after `hash` in its chain.
    static func next(_ hash: UInt64) -> UInt64 {
        NameHash.combine(hash, 0xD6E8_FEB8_6659_FD93)
    }
}
