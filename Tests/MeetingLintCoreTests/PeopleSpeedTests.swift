import Foundation
import Testing

@testable import MeetingLintCore

/// The fast paths of reading attendance give what the slow ones gave: an entry's tokens sliced
/// from its line are the entry tokenized on its own, and a table cell's line tokens match its
/// plain text's wherever they stand for them.
@Suite struct PeopleSpeedTests {
    /// A builder that has walked a record (lines and tokens made), with the built-in vocabulary.
    static func builder(_ text: String) -> MeetingBuilder {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        var builder = MeetingBuilder(document: Document(parsing: SourceFile(path: "test.md", text: text)), settings: settings)
        builder.build()
        return builder
    }

    /// Records with awkward entries: no spaces after separators, curly apostrophes and dashes at
    /// the edges, inner hyphens and apostrophes next to separators, brackets, tabs, emphasis.
    static let awkward = [
        "## Attendance\n- Jane Smith (SW),Tom Reed (school);Gosia (mum)\n- O’Brien, Ann – Health Visitor\n",
        "## Attendance\nJane Smith (SW), Tom Reed (school), Gosia (mum)\nA-, B' ;C’\n\t Dr X – GP ,  Y —\n",
        "## Apologies\nstep-mum;co-worker’s,’quoted’, –dash– ; ,;\n**Bold Name** (chair), _Under_ (x)\n",
        "Attendees: Jane Smith (SW); Tom Reed;Gosia (mum),Ann\n",
        "## Attendance\n| Name | Role | Attended |\n|---|---|---|\n| Jane Smith | SW | Yes |\n| **Tom** | `x` | No |\n| Zoë | – | apologies |\n| None | | |\n",
    ]

    /// Every record to check: the corpus and the awkward ones.
    static func texts() -> [String] {
        let corpus = Snapshot.packageRoot.appendingPathComponent("Corpus")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        let records = names.compactMap { try? String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8) }
        return records + awkward
    }

    @Test func entryTokensAreTheEntryTokenizedOnItsOwn() {
        var checked = 0
        for text in PeopleSpeedTests.texts() {
            let builder = PeopleSpeedTests.builder(text)
            for (index, line) in builder.meeting.lines.enumerated() {
                // The whole line, its entries as split, and every part between separators.
                var entries = [line.range] + builder.splitEntries(line.range, inLine: index)
                var start = line.range.start
                for position in line.range.start..<line.range.end where builder.bytes[position] == UInt8(ascii: ",") || builder.bytes[position] == UInt8(ascii: ";") {
                    entries.append(builder.trim(SourceRange(start, position)))
                    start = position + 1
                }
                entries.append(builder.trim(SourceRange(start, line.range.end)))
                for entry in entries {
                    #expect(Array(builder.entryTokens(entry, inLine: index)) == builder.tokens(in: entry), "\(builder.text(entry))")
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
    }

    @Test func cellLinesHoldTheCellsTokens() {
        for text in PeopleSpeedTests.texts() {
            let builder = PeopleSpeedTests.builder(text)
            let document = builder.document
            for row in document.descendants(of: Document.root) where document[row].kind == .tableRow && !document[row].isDelimiter {
                let cells = document.cells(of: row)
                guard let lines = builder.cellLines(of: row, cells) else { continue }
                for (offset, cell) in cells.enumerated() {
                    let lineTokens = builder.meeting.tokens[builder.meeting.lines[lines + offset].tokens]
                    #expect(Array(lineTokens) == builder.tokens(in: cell))
                    // Where they stand for the plain text's tokens, they match them but for positions.
                    if builder.isPlainAlready(cell) {
                        let plain = Tokenizer.tokens(of: builder.plain(cell))
                        #expect(lineTokens.map { [$0.folded, $0.exact, UInt64($0.shape.rawValue)] } == plain.map { [$0.folded, $0.exact, UInt64($0.shape.rawValue)] })
                    }
                }
            }
        }
    }

    /// A cell is told apart as empty or `-` from its bytes as from its plain text, in every table
    /// of the corpus and the awkward records, and in cells of marks, dashes and underscores.
    @Test func cellSpansAreTheCellsWithText() {
        let odd = ["", "-", " - ", "**-**", "_-_", "--", "- -", "`-`", "__", "_ _", "x", "-x", "–"]
        let table = "| a |\n|---|\n" + odd.map { "| \($0) |\n" }.joined()
        var compared = 0
        for text in PeopleSpeedTests.texts() + [table] {
            let builder = PeopleSpeedTests.builder(text)
            let document = builder.document
            for row in document.descendants(of: Document.root) where document[row].kind == .tableRow && !document[row].isDelimiter {
                let cells = document.cells(of: row)
                for offset in cells.indices.map({ $0 - cells.startIndex }) {
                    let value = builder.plain(cells[cells.startIndex + offset])
                    #expect((builder.cellSpan(cells, offset) != nil) == (!value.isEmpty && value != "-"), "\(value)")
                    compared += 1
                }
            }
        }
        #expect(compared > 100)
    }

    /// A person's parts read from the record are their plain text, and setting one keeps the others.
    @Test func personsPartsReadAndSet() {
        let builder = PeopleSpeedTests.builder("## Attendance\n- **Jane** Smith — Social Worker, Hillcrest CSC (chair, by phone)\n")
        var person = builder.meeting.attendees[0]
        #expect(person.name == "Jane Smith" && person.role == "Social Worker" && person.agency == "Hillcrest CSC")
        #expect(person.notes == ["chair", "by phone"])
        person.role = nil
        #expect(person.name == "Jane Smith" && person.role == nil && person.agency == "Hillcrest CSC" && person.notes == ["chair", "by phone"])
        #expect(person.hasRoleOrAgency)
        person.agency = nil
        #expect(!person.hasRoleOrAgency)
    }

    /// The initials' hash built as the words come is the hash of their text.
    @Test(arguments: ["Jane Smith", "Dr Jane Smith", "S.K.", "A B C", "Émile Zola", "jane o’brien", "Zoë Ball"])
    func initialsHashAsText(_ name: String) {
        let builder = PeopleSpeedTests.builder("## Attendance\n- \(name) – Social Worker\n")
        guard let person = builder.meeting.attendees.first else {
            Issue.record("no person in \(name)")
            return
        }
        let words = Tokenizer.tokens(of: person.name).filter { $0.isWord && !MeetingBuilder.titles.contains($0.folded) }
        let initials = words.map { Array(person.name.utf8)[$0.range.start] }
        #expect(person.initials == (initials.count > 1 ? Tokenizer.foldedHash(String(decoding: initials, as: UTF8.self)) : nil))
    }
}
