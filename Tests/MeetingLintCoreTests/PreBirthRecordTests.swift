import Testing

@testable import MeetingLintCore

// A pre-birth professionals' meeting as a children's social care team records it
// (`Corpus/r5-professionals-pre-birth.md`): the child is an unborn baby, named by the mother
// (`Unborn baby of | Jade T. (mother, 19)`), and the decision says what would happen if new
// worries came to light.

/// The unborn baby is the child the meeting is about: a key that names the baby by its parent
/// identifies one child, a baby, whose name is not the parent's. `unborn` was read as holding
/// `born` (a date of birth to come), so no unborn baby was ever too young.
@Suite struct UnbornBabyTests {
    @Test(arguments: [
        "Unborn baby of: Jade T. (mother, 19)\n", "| Unborn baby of | Jade T. (mother, 19) |\n|---|---|\n| EDD | 14/06/2026 |\n",
        "**Baby of:** Jade T.\n", "Child: Unborn baby of Jade T.\n",
    ])
    func aBabyNamedByTheirParentIsOneChildTooYoungToBeTold(_ details: String) {
        let meeting = model("# Pre-birth professionals meeting\n\n" + details)
        #expect(meeting.childCount == 1, "\(details)")
        #expect(meeting.childNames.isEmpty, "\(details): \(meeting.childNames)")
        #expect(meeting.childrenTooYoungToBeTold, "\(details)")
    }

    @Test(arguments: ["Child: Unborn baby\n", "Child: Unborn baby (EDD June)\n", "Child: Unborn baby R.\n"])
    func anUnbornBabyIsTooYoungToBeTold(_ details: String) {
        #expect(model(details).childrenTooYoungToBeTold, "\(details)")
    }

    /// `born` as a word still says when a child was born (and a child named with a date of
    /// birth may not be a baby), and an older child named beside the baby is not too young.
    @Test(arguments: ["Child: Mia (born 2019)\n", "Child: Unborn baby, Mia (7)\n", "Child: Mia K. (7)\n"])
    func otherChildrenAreNotAllTooYoung(_ details: String) {
        #expect(!model(details).childrenTooYoungToBeTold, "\(details)")
    }

    /// For a baby or a child under three, `child-voice` asks for their daily life and what was
    /// seen of them, not for what they think and want.
    @Test func aBabysVoiceIsTheirLivedExperience() {
        let baby = RuleDocumentTests.messages(of: "child-voice", in: "Unborn baby of: Jade T.\n\n## Purpose\nTo plan for the birth.\n")
        #expect(baby == ["The record does not say what life is like for the baby or young child, or what was seen of them."], "\(baby)")
        let child = RuleDocumentTests.messages(of: "child-voice", in: "Child: Mia (7)\n\n## Purpose\nTo review the plan.\n")
        #expect(child == ["The record does not say what the child thinks, feels or wants."], "\(child)")
    }
}

/// The pre-birth record's other wording: who knew of the meeting, who the information goes to,
/// a first baby, and what would follow new worries.
@Suite struct PreBirthWordingTests {
    static let head = "# Pre-birth professionals meeting\n\nUnborn baby of: Jade T.\nDate: 02/04/2026\n\n## Present\n- Grace Adebayo – Social Worker\n\n"

    @Test func theFamilyKnowingOfTheMeetingIsTheFamilyInformed() {
        let told = Self.head + "## Purpose\nJade and her partner know the meeting is taking place.\n"
        #expect(RuleDocumentTests.findings(of: "family-informed", in: told).isEmpty)
        // `know` alone, beside a meeting word in another sense, is not.
        let other = Self.head + "## Actions\n- Grace Adebayo to book the scan by the next meeting.\n  How we will know: Mum has the date.\n"
        #expect(!RuleDocumentTests.findings(of: "family-informed", in: other).isEmpty)
    }

    @Test func agreeingToInformationBeingSharedIsSharing() {
        let record = Self.head + "## Purpose\nJade agreed to information being shared between the agencies present.\n"
        #expect(RuleDocumentTests.findings(of: "information-sharing", in: record).isEmpty)
    }

    @Test func aFirstBabyHasNoSiblings() {
        #expect(RuleDocumentTests.findings(of: "siblings", in: Self.head + "## Background\nJade is 28 weeks pregnant with her first baby.\n").isEmpty)
        #expect(!RuleDocumentTests.findings(of: "siblings", in: Self.head + "## Background\nJade is 28 weeks pregnant.\n").isEmpty)
    }

    /// A strategy discussion or section 47 enquiry that would follow new worries is a
    /// contingency; harm in a sentence that opens with a condition is still a concern.
    @Test(arguments: [
        ("If new information about domestic abuse comes to light, a strategy discussion will be held the same day.", false),
        ("Should things get worse at home, a section 47 enquiry will start.", false),
        ("If the baby goes home with Kieran, she is at risk of significant harm.", true),
        ("A strategy discussion will be held.", true),
    ])
    func whatWouldFollowAConcernRaisesNone(_ sentence: String, _ raised: Bool) {
        let findings = RuleDocumentTests.findings(of: "safeguarding-referral", in: Self.head + "## Decision\n" + sentence + "\n")
        #expect(findings.isEmpty != raised, "\(sentence): \(findings)")
    }
}
