import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - libedit line reader

/// Reads lines on a terminal with libedit: emacs key bindings (or whatever `~/.editrc` says),
/// UTF-8 editing, Up/Down and Ctrl-R through the history, Tab completion through ``completer``.
///
/// - Ctrl-C discards the line being typed and returns ``LineReadResult/interrupted``;
///   Ctrl-D on an empty line returns ``LineReadResult/endOfInput``. Both print a newline so the
///   driver's next output starts on a fresh line.
/// - While a line is edited the terminal is raw; ``EditorSignals`` puts it back to normal
///   before the process stops (Ctrl-Z) or dies (SIGTERM, SIGHUP, SIGQUIT), and the line is
///   redrawn when the process continues. Keystrokes are read by ``EditorInput``, which never
///   misses a Ctrl-C.
/// - Use it only when standard input and output are terminals
///   (``TerminalInfo/standardStreamsAreTerminals``), and one instance at a time.
public final class EditLineReader: LineReader {
    /// Offers Tab completions; without one, Tab beeps.
    public var completer: (any LineCompleter)?
    /// Where entries are persisted, if anywhere.
    public let history: HistoryStore?
    /// How many candidates may be listed without asking "Display all N possibilities?".
    public var listingQueryThreshold = 100

    private let editor: OpaquePointer
    private let editorHistory: OpaquePointer
    /// The current prompt as a C string; libedit reads it through `promptCallback` on every redraw.
    private var promptText: UnsafeMutablePointer<CChar>?
    private var prompt = ""
    private let output = OutputSink.standardOutput
    fileprivate let input: EditorInput

    /// Sets up libedit for the terminal on standard input/output, loads `history`'s entries for
    /// recall, and reads `~/.editrc` (or `$EDITRC`) when `readsEditrc`. `programName` selects
    /// the `name:` lines of `.editrc` that apply. Returns `nil` when libedit cannot start.
    public init?(programName: String = "newsq", history: HistoryStore? = nil, readsEditrc: Bool = true) {
        CharacterLocale.ensureUTF8()
        Interrupts.install()
        guard let editor = el_init(programName, newsq_stdin(), newsq_stdout(), newsq_stderr()) else {
            return nil
        }
        guard let editorHistory = history_init() else {
            el_end(editor)
            return nil
        }
        self.editor = editor
        self.editorHistory = editorHistory
        self.history = history
        self.promptText = strdup("")
        self.input = EditorInput(descriptor: STDIN_FILENO) { resized in
            if resized { el_resize(editor) } else { _ = newsq_el_refresh(editor) }
        }
        configureHistory(capacity: history?.capacity ?? HistoryStore.defaultCapacity)
        configureEditor(readsEditrc: readsEditrc)
    }

    deinit {
        el_end(editor)
        history_end(editorHistory)
        free(promptText)
    }

    // MARK: LineReader

    /// Shows `prompt` and lets the user edit one line.
    public func readLine(prompt: String) -> LineReadResult {
        setPrompt(prompt)
        _ = Interrupts.takePending()  // a Ctrl-C from before this prompt is not for it
        SignalWakeup.drain()
        // Raw mode before the prompt appears, so nothing typed after it is echoed by the terminal.
        EditorSignals.activate(terminal: STDIN_FILENO) { _ = newsq_el_prepare_terminal(editor, 1) }
        var count: Int32 = 0
        errno = 0
        let read = el_gets(editor, &count)
        let failure = errno
        EditorSignals.deactivate()
        guard let line = read else {
            if count < 0, Interrupts.takePending() || failure == EINTR {
                output.write("^C\n")
                return .interrupted
            }
            output.write("\n")
            return .endOfInput
        }
        let bytes = UnsafeRawBufferPointer(start: line, count: strlen(line))
        let end = bytes.last == UInt8(ascii: "\n") ? bytes.count - 1 : bytes.count
        return .line(String(decoding: bytes[..<end], as: UTF8.self))
    }

    /// Makes `entry` recallable and, with a ``HistoryStore``, persists it.
    public func addHistory(_ entry: String) {
        let normalized = HistoryStore.normalize(entry)
        guard !normalized.isEmpty else { return }
        history?.record(normalized)
        _ = newsq_history_enter(editorHistory, normalized)
    }

    // MARK: Set-up

    private func configureHistory(capacity: Int) {
        _ = newsq_history_set_size(editorHistory, Int32(clamping: capacity))
        _ = newsq_history_set_unique(editorHistory, 1)
        for entry in history?.entries ?? [] {
            _ = newsq_history_enter(editorHistory, entry)
        }
    }

    private func configureEditor(readsEditrc: Bool) {
        _ = newsq_el_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        _ = newsq_el_set_prompt(editor, promptCallback, 1)
        _ = newsq_el_set_editor(editor, "emacs")
        _ = newsq_el_set_signal(editor, 0)  // EditorSignals does it, without losing a Ctrl-C
        _ = newsq_el_set_reader(editor, readCallback)
        _ = newsq_el_set_history(editor, editorHistory)
        _ = newsq_el_add_function(editor, "newsq-complete", "Complete the word at the cursor", completeCallback)
        for (key, function) in EditLineReader.defaultBindings {
            _ = newsq_el_bind(editor, key, function)
        }
        if readsEditrc {
            _ = el_source(editor, nil)  // $EDITRC, else ~/.editrc; a missing file is fine
        }
    }

