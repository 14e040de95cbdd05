import NewsQuery

/// The names of one kind of record (people, topics, outlets) with their aliases, found by a
/// case- and accent-insensitive prefix of the whole name or of any later word of a canonical name.
///
/// Built once per corpus: every folded name is stored once in one byte buffer, and a sorted
/// array of slots points at each name's start and each later word's start, so a lookup is one
/// binary search plus a scan of the matches.
struct NameIndex: Sendable {
    /// A name a completion may insert.
    struct Name: Sendable, Equatable {
        var text: String
        /// The name as a string literal (`"Wang Yi"`).
        var quoted: String
        /// Whether the name can be written as a bare word (`taiwan`); otherwise it is quoted.
        var isBare: Bool

        init(_ text: String) {
            self.text = text
            self.quoted = StatementPrinter.quoted(text)
            self.isBare = NameIndex.isBareWord(text)
        }
    }

    /// One searchable key: the bytes `keys[start..<end]` lead to entry `entry`.
    private struct Slot: Sendable {
        var start: Int32
        var end: Int32
        var entry: Int32
        /// Whether the slot starts at the name's first word (not at a later word).
        var isWholeName: Bool
    }

    /// Canonical names (ids `0..<canonicalCount`), then aliases, each group sorted by key.
    private let names: [Name]
    private let canonicalCount: Int
    /// For alias `canonicalCount + i`, the canonical names it belongs to.
    private let aliasOwners: [[Int32]]
    private let keys: [UInt8]
    private let slots: [Slot]

    /// The number of distinct names and aliases.
    var count: Int { names.count }

    // MARK: - Building

    /// An index over `records`: each record's canonical name and the other names it goes by.
    /// Aliases identical to a canonical name are dropped; duplicate names are kept once.
    init(_ records: [(name: String, aliases: [String])]) {
        var canonicalIDs: [String: Int] = [:]
        var canonicalTexts: [String] = []
        for record in records where canonicalIDs[record.name] == nil && !record.name.isEmpty {
            canonicalIDs[record.name] = canonicalTexts.count
            canonicalTexts.append(record.name)
        }
        var aliasOwnerSets: [String: Set<Int>] = [:]
        for record in records {
            guard let owner = canonicalIDs[record.name] else { continue }
            for alias in record.aliases where canonicalIDs[alias] == nil && !alias.isEmpty {
                aliasOwnerSets[alias, default: []].insert(owner)
            }
        }
        let canonical = Self.sortedByKey(canonicalTexts)
        let aliases = Self.sortedByKey(Array(aliasOwnerSets.keys))
        var newID = [Int](repeating: 0, count: canonicalTexts.count)
        for (position, entry) in canonical.enumerated() {
            if let old = canonicalIDs[entry.text] { newID[old] = position }
        }

        var names: [Name] = []
        var keys: [UInt8] = []
        var slots: [Slot] = []
        names.reserveCapacity(canonical.count + aliases.count)
        for (isCanonical, group) in [(true, canonical), (false, aliases)] {
            for entry in group {
                let id = Int32(names.count)
                names.append(Name(entry.text))
                let start = keys.count
                keys.append(contentsOf: entry.key)
                let end = Int32(keys.count)
                slots.append(Slot(start: Int32(start), end: end, entry: id, isWholeName: true))
                guard isCanonical else { continue }
                for later in CompletionKey.laterWordStarts(in: entry.key) {
                    slots.append(Slot(start: Int32(start + later), end: end, entry: id, isWholeName: false))
                }
            }
        }
        self.names = names
        self.canonicalCount = canonical.count
        self.aliasOwners = aliases.map { alias in
            (aliasOwnerSets[alias.text] ?? []).map { Int32(newID[$0]) }
        }
        self.keys = keys
        self.slots = keys.withUnsafeBufferPointer { buffer in
            slots.sorted { Self.compare(buffer, $0, $1) < 0 }
        }
    }

