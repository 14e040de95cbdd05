import Testing
@testable import NewsQuery

/// The stable multi-key order, including the top-k selection used for small limits.
@Suite struct EngineSortingTests {
    /// Values with ties, missing values, empty lists and mixed case.
    private static func sample(_ count: Int, seed: Int) -> [[Value]] {
        var state = UInt64(seed)
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        return (0..<count).map { _ in
            let number: Value = next() % 5 == 0 ? .missing : .number(Double(next() % 7))
            let texts = ["alpha", "Beta", "beta", "gamma", "ALPHA"]
            let text: Value = next() % 6 == 0 ? .list([]) : .text(texts[next() % texts.count])
            return [number, text]
        }
    }

    @Test(arguments: [(0, 1), (1, 2), (3, 7), (5, 11), (40, 13)])
    func selectionMatchesAFullSortPrefix(limit: Int, seed: Int) {
        let rows = Self.sample(500, seed: seed)
        for descending in [false, true] {
            let keys = [StableOrder.Key(values: rows.map { $0[0] }, descending: descending),
                        StableOrder.Key(values: rows.map { $0[1] }, descending: !descending)]
            let full = StableOrder.permutation(count: rows.count, keys: keys)
            let selected = StableOrder.permutation(count: rows.count, keys: keys, limit: limit)
            #expect(selected == Array(full.prefix(limit)))
        }
    }

    @Test func missingSortsLastBothWaysAndTiesKeepTheirOrder() {
        let values: [Value] = [.missing, .text("b"), .text("A"), .list([]), .text("a"), .number(1)]
        #expect(StableOrder.permutation(count: 6, keys: [.init(values: values, descending: false)]) == [5, 2, 4, 1, 0, 3])
        #expect(StableOrder.permutation(count: 6, keys: [.init(values: values, descending: true)]) == [1, 2, 4, 5, 0, 3])
    }
}
