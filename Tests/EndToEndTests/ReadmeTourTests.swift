import Foundation
import Testing

/// The README's tour stays real: every fenced block that starts with `$ newsq ARGUMENTS` is
/// followed by exactly what that command prints on the bundled corpus.
@Suite struct ReadmeTourTests {
    /// One `$ newsq ...` block: the arguments and the output shown under them.
    struct Block: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var output: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    /// The README's `$ newsq` blocks.
    static func blocks() -> [Block] {
        let path = TestEnvironment.packageRoot + "/README.md"
        guard let readme = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var blocks: [Block] = []
        let fences = readme.components(separatedBy: "```\n")
        // Odd pieces are the insides of fenced blocks.
        for (index, piece) in fences.enumerated() where index % 2 == 1 && piece.hasPrefix("$ newsq ") {
            guard let newline = piece.firstIndex(of: "\n") else { continue }
            let command = piece[piece.index(piece.startIndex, offsetBy: 8)..<newline]
            blocks.append(Block(arguments: words(of: String(command)), output: String(piece[piece.index(after: newline)...])))
        }
        return blocks
    }

    /// A command line split into words as a shell would, for the quoting the README uses:
    /// blanks separate words, single quotes group a word.
    static func words(of command: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false, quoted = false
        for character in command {
            if character == "'" {
                quoted.toggle()
                inWord = true
            } else if character == " ", !quoted {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }

    @Test(arguments: blocks())
    func theTourShowsWhatNewsqPrints(_ block: Block) throws {
        let run = try NewsqRun.run(block.arguments)
        #expect(run.status == 0)
        #expect(run.standardError.isEmpty)
        #expect(GoldenDiff.describe(expected: block.output, actual: run.standardOutput) == nil,
                "\(GoldenDiff.describe(expected: block.output, actual: run.standardOutput) ?? "")")
    }

    @Test func theTourHasItsStatements() {
        #expect(Self.blocks().count >= 5)
        #expect(Self.words(of: "--format json -e 'quotes where id = 32'") == ["--format", "json", "-e", "quotes where id = 32"])
    }
}
