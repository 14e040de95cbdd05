import Foundation
import Testing

@testable import NewsShell

/// A scratch directory removed when the value goes away.
final class ScratchDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "newsq-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Collects warnings instead of printing them.
final class WarningLog: @unchecked Sendable {
    private(set) var messages: [String] = []
    func record(_ message: String) { messages.append(message) }
}

@Suite("HistoryStore")
struct HistoryStoreTests {
    private func fileLines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
    }

    @Test("entries are appended as they are entered and read back by the next session")
    func persistence() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("history")
        let first = HistoryStore(path: path)
        #expect(first.record("quotes where speaker = \"王毅\""))
        #expect(first.record("articles count"))
        #expect(try fileLines(path) == ["quotes where speaker = \"王毅\"", "articles count"])
        let second = HistoryStore(path: path)
        #expect(second.entries == ["quotes where speaker = \"王毅\"", "articles count"])
    }

    @Test("a multi-line statement is one entry, on one line of the file")
    func multiLine() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("history")
        let statement = "quotes\n  where text ~ \"a\\\\b\"\r\n  limit 3"
        HistoryStore(path: path).record(statement)
        #expect(try fileLines(path).count == 1)
        #expect(HistoryStore(path: path).entries == [statement])
    }

    @Test("consecutive duplicates and blank entries are dropped; trailing line breaks removed")
    func duplicatesAndBlanks() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("history")
        let store = HistoryStore(path: path)
        #expect(store.record("a"))
        #expect(!store.record("a"))
        #expect(!store.record("a\n"))
        #expect(!store.record("  \t\n"))
        #expect(!store.record(""))
        #expect(store.record("b"))
        #expect(store.record("a"))
        #expect(store.entries == ["a", "b", "a"])
        #expect(try fileLines(path) == ["a", "b", "a"])
        // Across sessions too: the newest stored entry counts.
        #expect(!HistoryStore(path: path).record("a"))
    }

    @Test("memory keeps the newest entries up to the capacity; the file is compacted past twice that")
    func capacity() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("history")
        let store = HistoryStore(path: path, capacity: 5)
        for number in 1...10 { store.record("statement \(number)") }
        #expect(store.entries == (6...10).map { "statement \($0)" })
        #expect(try fileLines(path).count == 10)  // not yet past 2 × 5
        store.record("statement 11")
        #expect(try fileLines(path) == (7...11).map { "statement \($0)" })
        #expect(HistoryStore(path: path, capacity: 5).entries == (7...11).map { "statement \($0)" })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        #expect(leftovers == ["history"])
    }

    @Test("compaction keeps entries another session appended meanwhile")
    func compactionRereadsTheFile() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("history")
        let mine = HistoryStore(path: path, capacity: 2)
        let theirs = HistoryStore(path: path, capacity: 2)
        for entry in ["m1", "m2", "m3", "m4"] { mine.record(entry) }
        theirs.record("t1")
        mine.record("m5")  // mine has written 5 > 2 × 2: compact the file to its newest 2
        #expect(try fileLines(path) == ["t1", "m5"])
        theirs.record("t2")
        #expect(HistoryStore(path: path).entries == ["t1", "m5", "t2"])
    }

    @Test("a new file gets mode 0600, and an existing wider mode is tightened")
    func fileMode() throws {
        let scratch = try ScratchDirectory()
        let fresh = scratch.file("fresh")
        HistoryStore(path: fresh).record("x")
        #expect(try mode(of: fresh) == 0o600)
        let existing = scratch.file("existing")
        #expect(FileManager.default.createFile(atPath: existing, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o644]))
        let store = HistoryStore(path: existing)
        #expect(store.entries == ["old"])
        store.record("new")
        #expect(try mode(of: existing) == 0o600)
    }

    private func mode(of path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int) ?? -1
    }

    @Test("missing directories are created (mode 0700)")
    func createsDirectories() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("state/newsq/history")
        HistoryStore(path: path).record("x")
        #expect(try fileLines(path) == ["x"])
        #expect(try mode(of: scratch.file("state/newsq")) == 0o700)
    }

    @Test("an unwritable location costs one warning; the in-memory history goes on")
    func unwritableLocation() throws {
        let scratch = try ScratchDirectory()
        let blocker = scratch.file("blocker")
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data()))
        let log = WarningLog()
        let store = HistoryStore(path: blocker + "/history", warn: log.record)
        store.record("one")
        store.record("two")
        #expect(store.entries == ["one", "two"])
        #expect(log.messages.count == 1)
        #expect(log.messages.first?.contains("Not a directory") == true)
    }

    @Test("a read-only directory costs one warning", .enabled(if: getuid() != 0, "root may write anywhere"))
    func readOnlyDirectory() throws {
        let scratch = try ScratchDirectory()
        let directory = scratch.file("locked")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o500])
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory) }
        let log = WarningLog()
        let store = HistoryStore(path: directory + "/history", warn: log.record)
        store.record("one")
        store.record("two")
        #expect(log.messages.count == 1)
        #expect(log.messages.first?.contains("Permission denied") == true)
    }

    @Test("a full disk (/dev/full) costs one warning; the device is never read")
    func fullDisk() throws {
        let log = WarningLog()
        let store = HistoryStore(path: "/dev/full", warn: log.record)
        #expect(store.entries.isEmpty)
        store.record("one")
        store.record("two")
        #expect(store.entries == ["one", "two"])
        #expect(log.messages.count == 1)
        #expect(log.messages.first?.contains("No space left on device") == true)
    }

    @Test("/dev/null turns persistence off silently")
    func devNull() throws {
        let log = WarningLog()
        let store = HistoryStore(path: "/dev/null", warn: log.record)
        store.record("one")
        #expect(log.messages.isEmpty)
        #expect(try mode(of: "/dev/null") == 0o666)
    }

    @Test("a last line cut short by a crash is an entry, and the next entry starts a new line")
    func tornLastLine() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("history")
        try "complete\npartial".write(toFile: path, atomically: true, encoding: .utf8)
        let store = HistoryStore(path: path)
        #expect(store.entries == ["complete", "partial"])
        store.record("next")
        #expect(try fileLines(path) == ["complete", "partial", "next"])
    }

    @Test("a file without a path keeps history in memory only")
    func memoryOnly() {
        let store = HistoryStore(path: nil)
        store.record("x")
        #expect(store.entries == ["x"])
    }
}
