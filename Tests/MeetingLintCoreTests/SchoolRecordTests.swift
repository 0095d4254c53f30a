import Testing

@testable import MeetingLintCore

// A school-led Team Around the Child review as a SENCo's office types it up
// (`Corpus/r5-tac-school-senco-review.md`): the school's name above the title, bold labels for the
// details and the sections, `Pupil voice`, an `Action | By whom | By when` plan, and teachers
// named as `Miss T`. (The title under the school's name is read as `TitleLineTests` shows.)

/// A school's words for the record's parts: its headings, its details' keys, its plan's columns.
@Suite struct SchoolWordsTests {
    static let head = "**Child:** Lily-Mae R. (Year 4)\n**Date:** 12/03/2026\n\n"

    @Test(arguments: [
        ("**Pupil voice**", Concept.childVoice), ("**Pupil's views**", .childVoice), ("**What Lily-Mae has told us**", .childVoice),
        ("**Views of the pupil**", .childVoice), ("**Parent voice**", .familyViews), ("**What Mum told us**", .familyViews),
        ("**Mum's view**", .familyViews), ("**Views of parent**", .familyViews), ("**What are we concerned about?**", .risks),
        ("**What's not going so well?**", .risks), ("**What isn't working well?**", .risks), ("**Update from the last TAC (22/01/2026)**", .previousActions),
        ("**Actions from previous TAC**", .previousActions), ("**Review of TAC plan**", .previousActions), ("**Updates on the plan**", .previousActions),
        ("**What will happen if things don't improve?**", .contingency), ("**TAC action plan**", .actions), ("**Reason for TAC:**", .purpose),
    ])
    func aSchoolsHeadingMeansItsConcept(_ heading: String, _ concept: Concept) {
        let meeting = model(Self.head + heading + "\nLily-Mae said she likes reading with Miss Turner.\n")
        #expect(meeting.hasSection(concept), "\(heading)")
    }

    @Test(arguments: [
        ("**Pupil:** Lily-Mae R.", FieldKey.child), ("**Name of pupil:** Lily-Mae R.", .child), ("**Pupil name:** Lily-Mae R.", .child),
        ("**Date of TAC:** Thurs 12th March 2026", .date), ("**Date of next review meeting:** Tuesday 28/04/2026", .nextMeeting),
    ])
    func aSchoolsKeyMeansItsField(_ line: String, _ key: FieldKey) {
        #expect(model(line + "\n").field(key) != nil, "\(line)")
    }

    /// `By who` is the owner's column, as `By whom` is.
    @Test func byWhoIsTheOwnersColumn() throws {
        let meeting = model(Self.head + "## Actions\n| Action | By who | By when |\n|---|---|---|\n| Set up a worry box in class | Miss Turner | 20/03/2026 |\n")
        let action = try #require(meeting.actions.first)
        #expect(action.owner?.text == "Miss Turner")
    }

    /// `before next TAC` is due when the next TAC is, as `by the next TAC` is; without the next
    /// meeting's date, it is not.
    @Test func beforeTheNextTACIsAnchored() {
        let plan = "## Attendees\n- Sam Okafor – Family Support Worker\n\n## Actions\n| Action | By whom | By when |\n|---|---|---|\n| Two more bedtime sessions | Sam Okafor | before next TAC |\n"
        #expect(RuleDocumentTests.findings(of: "action-timescale", in: Self.head + plan + "\n**Next TAC:** 28/04/2026\n").isEmpty)
        let messages = RuleDocumentTests.messages(of: "action-timescale", in: Self.head + plan)
        #expect(messages.count == 1 && messages[0].contains("before next TAC"), "\(messages)")
    }

