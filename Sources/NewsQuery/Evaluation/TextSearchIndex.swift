/// The case-folded UTF-8 texts of one ``TextKey`` for every record of a collection,
/// concatenated into one buffer, so that `~` is one byte search over the whole collection
/// and `=` a byte comparison per record.
///
/// A record has zero entries when the value is missing, one for a text field, and one per
/// element for a list (a person's aliases). A match must lie inside one entry.
struct TextSearchIndex: Sendable {
    private let bytes: [UInt8]
    /// Where each entry starts in `bytes`, plus the end of the last.
    private let entryStarts: [Int]
    /// The record each entry belongs to.
    private let entryRow: [Int32]
    /// The first entry of each record, plus the total number of entries.
    private let rowEntries: [Int]

    init(rowCount: Int, texts: (Int) -> [String]) {
        var bytes: [UInt8] = []
        var entryStarts: [Int] = []
        var entryRow: [Int32] = []
        var rowEntries: [Int] = []
        rowEntries.reserveCapacity(rowCount + 1)
        for row in 0..<rowCount {
            rowEntries.append(entryStarts.count)
            for text in texts(row) {
                entryStarts.append(bytes.count)
                entryRow.append(Int32(row))
                bytes.append(contentsOf: TextFolding.fold(text).utf8)
            }
        }
        rowEntries.append(entryStarts.count)
        entryStarts.append(bytes.count)
        self.bytes = bytes
        self.entryStarts = entryStarts
        self.entryRow = entryRow
        self.rowEntries = rowEntries
    }

    /// The total size of the folded text, to weigh a whole-buffer search against a per-record one.
    var byteCount: Int { bytes.count }

    // MARK: - Per record

    /// Whether some entry of `row` contains `needle`.
    func contains(row: Int, _ needle: ByteSearch.Needle) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            for entry in rowEntries[row] ..< rowEntries[row + 1] {
                if ByteSearch.find(needle, in: buffer, start: entryStarts[entry], end: entryStarts[entry + 1]) != nil {
                    return true
                }
            }
            return false
        }
    }

    /// Whether some entry of `row` is exactly one of `values` (already folded).
    func equals(row: Int, oneOf values: Set<String>, single: [UInt8]?) -> Bool {
        for entry in rowEntries[row] ..< rowEntries[row + 1] {
            let slice = bytes[entryStarts[entry] ..< entryStarts[entry + 1]]
            if let single {
                if slice.elementsEqual(single) { return true }
            } else if values.contains(String(decoding: slice, as: UTF8.self)) {
                return true
            }
        }
        return false
    }

    // MARK: - Whole collection

    /// Every record with an entry containing `needle`, ascending, by one pass over the buffer.
    /// `check` is called every few thousand hits so that a long search can be interrupted.
    func rowsContaining(_ needle: ByteSearch.Needle, check: () throws(QueryInterrupted) -> Void) throws(QueryInterrupted) -> [Int32] {
        var rows: [Int32] = []
        if needle.bytes.isEmpty {
            for row in 0 ..< rowEntries.count - 1 where rowEntries[row + 1] > rowEntries[row] { rows.append(Int32(row)) }
            return rows
        }
        var position = 0
        var hits = 0
        try bytes.withUnsafeBufferPointer { (buffer) throws(QueryInterrupted) in
            while let offset = ByteSearch.find(needle, in: buffer, start: position, end: buffer.count) {
                hits += 1
                if hits & 0xFFF == 0 { try check() }
                let entry = entryIndex(containing: offset)
                if offset + needle.bytes.count <= entryStarts[entry + 1] {
                    let row = entryRow[entry]
                    rows.append(row)
                    position = entryStarts[rowEntries[Int(row) + 1]]  // on to the next record
                } else {
                    position = offset + 1
                }
            }
        }
        return rows
    }

    /// The entry whose bytes include `offset`: the last one starting at or before it (an empty
    /// entry shares its start with the next, so the last is the one holding the byte).
    private func entryIndex(containing offset: Int) -> Int {
        var low = 0, high = entryStarts.count - 2
        while low < high {
            let middle = (low + high + 1) / 2
            if entryStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
