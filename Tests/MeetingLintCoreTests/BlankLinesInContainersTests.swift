import Testing

@testable import MeetingLintCore

/// A blank line outside block quotes takes the parser's short way (it only ends the open
/// paragraph or table) even inside lists; the long way, matching every open container against
/// the line, is what `shortcuts: false` takes. Both give the same tree on records of nested
/// lists, items, quotes and blank lines, and the short way stays linear in the nesting.
@Suite struct BlankLinesInContainersTests {
    @Test func blankLinesInListsAndQuotesGiveTheLongWaysTree() {
        let prefixes = ["", "  ", "    ", "\t", "> ", ">", "> > ", "- ", "  - ", "    - ", "1. ", "   2) ", "- [ ] ", "> - ", "- > "]
        let bodies = ["text", "Key: value", "| a | b |", "|---|---|", "# Heading", "```", "<!-- open", "-->", "---", "===", "", "  ", "\t"]
        var generator = SplitMix64(seed: 0xb1_a4_c0)
        for round in 0..<4_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...24, using: &generator) {
                // Blank lines (with and without spaces) between every other line.
                if Int.random(in: 0..<3, using: &generator) == 0 {
                    text += ["", " ", "   ", "\t", " \t "].randomElement(using: &generator)!
                } else {
                    for _ in 0..<Int.random(in: 0...3, using: &generator) { text += prefixes.randomElement(using: &generator)! }
                    text += bodies.randomElement(using: &generator)!
                }
                text += Int.random(in: 0..<6, using: &generator) == 0 ? "\r\n" : "\n"
            }
            let source = SourceFile(path: "random", text: text)
            let short = ParserAndDriverSpeedTests.fullDump(Document(parsing: source, shortcuts: true))
            let long = ParserAndDriverSpeedTests.fullDump(Document(parsing: source, shortcuts: false))
            #expect(short == long, "round \(round): \(text.debugDescription)")
            if short != long { return }
        }
    }

    /// 10,000 items nested on one line, then blank lines: each blank line costs the same
    /// whatever the depth (the long way matches all 20,000 open containers against it), and the
    /// items stay open across them.
    @Test(.timeLimit(.minutes(1))) func blankLinesUnderDeepNestingKeepTheItemsOpen() {
        let nested = String(repeating: "- ", count: 10_000) + "item\n"
        let deepest = String(repeating: " ", count: 20_000) + "still in the deepest item\n"
        // The long way is compared on a few blank lines; the short way reads 200,000.
        let few = SourceFile(path: "deep", text: nested + String(repeating: "\n", count: 50) + deepest)
        let short = Document(parsing: few, shortcuts: true)
        #expect(ParserAndDriverSpeedTests.fullDump(short) == ParserAndDriverSpeedTests.fullDump(Document(parsing: few, shortcuts: false)))
        let many = Document(parsing: SourceFile(path: "deep", text: nested + String(repeating: "\n", count: 200_000) + deepest))
        for document in [short, many] {
            let last = document.nodes[document.nodes.count - 1]
            #expect(last.kind == .textLine)
            // The line is in the deepest item's second paragraph.
            let item = document.nodes[Int(document.nodes[Int(last.parent)].parent)]
            #expect(item.kind == .listItem && item.indent == 20_000)
        }
    }
}
