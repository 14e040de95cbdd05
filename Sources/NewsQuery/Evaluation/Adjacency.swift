/// The links of one relation as compressed rows: the targets of row `r` are
/// `targets[offsets[r] ..< offsets[r + 1]]`, ascending and distinct.
struct Adjacency: Sendable {
    let offsets: [Int]
    let targets: [Int32]
    /// How many records the targets index into.
    let targetCount: Int

    var rowCount: Int { offsets.count - 1 }

    /// Builds rows by asking `links` for each row's targets; out-of-range targets are dropped
    /// (a malformed model never crashes a query), the rest sorted and de-duplicated.
    init(rowCount: Int, targetCount: Int, links: (Int) -> [Int32]) {
        var offsets = [Int]()
        offsets.reserveCapacity(rowCount + 1)
        offsets.append(0)
        var targets = [Int32]()
        targets.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            var list = links(row).filter { $0 >= 0 && Int($0) < targetCount }
            if list.count > 1 {
                list.sort()
                var previous: Int32 = -1
                for target in list where target != previous {
                    targets.append(target)
                    previous = target
                }
            } else {
                targets.append(contentsOf: list)
            }
            offsets.append(targets.count)
        }
        self.offsets = offsets
        self.targets = targets
        self.targetCount = targetCount
    }

    /// The number of records linked from `row`.
    @inline(__always)
    func degree(_ row: Int) -> Int { offsets[row + 1] - offsets[row] }

    /// The records linked from `row`.
    @inline(__always)
    func links(of row: Int) -> ArraySlice<Int32> { targets[offsets[row] ..< offsets[row + 1]] }

    /// The reverse relation: for each target, the rows linking to it (ascending).
    func inverted() -> Adjacency {
        var counts = [Int](repeating: 0, count: targetCount + 1)
        for target in targets { counts[Int(target) + 1] += 1 }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var cursor = counts
        var sources = [Int32](repeating: 0, count: targets.count)
        for row in 0..<rowCount {
            for target in links(of: row) {
                sources[cursor[Int(target)]] = Int32(row)
                cursor[Int(target)] += 1
            }
        }
        return Adjacency(offsets: counts, targets: sources, targetCount: rowCount)
    }

    /// This relation followed by `next`: each row links to the distinct targets of its targets.
    func composed(with next: Adjacency) -> Adjacency {
        Adjacency(rowCount: rowCount, targetCount: next.targetCount) { row in
            var reached: [Int32] = []
            for middle in links(of: row) { reached.append(contentsOf: next.links(of: Int(middle))) }
            return reached
        }
    }

    private init(offsets: [Int], targets: [Int32], targetCount: Int) {
        self.offsets = offsets
        self.targets = targets
        self.targetCount = targetCount
    }
}
