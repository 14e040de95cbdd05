// MARK: - Arrays made without the standard library's generic allocation

/// `Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:initializingWith:)` allocate
/// through the standard library's unspecialised code, which looks up the storage class's
/// metadata on every call (about 400 instructions, more than the allocation itself).
/// Reserving and appending is specialised in this module for the element type, so the
/// per-article tables of extraction are made this way.
extension Array {
    /// `count` copies of `element`, as `init(repeating:count:)` makes them.
    init(filling count: Int, with element: Element) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(element, count: count))
    }

    /// An array of the one element `element`, with room for `capacity` elements (one
    /// allocation, where appending to `[element]` would soon allocate again).
    init(_ element: Element, reserving capacity: Int) {
        self.init()
        reserveCapacity(capacity)
        append(element)
    }
}
