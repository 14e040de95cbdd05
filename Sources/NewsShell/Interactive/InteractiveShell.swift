import NewsModel
import NewsQuery

/// The read–eval–print loop: reads statements with a line editor, runs them in a ``Session``.
///
/// A statement may span lines: while the parser says it is incomplete (an open parenthesis or
/// string, a trailing `and` or `where`) the continuation prompt asks for more. Ctrl-C discards
/// the statement being typed; Ctrl-D on an empty line leaves. Each complete statement is one
/// history entry, recorded as soon as it is entered.
public final class InteractiveShell {
    public static let prompt = "newsq> "
    public static let continuationPrompt = "   ...> "

    let session: Session
    let reader: any LineReader
    /// Told about the earlier lines of a statement so completion sees all of it.
    let onPendingText: (String) -> Void

    public init(session: Session, reader: any LineReader, onPendingText: @escaping (String) -> Void = { _ in }) {
        self.session = session
        self.reader = reader
        self.onPendingText = onPendingText
    }

    /// Runs until `.quit`, `.exit` or Ctrl-D.
    public func run() {
        var pending = ""
        while !session.quitRequested {
            onPendingText(pending)
            switch reader.readLine(prompt: pending.isEmpty ? Self.prompt : Self.continuationPrompt) {
            case .interrupted:
                pending = ""
            case .endOfInput:
                session.output.write("\n")
                return
            case .line(let line):
                if pending.isEmpty, isDotCommand(line) {
                    reader.addHistory(line)
                    session.run(SourceFile(name: "<input>", text: line))
                    continue
                }
                pending += pending.isEmpty ? line : "\n" + line
                if pending.allSatisfy(\.isWhitespace) { pending = ""; continue }
                let source = SourceFile(name: "<input>", text: pending)
                if Parser.isIncomplete(source) { continue }
                reader.addHistory(pending)
                pending = ""
                session.run(source)
            }
        }
    }

    /// Whether `line` is a dot-command (its first non-blank character is `.`).
    func isDotCommand(_ line: String) -> Bool {
        line.utf8.first { $0 != 0x20 && $0 != 0x09 } == UInt8(ascii: ".")
    }
}
