import Testing

@testable import MeetingLintCore

// A nursery's Team Around the Child meeting, typed by the nursery manager in a word processor
// and pasted as plain text (`Corpus/r7-tac-early-years-nursery.md`): headings that are lines of
// plain text with no marks (`Present`, `What Mum says`), the key person's observations as the
// child's voice, and the notes sent round with `send`.

/// A heading typed as a plain line opens its section when it names a concept whole, first in
/// its paragraph or after a line that ends a sentence. Before, none of this record's sections
/// were read.
@Suite struct PlainHeadingTests {
    static let head = "Child's name: Oliver P.\nDate: 24/11/2026\n\n"

    static func concepts(_ body: String) -> [[Concept]] { model(head + body).sections.map(\.concepts) }

    @Test func aPlainLineNamingAConceptOpensItsSection() {
        #expect(Self.concepts("What Mum says\nSophie said Oliver is a happy boy at home.\n") == [[.familyViews]])
        #expect(Self.concepts("Present\n| Name | Role |\n|---|---|\n| Beth Lowry | Nursery Manager |\n") == [[.attendance]])
        // After a line that ends a sentence, in the same paragraph.
        #expect(Self.concepts("Mum asked for help.\nWhat Mum says\nSophie is tired.\n") == [[.familyViews]])
    }

    @Test func theSectionsTextIsItsContent() {
        let meeting = model(Self.head + "What Mum says\nSophie said Oliver is a happy boy at home.\n")
        #expect(meeting.hasSubstantialSection(.familyViews))
        let present = model(Self.head + "Present\n| Name | Role |\n|---|---|\n| Beth Lowry | Nursery Manager |\n| Sophie P. | Mum |\n")
        #expect(present.attendees.count == 2, "\(present.attendees.map(\.name))")
    }

    /// A line that reads as a sentence, or that goes on from the line before, or that names no
    /// concept whole, is no heading.
    @Test(arguments: [
        "Plan.\nHannah will see Oliver.\n", "We talked about the\nPlan\nfor the move.\n", "plan\nHannah will see Oliver.\n",
        "Plan for the move to preschool\nHannah will see Oliver.\n", "- Plan\n- Hannah will see Oliver.\n",
    ])
    func otherLinesAreNoHeadings(_ body: String) {
        #expect(Self.concepts(body).isEmpty, "\(body)")
    }
}

/// A plain line holding a digit or a dash is passed over unread (`mayBePlainHeading`), as no
/// heading in the lists holds one: this keeps that so as the lists grow.
@Suite struct PlainHeadingPrefilterTests {
    @Test func noHeadingInTheListsHoldsADigitOrADash() {
        let vocabulary = Catalogue.builtIn.vocabulary
        let headings = Array(vocabulary.headingConcepts.keys) + vocabulary.childTemplates.map { $0.prefix + "sofia" + $0.suffix }
        #expect(headings.count > 500)
        for heading in headings {
            let digit = heading.unicodeScalars.contains { $0.properties.numericType != nil }
            let dash = heading.unicodeScalars.contains { $0 == "\u{2013}" || $0 == "\u{2014}" } || TextKey.holds(heading, " -")
            #expect(!digit && !dash, "\(heading)")
        }
    }
}

/// The nursery's wording.
@Suite struct EarlyYearsWordingTests {
    static let head = "Child's name: Oliver P.\nAge: 3 years 2 months\nDate: 24/11/2026\n\nPresent\n- Gemma Ward – Key person\n- Sophie P. – Mum\n\n"

    /// The key person's observations say how the views of a child who was not there were
    /// gathered, in the heading as well as in the text.
    @Test(arguments: ["Oliver's voice (observations by his key person)", "What Oliver's key person has seen", "Key person observations"])
    func theKeyPersonsObservationsAreHowTheViewsWereGathered(_ heading: String) {
        let record = Self.head + "## \(heading)\n\nOliver loves the sand tray and the bikes.\n"
        #expect(RuleDocumentTests.findings(of: "child-voice", in: record).isEmpty, "\(heading)")
    }

    @Test func aVoiceHeadingAloneDoesNotSayHow() {
        let record = Self.head + "## Oliver's voice\n\nOliver loves the sand tray and the bikes.\n"
        #expect(RuleDocumentTests.messages(of: "child-voice", in: record) == ["The child did not attend, and this section does not say how their views were gathered or who spoke for them."])
    }

    /// `See previous minutes` points elsewhere: the section holds no views.
    @Test func seePreviousMinutesIsAPlaceholder() {
        let record = Self.head + "## What Oliver told us\n\nSee previous minutes.\n"
        #expect(RuleDocumentTests.messages(of: "child-voice", in: record) == ["The child's views section only says 'See previous minutes.': it does not record what the child thinks, feels or wants."])
    }

    @Test func sendingTheNotesWithADateIsCirculation() {
        let record = Self.head + "Beth will send these notes to everyone invited, including Mum, by 01/12/2026.\n"
        #expect(RuleDocumentTests.findings(of: "circulation", in: record).isEmpty)
        #expect(!RuleDocumentTests.findings(of: "circulation", in: Self.head + "Beth will send the referral to the GP by 01/12/2026.\n").isEmpty)
    }

