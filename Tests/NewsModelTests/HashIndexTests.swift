import Testing
import TestSupport
@testable import NewsModel

/// ``HashIndex`` answers as a dictionary (and a multimap) would, through its growth.
@Suite struct HashIndexTests {
    @Test(arguments: [0, 1, 7, 8, 9, 100, 5000])
    func agreesWithADictionary(count: Int) {
        var generator = SplitMix64(seed: UInt64(count) + 1)
        var index = count % 2 == 0 ? HashIndex() : HashIndex(expected: count)
        var reference: [UInt64: Int] = [:]
        // Keys that collide in their low and high bits as well as random ones.
        var keys: [UInt64] = []
        for i in 0..<count {
            switch i % 3 {
            case 0: keys.append(UInt64(i) << 40)
            case 1: keys.append(UInt64(i))
            default: keys.append(generator.next())
            }
        }
        for (i, key) in keys.enumerated() {
            index.set(key, i)
            reference[key] = i
            if i % 2 == 0 { index.set(key, i + 1); reference[key] = i + 1 }
        }
        #expect(index.count == reference.count)
        for (key, value) in reference { #expect(index.value(key) == value) }
        #expect(index.value(0xDEAD_BEEF_0000_0001) == reference[0xDEAD_BEEF_0000_0001])
    }

    @Test func keepsEveryValueAddedForAKey() {
        var index = HashIndex()
        for v in 0..<40 { index.add(42, v); index.add(UInt64(v), 1000 + v) }
        for v in 0..<40 { #expect(index.contains(42, v)) }
        #expect(!index.contains(42, 40))
        #expect(index.contains(7, 1007) && !index.contains(7, 1008))
        var set = HashIndex()
        set.insert(5); set.insert(5)
        #expect(set.count == 1 && set.contains(5) && !set.contains(6))
    }
}
