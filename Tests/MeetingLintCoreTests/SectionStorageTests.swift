import Foundation
import Testing

@testable import MeetingLintCore

/// A section's parts as the builder now keeps them give what the old readings gave: blocks as
/// slices of one array a record, titles and written keys read from the record when asked for,
/// concepts and context as bit sets.
@Suite struct SectionStorageTests {
    /// Records that open sections in every way the walk does: headings inside headings, bold
    /// lines and key-only lines, fields that name a concept, a title after a pseudo-heading, an
    /// analysis table, a form's rows, and blocks of every kind between them.
    static let awkward = [
        "**Apologies**\n\nNone.\n\n# Core group for Sofia K.\n\nIntro.\n\n## Attendance and apologies\n\n- Tom Reed, social worker\n\n> quoted\n\n### Notes\n\nText.\n\n```\ncode\n```\n",
        "# Minutes\n\nPurpose: to review the plan\n\nMore text.\n\n__Actions:__\n\n1. Tom to call Mum. Owner: Tom\n\n---\n\nApologies:\n\n- Ann\n\n<!-- comment -->\n",
        "| What are we worried about? | What's working well? | What needs to happen? |\n| --- | --- | --- |\n| a | | c |\n\n## Risks\n\n| Date | 1/2/2026 |\n| --- | --- |\n",
        "## Apologies and attendance\n\nText\n\n## *Child's* `views` __here__\n\nText\n\n#### Deep\n\n## Kirsty's views\n\nText\n",
        "Text before any section.\n\n- item\n\n## Next meeting\n\nDate: 14/05/2026\n\n**Decisions**\n\n**Not a heading because it is far too long to be a heading of any kind at all, really, truly long.**\n",
        "| Question | Response |\n|---|---|\n| Contingency plan | If Mum is unwell, Nan will collect A. |\n| Present | Tom Reed (SW) |\n\n## Notes\n\nText.\n",
        "## Risks\n\n| Area | Update |\n|---|---|\n| Attendance | 92% this term |\n| Apologies | None |\n",
        "# Core group\n\n**Present:**\nTom Reed (TR) – Social Worker\nAnn Lee (AL) – Teacher\n\n**Apologies**\nDr Khan – GP\n\n## Notes\n\nText.\n",
        "1. Introductions and apologies\n\nPresent: Tom Reed (SW)\n\n## Agenda\n1. Introductions\n2. Contingency plan\n\n9. Contingency\n\nIf Mum is unwell, Nan will collect A.\n\n10) Next core group\n",
    ]

    static let meetings = WordIndexSpeedTests.meetings(WordIndexSpeedTests.awkward + awkward)

    /// The node a section was opened at.
    static func node(of section: Section, in meeting: Meeting) -> Int32 {
        let line = section.style == .field ? section.lines.lowerBound : section.lines.lowerBound - 1
        return meeting.lines[line].node
    }

    /// Whether a section is a people table's with no heading above it, made after the walk: a
    /// pseudo-heading's whose heading line is the table's header row.
    static func isPeopleTable(_ section: Section, in meeting: Meeting) -> Bool {
        section.style == .pseudoHeading && meeting.document[node(of: section, in: meeting)].kind == .tableRow
    }

    /// Whether a node is the list of a numbered heading (`9. Contingency` standing alone), which
    /// opens a section rather than being a block of the one before.
    static func isHeadingList(_ node: Int32, in meeting: Meeting) -> Bool {
        let document = meeting.document
        guard document[node].kind == .list else { return false }
        let inside = Set(document.descendants(of: node))
        return meeting.sections.contains { $0.style == .pseudoHeading && inside.contains(SectionStorageTests.node(of: $0, in: meeting)) }
    }

    /// Whether the walk gives a node to the innermost open section as one of its blocks.
    static func isBlock(_ node: Node) -> Bool {
        guard node.parent == Document.root else { return false }
        switch node.kind {
        case .frontMatterField, .heading, .textLine, .fieldLine, .tableRow: return false
        default: return true
        }
    }

