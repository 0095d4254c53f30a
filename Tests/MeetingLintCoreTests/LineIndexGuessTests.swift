import Testing

@testable import MeetingLintCore

/// A line looked for first at a guess (the line after the last one found, as the readers of
/// people and actions guess it) is the line the search finds, whatever the guess: right, wrong,
/// next to the right one, or out of range. Over the corpus and random records of lists, tables,
/// paragraphs, front matter and headings.
@Suite struct LineIndexGuessTests {
    /// Random records made of the block shapes the readers meet, in random order.
    static func randomRecords(count: Int) -> [String] {
        let pieces = [
            "## Attendance\n", "## Actions\n", "## Previous actions\n", "- Jane Smith (SW)\n", "  - nested item\n", "- [ ] Tom to call\n",
            "- [x] done\n", "1. numbered item\n", "| Action | Who | Due |\n", "|---|---|---|\n", "| Call GP | Tom | 1/2/2026 |\n", "| | x | |\n",
            "| a | b |\n", "Action: SW to visit weekly\n", "Owner: Tom\n", "text line\n", "wrapped line of prose and more\n", "\n", "\n\n",
            "> quoted\n", "    code\n", "```\nfence\n```\n", "---\ntitle: x\nchair: y\n---\n", "**Bold:** value\n", "Attendees: A; B, C\n",
            "# Title\n", "Apologies: None\n", "- \n", "|x|\n",
        ]
        var generator = SplitMix64(seed: 0x6c69_6e65_6775_6573)
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    @Test func aLineFoundAtAGuessIsTheLineSearchedFor() {
        var compared = 0
        var mismatches: [String] = []
        for text in PeopleSpeedTests.texts() + Self.randomRecords(count: 400) {
            let builder = PeopleSpeedTests.builder(text)
            let lines = builder.meeting.lines
            // Every guess for a small record; the right one, its neighbours and a few others for a large one.
            func guesses(around index: Int?) -> [Int] {
                if lines.count <= 40 { return Array(-1...(lines.count + 1)) }
                let at = index ?? lines.count / 2
                return [-1, 0, at - 2, at - 1, at, at + 1, at + 2, lines.count - 1, lines.count, lines.count / 3]
            }
            for node in builder.document.nodes.indices.map(Int32.init) {
                let searched = builder.lineIndex(of: node)
                for guess in guesses(around: searched) where builder.lineIndex(of: node, guess: guess) != searched {
                    mismatches.append("node \(node), guess \(guess): \(text.prefix(200))")
                }
                compared += 1
                guard builder.document[node].kind == .tableRow else { continue }
                let cells = builder.document.cells(of: node)
                let cellLines = builder.cellLines(of: node, cells)
                for guess in guesses(around: cellLines) where builder.cellLines(of: node, cells, guess: guess) != cellLines {
                    mismatches.append("row \(node), guess \(guess): \(text.prefix(200))")
                }
                for cell in cells {
                    let line = builder.lineIndex(ofCell: cell, row: node)
                    for guess in guesses(around: line) where builder.lineIndex(ofCell: cell, row: node, guess: guess) != line {
                        mismatches.append("cell of row \(node), guess \(guess): \(text.prefix(200))")
                    }
                    compared += 1
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(compared > 10000)
    }
}