    @Test(arguments: ["SaLT", "EYIF", "SENIF"])
    func earlyYearsAcronymsAreExplained(_ acronym: String) {
        let record = Self.head + "Beth will ask the \(acronym) team for advice.\n"
        #expect(RuleDocumentTests.findings(of: "jargon", in: record).count == 1, "\(acronym)")
    }

    @Test func theChildsNeedsByHeading() {
        let meeting = model(Self.head + "## Child's needs\n\nHelp to talk and to understand.\n")
        #expect(meeting.sections.contains { $0.conceptSet.contains(.needs) })
    }
}

/// `What we're worried about`, shortened as people say it, is the risks as the full form is.
@Suite struct ShortenedHeadingTests {
    @Test(arguments: ["What we're worried about", "What we\u{2019}re worried about", "What we're worried about now"])
    func whatWereWorriedAboutIsTheRisks(_ heading: String) {
        let meeting = model("Child: Oliver P.\n\n## \(heading)\n\nBroken sleep for Oliver and for Mum.\n")
        #expect(meeting.sections.contains { $0.conceptSet.contains(.risks) }, "\(heading)")
    }
}

/// A record pasted from a word processor with no blank lines at all is one paragraph
/// (`Corpus/r7-cin-no-blank-lines.md`): its headings follow a field's line (`Minutes: …`) or a
/// person's short line, and its people, its title and its sections are read as in any record.
@Suite struct NoBlankLinesTests {
    static let record = """
        Child in Need Review Meeting
        Child: Kai D. (11)
        Date of meeting: 26/11/2026
        Minutes: Raj Patel, Family Support Worker
        Present
        Emma Scott – Social Worker, Children's Services
        Mrs Carol Hughes – Head of Year 7, Hillside Academy
        Leanne D. – Mum
        Apologies
        Dr Sam Iqbal – CAMHS Clinical Psychologist (report sent)
        Kai's views
        Kai said he likes his new school but gets into trouble at lunchtimes.
        Plan
        Mrs Hughes to get Kai a place in the lunchtime football club by 04/12/2026.

        """

    @Test func headingsAfterAFieldOrAPersonOpenTheirSections() {
        let meeting = model(Self.record)
        #expect(meeting.sections.map(\.title) == ["Present", "Apologies", "Kai's views", "Plan"])
    }

    @Test func thePeopleUnderThemAreRead() {
        let meeting = model(Self.record)
        #expect(meeting.attendees.map(\.name) == ["Emma Scott", "Mrs Carol Hughes", "Leanne D."])
        #expect(meeting.apologies.map(\.name) == ["Dr Sam Iqbal"])
        #expect(RuleDocumentTests.findings(of: "owner-known", in: Self.record).isEmpty)
    }

    @Test func theFirstLineIsTheTitle() {
        let meeting = model(Self.record)
        #expect(meeting.profileID == "cin")
        #expect(RuleDocumentTests.findings(of: "meeting-type", in: Self.record).isEmpty)
    }

    /// A bold heading ends the title's lines as a plain one does, after the fields or straight
    /// after the title: its section's lines are none of the title.
    @Test(arguments: [
        "Child in Need Review Meeting\nChild: Kai D. (11)\n**Present**\nEmma Scott – Social Worker\nLeanne D. – Mum\n",
        "Child in Need Review Meeting\n**Present**\nEmma Scott – Social Worker\nLeanne D. – Mum\n",
    ])
    func aBoldHeadingEndsTheTitle(_ record: String) {
        let meeting = model(record)
        #expect(meeting.profileID == "cin", "\(record)")
        #expect(meeting.attendees.map(\.name) == ["Emma Scott", "Leanne D."], "\(record)")
    }

    /// A line of prose before a bold heading in the same paragraph no longer hides the people
    /// listed under it.
    @Test func proseBeforeTheHeadingIsNotTheListsProse() {
        let meeting = model("Child: Kai D.\n\nHelen explained why the meeting was called.\n**Present**\nJane Smith – Social Worker\n")
        #expect(meeting.attendees.map(\.name) == ["Jane Smith"])
    }

    /// A word that goes on in small letters on the next line, or after a line that runs on with
    /// a comma, is no heading.
    @Test(arguments: ["Mum and Dad talked through the\nPlan\nfor Christmas.\n", "We met with Jo, Sam,\nPlan\nand Mum.\n", "Mum, Dad and the school,\nPlan\nHannah will see Oliver.\n"])
    func aLineThatRunsOnIsNoHeading(_ body: String) {
        #expect(model("Child: Kai D.\n\n" + body).sections.isEmpty, "\(body)")
    }
}

/// `the same night`, as `the same day`, is a timescale.
@Suite struct SameNightTests {
    @Test func theSameNightIsATimescale() {
        let record = "Child: Kai D.\nDate: 26/11/2026\n\n## Plan\n- Mum to tell Emma the same night if Kai is not home by 9pm.\n"
        #expect(RuleDocumentTests.findings(of: "action-timescale", in: record).isEmpty)
        let none = "Child: Kai D.\nDate: 26/11/2026\n\n## Plan\n- Mum to tell Emma if Kai is not home.\n"
        #expect(!RuleDocumentTests.findings(of: "action-timescale", in: none).isEmpty)
    }
}
