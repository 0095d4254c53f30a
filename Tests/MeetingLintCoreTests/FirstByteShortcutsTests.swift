import Testing

@testable import MeetingLintCore

/// The parser's short ways that go by a line's first byte: a line outside containers that starts
/// with `-`, `*`, `+` or a digit but no list marker (`**Chair:**`, `12 apples`) goes straight to
/// its leaf block, and a leaf line tries only the recognisers its first byte can start (`#` a
/// heading, `|` a table row, and so on). `shortcuts: false` takes the long way, every container
/// test and every recogniser; both give the same tree on random records of
/// lines that start with each of those bytes, at the top level and inside lists and quotes (and,
/// in `ParserAndDriverSpeedTests`, on the corpus).
@Suite struct FirstByteShortcutsTests {
    @Test func firstByteShortcutsGiveTheLongWaysTreeOnRandomRecords() {
        // Lines starting with every byte a container or a leaf block can start with, with and
        // without what would make them one.
        let bodies = [
            "text", "Key: value", "**Chair:** Ann", "**Mental health**", "*emphasis* here", "*", "* ", "*\t", "**", "* * *", "*** text",
            "-", "- ", "-text", "--", "-- text", "---", "--- text", "- - -", "-|-", "--- | ---", "-\titem", "+", "+1 vote", "+ item",
            "1", "1.", "1. ", "1.5 hours", "12 apples", "12) twelve", "1234567890. ten digits", "123456789. nine", "2025-01-08 date",
            "#", "#hashtag", "# Heading", "##Attendance", "###### six", "####### seven", "## Closed ##", "`code`", "``", "```", "```swift",
            "```a`b", "~", "~~~", "~~~~ info", "<b>bold</b>", "<!--", "<!-- c -->", "<!-- c --> after", "-->", "=", "==", "=x", "===",
            "_", "_x_", "___", "___x", "__Key__: value", ":", ":--", ":---:|:--", "|", "| a | b |", "|---|---|", "| lone", "a | b",
            "> quote", ">", ">> deeper", "", " ", "\t",
        ]
        let prefixes = ["", "", "", "  ", "    ", "> ", "- ", "  - ", "1. ", "* ", "- [ ] "]
        var generator = SplitMix64(seed: 0xf1_25_7b)
        for round in 0..<4_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...30, using: &generator) {
                for _ in 0..<Int.random(in: 0...2, using: &generator) { text += prefixes.randomElement(using: &generator)! }
                text += bodies.randomElement(using: &generator)!
                text += Int.random(in: 0..<6, using: &generator) == 0 ? "\r\n" : "\n"
            }
            if Bool.random(using: &generator) { text.removeLast() }
            let source = SourceFile(path: "random", text: text)
            let short = ParserAndDriverSpeedTests.fullDump(Document(parsing: source, shortcuts: true))
            let long = ParserAndDriverSpeedTests.fullDump(Document(parsing: source, shortcuts: false))
            #expect(short == long, "round \(round): \(text.debugDescription)")
            if short != long { return }
        }
    }

    /// The first-byte table picks exactly the recognisers that can match: for every byte, a
    /// line starting with it that a recogniser accepts is one the table lets through.
    @Test func leafTestsCoverEveryByteALeafBlockCanStartWith() {
        for byte in 0...255 {
            let tests = BlockParser.LeafTests(startingWith: UInt8(byte))
            #expect(tests.isEmpty != BlockParser.mayStartLeafBlock(UInt8(byte)), "byte \(byte)")
        }
    }
}
