import Testing

@testable import MeetingLintCore

// A Child in Need review's notes sent by the social worker as an email
// (`Corpus/r7-cin-email-notes.md`): the subject line names the child, one line names the chair
// and note taker, and the mother is happy for the notes to go to school.

@Suite struct EmailRecordTests {
    static let head = "Subject: CIN meeting notes – Amelia R. (9) – 25/11/2026\n\nHi all,\n\nMeeting: Child in Need review\nDate: 25/11/2026\n\n"

    /// An email's subject is the record's title, and the child it names is the child.
    @Test func theSubjectLineNamesTheChild() {
        let meeting = model(Self.head)
        #expect(meeting.childNames.contains("Amelia R."), "\(meeting.childNames)")
        #expect(RuleDocumentTests.findings(of: "child-identified", in: Self.head).isEmpty)
        let attended = Self.head + "Present:\nJoanne Baker – Social Worker\nAmelia R. – for the first 15 minutes\n"
        #expect(model(attended).childAttended)
    }

    /// A reply's or a forward's mark (`RE:`, `FW:`) is no child's name.
    @Test(arguments: ["RE", "FW", "Fwd"])
    func aReplysMarkIsNoName(_ mark: String) {
        let meeting = model("Subject: \(mark): CIN notes - Amelia\n\nDate: 25/11/2026\n")
        #expect(meeting.childNames.first == "Amelia", "\(mark): \(meeting.childNames)")
    }

    @Test func whatTheChildToldTheWriterIsTheirVoice() {
        let meeting = model(Self.head + "## What Amelia told me\n\nAmelia likes it when Nan stays over.\n")
        #expect(meeting.sections.contains { $0.conceptSet.contains(.childVoice) })
    }

    @Test func emailingTheNotesTodayIsCirculation() {
        #expect(RuleDocumentTests.findings(of: "circulation", in: Self.head + "I will email these notes to everyone above today.\n").isEmpty)
        #expect(!RuleDocumentTests.findings(of: "circulation", in: Self.head + "I will email these notes to everyone above.\n").isEmpty)
    }

    /// `Chair and notes: Joanne Baker` names who chaired and who took the notes.
    @Test(arguments: ["Chair and notes", "Chaired and minuted by", "Chair and minutes"])
    func oneLineMayNameTheChairAndTheNoteTaker(_ key: String) {
        #expect(RuleDocumentTests.findings(of: "chair-and-minutes", in: Self.head + "\(key): Joanne Baker, Social Worker\n").isEmpty, "\(key)")
    }

    @Test func theChairAloneTookNoNotes() {
        #expect(RuleDocumentTests.messages(of: "chair-and-minutes", in: Self.head + "Chair: Joanne Baker, Social Worker\n") == ["The record does not say who took the minutes."])
    }

    @Test(arguments: [
        "Mum is happy for the notes to go to school and the Young Carers Project.", "I will send these notes to everyone above today.",
    ])
    func sayingWhereTheNotesGoIsInformationSharing(_ line: String) {
        #expect(RuleDocumentTests.findings(of: "information-sharing", in: Self.head + line + "\n").isEmpty, "\(line)")
        #expect(!RuleDocumentTests.findings(of: "information-sharing", in: Self.head + "Mum is happy with the plan.\n").isEmpty)
    }

    @Test func progressSinceLastTimeReviewsThePreviousActions() {
        let record = Self.head + "## Progress since last time\n\n- Young carers referral – done.\n"
        #expect(RuleDocumentTests.findings(of: "previous-actions", in: record).isEmpty)
    }
}

/// `– happening`, `– in place`: a previous action's status as a social worker writes it.
@Suite struct EmailStatusTests {
    @Test(arguments: ["happening", "not happening", "in place", "started"])
    func happeningIsAStatus(_ status: String) {
        let record = EmailRecordTests.head + "## Progress since last time\n\n- Nan to stay two nights a week – \(status).\n"
        #expect(RuleDocumentTests.findings(of: "previous-actions", in: record).isEmpty, "\(status)")
        let none = EmailRecordTests.head + "## Progress since last time\n\n- Nan to stay two nights a week.\n"
        #expect(!RuleDocumentTests.findings(of: "previous-actions", in: none).isEmpty)
    }
}

/// An email's subject is a title field, and so is `Meeting:` below it: the type is read from
/// either.
@Suite struct EmailSubjectTypeTests {
    @Test func aMeetingLineBelowTheSubjectGivesTheType() {
        let record = "Subject: FW: Notes - Amelia R. (9)\n\nMeeting: Child in Need review\nDate: 25/11/2026\n"
        #expect(model(record).profileID == "cin")
        #expect(RuleDocumentTests.findings(of: "meeting-type", in: record).isEmpty)
        #expect(!RuleDocumentTests.findings(of: "meeting-type", in: "Subject: FW: Notes - Amelia R. (9)\n\nDate: 25/11/2026\n").isEmpty)
    }
}