    /// Each section's blocks are those the old walk gave it: a field-style section its own line
    /// (or an analysis column its table), and a section opened by a heading or pseudo-heading
    /// every block the walk met after it until the next such section opened (or, for a bold
    /// heading's plan, a field naming no plan at the left margin); a pseudo-heading's section the
    /// rest of its own paragraph too.
    @Test func blocksAreThoseTheWalkGaveEachSection() {
        var checked = 0
        for meeting in SectionStorageTests.meetings {
            let document = meeting.document
            let order = document.descendants(of: Document.root)
            var position: [Int32: Int] = [:]
            for (offset, node) in order.enumerated() { position[node] = offset }
            // The sections blocks go to, by where the walk opened them.
            let opened = meeting.sections.indices.filter { meeting.sections[$0].style != .field && !SectionStorageTests.isPeopleTable(meeting.sections[$0], in: meeting) }
            var expected = Array(repeating: [Int32](), count: meeting.sections.count)
            // Where a field naming no plan stands at the left margin (`**Contingency:** If …`):
            // it ends a bold heading's plan, whose blocks after it go to the section it stands in.
            let plan = ConceptSet([.actions, .previousActions]).bits
            let planEnds = meeting.sections.filter { section in
                guard section.style == .field, section.conceptSet.bits & plan == 0 else { return false }
                let node = SectionStorageTests.node(of: section, in: meeting)
                let paragraph = document[node].parent
                return document[node].kind == .fieldLine && paragraph >= 0 && document[paragraph].parent == Document.root
            }.map { position[SectionStorageTests.node(of: $0, in: meeting)]! }
            for (offset, node) in order.enumerated() where SectionStorageTests.isBlock(document[node]) && !SectionStorageTests.isHeadingList(node, in: meeting) {
                var owner = opened.last { position[SectionStorageTests.node(of: meeting.sections[$0], in: meeting)]! < offset }
                while let current = owner, meeting.sections[current].style == .pseudoHeading, meeting.sections[current].conceptSet.bits & plan != 0 {
                    let opening = position[SectionStorageTests.node(of: meeting.sections[current], in: meeting)]!
                    guard planEnds.contains(where: { opening < $0 && $0 < offset }) else { break }
                    owner = meeting.sections[current].parent >= 0 ? meeting.sections[current].parent : nil
                }
                if let owner { expected[owner].append(node) }
            }
            for index in meeting.sections.indices {
                let section = meeting.sections[index]
                if section.style == .field {
                    let node = SectionStorageTests.node(of: section, in: meeting)
                    if document[node].kind == .tableRow, section.headingRange == document[node].range {
                        // A form's row (`| Contingency plan | If … |`): its value cell is the
                        // section's one line, and it has no block.
                        expected[index] = []
                    } else if document[node].kind == .tableRow {
                        expected[index] = [document[node].parent]
                    } else {
                        expected[index] = [node]
                    }
                }
                if SectionStorageTests.isPeopleTable(section, in: meeting) {
                    // A people table with no heading above it (`| Name | Role | Present/Apologies |`),
                    // made after the walk: its table is its block.
                    expected[index] = [document[SectionStorageTests.node(of: section, in: meeting)].parent]
                } else if section.style == .pseudoHeading {
                    // A bold line or key-only line with lines after it in its paragraph
                    // (`**Present:**⏎Tom Reed (SW)`): the paragraph is the section's first block too.
                    let node = SectionStorageTests.node(of: section, in: meeting)
                    let paragraph = document[node].parent
                    if paragraph >= 0, document[paragraph].kind == .paragraph, document[paragraph].range.end > document[node].range.end {
                        expected[index].insert(paragraph, at: 0)
                    }
                }
                #expect(Array(section.blocks) == expected[index], "section \(index) of \(meeting.sections[index].title) in \(meeting.document.source.path)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// `appendBlocks(_:to:)` keeps each section's blocks together and in order, as appending to
    /// an array of each section's own did, whatever order the sections come in (the walk never
    /// comes back to a section, but a section that did would still get its blocks in order).
    @Test func appendedBlocksAreEachSectionsInOrder() {
        let settings = ModelSettings(vocabulary: Catalogue.builtIn.vocabulary, profiles: Catalogue.builtIn.orderedProfiles)
        var random = BuilderSpeedTests.Random(state: 0xB10C_5EED)
        for _ in 0..<300 {
            var builder = MeetingBuilder(document: Document(parsing: SourceFile(path: "t.md", text: "")), settings: settings)
            let sections = 1 + random.below(8)
            builder.places = Array(repeating: MeetingBuilder.SectionPlace(headingLine: 0, contextBits: 0, blocks: 0..<0), count: sections)
            var expected = Array(repeating: [Int32](), count: sections)
            var next: Int32 = 0
            for _ in 0..<random.below(30) {
                // Mostly the latest sections, sometimes an earlier one again.
                let section = random.below(4) == 0 ? random.below(sections) : sections - 1 - random.below(min(sections, 2))
                var blocks: [Int32] = []
                for _ in 0..<(1 + random.below(4)) {
                    blocks.append(next)
                    next += 1
                }
                builder.appendBlocks(blocks, to: section)
                expected[section] += blocks
            }
            for section in 0..<sections {
                #expect(Array(builder.sectionBlocks[builder.places[section].blocks]) == expected[section])
            }
        }
    }

    /// A section's title is the plain text the builder used to make as it opened the section,
    /// and a field's written key the plain text of its key.
    @Test func titlesAreThePlainTextOfWhatOpenedTheSection() {
        var checked = 0
        for meeting in SectionStorageTests.meetings {
            let document = meeting.document
            let bytes = meeting.source.bytes
            for section in meeting.sections {
                let node = document[SectionStorageTests.node(of: section, in: meeting)]
                let old: String
                switch (section.style, node.kind) {
                case (.heading, _): old = MeetingBuilder.plain(bytes, node.content)
                case (.pseudoHeading, .textLine) where document[document[node.parent].parent].kind == .listItem:
                    // A numbered heading: the item's whole line.
                    old = MeetingBuilder.plain(bytes, node.range)
                case (.pseudoHeading, .textLine) where bytes[node.range.start] != UInt8(ascii: "*") && bytes[node.range.start] != UInt8(ascii: "_"):
                    // A plain line: the whole line.
                    old = MeetingBuilder.plain(bytes, node.range)
                case (.pseudoHeading, .textLine): old = MeetingBuilder.plain(bytes, SourceRange(node.range.start + 2, node.range.end - 2))
                case (.pseudoHeading, .fieldLine) where !node.content.isEmpty:
                    // A labelled line that markdown reads as a field (`Section 1: Who attended`):
                    // the whole line, as a plain line's.
                    old = MeetingBuilder.plain(bytes, node.range)
                case (_, .tableRow) where section.headingRange == node.range:
                    // A form's row: its title is its first cell.
                    old = MeetingBuilder.plain(bytes, document.cells(of: SectionStorageTests.node(of: section, in: meeting)).first!)
                case (_, .tableRow): old = MeetingBuilder.plain(bytes, section.headingRange)
                default: old = MeetingBuilder.plain(bytes, node.key)
                }
                #expect(section.title == old)
                checked += 1
            }
            for field in meeting.fields {
                #expect(field.writtenKey == MeetingBuilder.plain(bytes, field.keyRange))
                #expect(!field.writtenKey.isEmpty || field.keyRange.isEmpty)
            }
        }
        #expect(checked > 100)
        let meeting = model("## **Attendance**  and `apologies`\n\nText\n")
        #expect(meeting.sections.map(\.title) == ["Attendance and apologies"])
    }

    /// A section's concepts are the vocabulary's concepts of its heading, and its context its
    /// own concepts or else its parent's, except for the headings found to be the family's views.
    @Test func conceptSetsHoldWhatTheArraysHeld() {
        let vocabulary = Catalogue.builtIn.vocabulary
        for meeting in SectionStorageTests.meetings {
            let family = Set(meeting.sectionIndexes(.familyViews))
            for index in meeting.sections.indices {
                let section = meeting.sections[index]
                #expect(section.concepts == Concept.allCases.filter { section.conceptSet.contains($0) })
                #expect(section.concepts.count == section.conceptSet.count)
                let parentContext = section.parent >= 0 ? meeting.sections[section.parent].context : ConceptSet()
                #expect(section.context == (section.conceptSet.isEmpty && section.parent >= 0 ? parentContext : section.conceptSet))
                guard section.style == .heading else { continue }
                let heading = meeting.document[SectionStorageTests.node(of: section, in: meeting)].content
                let old = meeting.source.bytes.withUnsafeBufferPointer {
                    vocabulary.concepts(ofHeading: UnsafeBufferPointer(rebasing: $0[heading.start..<heading.end]), childNames: meeting.childNames)
                }
                if old.isEmpty, family.contains(index) {
                    // `Kirsty's views`, Kirsty being Mum: found to be the family's views.
                    #expect(section.conceptSet == [.familyViews])
                } else {
                    #expect(section.conceptSet == ConceptSet(old), "\(section.title)")
                }
            }
        }
    }

    /// A concept set holds, counts and lists what a set of concepts does, for random subsets.
    @Test func conceptSetIsASetOfConcepts() {
        #expect(Concept.allCases.count <= 32)
        for concept in Concept.allCases { #expect(ConceptSet.byOrdinal[concept.ordinal] == concept) }
        var random = BuilderSpeedTests.Random(state: 0xC0_4CE7)
        for _ in 0..<500 {
            var array: [Concept] = []
            for _ in 0..<random.below(6) { array.append(Concept.allCases[random.below(Concept.allCases.count)]) }
            let set = ConceptSet(array)
            let plain = Set(array)
            #expect(set.count == plain.count)
            #expect(set.isEmpty == plain.isEmpty)
            #expect(Array(set) == Concept.allCases.filter { plain.contains($0) })
            for concept in Concept.allCases { #expect(set.contains(concept) == plain.contains(concept)) }
            var built = ConceptSet()
            for concept in array.reversed() { built.insert(concept) }
            #expect(built == set)
        }
    }
}
