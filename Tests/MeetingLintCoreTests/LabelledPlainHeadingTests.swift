import Testing

@testable import MeetingLintCore

/// Headings a word processor numbers with a label (`Section 1: Who attended`, `Item 4 – Voice of
/// the child`, `Agenda item 2 - Apologies`), pasted as plain lines: the label is set aside, as it
/// is in a `##` heading, so the line opens its section; straight after a list too. And numbered
/// headings that end with a colon (`1. Purpose:`), pasted with their text straight after them.
@Suite struct LabelledPlainHeadingTests {
    static let head = "---\ntype: TAF\nchild: Kai (9)\ndate: 03/02/2026\n---\n\n"

    static let record = head + """
        Section 1: Who attended
        - Helen Price – Family Support Worker
        - Gemma T. – Mum
        Section 2: Apologies
        - Dr Sam Reid – GP
        Item 3 – Kai's wishes and feelings
        Helen saw Kai at school on 01/02/2026. Kai said he likes swimming.
        Part 4. Contingency plan
        If Kai's attendance has not improved by the review, Helen will ask for a meeting with school.

        """

    @Test func aLabelledPlainLineOpensItsSection() {
        let meeting = model(Self.record)
        #expect(meeting.sections.count == 4, "\(meeting.sections.map(\.title))")
        #expect(meeting.attendees.map(\.name) == ["Helen Price", "Gemma T."])
        #expect(meeting.apologies.map(\.name) == ["Dr Sam Reid"])
        #expect(meeting.hasSection(.childVoice) && meeting.hasSection(.contingency))
    }

    /// With blank lines between the sections, each standing first in its paragraph, too.
    @Test(arguments: [
        ("Section 6: Contingency", Concept.contingency), ("Agenda item 6 - Contingency plan", .contingency), ("Item 6 – Kai's views", .childVoice),
        ("Section 6.1: Parents' views", .familyViews), ("PART 6 - CONTINGENCY", .contingency), ("Item 6 – 10:30 — Contingency", .contingency),
        ("10:30 – Item 6 – Contingency", .contingency),
    ])
    func aLabelledLineStandingAloneOpensItsSection(_ heading: String, _ concept: Concept) {
        let meeting = model(Self.head + heading + "\nIf home conditions do not improve, Helen will ask for a meeting with school.\n")
        #expect(meeting.hasSection(concept), "\(heading): \(meeting.sections.map(\.title))")
    }

    /// A label with no number, a number with no label, or a label before a sentence, words in
    /// small letters or a number is no heading.
    @Test(arguments: [
        "Section: Apologies", "Sections 2: Apologies", "2: Apologies", "Item 4 – apologies were given", "Section 47: Apologies were given by the GP.",
        "Part 2 – 10:30 Apologies", "Itemised: Apologies", "Section 47 enquiry",
    ])
    func otherLabelledLinesAreNoHeading(_ line: String) {
        let meeting = model(Self.head + "Present\n" + line + "\nJane Smith – Class teacher\n")
        #expect(meeting.sections.map(\.title) == ["Present"], "\(line)")
    }

    /// A labelled line that names no heading (`Item 2 – Nursery update`) is a heading all the
    /// same, as `## Item 2 – Nursery update` is: it ends the section before it, so the actions
    /// agreed under it are not read as the last meeting's, nor its people as attending.
    @Test func aLabelledLineThatNamesNothingEndsTheSectionBeforeIt() {
        let record = Self.head + """
            Item 1 – Review of actions from the last meeting
            - Helen to visit weekly – done.
            Item 2 – Nursery update
            Sally said Kai has come to nursery on 18 of the 22 sessions.
            Action: Sally Green to send Helen a weekly attendance note every Friday until the next meeting.
            Section 3: Jane arrived late
            - Tom Reed – GP

            """
        let meeting = model(record)
        #expect(meeting.sections.map(\.title) == ["Item 1 – Review of actions from the last meeting", "Item 2 – Nursery update", "Section 3: Jane arrived late"])
        #expect(meeting.sections[1].concepts.isEmpty && meeting.sections[2].concepts.isEmpty)
        #expect(meeting.actions.count == 1, "\(meeting.actions.map(\.range))")
        #expect(meeting.previousActions.count == 1, "\(meeting.previousActions.map(\.range))")
        #expect(meeting.attendees.isEmpty)
    }

