#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Keystroke reader for libedit

/// libedit's character reader (`EL_GETCFN`), replacing its built-in one so that no signal is
/// missed: it waits with `poll(2)` on the terminal and on ``SignalWakeup``, and between
/// characters it checks for a pending Ctrl-C (returns -1 with `errno` = `EINTR`, which makes
/// `el_gets` discard the line and return NULL), a resize or a resumed stop (redraws).
///
/// It decodes UTF-8 itself, whatever the locale: malformed bytes are skipped, as libedit does.
struct EditorInput {
    /// What one read produced.
    enum Outcome: Equatable {
        /// A character (a Unicode scalar value).
        case character(UInt32)
        /// The terminal reported end of input.
        case endOfInput
        /// A Ctrl-C is pending, or reading failed; `errno` says which.
        case failure(Int32)
    }

    /// The terminal's descriptor.
    let descriptor: Int32
    /// Called when the screen must be redrawn (after a resize or a stop); `resized` says which.
    let redraw: (_ resized: Bool) -> Void

    /// Waits for and decodes the next character.
    func next() -> Outcome {
        var decoder = UTF8ScalarDecoder()
        while true {
            if Interrupts.isPending { return .failure(EINTR) }
            let resized = EditorSignals.takeResize()
            let resumed = EditorSignals.restoreAfterPassedOnSignal()
            if resized || resumed { redraw(resized) }
            switch waitForInput() {
            case .wakeup:
                SignalWakeup.drain()
                continue
            case .failed(let code):
                return .failure(code)
            case .readable:
                break
            }
            var byte: UInt8 = 0
            let count = read(descriptor, &byte, 1)
            if count == 0 { return .endOfInput }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(errno)
            }
            if let scalar = decoder.feed(byte) { return .character(scalar) }
        }
    }

    private enum Readiness { case readable, wakeup, failed(Int32) }

    private func waitForInput() -> Readiness {
        let wakeup = SignalWakeup.readDescriptor
        var descriptors = [
            pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeup, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let ready = poll(&descriptors, nfds_t(wakeup >= 0 ? 2 : 1), -1)
            if ready < 0 {
                if errno == EINTR { return .wakeup }  // a signal: re-check the flags
                return .failed(errno)
            }
            if wakeup >= 0, descriptors[1].revents != 0 { return .wakeup }
            if descriptors[0].revents != 0 { return .readable }  // data, hang-up or error: read says
        }
    }
}

// MARK: - UTF-8 decoding, one byte at a time

/// Turns bytes into Unicode scalar values; malformed sequences (overlong forms, surrogates,
/// stray continuation bytes, values past U+10FFFF) are dropped.
struct UTF8ScalarDecoder {
    private var value: UInt32 = 0
    private var remaining = 0
    private var minimum: UInt32 = 0

    /// Adds `byte`; returns a scalar when one is complete.
    mutating func feed(_ byte: UInt8) -> UInt32? {
        if remaining > 0 {
            if byte & 0xC0 == 0x80 {
                value = value << 6 | UInt32(byte & 0x3F)
                remaining -= 1
                guard remaining == 0 else { return nil }
                let valid = value >= minimum && value <= 0x10FFFF && !(0xD800...0xDFFF).contains(value)
                return valid ? value : nil
            }
            remaining = 0  // sequence cut short: start again with this byte
        }
        switch byte {
        case 0x00...0x7F:
            return UInt32(byte)
        case 0xC0...0xDF:
            start(UInt32(byte & 0x1F), continuationBytes: 1, minimum: 0x80)
        case 0xE0...0xEF:
            start(UInt32(byte & 0x0F), continuationBytes: 2, minimum: 0x800)
        case 0xF0...0xF7:
            start(UInt32(byte & 0x07), continuationBytes: 3, minimum: 0x10000)
        default:
            break  // stray continuation byte or invalid lead byte
        }
        return nil
    }

    private mutating func start(_ bits: UInt32, continuationBytes: Int, minimum: UInt32) {
        value = bits
        remaining = continuationBytes
        self.minimum = minimum
    }
}