    /// `texts` with their folded keys, sorted by key (then by text, for a stable order).
    private static func sortedByKey(_ texts: [String]) -> [(text: String, key: [UInt8])] {
        var cache: [String: String]? = [:]
        return texts.map { ($0, CompletionKey.fold($0, cache: &cache)) }.sorted {
            $0.key.lexicographicallyPrecedes($1.key) || ($0.key == $1.key && $0.text < $1.text)
        }
    }

    /// Whether `text` reads back as one bare word: exactly one word token, without a problem.
    static func isBareWord(_ text: String) -> Bool {
        if text.utf8.contains(UInt8(ascii: " ")) { return false }
        let tokens = Lexer.tokens(of: SourceFile(name: "", text: text))
        guard tokens.count == 2, let word = tokens.first else { return false }
        return word.kind == .word && word.diagnostic == nil
            && word.range.lowerBound == 0 && word.range.upperBound == text.utf8.count
    }

    // MARK: - Lookup

    /// The names matching the typed `prefix` (already folded): canonical names whose whole
    /// name starts with it, then canonical names with a later word starting with it, then
    /// aliases starting with it whose record was not offered already. Each group in key order.
    func names(matching prefix: [UInt8]) -> [Name] {
        keys.withUnsafeBufferPointer { buffer in
            var match = [UInt8](repeating: 0, count: canonicalCount)  // 1 whole name, 2 later word
            var aliasHits: [Int32] = []
            var index = lowerBound(of: prefix, in: buffer)
            while index < slots.count, Self.hasPrefix(buffer, slots[index], prefix) {
                let slot = slots[index]
                let entry = Int(slot.entry)
                if entry < canonicalCount {
                    if slot.isWholeName { match[entry] = 1 } else if match[entry] == 0 { match[entry] = 2 }
                } else {
                    aliasHits.append(slot.entry)
                }
                index += 1
            }
            var result: [Name] = []
            for wanted in [UInt8(1), 2] {
                for entry in match.indices where match[entry] == wanted { result.append(names[entry]) }
            }
            for alias in aliasHits.sorted() {
                let owners = aliasOwners[Int(alias) - canonicalCount]
                if owners.allSatisfy({ match[Int($0)] == 0 }) { result.append(names[Int(alias)]) }
            }
            return result
        }
    }

    /// The first slot whose key is not less than `prefix`.
    private func lowerBound(of prefix: [UInt8], in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var low = 0, high = slots.count
        while low < high {
            let middle = (low + high) / 2
            if Self.compare(buffer, slots[middle], prefix) < 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }

    // MARK: - Byte comparison

    /// Orders two slots' keys byte by byte (negative, zero, positive).
    private static func compare(_ buffer: UnsafeBufferPointer<UInt8>, _ a: Slot, _ b: Slot) -> Int {
        let lengthA = Int(a.end - a.start), lengthB = Int(b.end - b.start)
        for offset in 0..<min(lengthA, lengthB) {
            let left = buffer[Int(a.start) + offset], right = buffer[Int(b.start) + offset]
            if left != right { return Int(left) - Int(right) }
        }
        return lengthA - lengthB
    }

    /// Orders a slot's key against `bytes`.
    private static func compare(_ buffer: UnsafeBufferPointer<UInt8>, _ slot: Slot, _ bytes: [UInt8]) -> Int {
        let length = Int(slot.end - slot.start)
        for offset in 0..<min(length, bytes.count) {
            let left = buffer[Int(slot.start) + offset], right = bytes[offset]
            if left != right { return Int(left) - Int(right) }
        }
        return length - bytes.count
    }

    /// Whether a slot's key starts with `prefix`.
    private static func hasPrefix(_ buffer: UnsafeBufferPointer<UInt8>, _ slot: Slot, _ prefix: [UInt8]) -> Bool {
        guard Int(slot.end - slot.start) >= prefix.count else { return false }
        for offset in 0..<prefix.count where buffer[Int(slot.start) + offset] != prefix[offset] { return false }
        return true
    }
}
