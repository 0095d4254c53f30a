import Testing

@testable import MeetingLintCore

// A Family Help review that steps a family down to universal services, in the words of the 2026
// reforms (`Corpus/r6-tac-family-help-step-down.md`): a Family Help Lead Practitioner, the family
// network, `Review of the family plan`, `Children's voices`, and a contingency whose conditions
// may share a section with the plan.

@Suite struct FamilyHelpRecordTests {
    static let head = "---\ntype: Family Help review\nchild: Ava R. (4) and Leo R. (7)\ndate: 24/11/2026\n---\n"
        + "## Attendees\n- Priya Desai – FHLP (chair)\n- Natalie R. – Mum\n- Gary R. – Grandad (family network)\n\n"

    @Test(arguments: [
        ("## Children's voices", Concept.childVoice), ("## The children's voices", .childVoice), ("## Family network's views", .familyViews),
        ("## Views of the family network", .familyViews), ("## Review of the family plan", .previousActions), ("## Family plan review", .previousActions),
        ("## If things get harder", .contingency),
    ])
    func familyHelpHeadings(_ heading: String, _ concept: Concept) {
        #expect(model(Self.head + heading + "\nLeo said Grandad is fun.\n").hasSection(concept), "\(heading)")
    }

    /// The Family Help Lead Practitioner, written short, leads the plan, and the acronyms of the
    /// reforms are explained.
    @Test func theFamilyHelpLeadPractitionerLeads() {
        #expect(RuleDocumentTests.findings(of: "lead-professional", in: Self.head).isEmpty)
        let messages = RuleDocumentTests.messages(of: "jargon", in: Self.head + "## Updates\nThe LCPP is from the MACPT.\n")
        #expect(messages.count == 3 && messages[0].contains("Family Help Lead Practitioner") && messages[1].contains("Lead Child Protection Practitioner")
            && messages[2].contains("Multi-Agency Child Protection Team"), "\(messages)")
    }

    /// In a section that is both the plan and the contingency, a sentence that opens with a
    /// condition is the contingency's, not an action; the plan's own lines still are actions.
    @Test func aConditionInAPlanThatIsAlsoTheContingencyIsNoAction() {
        let meeting = model(Self.head + "## Safety and contingency plan\nIf things get harder again, Mum knows she can contact the Family Hub.\n"
            + "Priya to finish the parenting sessions by 18/12/2026.\n")
        #expect(meeting.hasSection(.contingency))
        #expect(meeting.actions.count == 1 && meeting.actions.first?.owner?.text == "Priya", "\(meeting.actions.map(\.range))")
    }

    @Test func discussingTheOutcomeWithTheChildrenIsFeedback() {
        #expect(RuleDocumentTests.findings(of: "family-feedback", in: Self.head + "Closure to be discussed with the children by Priya.\n").isEmpty)
    }
}
