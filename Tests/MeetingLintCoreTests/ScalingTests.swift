import Foundation
import Testing

@testable import MeetingLintCore

/// Record shapes whose cost once grew faster than the record (found by `scripts/scaling`): each
/// is built at a size where the old code took minutes, and must now take well under a second.
@Suite struct ScalingTests {
    /// A blank line of a block quote (`>`) holding a list nested `depth` deep continues every open
    /// item: the parser once matched the items one by one, so each two-byte line cost the depth
    /// (30,000 levels and 300,000 such lines took about half a minute in a release build, and
    /// minutes in a debug one); it now goes to the next quote, or past the last item, at once.
    @Test(.timeLimit(.minutes(1))) func blankQuoteLinesUnderADeepListCostNothingForTheDepth() {
        let depth = 30_000
        let text = "> " + String(repeating: "- ", count: depth) + "x\n" + String(repeating: ">\n", count: 300_000)
            + "> " + String(repeating: "  ", count: depth) + "end\n"
        let document = Document(parsing: SourceFile(path: "deep.md", text: text))
        let items = document.nodes.filter { $0.kind == .listItem }
        #expect(items.count == depth)
        #expect(document.nodes.filter { $0.kind == .blockQuote }.count == 1)
        // The blank lines closed nothing: the last line, indented to the deepest item, is in it.
        #expect(items.allSatisfy { $0.range.end == text.utf8.count - 1 })
    }

    /// Block quotes inside list items inside block quotes: a blank quote line stops at the first
    /// quote it lacks a `>` for, as it did when it matched the containers one by one.
    @Test func aBlankLineStopsAtTheFirstQuoteItLacks() {
        let text = "> - a\n>   > - b\n>\n>   > c\n"
        let document = Document(parsing: SourceFile(path: "nested.md", text: text))
        #expect(document.nodes.filter { $0.kind == .blockQuote }.count == 3)
        #expect(document.nodes.filter { $0.kind == .listItem }.count == 2)
    }

