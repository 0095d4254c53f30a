import Testing

@testable import MeetingLintCore

/// A line of wrapped prose that starts with a year (`… on 11th October⏎2025. No one was
/// arrested`) is more of its paragraph, not a numbered list: in 1,000 generated records, 111
/// had such a line, and under a plan each was read as an action of its own, with no owner and
/// no timescale. (CommonMark lets only `1.` start a list that interrupts a paragraph; the
/// dialect lets numbers below 100 do so, for numbered headings pasted with no blank line.)
@Suite struct WrappedYearTests {
    static func kinds(_ text: String) -> [NodeKind] {
        let document = Document(parsing: SourceFile(path: "t.md", text: text))
        return document.nodes.dropFirst().map(\.kind)
    }

    @Test func aYearAtTheStartOfAWrappedLineIsText() {
        #expect(Self.kinds("There have been 4 police call-outs, the last on 11th October\n2025. No one was arrested.\n") == [.paragraph, .textLine, .textLine])
    }

    @Test func aYearInAWrappedItemIsTheItems() {
        let kinds = Self.kinds("- Liam to write to the landlord by Friday 21st February\n2025.\n- Mum to ring the GP by 01/03/2025.\n")
        #expect(kinds.filter { $0 == .listItem }.count == 2)
        #expect(kinds.filter { $0 == .list }.count == 1)
    }

    /// A numbered line below 100 still starts a list after a paragraph, and a list's next item
    /// is its item whatever its number.
    @Test func smallNumbersStillStartLists() {
        #expect(Self.kinds("To review the plan.\n2. Apologies\n") == [.paragraph, .textLine, .list, .listItem, .paragraph, .textLine])
        #expect(Self.kinds("1. First\n2. Second\n").filter { $0 == .listItem }.count == 2)
        #expect(Self.kinds("2024. First\n2025. Second\n").filter { $0 == .listItem }.count == 2)
    }

    /// Under a plan, the wrapped year is no action.
    @Test func aWrappedYearIsNoAction() {
        let record = "---\ntype: TAC\nchild: Mia K. (7)\ndate: 10/02/2025\n---\n\n## Plan\n- Liam McCarthy to write to the landlord about the broken window by Friday 21st February\n2025.\n  Outcome: Mia's room is dry by the next review.\n- Siobhan Voss to send Mum Mia's attendance figures by 28/02/2025.\n"
        #expect(model(record).actions.count == 2)
        #expect(RuleDocumentTests.findings(of: "action-owner", in: record).isEmpty)
    }
}