    /// The labels are those a `##` or bold heading's normal form drops with its number
    /// (`TextKey.numberLabels`): `## Agenda item 4: Contingency` is the contingency, as the plain
    /// line is.
    @Test(arguments: ["## Agenda item 6: Contingency", "**Agenda item 6: Contingency**", "Agenda item 6: Contingency", "## Item 6: Contingency"])
    func everyFormOfALabelledHeading(_ heading: String) {
        #expect(model(Self.head + heading + "\nIf Kai's attendance falls, Helen will call a meeting within a week.\n").hasSection(.contingency), "\(heading)")
        #expect(TextKey.heading("Agenda item 4: Child's voice") == "child's voice")
    }

    /// A heading in capitals (`APOLOGIES`) is one after any line, as a record typed on a phone
    /// has them: after a long line of people, or a line that ends with an emoji.
    @Test func aHeadingInCapitalsFollowsAnyLine() {
        let record = """
            CIN MEETING – KAI (9) – 03/02/2026
            Typed up on my phone after the meeting so sorry for any typos 🙏
            REASON FOR MEETING
            Helen has been working with Kai since March because of his attendance.
            PRESENT
            Gemma (mum), Kai (young person), Helen Price (SW, Ashgrove Children’s Social Care), Tom Akers (mentor)
            APOLOGIES
            none

            """
        let meeting = model(record)
        #expect(meeting.sections.map(\.title) == ["REASON FOR MEETING", "PRESENT", "APOLOGIES"])
        #expect(!meeting.attendees.contains { $0.name == "APOLOGIES" })
        // A line in small letters there is text.
        #expect(model("Typed up on my phone after the meeting so sorry for any typos 🙏\nApologies\nnone\n").sections.isEmpty)
    }

    /// A heading in two languages as a plain line (`Pwrpas / Purpose`) is read in parts, as
    /// `## Pwrpas / Purpose` is.
    @Test func aHeadingInTwoLanguages() {
        let meeting = model(Self.head + "Pwrpas / Purpose\nTo review Kai's plan.\nYn bresennol / Present\n- Helen Price – Family Support Worker\n")
        #expect(meeting.sections.map(\.title) == ["Pwrpas / Purpose", "Yn bresennol / Present"])
        #expect(meeting.hasSection(.purpose) && meeting.attendees.map(\.name) == ["Helen Price"])
    }

    @Test(arguments: [
        ("Section 1: Who attended", "Who attended"), ("Item 4 – Voice of the child", "Voice of the child"), ("Agenda item 12 - Plan", "Plan"),
        ("Part 2.1) Actions", "Actions"), ("SECTION 3 — Risks", "Risks"), ("Section 1 Who attended", "Section 1 Who attended"),
        ("Itemised costs", "Itemised costs"), ("Section A: Plan", "Section A: Plan"), ("Part 2", "Part 2"),
    ])
    func theLabelIsSetAside(_ line: String, _ text: String) {
        let bytes = Array(line.utf8)
        let range = MeetingBuilder.afterLabel(SourceRange(0, bytes.count), bytes)
        #expect(String(decoding: bytes[range.start..<range.end], as: UTF8.self) == text, "\(line)")
    }

    /// Numbered headings ending with a colon, each with its text straight after it, and no blank
    /// lines (`Corpus/tac-review-vague-actions.md` with its marks and blank lines taken out).
    @Test func numberedHeadingsWithAColon() {
        let record = Self.head + """
            1. Purpose:
            To review the plan agreed for Kai in December.
            2. Attendance and apologies:
            - Helen Price – Family Support Worker (chair)
            - Gemma T. – Mum
            3) What Kai told us:
            Kai said he likes swimming.
            4. Contingency:
            If Kai's attendance has not improved by the review, Helen will ask for a meeting with school.

            """
        let meeting = model(record)
        #expect(meeting.sections.map(\.title) == ["Purpose", "Attendance and apologies", "What Kai told us", "Contingency"])
        #expect(meeting.attendees.map(\.name) == ["Helen Price", "Gemma T."])
        #expect(meeting.hasSection(.purpose) && meeting.hasSection(.childVoice) && meeting.hasSection(.contingency))
    }

    /// A numbered item that is a field with its value (`1. Purpose: to review the plan`) still
    /// opens its section, as before; one whose key names nothing is no heading.
    @Test func aNumberedFieldIsStillAField() {
        #expect(model(Self.head + "1. Purpose: to review the plan agreed in December.\n").hasSection(.purpose))
        #expect(model(Self.head + "1. Kai's shoes:\nHe needs new ones.\n").sections.isEmpty)
    }
}
