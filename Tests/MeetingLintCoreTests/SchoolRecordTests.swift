import Testing

@testable import MeetingLintCore

// A school-led Team Around the Child review as a SENCo's office types it up
// (`Corpus/r5-tac-school-senco-review.md`): the school's name above the title, bold labels for the
// details and the sections, `Pupil voice`, an `Action | By whom | By when` plan, and teachers
// named as `Miss T`.

/// The school's or service's name stands above the meeting's name, on the line before or in a
/// paragraph of its own; only the first line was read as a title, so the type went unread.
@Suite struct TitleBlockTests {
    @Test(arguments: [
        ("Oakfield Primary School\nTEAM AROUND THE CHILD (TAC) MEETING – MINUTES\n\n**Child:** L. R.\n", "tac", false),
        ("Oakfield Primary School\n\nTAC Review Meeting Minutes\n\n**Child:** L. R.\n", "tac", true),
        ("Westvale Council\nChildren's Services\nChild in Need Review\nChild: L. R.\n", "cin", true),
    ])
    func aTitleUnderANameGivesTheType(_ text: String, _ profile: String, _ review: Bool) {
        let meeting = model(text)
        #expect(meeting.typeRecognised, "\(text)")
        #expect(meeting.profileID == profile, "\(text)")
        #expect(meeting.isReview == review, "\(text)")
    }

    /// Not a title: lines that end in a full stop (a sentence), more than three lines, a third
    /// paragraph, a line after a field.
    @Test(arguments: [
        "Oakfield Primary School\nWe met as a Team Around the Child.\n",
        "Oakfield Primary School\n\nSpring term\n\nTeam Around the Child\n",
        "Oakfield Primary School\nWestvale\nSpring term\nTeam Around the Child\n",
        "Oakfield Primary School\nChild: L. R.\nTeam Around the Child\n",
        "Oakfield Primary School\nChild: L. R.\n\nTeam Around the Child\n",
    ])
    func otherOpeningLinesAreNoTitle(_ text: String) {
        let meeting = model(text)
        #expect(!meeting.typeRecognised, "\(text)")
    }
}
