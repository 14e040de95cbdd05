import Foundation

// MARK: - Where history lives

/// Chooses the history file: `$NEWSQ_HISTORY`, else `$XDG_STATE_HOME/newsq/history`, else
/// `~/.newsq_history`.
public enum HistoryLocation {
    /// The history file for `environment`, or `nil` when there is nowhere to keep it (no
    /// variable set and no home directory). Empty variables count as unset; a relative
    /// `XDG_STATE_HOME` is ignored, as the XDG specification requires.
    public static func resolve(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: String? = nil
    ) -> String? {
        if let explicit = environment["NEWSQ_HISTORY"], !explicit.isEmpty {
            return explicit
        }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return join(state, "newsq/history")
        }
        let home = homeDirectory ?? environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? passwordDatabaseHome()
        guard let home else { return nil }
        return join(home, ".newsq_history")
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func passwordDatabaseHome() -> String? {
        guard let record = getpwuid(getuid()), let directory = record.pointee.pw_dir else {
            return nil
        }
        let home = String(cString: directory)
        return home.isEmpty ? nil : home
    }
}