    /// A table row's cells are lines of text of their own: room for them is made with the rest,
    /// so a row of 100,000 cells (a line of pipes) fills the array once. Grown by doubling, it
    /// held the old copy beside the new one (a 1 MB line of pipes peaked at 157 MiB; now 95).
    @Test func theLinesOfAHugeTableRowFitTheRoomMadeForThem() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        let text = "# Notes\n\n" + String(repeating: "|", count: 100_001) + "\n"
        let meeting = Meeting(parsing: SourceFile(path: "pipes.md", text: text), settings: settings)
        #expect(meeting.lines.count > 100_000)
        #expect(meeting.lines.capacity < meeting.lines.count + 1_000)
    }

    /// A level-1 heading naming nothing may be the record's title while no heading has opened a
    /// section: the builder once searched every section made so far for one, from the start, so
    /// after thousands of bold pseudo-headings each such heading cost them all (50,000 of each
    /// took 2.8 s in a release build, 200,000 of each 233 s; now 0.4 s).
    @Test(.timeLimit(.minutes(1))) func levelOneHeadingsAfterManyPseudoHeadingsCostNothingForThem() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        let count = 60_000
        let text = String(repeating: "**Actions**\n\n", count: count) + "# Actions\n\n" + String(repeating: "# Notes\n\n", count: count)
        let meeting = Meeting(parsing: SourceFile(path: "headings.md", text: text), settings: settings)
        #expect(meeting.title == nil)
        #expect(meeting.sections.count == 2 * count + 1)
        #expect(meeting.sections.filter { $0.style == .heading }.count == count + 1)
    }

    /// A people table's rows read only the columns they have cells for: each row once went
    /// through every column its header named, so a header of thousands of columns above many
    /// short rows cost their product (10,000 columns and 50,000 rows, 1.1 MB, took 0.59 s in a
    /// release build; now 0.05 s). 30,000 columns and 300,000 rows took minutes.
    @Test(.timeLimit(.minutes(1))) func rowsUnderAHeaderOfManyColumnsReadOnlyTheirOwnCells() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        let text = "## Attendees\n\n" + String(repeating: "| Name | Role ", count: 30_000) + "|\n|---|---|\n"
            + String(repeating: "| |\n", count: 300_000) + "| Jane Smith | Social Worker |\n"
        let meeting = Meeting(parsing: SourceFile(path: "people.md", text: text), settings: settings)
        #expect(meeting.attendees.map(\.name) == ["Jane Smith"])
    }

    /// The binary search the fixes share (`Array.partitionPoint`) finds what a walk from the
    /// start finds: the first element the predicate turns away, over sorted random arrays.
    @Test func partitionPointIsTheFirstIndexAWalkFinds() {
        var generator = SplitMix64(seed: 0x9A27_1710)
        for _ in 0..<500 {
            let values = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int.random(in: 0...30, using: &generator) }.sorted()
            for sought in -1...31 {
                #expect(values.partitionPoint { $0 < sought } == (values.firstIndex { $0 >= sought } ?? values.count))
                #expect(values.partitionPoint { $0 <= sought } == (values.firstIndex { $0 > sought } ?? values.count))
            }
        }
    }

    /// The binary search that finds where a row's columns begin.
    @Test func firstColumnIsWhereTheOffsetsFallBelowTheCount() {
        let columns: [(offset: Int, column: PersonColumn)] = [(7, .role), (4, .name), (2, .agency), (0, .role)]
        #expect([0, 1, 2, 3, 4, 5, 7, 8, 100].map { MeetingBuilder.firstColumn(of: columns, before: $0) } == [4, 3, 3, 2, 2, 1, 1, 0, 0])
        #expect(MeetingBuilder.firstColumn(of: [], before: 3) == 0)
    }

    /// An analysis table (`| Risks | Strengths |`) makes a section of each column, present when
    /// some row fills it: the rows were once asked column by column, so a header of thousands of
    /// columns above rows of one cell cost their product (20,000 columns and 100,000 rows, 0.6 MB,
    /// took 2.6 s in a release build; now 0.05 s). They are now read once.
    @Test(.timeLimit(.minutes(1))) func anAnalysisTableOfManyColumnsReadsItsRowsOnce() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        let text = "# Review\n\n" + String(repeating: "| Risks | Strengths ", count: 5_000) + "|\n|---|---|\n"
            + String(repeating: "| |\n", count: 400_000)
        let meeting = Meeting(parsing: SourceFile(path: "analysis.md", text: text), settings: settings)
        #expect(meeting.sections.filter { $0.style == .field }.count == 10_000)
    }

    /// Comments turning a rule off for a line, and findings of that rule on other lines: each
    /// finding once walked every cover of its rule (`uncoveredByRule`), so a record of 40,000 of
    /// each (3.4 MB) took 2.0 s in a release build, and 20,000 of each 0.54 s; now 0.25 s and
    /// 0.13 s. Many covers are now searched (`FirstCovers`): here 60,000 covers and findings.
    @Test(.timeLimit(.minutes(1))) func findingsBesideManyCoversOfTheirRuleSearchThem() {
        let rule = Linter.Rule(Catalogue.builtIn.rules.values.sorted { $0.id < $1.id }[0])
        let count = 60_000
        // Covers on the odd lines 1, 3, 5, ...; findings on the lines after them all but the last.
        let covers = (0..<count).map { Linter.Cover(rule: rule.id, lines: (2 * $0 + 1)...(2 * $0 + 1), ruleRange: SourceRange(0, 1)) }
        let findings = (0..<count).map { Linter.Found(rule, .warning, Finding(SourceRange(2 * count + $0, 2 * count + $0 + 1), "finding")) }
            + [Linter.Found(rule, .warning, Finding(SourceRange(2 * count - 1, 2 * count), "covered"))]
        var used = [Bool](repeating: false, count: covers.count)
        let kept = Linter.uncoveredByRule(findings, covers: covers, used: &used, line: { $0 })
        #expect(kept.count == count)
        #expect(used.indices.filter { used[$0] } == [count - 1])
    }

    /// `FirstCovers` finds, for every line, the lowest-index cover holding it, as a walk through
    /// the covers in order does, over random covers (seeded, so a failure can be rerun), some of
    /// them running to the record's end (`Int.max`, as a `disable` never enabled again).
    @Test func firstCoversFindWhatAWalkFinds() {
        var generator = SplitMix64(seed: 0xC0FE_5EA1)
        for _ in 0..<200 {
            let count = Int.random(in: 1...40, using: &generator)
            let covers = (0..<count).map { _ -> Linter.Cover in
                let start = Int.random(in: 1...60, using: &generator)
                let end: Int
                switch Int.random(in: 0..<8, using: &generator) {
                case 0: end = Int.max
                case 1...3: end = start
                default: end = start + Int.random(in: 0...30, using: &generator)
                }
                return Linter.Cover(rule: "r", lines: start...end, ruleRange: SourceRange(0, 0))
            }
            let indexes = (0..<count).filter { _ in Int.random(in: 0..<4, using: &generator) > 0 }
            let search = Linter.FirstCovers(indexes, of: covers)
            for line in 0...100 {
                let walked = indexes.first { covers[$0].lines.contains(line) } ?? -1
                #expect(search.first(holding: line) == walked, "line \(line)")
            }
        }
    }
}