    /// Keys bound before `.editrc` is read, so the user's file can override them.
    private static let defaultBindings: [(key: String, function: String)] = [
        ("^I", "newsq-complete"),
        ("^R", "em-inc-search-prev"),
        ("\\e[1;5C", "em-next-word"),  // Ctrl-Right (xterm)
        ("\\e[1;5D", "ed-prev-word"),  // Ctrl-Left (xterm)
    ]

    private func setPrompt(_ prompt: String) {
        self.prompt = prompt
        free(promptText)
        // A NUL would end the C string early; libedit treats \u{1} as "invisible until the next \u{1}".
        promptText = strdup(prompt.replacingNULs())
    }

    // MARK: Callbacks

    fileprivate var currentPrompt: UnsafeMutablePointer<CChar> {
        promptText ?? newsq_empty_prompt()
    }

    fileprivate func complete() -> UInt8 {
        guard let completer, let info = el_line(editor) else { return UInt8(CC_REFRESH_BEEP) }
        let start = UnsafeRawPointer(info.pointee.buffer)
        let cursor = UnsafeRawPointer(info.pointee.cursor).map { $0 - (start ?? $0) } ?? 0
        let length = UnsafeRawPointer(info.pointee.lastchar).map { $0 - (start ?? $0) } ?? 0
        let raw = start.map { Array(UnsafeRawBufferPointer(start: $0, count: max(0, length))) } ?? []
        let line = String(decoding: raw, as: UTF8.self)
        let bytes = Array(line.utf8)
        guard bytes == raw, (0...bytes.count).contains(cursor) else { return UInt8(CC_REFRESH_BEEP) }
        let plan = CompletionPlan(line: bytes, completion: completer.completions(for: line, cursor: cursor))
        if let (range, text) = plan.replacement {
            replace(range, with: text, in: bytes, cursor: cursor)
        }
        if !plan.listing.isEmpty {
            // Screen positions come from the line as displayed, before the replacement.
            let displayed = (beforeCursor: String(decoding: bytes[..<cursor], as: UTF8.self), whole: line)
            list(plan.listing, below: displayed)
            return UInt8(CC_REDISPLAY)
        }
        return UInt8(plan.beep ? CC_REFRESH_BEEP : CC_REFRESH)
    }

    /// Replaces UTF-8 byte `range` of the line; libedit counts in characters, not bytes.
    private func replace(_ range: Range<Int>, with text: String, in bytes: [UInt8], cursor: Int) {
        if range.upperBound > cursor {
            _ = el_cursor(editor, Int32(UTF8Offsets.scalarCount(cursor..<range.upperBound, in: bytes)))
        } else if range.upperBound < cursor {
            _ = el_cursor(editor, -Int32(UTF8Offsets.scalarCount(range.upperBound..<cursor, in: bytes)))
        }
        let deleted = UTF8Offsets.scalarCount(range, in: bytes)
        if deleted > 0 { el_deletestr(editor, Int32(deleted)) }
        if !text.isEmpty { _ = el_insertstr(editor, text.replacingNULs()) }
    }

    /// Lists candidates in columns below the line (asking first when there are many), as bash
    /// does. `displayed` is the line as the screen shows it now.
    private func list(_ candidates: [String], below displayed: (beforeCursor: String, whole: String)) {
        let width = TerminalInfo.size(of: STDOUT_FILENO).columns
        let cursorRow = EditorGeometry.row(after: displayed.beforeCursor, prompt: prompt, columns: width)
        let lastRow = max(cursorRow, EditorGeometry.row(after: displayed.whole, prompt: prompt, columns: width))
        var text = String(repeating: "\r\n", count: lastRow - cursorRow + 1)
        if candidates.count > listingQueryThreshold {
            output.write(text + "Display all \(candidates.count) possibilities? (y or n)")
            text = "\r\n"
            var answer: CChar = 0
            let accepted: [UInt8] = [UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: " ")]
            guard el_getc(editor, &answer) == 1, accepted.contains(UInt8(bitPattern: answer)) else {
                output.write(text + String(repeating: "\r\n", count: cursorRow))
                return
            }
        }
        text += CandidateColumns.layout(candidates, width: width).joined(separator: "\r\n")
        // libedit redraws by first moving up as many rows as the cursor was below the prompt's.
        output.write(text + String(repeating: "\r\n", count: cursorRow + 1))
    }
}

// MARK: - C callbacks (no captures: they find the reader through EL_CLIENTDATA)

private func reader(of editor: OpaquePointer?) -> EditLineReader? {
    guard let editor, let data = newsq_el_get_client_data(editor) else { return nil }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
}

private let promptCallback: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { editor in
    reader(of: editor)?.currentPrompt ?? newsq_empty_prompt()
}

private let readCallback: @convention(c) (OpaquePointer?, UnsafeMutablePointer<wchar_t>?) -> Int32 = {
    editor, character in
    guard let reader = reader(of: editor), let character else {
        errno = EINVAL
        return -1
    }
    switch reader.input.next() {
    case .character(let scalar):
        character.pointee = wchar_t(bitPattern: scalar)
        return 1
    case .endOfInput:
        character.pointee = 0
        return 0
    case .failure(let code):
        character.pointee = 0
        errno = code
        return -1
    }
}

private let completeCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
    reader(of: editor)?.complete() ?? UInt8(CC_ERROR)
}

private extension String {
    /// This text with NUL characters (which would cut a C string short) dropped.
    func replacingNULs() -> String {
        utf8.contains(0) ? String(decoding: utf8.filter { $0 != 0 }, as: UTF8.self) : self
    }
}
