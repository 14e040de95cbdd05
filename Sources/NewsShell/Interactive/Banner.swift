import Foundation
import NewsModel
import NewsQuery

/// The one-line greeting of the interactive shell, and where its start-up file lives.
public enum Banner {
    /// `newsq 0.1.0 — 5 articles, 86 quotes, 41 people from corpus in 14 ms` and a help hint.
    public static func text(corpus: Corpus, paths: [String], loadTime: Duration, colour: Bool) -> String {
        let palette = Palette(enabled: colour)
        let from = paths.count == 1 ? paths[0] : "\(paths.count) paths"
        let summary = "\(corpus.articles.count) articles, \(corpus.quotes.count) quotes, "
            + "\(corpus.entities.count) people and organisations from \(from) in \(milliseconds(loadTime)) ms"
        return palette.apply(.bold, to: "newsq \(NewsqVersion.string)") + " — " + summary + "\n"
            + palette.detail("Enter a statement such as: quotes where speaker = Xi   (.help for help, .quit to leave)") + "\n"
    }

    /// `~/.newsqrc`, run at start-up unless `--init` or `--no-init` is given.
    public static func startupFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.newsqrc"
    }

    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
