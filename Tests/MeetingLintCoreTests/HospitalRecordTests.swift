import Testing

@testable import MeetingLintCore

// A hospital's professionals' meeting to plan a baby's safe discharge after an unexplained
// fracture (`Corpus/r6-professionals-hospital-discharge.md`): the strategy discussion already
// held, `What we know about Noah`, and the social worker to tell the parents what was agreed.

@Suite struct HospitalRecordTests {
    static let head = "---\ntype: Professionals meeting\nchild: Noah T. (8 weeks)\ndate: 12/11/2026\n---\n"
        + "## Attendance\n- Rachel Moss – Named Nurse for Safeguarding Children (chair)\n- Laura Bennett – Social Worker, Ashdown Children's Services\n\n"

    /// Telling the parents, in the words hospital minutes use, is feedback to the family.
    @Test(arguments: [
        "Laura will tell the parents and grandparents what was agreed today.", "Laura will update parents following the meeting.",
        "Parents to be informed of the outcome by the social worker.", "Laura will let the family know the outcome.",
        "The social worker will tell the parents what was agreed.", "Laura will tell her about the plan.",
    ])
    func tellingTheParentsIsFeedback(_ line: String) {
        #expect(RuleDocumentTests.findings(of: "family-feedback", in: Self.head + "## Next meeting\n26/11/2026.\n\n" + line + "\n").isEmpty, "\(line)")
    }

    /// Without who tells them, or whom, there is still a finding.
    @Test(arguments: ["The outcome will be decided later.", "Parents to be informed of the outcome.", "Parents will be told the outcome of the school meeting."])
    func feedbackWithoutWhoOrWhomIsNone(_ line: String) {
        #expect(!RuleDocumentTests.findings(of: "family-feedback", in: Self.head + line + "\n").isEmpty, "\(line)")
    }

    @Test(arguments: ["## What we know about Noah", "## Observations of Noah", "## What we have seen of the baby"])
    func whatWeKnowAboutTheBabyIsTheirVoice(_ heading: String) {
        #expect(model(Self.head + heading + "\nNoah is an alert baby who settles well.\n").hasSection(.childVoice), "\(heading)")
    }

    @Test func agreeingToServicesSharingInformationIsConsent() {
        let record = Self.head + "## Purpose\nParents agreed to health and children's services sharing information.\n"
        #expect(RuleDocumentTests.findings(of: "information-sharing", in: record).isEmpty)
    }
}
