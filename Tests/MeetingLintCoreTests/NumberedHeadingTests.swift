import Testing

@testable import MeetingLintCore

// Headings numbered by a word processor and pasted as text (`1. Introductions and apologies`), as
// a core group's minutes are typed (`Corpus/r6-core-group-neglect-numbered.md`): each is a
// numbered list of one item, which markdown reads as a list, not a heading.

@Suite struct NumberedHeadingTests {
    static let head = "---\ntype: Core group\nchild: Kayden P. (6)\ndate: 03/11/2026\n---\n"

    /// A numbered line standing alone that names a concept opens its section.
    @Test(arguments: [
        ("9. Contingency", Concept.contingency), ("9) Contingency plan", .contingency), ("5. The children's views and lived experience", .childVoice),
        ("6. Parents' views", .familyViews), ("10. Date and time of next meeting", .nextMeeting),
    ])
    func aNumberedHeadingOpensItsSection(_ heading: String, _ concept: Concept) {
        #expect(model(Self.head + heading + "\n\nIf home conditions do not improve, Dawn will ask for a legal planning meeting.\n").hasSection(concept), "\(heading)")
    }

    /// An agenda, a numbered list of many items, is no heading; nor is an item that names no concept.
    @Test func anAgendaIsNoHeading() {
        #expect(!model(Self.head + "## Agenda\n1. Introductions\n2. Contingency plan\n").hasSection(.contingency))
        #expect(!model(Self.head + "1. Kayden is hungry at school\n\nHe gets his own breakfast.\n").sections.contains { $0.title.contains("hungry") })
    }

    /// A numbered heading after the plan ends the plan: it is no action of it.
    @Test func aNumberedHeadingEndsThePlan() {
        let meeting = model(Self.head + "## Actions\n- Dawn to refer Mum to the Parenting Together programme by 10/11/2026.\n\n9. Contingency\n\n"
            + "If things do not improve by 01/12/2026, Dawn will ask for a legal planning meeting.\n")
        #expect(meeting.actions.count == 1 && meeting.hasSection(.contingency), "\(meeting.actions.map(\.range))")
    }

    /// Its text pasted straight after it, with no blank line (which markdown reads as more of the
    /// item), is the section's: the people under `2. Apologies`, the actions under `8. Plan`.
    @Test func theTextStraightAfterANumberedHeadingIsItsSections() {
        let apologies = model(Self.head + "2. Apologies\nDr Omar Farouk – GP (report sent)\n")
        #expect(apologies.sections.map(\.title) == ["Apologies"])
        #expect(apologies.apologies.map(\.name) == ["Dr Omar Farouk"])
        let plan = model(
            Self.head + "8. Plan\nDawn to refer Mum to the Parenting Together programme by 10/11/2026.\nMum to take Kayden to the dentist by 01/12/2026.\n")
        #expect(plan.sections.map(\.title) == ["Plan"])
        #expect(plan.actions.count == 2)
        let contingency = model(Self.head + "9. Contingency\nIf home conditions do not improve, Dawn will ask for a legal planning meeting.\n")
        #expect(contingency.hasSection(.contingency))
        #expect(RuleDocumentTests.findings(of: "contingency", in: Self.head + "9. Contingency\nIf home conditions do not improve, Dawn will ask for a legal planning meeting.\n").isEmpty)
    }

    /// Numbered headings pasted with their text straight after them, and no blank lines, read
    /// in markdown as one list whose items hold the sections: each heading starts a list of its
    /// own, and the plan's numbered actions after `8. Plan` are its section's.
    @Test func numberedSectionsWithNoBlankLines() {
        let record = Self.head + """
            6. New information shared at the meeting
            Dr Ferris said Kayden's sleep is poor.
            7. Kayden's views
            Dawn saw Kayden at school on 01/11/2026. He said he likes his teacher.
            8. Plan
            1. Dawn to refer Mum to the Parenting Together programme by 10/11/2026.
            2. Mum to take Kayden to the dentist by 01/12/2026.
            9. Contingency
            If home conditions do not improve, Dawn will ask for a legal planning meeting.

            """
        let meeting = model(record)
        #expect(meeting.sections.map(\.title) == ["Kayden's views", "Plan", "Contingency"])
        #expect(meeting.actions.count == 2)
        #expect(meeting.hasSection(.childVoice) && meeting.hasSection(.contingency))
    }

    /// An agenda's items, one line each, stay one list and no heading; so does a list of
    /// actions whose numbers go on.
    @Test func anAgendaWithNoBlankLinesIsNoHeading() {
        let agenda = model(Self.head + "Agenda\n1. Introductions and apologies\n2. Review of previous actions\n3. Contingency plan\n")
        #expect(!agenda.hasSection(.contingency) && !agenda.hasSection(.previousActions))
        let plan = model(Self.head + "## Plan\n1. Dawn to refer Mum by 10/11/2026.\n2. Contingency plan to be written by Dawn by 01/12/2026.\n")
        #expect(plan.actions.count == 2 && !plan.hasSection(.contingency))
    }

