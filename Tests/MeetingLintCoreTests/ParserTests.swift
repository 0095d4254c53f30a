import Foundation
import Testing

@testable import MeetingLintCore

/// Assertions on single nodes where a snapshot is too coarse, the tree's invariants over every
/// fixture and over generated input, and the parser's cost on pathological records.
/// A hang guard only: speed is measured by the benchmark, not by timed tests.
@Suite(.timeLimit(.minutes(1))) struct ParserTests {
    static func parse(_ text: String) -> Document {
        Document(parsing: SourceFile(path: "test.md", text: text))
    }

    /// The nodes of one kind, in document order.
    static func nodes(_ kind: NodeKind, in document: Document) -> [Int32] {
        document.descendants(of: Document.root).filter { document[$0].kind == kind }
    }

    typealias Location = MeetingLintCore.SourceLocation

    static func location(_ document: Document, _ offset: Int) -> Location {
        document.source.location(of: offset)
    }

    // MARK: - Fields

    @Test(arguments: [
        ("Date: 14/03/2026", "Date", "14/03/2026"),
        ("**Date:** 14/03/2026", "Date", "14/03/2026"),
        ("**Date**: 14/03/2026", "Date", "14/03/2026"),
        ("__Date__: 14/03/2026", "Date", "14/03/2026"),
        ("**Date: 14/03/2026**", "Date", "14/03/2026"),
        ("**Apologies:**", "Apologies", ""),
        ("Start time: 10:00", "Start time", "10:00"),
        ("next_meeting: 11/06/2026", "next_meeting", "11/06/2026"),
        ("**Child’s name:** L.", "Child’s name", "L."),
    ])
    func fieldLineSplitsKeyAndValue(_ line: String, _ key: String, _ value: String) throws {
        let document = Self.parse(line + "\n")
        let field = try #require(Self.nodes(.fieldLine, in: document).first)
        #expect(document.text(document[field].key) == key)
        #expect(document.text(document[field].content) == value)
        #expect(document[field].range == SourceRange(0, line.utf8.count))
    }

    @Test(arguments: [
        "See https://example.org/guidance for the procedure.",
        "https://example.org/tac: the form",
        "10:00: meeting opened",
        "**Bold text** then a colon: not a field",
        "*Note* that: the emphasis closed before the colon",
    ])
    func lineIsNotAField(_ line: String) {
        let document = Self.parse(line + "\n")
        #expect(Self.nodes(.fieldLine, in: document).isEmpty)
        #expect(Self.nodes(.textLine, in: document).count == 1)
    }

    @Test func frontMatterValuesLoseQuotesAndComments() throws {
        let document = Self.parse("---\ntype: \"TAC review\" # stage\ndate: 14/03/2026 # agreed\nvenue: # where\n---\n")
        let fields = Self.nodes(.frontMatterField, in: document).map { (document.text(document[$0].key), document.text(document[$0].content)) }
        #expect(fields.map(\.0) == ["type", "date", "venue"])
        #expect(fields.map(\.1) == ["TAC review", "14/03/2026", ""])
        #expect(document.problems.isEmpty)
    }

    /// Only a `#` at the value's start or after a space begins a comment; one inside a word does not.
    @Test func frontMatterHashesInsideWordsStay() throws {
        let document = Self.parse("---\nroom: C#4 #1\nlink: a#b#c\nnote: #only\ntab: x\t# gone\n---\n")
        let fields = Self.nodes(.frontMatterField, in: document).map { document.text(document[$0].content) }
        #expect(fields == ["C#4", "a#b#c", "", "x"])
    }

    // MARK: - Positions

    @Test func columnsCountCodePoints() throws {
        // `**Zoë 😀:** ` is 11 code points but 16 bytes; `“happy”` is 7 code points, 11 bytes.
        let document = Self.parse("## Views\n**Zoë 😀:** “happy”\n")
        let field = try #require(Self.nodes(.fieldLine, in: document).first)
        let value = document[field].content
        #expect(document.text(value) == "“happy”")
        #expect(Self.location(document, value.start) == Location(line: 2, column: 12))
        #expect(Self.location(document, value.end) == Location(line: 2, column: 19))
        #expect(value.count == 11)
    }

    @Test func byteOrderMarkIsNotColumnOne() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("## Actions\n".utf8)
        let document = Document(parsing: SourceFile(path: "bom.md", bytes: bytes))
        #expect(document.source.hadByteOrderMark)
        let heading = try #require(Self.nodes(.heading, in: document).first)
        #expect(document[heading].range == SourceRange(0, 10))
        #expect(Self.location(document, document[heading].content.start) == Location(line: 1, column: 4))
    }

    @Test func crlfLineEndsAreNotContent() throws {
        let document = Self.parse("Date: 14/03/2026\r\n- Tom Reed\r\n")
        let field = try #require(Self.nodes(.fieldLine, in: document).first)
        #expect(document.text(document[field].content) == "14/03/2026")
        let item = try #require(Self.nodes(.listItem, in: document).first)
        #expect(document.text(document[item].range) == "- Tom Reed")
    }

    @Test func invalidUTF8IsAProblemNotACrash() throws {
        let bytes = Array("## Updates\nSchool said ".utf8) + [0xFF] + Array(" fine\n".utf8)
        let document = Document(parsing: SourceFile(path: "bad.md", bytes: bytes))
        let problem = try #require(document.problems.first)
        #expect(problem.kind == .invalidUTF8)
        #expect(problem.range == SourceRange(23, 24))
        #expect(Self.nodes(.textLine, in: document).count == 1)
    }

    // MARK: - Blocks

    @Test func taskStates() {
        let document = Self.parse("- [ ] open\n- [x] done\n- [X] done\n- plain\n- [] plain\n")
        #expect(Self.nodes(.listItem, in: document).map { document[$0].task } == [.open, .done, .done, .none, .none])
    }

    @Test func tableRowsAndCells() throws {
        let document = Self.parse("| Name | Note |\n|:--|--:|\n| Tom | a \\| b |\n| Sam | |\n")
        let rows = Self.nodes(.tableRow, in: document)
        #expect(rows.map { document[$0].isHeader } == [true, false, false, false])
        #expect(rows.map { document[$0].isDelimiter } == [false, true, false, false])
        #expect(document.cells(of: rows[2]).map { document.text($0) } == ["Tom", "a \\| b"])
        #expect(document.cells(of: rows[3]).map { document.text($0) } == ["Sam", ""])
    }

    @Test func nestedListUnderActionBelongsToIt() throws {
        let document = Self.parse("## Actions\n- Refer L. to counselling\n  - Owner: Tom Reed\n  - By: 28/03/2026\n")
        let lists = Self.nodes(.list, in: document)
        #expect(lists.count == 2)
        let items = Self.nodes(.listItem, in: document)
        #expect(items.count == 3)
        #expect(document[lists[1]].parent == items[0])
        #expect(document[items[1]].parent == lists[1])
    }

    /// A list pasted from a word processor keeps its bullet characters (`•`, `◦`, `▪`, `●`, `·`,
    /// Word's Symbol-font ``): read as list items as `-` is, each bullet one column wide, so
    /// a sub-item indented under it nests. They were read as lines of a paragraph, so the
    /// attendees and actions in them went unseen.
    @Test func bulletCharactersMakeListItems() throws {
        let document = Self.parse("## Actions\n• Refer L. to counselling\n  ◦ Owner: Tom Reed\n  ◦ By: 28/03/2026\n•\tMum to attend\n")
        let lists = Self.nodes(.list, in: document)
        let items = Self.nodes(.listItem, in: document)
        #expect(lists.count == 2)
        #expect(items.count == 4)
        #expect(document[lists[1]].parent == items[0])
        #expect(items.map { document.text(document[$0].content) } == ["Refer L. to counselling", "Owner: Tom Reed", "By: 28/03/2026", "Mum to attend"])
        #expect(items.map { document[$0].indent } == [2, 4, 4, 4])
        for bullet in ["▪", "●", "·", "\u{F0B7}"] {
            let one = Self.parse("\(bullet) Tom Reed — teacher\n")
            #expect(Self.nodes(.listItem, in: one).count == 1, "\(bullet)")
        }
        // Not followed by a space, or another character, it is text.
        for line in ["•Tom Reed", "→ Tom Reed", "“Tom” said"] {
            #expect(Self.nodes(.listItem, in: Self.parse(line + "\n")).isEmpty, "\(line)")
        }
    }

    @Test func lazyFieldLineStaysInTheItem() throws {
        let document = Self.parse("- Mum to attend the parenting course\nOwner: Mum\n")
        let field = try #require(Self.nodes(.fieldLine, in: document).first)
        let paragraph = document[field].parent
        #expect(document[document[paragraph].parent].kind == .listItem)
        #expect(document.text(document[field].key) == "Owner")
    }

    @Test func dashesAfterAFieldLineAreARule() {
        let document = Self.parse("Date: 14/03/2026\n---\n")
        #expect(Self.nodes(.heading, in: document).isEmpty)
        #expect(Self.nodes(.thematicBreak, in: document).count == 1)
    }

    @Test func suppressionCommentContent() throws {
        let line = "<!-- meetinglint-disable-next-line action-owner -- reason -->"
        let document = Self.parse(line + "\n- Refer L.\n")
        let comment = try #require(Self.nodes(.htmlComment, in: document).first)
        #expect(document.text(document[comment].content) == " meetinglint-disable-next-line action-owner -- reason ")
        #expect(document[comment].range == SourceRange(0, line.utf8.count))
    }

    @Test func unclosedBlocksAreProblems() {
        #expect(Self.parse("---\ntitle: x\n").problems.map(\.kind) == [.unclosedFrontMatter])
        #expect(Self.parse("---\ntitle: x\n\n## Notes\nMum said she was worried.\n").problems.map(\.kind) == [.unclosedFrontMatter])
        // A rule above ordinary text opens no block, closed or not.
        #expect(Self.parse("---\nMum said she was worried.\nDate: 14/03/2026\n").problems.isEmpty)
        #expect(Self.parse("```\ncode\n").problems.map(\.kind) == [.unclosedCodeBlock])
        #expect(Self.parse("<!-- note\ntext\n").problems.map(\.kind) == [.unclosedComment])
    }

    // MARK: - Invariants

    /// Checks the shape every tree must have: every node reachable once, in index order, with
    /// consistent links, and every range inside the record and inside its parent's range.
    static func checkInvariants(_ document: Document, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let order = document.descendants(of: Document.root)
        #expect(order == Array(1..<Int32(document.nodes.count)), "\(name): nodes unreachable or out of order", sourceLocation: sourceLocation)
        let size = document.source.bytes.count
        for index in order {
            let node = document[index]
            let parent = document[node.parent]
            var problem: String?
            if node.range.start < 0 || node.range.end > size {
                problem = "range outside the record"
            } else if node.range.start > node.range.end {
                problem = "range ends before it starts"
            } else if node.range.start < parent.range.start || node.range.end > parent.range.end {
                problem = "range outside its parent's"
            } else if node.content.start < node.range.start || node.content.end > node.range.end {
                problem = "content outside its range"
            } else if node.nextSibling >= 0, document[node.nextSibling].range.start < node.range.end {
                problem = "overlaps its next sibling"
            } else if node.nextSibling < 0, parent.lastChild != index {
                problem = "is the last child but its parent does not say so"
            }
            if let problem {
                Issue.record("\(name): node \(index) (\(node.kind)) \(problem)", sourceLocation: sourceLocation)
                return
            }
        }
    }

    @Test(arguments: ParserSnapshotTests.fixtures)
    func fixtureTreeIsWellFormed(_ name: String) throws {
        let bytes = try Snapshot.bytes("Parser/\(name).md")
        Self.checkInvariants(Document(parsing: SourceFile(path: name, bytes: bytes)), name)
    }

    /// Records stitched from fragments of every dialect feature: the parser must give a
    /// well-formed tree for any of them.
    @Test func generatedRecordsGiveWellFormedTrees() {
        let fragments = [
            "- ", "* ", "+ ", "1. ", "2) ", "> ", "  ", "    ", "\t", "[ ] ", "[x] ", "# ", "## ", "##", "---", "***", "- - -",
            "===", "| ", " | ", "|---|---|", "```", "~~~", "<!--", "-->", "**", "__", "Date:", " 14/03/2026", "Owner: Tom",
            "text", " é😀", "\\|", ":", "\r", "...", "",
        ]
        var random = SplitMix64(seed: 2026)
        for round in 0..<3000 {
            var text = ""
            for _ in 0..<Int(random.next() % 12) {
                for _ in 0..<Int(random.next() % 5) { text += fragments[Int(random.next() % UInt64(fragments.count))] }
                text += "\n"
            }
            let document = Self.parse(text)
            Self.checkInvariants(document, "round \(round): \(text.debugDescription)")
            _ = document.treeDump()
        }
    }

    /// Raw bytes, invalid UTF-8, lone carriage returns and NULs included.
    @Test func generatedBytesGiveWellFormedTrees() {
        let alphabet: [[UInt8]] = [
            [0x0A], [0x0D], [0x0D, 0x0A], [0x20], [0x09], [0x00], [0xFF], [0xC3], [0x80], [0xE2, 0x80], [0xEF, 0xBB, 0xBF],
            Array("-".utf8), Array(">".utf8), Array("|".utf8), Array("#".utf8), Array("`".utf8), Array("~".utf8),
            Array("<!--".utf8), Array("-->".utf8), Array("*".utf8), Array("_".utf8), Array(":".utf8), Array("1.".utf8),
            Array("[x]".utf8), Array("a".utf8), Array("=".utf8),
        ]
        var random = SplitMix64(seed: 14_03_2026)
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % 60) { bytes += alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let document = Document(parsing: SourceFile(path: "random.md", bytes: bytes))
            Self.checkInvariants(document, "round \(round): \(bytes)")
            _ = document.treeDump()
        }
    }

    // MARK: - Robustness

    /// How many ancestors the deepest node has, walking parent links.
    static func depth(of document: Document) -> Int {
        var depth = 0
        var index = Int32(document.nodes.count - 1)
        while index > 0 {
            index = document[index].parent
            depth += 1
        }
        return depth
    }

    @Test func blockQuotesTenThousandDeep() {
        let line = String(repeating: "> ", count: 10_000) + "L. said she feels safe.\n"
        let document = Self.parse(line)
        #expect(Self.nodes(.blockQuote, in: document).count == 10_000)
        #expect(Self.depth(of: document) == 10_002)
    }

    @Test func blockQuotesTenThousandDeepOverManyLines() {
        let line = String(repeating: "> ", count: 10_000) + "line\n"
        let document = Self.parse(String(repeating: line, count: 20))
        #expect(Self.nodes(.blockQuote, in: document).count == 10_000)
        #expect(Self.nodes(.textLine, in: document).count == 20)
    }

    @Test func listsTenThousandDeep() {
        let document = Self.parse(String(repeating: "- ", count: 10_000) + "Refer L. to counselling\n")
        #expect(Self.nodes(.listItem, in: document).count == 10_000)
        #expect(Self.depth(of: document) == 20_002)
    }

    /// A list a thousand deep, each item on its own line indented two more spaces (1 MB).
    @Test func listStaircaseAThousandDeep() {
        var text = "## Actions\n"
        for depth in 0..<1_000 { text += String(repeating: "  ", count: depth) + "- step\n" }
        let document = Self.parse(text)
        #expect(Self.nodes(.listItem, in: document).count == 1_000)
        #expect(Self.depth(of: document) == 2_002)
    }

    @Test func dashesAloneAreOneRule() {
        let document = Self.parse(String(repeating: "- ", count: 10_000) + "\n")
        #expect(Self.nodes(.thematicBreak, in: document).count == 1)
        #expect(Self.nodes(.listItem, in: document).isEmpty)
    }

    @Test func starsTenThousandDeepThenText() {
        let document = Self.parse(String(repeating: "* ", count: 10_000) + "text\n")
        #expect(Self.nodes(.listItem, in: document).count == 10_000)
    }

    @Test func tableRowWithFiveThousandCells() throws {
        let row = "|" + String(repeating: " Tom Reed |", count: 5_000) + "\n"
        let document = Self.parse("| Name |\n|---|\n" + row)
        let rows = Self.nodes(.tableRow, in: document)
        #expect(rows.count == 3)
        let last = try #require(rows.last)
        #expect(document.cells(of: last).count == 5_000)
    }

    @Test(arguments: ["prose", "pipes", "hashes", "comment", "stars", "colons"])
    func oneMegabyteLine(_ shape: String) {
        let unit: String
        switch shape {
        case "prose": unit = "Mum said the housing is damp. "
        case "pipes": unit = "| cell "
        case "hashes": unit = "#"
        case "comment": unit = "<!-- "
        case "stars": unit = "**"
        default: unit = "Date: "
        }
        let text = String(repeating: unit, count: 1_000_000 / unit.utf8.count)
        let document = Self.parse(text)
        #expect(document.nodes.count >= 2)
        Self.checkInvariants(document, shape)
    }
}

/// A small deterministic random number generator, so generated records are the same every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
