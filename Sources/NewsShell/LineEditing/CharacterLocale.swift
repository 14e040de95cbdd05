#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - UTF-8 character locale

/// The C library's character-type locale, which libedit relies on to decode keystrokes: without
/// a UTF-8 `LC_CTYPE` it silently drops multi-byte characters such as 王毅 or é.
enum CharacterLocale {
    /// Sets `LC_CTYPE` from the environment and, when that is not UTF-8 (e.g. no `LANG` at all),
    /// to `C.UTF-8` instead; newsq's text is UTF-8 whatever the locale. Returns whether the
    /// resulting locale is UTF-8. Only `LC_CTYPE` changes: number formats and messages do not.
    @discardableResult
    static func ensureUTF8() -> Bool {
        setlocale(LC_CTYPE, "")
        if isUTF8 { return true }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, fallback) != nil {
            if isUTF8 { return true }
        }
        return false
    }

    /// Whether the current `LC_CTYPE` encodes characters as UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
