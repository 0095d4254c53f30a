import Testing

@testable import MeetingLintCore

// A school's TAC about a pupil's attendance, typed by the attendance officer
// (`Corpus/r6-tac-school-attendance.md`): `Minutes to Mum and all present by …`, half-termly
// reviews, and the class teacher to talk to the pupil about the plan.

@Suite struct AttendanceRecordTests {
    static let head = "---\ntype: TAC review\nchild: Mason H. (Year 5)\ndate: 10/11/2026\n---\n"
        + "**Present:** Mrs Anita Shaw (Family Liaison Officer), Kayleigh H. (Mum), Mrs Ruth Dean (Class Teacher)\n\n"

    /// The minutes sent to a parent, or a copy of them, with a timescale, say how and when.
    @Test(arguments: ["Minutes to Mum and all present by 17/11/2026.", "Copy of minutes to Mum and all present within 5 school days."])
    func minutesToMumAreCirculation(_ line: String) {
        #expect(RuleDocumentTests.findings(of: "circulation", in: Self.head + line + "\n").isEmpty, "\(line)")
        #expect(!RuleDocumentTests.findings(of: "circulation", in: Self.head + "Minutes to be agreed at the next meeting.\n").isEmpty)
    }

    /// A rhythm of a school's calendar or of the meetings is a timescale.
    @Test(arguments: ["half-termly", "at each TAC"])
    func aRhythmOfTermsOrMeetingsIsATimescale(_ when: String) {
        let record = Self.head + "**Actions**\n| Action | Who | When |\n|---|---|---|\n| Attendance to be reviewed | Mrs Shaw | \(when) |\n"
        #expect(RuleDocumentTests.findings(of: "action-timescale", in: record).isEmpty, "\(when)")
    }

    /// Talking to the pupil about the plan is feedback; talking to someone else is not.
    @Test func talkingToThePupilIsFeedback() {
        #expect(RuleDocumentTests.findings(of: "family-feedback", in: Self.head + "Mrs Dean will talk to Mason about the plan.\n").isEmpty)
        #expect(!RuleDocumentTests.findings(of: "family-feedback", in: Self.head + "Mrs Dean will talk to the GP about the plan.\n").isEmpty)
    }
}
