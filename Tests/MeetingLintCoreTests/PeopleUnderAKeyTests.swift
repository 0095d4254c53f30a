import Testing

@testable import MeetingLintCore

/// Minutes typed in a word processor list the people on the lines under a `**Present:**` key or
/// a bold `**Apologies**` line, one person a line, each `Name (initials) – Role, Agency`. Those
/// lines were once read as no one (their paragraph was not the section's), and a line's agency
/// after the comma was once read as a second person listed without a role.
@Suite struct PeopleUnderAKeyTests {
    static let record = """
        # Core group – Leo P (4)

        **Date:** 22/04/2026

        **Present:**
        Karen Lister (KL) – Social Worker, Millbrook Children's Social Care (chair)
        Beth Collins (BC) – Nursery Manager, Little Acorns Nursery

        **Apologies**
        Dr Omar Farouk – GP, Millbrook Health Centre

        ## Actions
        - BC to refer Leo to speech and language therapy by 01/05/2026.

        """

    @Test func theLinesUnderAKeyOrABoldLineAreItsPeople() {
        let meeting = model(Self.record)
        #expect(meeting.attendees.map(\.name) == ["Karen Lister", "Beth Collins"])
        #expect(meeting.attendees.map(\.role) == ["Social Worker", "Nursery Manager"])
        #expect(meeting.apologies.map(\.name) == ["Dr Omar Farouk"])
        // The action's initials are someone who was there.
        #expect(RuleDocumentTests.findings(of: "owner-known", in: Self.record).isEmpty)
        #expect(RuleDocumentTests.findings(of: "attendees", in: Self.record).isEmpty)
    }

    /// A name and role after a dash or a colon, or a name with its initials in a bracket, then an
    /// agency, is one person; a line of people each with a dash, or each with a bracket, is several.
    @Test(arguments: [
        ("Karen Lister – Social Worker, Millbrook Children's Social Care (chair)", ["Karen Lister"]),
        ("Beth Collins (BC) – Nursery Manager, Little Acorns Nursery", ["Beth Collins"]),
        ("Nadia Pemberton – Housing Officer, Brandling Homes (by phone)", ["Nadia Pemberton"]),
        ("Tom Reed – SW, Jane Smith – teacher", ["Tom Reed", "Jane Smith"]),
        ("Tom Reed – SW, Jane Smith (teacher)", ["Tom Reed", "Jane Smith"]),
        ("Tom Reed (SW), Jane Smith (teacher), Gosia (mum)", ["Tom Reed", "Jane Smith", "Gosia"]),
        ("Karen Lister (KL), Social Worker, Millbrook Children's Social Care (chair)", ["Karen Lister"]),
        ("Ryan Doyle (RD), Family Support Worker, Millbrook Children's Centre", ["Ryan Doyle"]),
        ("Josh Mensah – Midwife, Harwick Maternity Unit (chair)", ["Josh Mensah"]),
        ("Tom Reed (TR), Jane Smith (JS)", ["Tom Reed", "Jane Smith"]),
        ("Tom Reed (SW), Jo Worker (SW)", ["Tom Reed", "Jo Worker"]),
        ("Karen Lister – Social Worker, Tom Reed (TR)", ["Karen Lister", "Tom Reed"]),
    ])
    func anEntrysRoleAndAgencyAreNoSecondPerson(_ line: String, _ names: [String]) {
        let meeting = model("# Review\n\n**Date:** 22/04/2026\n\n## Present\n\(line)\n")
        #expect(meeting.attendees.map(\.name) == names, "\(line)")
    }

    /// With no mark between the initials and the role, the agency after the comma is still no
    /// second person. (The name then runs on into the role: `Beth Collins (BC) Nursery Manager`.)
    @Test func anAgencyAfterInitialsAndARoleIsNoSecondPerson() {
        let meeting = model("# Review\n\n**Date:** 22/04/2026\n\n## Present\nBeth Collins (BC) Nursery Manager, Little Acorns Nursery\n")
        #expect(meeting.attendees.count == 1)
        #expect(meeting.attendees.first?.name.hasPrefix("Beth Collins") == true)
    }

    /// `## 10. Date of next core group` and the like are the next meeting's headings: their date
    /// sets the review date.
    @Test(arguments: ["## 10. Date of next core group", "## Date of next TAC", "## Next CIN", "## Date of next professionals meeting"])
    func dateOfNextHeadingsSetTheReviewDate(_ heading: String) {
        let record = "# Review\n\n**Date:** 22/04/2026\n\n\(heading)\nWednesday 03/06/2026 at 10:00, Millbrook Children's Centre.\n"
        #expect(RuleDocumentTests.findings(of: "review-date", in: record).isEmpty, "\(heading)")
    }
}