    /// A due column's or field's value that is a month's name alone is due at that month's end,
    /// in the meeting's year if it has not ended by the meeting, else the next; a name that
    /// starts with a month's (`April Hart`), or a month in lower case (`may`), is not.
    @Test(arguments: [
        ("April", Day(year: 2026, month: 4, day: 30)), ("Sept", Day(year: 2026, month: 9, day: 30)), ("February", Day(year: 2027, month: 2, day: 28)),
        ("May", Day(year: 2026, month: 5, day: 31)), ("April Hart", nil), ("may", nil),
    ])
    func aMonthAloneIsDueAtItsEnd(_ value: String, _ day: Day?) throws {
        for plan in [
            "## Actions\n| Action | By whom | By when |\n|---|---|---|\n| Set up a worry box in class | Miss Turner | \(value) |\n",
            "## Actions\n- Set up a worry box in class\n  - Who: Miss Turner\n  - When: \(value)\n",
        ] {
            let action = try #require(model(Self.head + plan).actions.first, "\(plan)")
            #expect(action.due?.dueDay == day, "\(plan)")
            #expect((action.due != nil) == (day != nil), "\(plan)")
        }
    }

    /// A line saying who the minutes went to is the record's sharing.
    @Test(arguments: ["Minutes sent to: all present and Dr Grey on 16.03.26", "*Minutes circulated by email to all attendees on 16/03/2026.*", "Mum was given a paper copy."])
    func aLineSayingWhoGetsTheMinutesIsSharing(_ line: String) {
        #expect(RuleDocumentTests.findings(of: "information-sharing", in: Self.head + "## Purpose\nTo review the plan.\n\n" + line + "\n").isEmpty, "\(line)")
        #expect(!RuleDocumentTests.findings(of: "information-sharing", in: Self.head + "## Purpose\nTo review the plan.\n").isEmpty)
    }
}

/// Schools name staff by title and surname, or by the surname's initial (`Miss T`), and nurses
/// and police officers by their calling (`Nurse Priya Shah`, `PC Lewis Grant`).
@Suite struct SchoolOwnerTests {
    static let head = "**Child:** Lily-Mae R. (Year 4)\n**Date:** 12/03/2026\n\n**In attendance:**\n"
        + "Miss Chloe Turner – Class teacher\nNurse Priya Shah – School Nurse\nPC Lewis Grant – Schools Liaison Officer\nMr Dan Whitfield – Educational Psychologist\n\n"

    static func unknownOwners(_ owner: String) -> [String] {
        let record = head + "**Actions agreed**\n| Action | By whom | By when |\n|---|---|---|\n| Set up a worry box in class | \(owner) | 20/03/2026 |\n"
        return RuleDocumentTests.messages(of: "owner-known", in: record)
    }

    /// A title and a listed person's surname's initial, and the initials of a name without its
    /// calling, are known.
    @Test(arguments: ["Miss T", "Mr W", "Mr W.", "PS", "LG", "Nurse Shah", "PC Grant", "CT"])
    func knownByInitialOrCalling(_ owner: String) {
        #expect(Self.unknownOwners(owner).isEmpty, "\(owner): \(Self.unknownOwners(owner))")
    }

    /// An initial no listed surname starts with, or with no title before it, is not.
    @Test(arguments: ["Miss Q", "Mrs Smith", "Mr Q."])
    func unknownInitialsAreReported(_ owner: String) {
        let messages = Self.unknownOwners(owner)
        #expect(messages.count == 1 && messages[0].contains("not listed"), "\(owner): \(messages)")
    }
}

/// `family-feedback`: the child or family may be told in the passive, before the feedback word.
@Suite struct PassiveFeedbackTests {
    static let head = "**Child:** Lily-Mae R. (Year 4)\n**Date:** 12/03/2026\n\n## Attendees\n- Chloe Turner – Class teacher\n- Hannah Reid – Mum\n\n"

    @Test(arguments: [
        "Lily-Mae will be told about the plan by Chloe Turner tomorrow.", "Lily-Mae will be informed of the plan by Chloe Turner on Friday.",
        "Chloe Turner told Lily-Mae about the plan after the meeting.",
    ])
    func theChildBeforeAPassiveFeedbackWord(_ sentence: String) {
        #expect(RuleDocumentTests.findings(of: "family-feedback", in: Self.head + sentence + "\n").isEmpty, "\(sentence)")
    }

    /// The child named, but not as who is told.
    @Test(arguments: ["Lily-Mae said she will be told off at home.", "Chloe Turner was told by Lily-Mae that she is scared of the dark."])
    func otherwiseStillReported(_ sentence: String) {
        #expect(!RuleDocumentTests.findings(of: "family-feedback", in: Self.head + sentence + "\n").isEmpty, "\(sentence)")
    }
}
