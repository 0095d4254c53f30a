import Testing

@testable import MeetingLintCore

/// Records exported from a case-management system open with their fields in bold and a table of
/// who was invited, with no heading above it (`| Name | Role | Agency | Present/Apologies |`).
/// The table was read as nobody's attendance: the record was reported as listing neither those
/// present nor apologies, and every action's owner as not listed.
@Suite struct PeopleTableWithoutHeadingTests {
    static let fields = "**Child in Need Review Meeting**\n\n**Child:** Mason K (11)\n**Date:** 24 November 2026\n\n"
    static let table = """
        | Name | Role | Agency | Present/Apologies |
        |---|---|---|---|
        | Nadia Rahman | Social Worker | Children's Services | Present |
        | Joanne K | Mum | – | Present |
        | Beth Coleman | School Nurse | Health | Apologies |

        """

    /// At the record's opening: those present and the apologies, as under `## Attendance`.
    @Test func aPeopleTableAtTheOpeningIsTheAttendance() {
        let record = Self.fields + Self.table + "\n**Purpose:** To review Mason's plan.\n"
        let meeting = model(record)
        #expect(meeting.attendees.map(\.name) == ["Nadia Rahman", "Joanne K"])
        #expect(meeting.apologies.map(\.name) == ["Beth Coleman"])
        #expect(RuleDocumentTests.findings(of: "attendees", in: record).isEmpty)
        #expect(RuleDocumentTests.findings(of: "apologies", in: record).isEmpty)
    }

    /// Names and roles alone at the opening are the attendance too (everyone present).
    @Test func namesAndRolesAtTheOpening() {
        let record = Self.fields + "| Name | Role |\n|---|---|\n| Nadia Rahman | Social Worker |\n| Joanne K | Mum |\n"
        #expect(model(record).attendees.map(\.name) == ["Nadia Rahman", "Joanne K"])
    }

    /// Under a heading that names another concept (`Distribution`), or without a name column, a
    /// table is nobody's attendance; nor is a table of names and roles, saying nothing of who
    /// attended, under a heading that names nothing (`Professionals involved`).
    @Test(arguments: [
        "## Professionals involved\n\n| Name | Role | Agency |\n|---|---|---|\n| Beth Coleman | School Nurse | Health |\n", "## Distribution\n\n" + table,
        "| Agency | Role |\n|---|---|\n| Health | School Nurse |\n",
        "## Background\n\nMason lives with Mum.\n\n| Name | Role |\n|---|---|\n| Nadia Rahman | Social Worker |\n",
    ])
    func otherTablesAreNoAttendance(_ body: String) {
        let meeting = model(Self.fields + body)
        #expect(meeting.attendees.isEmpty && meeting.apologies.isEmpty, "\(body)")
    }

    /// A table saying who attended, in a section that names nothing, is the attendance.
    @Test func anAttendanceColumnUnderAHeadingThatNamesNothing() {
        let meeting = model(Self.fields + "## Professionals involved\n\n" + Self.table)
        #expect(meeting.attendees.count == 2 && meeting.apologies.count == 1)
    }

    /// `**Contingency:** If …` after `**Updated plan**` ends the plan's section, as the next bold
    /// heading would: a sentence after it is no action of the plan. (Only a plan's: under
    /// `1. Introductions and apologies`, `Present: Tom Reed` is the section's own.)
    @Test func aFieldNamingNoPlanEndsABoldHeadingsPlan() {
        let record = Self.fields + """
            **Updated plan**

            - Nadia Rahman to chase the referral by 08/12/2026.

            **Contingency:** If detentions go back up, Nadia will call a meeting within 5 working days.

            Mum said she would ring school if worried.

            """
        #expect(model(record).actions.count == 1)
        #expect(RuleDocumentTests.findings(of: "action-timescale", in: record).isEmpty)
    }

    /// A field naming a plan (`**Next steps:** …`) ends no plan: the sentence after it is one of
    /// its actions.
    @Test func aFieldNamingAPlanEndsNone() {
        let record = Self.fields + "**Updated plan**\n\n- Nadia Rahman to chase the referral by 08/12/2026.\n\n**Next steps:** see below.\n\nMum to ring the GP by 01/12/2026.\n"
        #expect(model(record).actions.map(\.owner?.text) == ["Nadia Rahman", "Mum"])
    }
}