    /// A numbered heading straight after a list of people, then numbered actions that start
    /// again from 1: the heading is a list of its own, so the actions are its section's (they
    /// were items of the heading's list, and the heading none).
    @Test func actionsNumberedAgainAfterANumberedHeading() {
        let record = Self.head + """
            2. Attendance and apologies:
            - Dawn Reid – Social Worker (chair)
            - Joy Adams – School Nurse
            3. Review of previous actions:
            1. Dawn Reid to refer Mum to the Parenting Together programme by 09/10/2026 — done.
            2. Mum to take Kayden to the dentist — partly done.
            4. Kayden's views
            Dawn saw Kayden at school on 01/11/2026. He said he likes his teacher.

            """
        let meeting = model(record)
        #expect(meeting.sections.map(\.title) == ["Attendance and apologies", "Review of previous actions", "Kayden's views"])
        #expect(meeting.attendees.map(\.name) == ["Dawn Reid", "Joy Adams"])
        #expect(meeting.previousActions.count == 2, "\(meeting.previousActions.map(\.range))")
    }

    /// A numbered heading that opens with the child's name (`2. Leo's views`), after a numbered
    /// heading that holds its text, starts a list of its own: the name is tried as the child's.
    @Test func aNumberedHeadingThatOpensWithTheChildsName() {
        let record = Self.head + """
            1. Purpose of the meeting
            Dawn welcomed everyone and said why the meeting was held.
            2. Kayden's views and experiences
            Dawn saw Kayden at school on 01/11/2026. He said he likes his teacher.

            """
        let meeting = model(record)
        #expect(meeting.sections.map(\.title) == ["Purpose of the meeting", "Kayden's views and experiences"])
        #expect(meeting.hasSection(.childVoice))
        #expect(MeetingBuilder.capitalisedWords(Array("Kayden’s views".utf8), SourceRange(0, 16)) == ["Kayden"])
        #expect(MeetingBuilder.capitalisedWords(Array("Views of Kayden".utf8), SourceRange(0, 15)) == ["Kayden"])
    }

    /// In numbered minutes, a numbered heading that names nothing (`6. School update`) is a
    /// heading all the same when its number follows the last heading's: it ends the section
    /// before it, whose text its own would otherwise be (the parents' views here, empty).
    @Test func aNumberedHeadingThatNamesNothing() {
        let record = Self.head + """
            5. Parents' views
            Not recorded.
            6. School update
            Attendance is 94%. Kayden is sometimes hungry at the start of the day.
            7. Health update
            Joy said Kayden's weight is steady.
            9. Mum to attend the parenting course

            """
        let meeting = model(record)
        #expect(meeting.sections.map(\.title) == ["Parents' views", "School update", "Health update"])
        #expect(meeting.sections[1].concepts.isEmpty && meeting.sections[2].concepts.isEmpty)
        #expect(!RuleDocumentTests.findings(of: "family-views", in: record).isEmpty)
        // Without a numbered heading before it, a numbered line that names nothing is no heading:
        // nor is an action after one whose wrapped line stands at the left margin.
        #expect(model(Self.head + "6. School update\nAttendance is 94%.\n").sections.isEmpty)
        let plan = model(Self.head + "## Actions\n1. Mum to take Kayden to the dentist by 01/12/2026\nand tell school.\n2. Dad to go to the parenting course\n")
        #expect(plan.sections.map(\.title) == ["Actions"] && plan.actions.count == 2, "\(plan.actions.map(\.range))")
    }

    /// A numbered heading whose number follows the last action's (`4.` after `3.`) is a heading
    /// too: the action before it is prose, as no agenda's item is.
    @Test func aHeadingNumberedOnFromThePlan() {
        let record = Self.head + """
            3. Review of previous actions:
            1. Dawn Reid to refer Mum to the Parenting Together programme by 09/10/2026 — done.
            2. Mum to take Kayden to the dentist — partly done: Mum went to 1 of 2
               appointments.
            3. Joy Adams to weigh Kayden every month — not done.
            4. Kayden's views
            Dawn saw Kayden at school on 01/11/2026. He said he likes his teacher.

            """
        let meeting = model(record)
        #expect(meeting.sections.map(\.title) == ["Review of previous actions", "Kayden's views"])
        #expect(meeting.previousActions.count == 3, "\(meeting.previousActions.map(\.range))")
        #expect(meeting.hasSection(.childVoice))
    }

    /// An `Action:` line further down an item outside the plan (pasted with no blank line) is an
    /// action, as it is in a paragraph.
    @Test func anActionLineInAnItemOutsideThePlan() {
        let meeting = model(Self.head + "## Health update\n- Joy said Kayden's weight has dropped.\nAction: Dr Fenwick to review Kayden's weight by 15/12/2026.\n")
        #expect(meeting.actions.count == 1)
    }

    @Test func minutesToTheCoreGroupAreCirculation() {
        #expect(RuleDocumentTests.findings(of: "circulation", in: Self.head + "Minutes to core group members within 5 working days.\n").isEmpty)
    }
}
