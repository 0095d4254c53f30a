import Testing

@testable import MeetingLintCore

/// Builds the meeting model of a record with the built-in vocabulary and profiles.
func model(_ text: String, order: DateOrder = .dmy) -> Meeting {
    let catalogue = Catalogue.builtIn
    let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles, dateOrder: order)
    return Meeting(parsing: SourceFile(path: "test.md", text: text), settings: settings)
}

@Suite struct DateTests {
    static func day(_ text: String, order: DateOrder = .dmy) -> DateMention.Value? {
        let tokens = Tokenizer.tokens(of: text)
        return DateReader.mentions(in: tokens[...], bytes: Array(text.utf8), order: order).first?.value
    }

    @Test(arguments: [
        "2026-03-14", "14/03/2026", "14/3/26", "14.03.2026", "14-03-2026", "14 March 2026", "14th March 2026",
        "Saturday 14 March 2026", "14 Mar 2026", "14 Mar 26", "Sat 14th of March, 2026", "March 14, 2026", "14 Mar. 2026",
        // As case-management systems export dates: once no date at all.
        "14-Mar-2026", "14-Mar-26", "14-MAR-2026", "14-March-2026", "14-mar-2026", "on 14-Mar-2026.", "| 14-Mar-2026 |",
        // The century as an apostrophe: once '14 Mar', a day and month without a year.
        "14 Mar '26", "14th March \u{2019}26", "Sat 14 Mar. '26",
    ])
    func readsEveryFormOfTheSameDay(_ text: String) {
        #expect(Self.day(text) == .full(Day(year: 2026, month: 3, day: 14)!), "\(text)")
    }

    @Test(arguments: ["31/02/2026", "32/01/2026", "15/13/2026", "0/03/2026", "31 April 2026", "29/02/2027", "30 February", "31-Apr-2026", "30-Feb"])
    func impossibleDatesAreImpossible(_ text: String) {
        #expect(Self.day(text) == .impossible, "\(text)")
    }

    @Test func onlyARunOfDigitsIsANumber() {
        #expect(Tokenizer.tokens(of: "2026").map(\.shape) == [.number])
        #expect(Tokenizer.tokens(of: "1'2").map(\.shape) == [.numberWord])
        #expect(Tokenizer.tokens(of: "14th").map(\.shape) == [.numberWord])
    }

    @Test func leapDayExists() {
        #expect(Self.day("29/02/2028") == .full(Day(year: 2028, month: 2, day: 29)!))
    }

    @Test func monthFirstWhenConfigured() {
        #expect(Self.day("03/14/2026", order: .mdy) == .full(Day(year: 2026, month: 3, day: 14)!))
        #expect(Self.day("03/14/2026") == .impossible)
    }

    @Test(arguments: [
        "2/52", "3/12", "10.30", "1.2.3", "version 1.2.3.4", "the 14th", "Mum may 2", "0161 496 0000", "1'2", "14/03'2026", "14\u{2019}03/2026",
        "3-year-old", "10-minute walk", "14-Marc-2026", "14-Mar-2026-1", "14-Mar-202", "14-Mar-3026", "140-Mar-2026", "14 -Mar-2026", "14-may",
    ])
    func notDates(_ text: String) {
        #expect(Self.day(text) == nil, "\(text)")
    }

    /// An apostrophe before anything but two digits right after it is no century.
    @Test func anApostropheIsACenturyOnlyBeforeTwoDigits() {
        for text in ["14 March '2026", "14 March ' 26", "14 March '6", "14 March 's"] {
            #expect(Self.day(text) == .dayMonth(month: 3, day: 14), "\(text)")
        }
    }

    /// `14-Mar` (no year) is a day and month; `14-May` too, capitalised, as `May` alone is.
    @Test func aHyphenatedDayAndMonthIsADayAndMonth() {
        #expect(Self.day("14-Mar") == .dayMonth(month: 3, day: 14))
        #expect(Self.day("by 2-May") == .dayMonth(month: 5, day: 2))
        let text = "Review on 14-Mar-2026 at 10:00"
        let mention = DateReader.mentions(in: Tokenizer.tokens(of: text)[...], bytes: Array(text.utf8), order: .dmy)[0]
        #expect(mention.range == SourceRange(10, 21))
        #expect(mention.tokens == 2..<5)
    }

    @Test func dayAndMonthTakesTheNextOnOrAfterTheMeeting() {
        let mention = DateReader.mentions(in: Tokenizer.tokens(of: "14 March")[...], bytes: Array("14 March".utf8), order: .dmy)[0]
        #expect(mention.resolved(against: Day(year: 2026, month: 3, day: 1)) == Day(year: 2026, month: 3, day: 14))
        #expect(mention.resolved(against: Day(year: 2026, month: 4, day: 1)) == Day(year: 2027, month: 3, day: 14))
    }

    @Test func dayArithmetic() throws {
        let friday = try #require(Day(year: 2026, month: 3, day: 13))
        #expect(friday.weekday == 4)
        #expect(friday.adding(workingDays: 5, holidays: []) == Day(year: 2026, month: 3, day: 20))
        #expect(friday.adding(workingDays: 1, holidays: [Day(year: 2026, month: 3, day: 16)!]) == Day(year: 2026, month: 3, day: 17))
        #expect(friday.workingDays(to: Day(year: 2026, month: 3, day: 23)!, holidays: []) == 6)
        #expect(Day(year: 2026, month: 1, day: 31)!.adding(months: 1) == Day(year: 2026, month: 2, day: 28))
        #expect(Day(year: 2026, month: 3, day: 14)!.iso == "2026-03-14")
        #expect(Day(year: 1969, month: 12, day: 31)!.parts == (1969, 12, 31))
    }

    /// Adding working days a week at a time gives the same day as counting them one by one.
    @Test func workingDaysAddWholeWeeksAtOnce() throws {
        func oneByOne(_ start: Day, _ count: Int, _ holidays: Set<Day>) -> Day {
            var day = start
            var remaining = count
            while remaining > 0 {
                day = day.adding(days: 1)
                if !day.isWeekend && !holidays.contains(day) { remaining -= 1 }
            }
            return day
        }
        let first = try #require(Day(year: 2026, month: 3, day: 9))
        let holidays: Set<Day> = [first.adding(days: 3), first.adding(days: 12), first.adding(days: 13), first.adding(days: 40), first.adding(days: 41)]
        for offset in 0..<7 {
            for count in 0..<60 {
                let start = first.adding(days: offset)
                #expect(start.adding(workingDays: count, holidays: holidays) == oneByOne(start, count, holidays), "\(start.iso) + \(count)")
            }
        }
        // A far timescale is arithmetic, not a count: from a Monday, 199,999,999 weeks and 4 days.
        #expect(first.adding(workingDays: 999_999_999, holidays: []) == first.adding(days: 1_399_999_997))
    }
}

@Suite struct TimescaleTests {
    static let meeting = Day(year: 2026, month: 3, day: 14)!

    static func kind(_ text: String, next: Day? = nil) -> Timescale.Kind? {
        let tokens = Tokenizer.tokens(of: text)
        let context = TimescaleReader.Context(meeting: meeting, nextMeeting: next, holidays: [], order: .dmy)
        return Catalogue.builtIn.vocabulary.timescales.due(tokens[...], bytes: Array(text.utf8), context: context)?.kind
    }

    @Test(arguments: [
        ("by 28/03/2026", Day(year: 2026, month: 3, day: 28)), ("w/c 4 May", Day(year: 2026, month: 5, day: 4)),
        ("by end of May 2026", Day(year: 2026, month: 5, day: 31)), ("end of April", Day(year: 2026, month: 4, day: 30)),
        ("by Friday", Day(year: 2026, month: 3, day: 20)),
        // Written as practitioners do: once no timescale at all.
        ("w/c 16/03", Day(year: 2026, month: 3, day: 16)), ("w/b 16/3", Day(year: 2026, month: 3, day: 16)),
        ("wc 16/03", Day(year: 2026, month: 3, day: 16)), ("week beginning 16/03", Day(year: 2026, month: 3, day: 16)),
        ("wk beg 16.3", Day(year: 2026, month: 3, day: 16)), ("week commencing 16/03", Day(year: 2026, month: 3, day: 16)),
        ("by end April", Day(year: 2026, month: 4, day: 30)), ("end Jan", Day(year: 2027, month: 1, day: 31)),
        // The middle of a month is its 15th, or its end once the meeting (14 March) is past it.
        ("mid-April", Day(year: 2026, month: 4, day: 15)), ("by mid April", Day(year: 2026, month: 4, day: 15)),
        ("Mid-Apr", Day(year: 2026, month: 4, day: 15)), ("before mid-May", Day(year: 2026, month: 5, day: 15)),
        ("mid March", Day(year: 2026, month: 3, day: 15)), ("mid-Feb", Day(year: 2027, month: 2, day: 15)),
    ])
    func dates(_ text: String, _ day: Day?) {
        #expect(Self.kind(text) == .date(day), "\(text)")
    }

    @Test func theMiddleOfTheMeetingsOwnMonthAfterThe15thIsItsEnd() {
        #expect(TimescaleReader.middle(of: 3, after: Day(year: 2026, month: 3, day: 20)!) == Day(year: 2026, month: 3, day: 31))
        #expect(TimescaleReader.middle(of: 3, after: Day(year: 2026, month: 3, day: 15)!) == Day(year: 2026, month: 3, day: 15))
        // `mid` alone, or before no month, is no timescale.
        #expect(Self.kind("mid") == nil)
        #expect(Self.kind("by mid-term") == nil)
    }

    @Test(arguments: [
        ("within 2 weeks", Day(year: 2026, month: 3, day: 28)), ("within two weeks", Day(year: 2026, month: 3, day: 28)),
        ("in 10 working days", Day(year: 2026, month: 3, day: 27)), ("within a month", Day(year: 2026, month: 4, day: 14)),
        ("2/52", Day(year: 2026, month: 3, day: 28)), ("3/12", Day(year: 2026, month: 6, day: 14)), ("today", meeting),
        ("immediately", meeting), ("within 24 hours", Day(year: 2026, month: 3, day: 15)),
        ("in 2 weeks' time", Day(year: 2026, month: 3, day: 28)), ("within 28 days", Day(year: 2026, month: 4, day: 11)),
        // The number and unit as one word: once no timescale at all.
        ("within 24hrs", Day(year: 2026, month: 3, day: 15)), ("48hrs", Day(year: 2026, month: 3, day: 16)),
        ("in 2wks", Day(year: 2026, month: 3, day: 28)), ("within 10days", Day(year: 2026, month: 3, day: 24)),
        ("3months", Day(year: 2026, month: 6, day: 14)), ("Immediate", meeting), ("with immediate effect", meeting),
    ])
    func periods(_ text: String, _ day: Day?) {
        #expect(Self.kind(text) == .relative(day), "\(text)")
    }

    @Test(arguments: ["weekly", "every Tuesday", "fortnightly", "monthly", "daily", "4-weekly", "twice weekly", "each school day", "at every visit"])
    func recurring(_ text: String) {
        #expect(Self.kind(text) == .recurring, "\(text)")
    }

    @Test(arguments: [
        "ongoing", "ASAP", "as soon as possible", "TBC", "TBA", "as needed", "as and when", "when possible", "soon", "end of term", "by half term",
        "in due course", "Spring term", "before Christmas",
    ])
    func vague(_ text: String) {
        #expect(Self.kind(text) == .vague, "\(text)")
    }

    @Test func anchoredToTheNextMeeting() {
        let next = Day(year: 2026, month: 6, day: 5)
        #expect(Self.kind("by the next meeting", next: next) == .nextMeeting(next))
        #expect(Self.kind("by next TAC") == .nextMeeting(nil))
        #expect(Self.kind("at next CG", next: next) == .nextMeeting(next))
        #expect(Timescale(kind: .nextMeeting(nil), range: SourceRange(0, 0)).isConcrete == false)
        #expect(Timescale(kind: .nextMeeting(next), range: SourceRange(0, 0)).isConcrete)
    }

    /// A short date after a cue word is read in the record's date order, as every other date is:
    /// with `mdy`, `by 3/20` was once 3 of a twentieth month, so no date.
    @Test func aShortDateFollowsTheDateOrder() {
        let text = "by 3/20"
        let tokens = Tokenizer.tokens(of: text)
        let context = TimescaleReader.Context(meeting: Self.meeting, nextMeeting: nil, holidays: [], order: .mdy)
        #expect(Catalogue.builtIn.vocabulary.timescales.due(tokens[...], bytes: Array(text.utf8), context: context)?.kind
            == .date(Day(year: 2026, month: 3, day: 20)))
        #expect(Self.kind("by 20/3") == .date(Day(year: 2026, month: 3, day: 20)))
    }

    @Test func aConcreteTimescaleBeatsAVagueOne() {
        #expect(Self.kind("ongoing, reviewed weekly") == .recurring)
    }

    @Test func theDateAfterByIsTheDueDate() {
        #expect(Self.kind("after the incident on 02/03/2026, by 28/03/2026") == .date(Day(year: 2026, month: 3, day: 28)))
        // `w/c` and `w/b` (three tokens each) too: once read as no `by` word, so the later date was chosen.
        #expect(Self.kind("w/c 16/03/2026, after the review on 28/03/2026") == .date(Day(year: 2026, month: 3, day: 16)))
        #expect(Self.kind("w/b 16 March 2026, after the review on 28/03/2026") == .date(Day(year: 2026, month: 3, day: 16)))
    }

    @Test func aDateAfterOneInsideAnotherReadingIsStillRead() {
        // `end of May 2026` is read whole, and holds the date `May 2026`; the date after it was
        // once lost, because the reader waited for a date to start where the last reading ended.
        let text = "end of May 2026, then by 14/04/2026 and on 30/02/2026"
        let tokens = Tokenizer.tokens(of: text)
        let context = TimescaleReader.Context(meeting: Self.meeting, nextMeeting: nil, holidays: [], order: .dmy)
        let kinds = Catalogue.builtIn.vocabulary.timescales.read(tokens[...], bytes: Array(text.utf8), context: context).map(\.kind)
        #expect(kinds == [.date(Day(year: 2026, month: 5, day: 31)), .date(Day(year: 2026, month: 4, day: 14)), .impossibleDate])
        #expect(Self.kind(text) == .date(Day(year: 2026, month: 4, day: 14)))
    }

    @Test func noTimescale() {
        #expect(Self.kind("Tom Reed to refer A. to the counselling service") == nil)
        // Not periods: a time, an ordinal, a number and an unknown unit, and a unit before more words.
        for text in ["at 10am", "the 3rd visit", "24hrz", "2wks of sessions", "1234days"] {
            #expect(Self.kind(text) == nil, "\(text)")
        }
        // `w/c` needs its three tokens together.
        #expect(Self.kind("w / c 16/03") == nil)
        #expect(Self.kind("w/x 16/03") == nil)
    }
}

@Suite struct SectionTests {
    static func concepts(_ heading: String, child: String = "Sofia K.") throws -> [Concept] {
        let meeting = model("---\nchild: \(child)\n---\n\(heading)\nSomething.\n")
        return try #require(meeting.sections.first, "\(heading) opens no section").concepts
    }

    @Test(arguments: [
        ("## Attendees", Concept.attendance), ("## 3. Attendance:", .attendance), ("## Section 2: Those present", .attendance),
        ("### **Apologies**", .apologies), ("## Child’s voice", .childVoice), ("## What Sofia told us", .childVoice),
        ("## Sofia's views", .childVoice), ("## SK's wishes and feelings", .childVoice), ("## Children's views", .childVoice),
        ("## Views of the children", .childVoice), ("## Parent/carer views", .familyViews), ("## Actions (SMART)", .actions),
        ("## What are we worried about?", .risks), ("## 7) Contingency plan", .contingency), ("## Next meeting", .nextMeeting),
        ("Apologies\n---------", .apologies), ("**Contingency plan**", .contingency), ("**Apologies:**", .apologies),
        // Pasted spaces: a zero-width one before the first word, a thin one, a narrow no-break one.
        ("## Invited but did not attend", .apologies), ("## Non-attendance", .apologies),
        ("## Those unable to attend", .apologies), ("## Sent apologies", .apologies), ("## Apologies received from", .apologies),
        ("## Absences", .apologies), ("## What if?", .contingency), ("## Back-up plan", .contingency), ("## If things go wrong", .contingency),
        ("## Child's perspective", .childVoice), ("## Aims of the meeting", .purpose), ("## Parental views", .familyViews),
        ("## Parents/carers views", .familyViews), ("## What mum and dad think", .familyViews), ("## Those in attendance", .attendance),
        ("## Attended by", .attendance),
        // A form's questions, as exports ask them.
        ("## What are the worries?", .risks), ("## Views of parents/carers", .familyViews), ("## What are the strengths?", .strengths),
        ("## What will happen if the plan does not work?", .contingency), ("## Progress since last meeting", .previousActions),
        ("## What do we want to achieve?", .needs),
        ("## Child's thoughts and feelings", .childVoice), ("## Young person's thoughts", .childVoice),
        ("## \u{200B}Apologies", .apologies), ("## Contingency\u{2009}plan", .contingency), ("## Contingency\u{202F}plan:", .contingency),
    ])
    func headingMeansConcept(_ heading: String, _ concept: Concept) throws {
        #expect(try Self.concepts(heading) == [concept], "\(heading)")
    }

    /// Tables indexed by concept rely on `ordinal` being the position in `allCases`.
    @Test func conceptOrdinalsArePositions() {
        #expect(Concept.allCases.map(\.ordinal) == Array(Concept.allCases.indices))
    }

    @Test func combinedHeadingsOpenBoth() throws {
        #expect(try Self.concepts("## Attendance and apologies") == [.attendance, .apologies])
        #expect(try Self.concepts("## Attendance / Apologies") == [.attendance, .apologies])
        #expect(try Self.concepts("## Parents' and carers' views") == [.familyViews])
    }

    /// Children named together in a `{child}` heading (`What Mia and Jayden told us`) are the
    /// children, each named; once no template's `{child}` could be two of them. Someone else named
    /// with them, or parents together, are not.
    @Test func childrenNamedTogetherGiveTheirViews() throws {
        for heading in ["## What Mia and Jayden told us", "## Mia & Jayden's views", "## What Mia, Jayden and the baby said", "## Views of Mia and the children"] {
            #expect(try Self.concepts(heading, child: "Mia M (9) and Jayden M (6)") == [.childVoice], "\(heading)")
        }
        for heading in ["## What Mia and Tom told us", "## What mum and dad told us", "## What Mia and told us"] {
            #expect(try Self.concepts(heading, child: "Mia M (9) and Jayden M (6)") != [.childVoice], "\(heading)")
        }
    }

    /// Early Help plans' wordings (`Apologies sent by`, `What if things don't get better?`).
    @Test(arguments: [
        ("## Apologies sent by", Concept.apologies), ("## What if things don't get better?", .contingency), ("## If things do not improve", .contingency),
        ("## Views of parent/carer", .familyViews), ("## Views of parent or carer", .familyViews),
    ])
    func earlyHelpHeadings(_ heading: String, _ concept: Concept) throws {
        #expect(try Self.concepts(heading) == [concept], "\(heading)")
    }

    @Test func neverBySubstring() throws {
        #expect(try Self.concepts("## Attendance plan").isEmpty)
        #expect(try Self.concepts("## Mum's views on the actions").isEmpty)
        #expect(try Self.concepts("## Tom's views").isEmpty)
    }

    @Test func substance() {
        let meeting = model("## Child's voice\nN/A\n\n## Contingency\n\n## Purpose\nTo review the plan.\n## Risks\n[Add worries here]\n")
        #expect(meeting.sections.map(\.substance) == [.placeholder, .empty, .present, .placeholder])
    }

    @Test func subsectionsInheritTheirParentsConcept() {
        let meeting = model("## Actions\n### School\n- Jane Smith to share attendance weekly.\n### Health\n- Priya Shah to weigh A. fortnightly.\n")
        #expect(meeting.actions.count == 2)
        #expect(meeting.sections(.actions).first?.substance == .present)
    }

    @Test func aFieldNamingAConceptIsASection() {
        let meeting = model("**Purpose:** To agree support.\n**Apologies:** None\n")
        #expect(meeting.hasSubstantialSection(.purpose))
        #expect(meeting.apologiesExplicitlyNone)
    }

    /// A form's rows, as case-management systems export a record: each row whose first cell names
    /// a concept is a section, as a field line is. Once they were cells of no section, so the
    /// record had no contingency, no child's voice, no attendees.
    /// A row whose value is a sentence starting with a heading's words (`If things don't
    /// improve, …`) is a form's row, not an analysis table's titles: once the contingency vanished.
    @Test(arguments: [
        "| Contingency plan | If things don't improve, the case will be escalated. |",
        "| Contingency plan | If things do not improve, Sana will call a review and ask for advice from the consultant |",
    ])
    func aFormRowWhoseValueStartsLikeAHeadingIsASection(_ row: String) {
        let meeting = model("| Question | Response |\n|---|---|\n\(row)\n")
        #expect(meeting.hasSubstantialSection(.contingency), "\(row)")
        #expect(meeting.sections(.contingency).first?.title == "Contingency plan", "\(row)")
        // A row of titles is still an analysis table's (`| Strengths | What if things don't improve? |`).
        #expect(!model("| Strengths | If things don't improve |\n|---|---|\n| Mum is warm | Jane will call a review |\n").sections.contains { $0.title == "Strengths" && $0.style == .field })
    }

    @Test func aFormRowNamingAConceptIsASection() {
        let meeting = model("""
            | Field | Detail |
            |---|---|
            | Date of meeting | 14/03/2026 |
            | Child's views | Sofia said she likes school and misses her dad. |
            | Contingency plan | If Dad comes to the house again, Mum will call the police and tell Jane the same day. |
            | Present | Jane Smith (SW), Tom Reed (school), Kelly Green (mum) |
            | Apologies | Dan Green (dad) |

            """)
        #expect(meeting.field(.date)?.value == "14/03/2026")
        #expect(meeting.hasSubstantialSection(.childVoice))
        #expect(meeting.hasSubstantialSection(.contingency))
        #expect(meeting.sections(.contingency).first?.title == "Contingency plan")
        #expect(meeting.attendees.map(\.name) == ["Jane Smith", "Tom Reed", "Kelly Green"])
        #expect(meeting.apologies.map(\.name) == ["Dan Green"])
        #expect(model("| Apologies | None |\n|---|---|\n").apologiesExplicitlyNone)
        // The question is a label as a heading is, but no title: the title's date is still read.
        let titled = model("| Child's views | Sofia said she likes school. |\n|---|---|\n\n# TAC meeting — 14 March 2026\n")
        if case .valid(let day, _) = titled.meetingDate { #expect(day == Day(year: 2026, month: 3, day: 14)) } else { Issue.record("no meeting date") }
        // The plan's rows are sections with substance, but no action is read from one: the cell
        // holds the plan as one paragraph, or points elsewhere (`See section 9`).
        let plan = model("| Actions agreed | Tom Reed to refer A. to CAMHS by 28/03/2026 |\n|---|---|\n| Review of previous actions | All done. |\n")
        #expect(plan.hasSubstantialSection(.actions))
        #expect(plan.actions.isEmpty)
        #expect(plan.hasSubstantialSection(.previousActions))
    }

    /// A form's row about people that names no one (`| Attendance | 92% this term |`, a school's
    /// report) is no section of attendance: the record once had an attendance list from it.
    @Test func aFormRowOfPeopleThatNamesNoOneIsNoSection() {
        let school = model("## School update\n\n| Area | Update |\n|---|---|\n| Attendance | 92% this term, up from 81% |\n")
        #expect(school.attendees.map(\.name) == [])
        #expect(!school.hasSection(.attendance))
        #expect(model("| Apologies | None |\n|---|---|\n").hasSection(.apologies))
        // Anywhere, an entry that starts with a number is no person: once a date or a numbered
        // heading pasted into an attendance list was an attendee "without a role".
        #expect(model("## Attendees\n\n- Jane Smith (SW)\n- 29/05/2026.\n- 12. INFORMATION SHARING\n").attendees.map(\.name) == ["Jane Smith"])
    }

    /// Rows that are no form's: an empty value, a second cell that names a concept too (the head
    /// of an analysis table, read by its columns), a row of three cells, a row of the plan's table.
    @Test func aFormRowIsTwoCellsWithAValue() {
        #expect(model("| Contingency plan | |\n|---|---|\n").sections(.contingency).isEmpty)
        let analysis = model("| Strengths | Worries |\n|---|---|\n| Sofia loves school. | Dad comes to the house. |\n")
        #expect(analysis.sections(.strengths).map(\.title) == ["Strengths"])
        #expect(analysis.sections(.risks).map(\.title) == ["Worries"])
        #expect(model("| Contingency plan | If … | more |\n|---|---|---|\n").sections(.contingency).isEmpty)
        let plan = model("## Actions\n| Action | Owner |\n|---|---|\n| Contingency plan | Jane Smith |\n")
        #expect(plan.sections(.contingency).isEmpty)
        #expect(plan.actions.count == 1)
    }
}

@Suite struct FieldTests {
    @Test(arguments: [
        "---\ndate: 14/03/2026\n---\n", "Date: 14/03/2026\n", "**Date:** 14/03/2026\n", "**Date**: 14/03/2026\n",
        "__Date of meeting__: 14/03/2026\n", "**Meeting date: 14/03/2026**\n", "| Date of meeting | 14/03/2026 |\n|---|---|\n",
        "| Field | Detail |\n|---|---|\n| Date and time | 14/03/2026, 10:00 |\n", "# TAC meeting — 14 March 2026\n",
        "| Date:- | 14/03/2026 |\n|---|---|\n", "Date of meeting:- 14/03/2026\n",
        // A date and time as systems write them (ISO 8601): once not a date at all.
        "---\ndate: 2026-03-14T10:00\n---\n", "---\ndate: 2026-03-14T10:00:00Z\n---\n", "Date: 2026-03-14t09:30\n",
        // As case-management systems export them.
        "---\ndate: 14-Mar-2026\n---\n", "| Date of meeting | 14-MAR-2026 |\n|---|---|\n",
        // A key with an aside in brackets: once no field.
        "| Date of meeting (dd/mm/yyyy) | 14/03/2026 |\n|---|---|\n", "**Date (of meeting):** 14/03/2026\n",
    ])
    func meetingDateInEveryStyle(_ text: String) {
        #expect(model(text).meetingDate.day == Day(year: 2026, month: 3, day: 14), "\(text)")
    }

    /// The quick hash of a key is the hash of its normal form, whatever the key's punctuation.
    @Test(arguments: ["Date", "Date:", "Venue:-", "Date: -", "**Date**:", "Date of meeting?", "date.", "Next_review :", "Dyddiad / Date", "Child’s name:", "a-b-c", "-", ""])
    func fieldHashIsTheHashOfTheNormalForm(_ key: String) {
        var text = key
        let quick = text.withUTF8 { TextKey.fieldHash(bytes: $0) }
        #expect(quick == TextKey.fnv(TextKey.field(key).utf8), "\(key) → \(TextKey.field(key))")
    }

    /// The same for headings: the quick hash is the hash of `TextKey.heading`.
    @Test(arguments: ["Attendees", "## 3. Attendance:", "**Apologies**", "Actions (SMART)", "What   Sofia told us?!", "Child’s voice", "10:05 — Actions", "a) Risks -", "", "-"])
    func headingHashIsTheHashOfTheNormalForm(_ heading: String) {
        var text = heading
        let quick = text.withUTF8 { TextKey.headingHash(bytes: $0) }
        #expect(quick == TextKey.fnv(TextKey.heading(heading).utf8), "\(heading) → \(TextKey.heading(heading))")
    }

    /// Plain ASCII headings drop their leading numbers on bytes; the string reading (kept for other
    /// text) must agree with it on every form of number and item marker.
    @Test(arguments: [
        "3. attendance", "3) attendance", "3.1 attendance", "3: attendance", "(3) attendance", "(a) risks", "a) risks", "iv. risks",
        "section 3: purpose", "part 2 - plan", "item 4 actions", "section part 3 views", "10:05 - actions", "10:05am actions",
        "10:05pm: actions", "3.", "3", "(3)", "a.b", "ab) x", "x. y", "v) views", "section a views", "section ab views", "(3 actions",
        "3 - - actions", "3.actions", "12. ", "item", "i. ", "vi) ", "(b)actions", "2nd meeting", "1. why are we meeting?",
    ])
    func leadingNumbersDropTheSameOnBytesAsOnText(_ heading: String) {
        let bytes = Array(heading.utf8)
        let onBytes = bytes.withUnsafeBufferPointer { TextKey.leadingNumberEnd($0) }.map { String(decoding: bytes[$0...], as: UTF8.self) } ?? heading
        #expect(onBytes == TextKey.dropLeadingNumber(heading), "\(heading)")
    }

    @Test func aDateInsideAnotherSectionIsNotTheMeetingsDate() {
        let meeting = model("## Updates\nDate: 01/03/2026\n\n## Next meeting\nDate: 05/06/2026\n")
        #expect(meeting.meetingDate == .missing)
        #expect(meeting.nextMeetingDate.day == Day(year: 2026, month: 6, day: 5))
    }

    @Test func aliases() {
        let meeting = model("**Chaired by:** Jane\n**Notes by:** Tom\n**Key worker:** Omar\n**Next review:** TBC\n**Young person:** Leo (14)\n")
        #expect(meeting.field(.chair)?.value == "Jane")
        #expect(meeting.field(.minuteTaker)?.value == "Tom")
        #expect(meeting.field(.leadProfessional)?.value == "Omar")
        #expect(meeting.childNames.contains("Leo"))
        if case .unset = meeting.nextMeetingDate {} else { Issue.record("TBC sets no date: \(meeting.nextMeetingDate)") }
    }

    /// Only a date's day followed by `T` and a digit is read so: `2026-03-14Tuesday` and a
    /// day-first date run into letters are not dates.
    @Test func anISODateAndTimeIsReadOnlyInItsOwnShape() {
        for text in ["Date: 2026-03-14Tuesday\n", "Date: 14-03-2026T10:00\n", "Date: 2026-03-1T10\n"] {
            #expect(model(text).meetingDate.day == nil, "\(text)")
        }
    }

    /// A next-meeting field holding a day and month in numbers (`24/06`) is the next such day
    /// after the meeting, as `24 June` is; once it was "not a date". `Next CG` is such a field.
    @Test func aNextMeetingOfDayAndMonthInNumbersIsTheNextSuchDay() {
        let dated = "Date: 14/03/2026\n"
        #expect(model(dated + "Next meeting: 24/06\n").nextMeetingDate.day == Day(year: 2026, month: 6, day: 24))
        #expect(model(dated + "Next CG: 24.6 at 2pm\n").nextMeetingDate.day == Day(year: 2026, month: 6, day: 24))
        #expect(model(dated + "Next meeting: 02/01\n").nextMeetingDate.day == Day(year: 2027, month: 1, day: 2))
        #expect(model("Date: 03/14/2026\nNext meeting: 06/24\n", order: .mdy).nextMeetingDate.day == Day(year: 2026, month: 6, day: 24))
        for value in ["24/13", "31/02", "1.2.3", "24/06/2", "TBC"] {
            if case .unset = model(dated + "Next meeting: \(value)\n").nextMeetingDate {} else { Issue.record("\(value) sets no date") }
        }
    }

    /// Other keys for the children the meeting is about: once no field, so the record was said
    /// not to name the child.
    @Test(arguments: ["Subject children", "Names of children", "Children's names and ages", "Name(s) of child(ren)", "Child's name and DOB"])
    func childKeys(_ key: String) {
        #expect(model("| \(key) | Ruby (6) and Alfie (2) |\n|---|---|\n").childNames.contains("Ruby"), "\(key)")
    }

    /// Lead-professional keys added: once no field, so the record named no lead professional.
    @Test(arguments: ["LP", "Key person", "Lead person", "Lead Professional (LP)"])
    func leadProfessionalKeys(_ key: String) {
        #expect(model("| \(key) | Rachel Moss |\n|---|---|\n").field(.leadProfessional)?.value == "Rachel Moss", "\(key)")
    }

    /// Keys of case-management exports: once no field, so the record had no meeting date, no
    /// circulation or no child.
    @Test(arguments: [
        ("Meeting held on", FieldKey.date), ("Date of this meeting", .date), ("Circulated to", .circulated),
        ("Date of circulation", .circulated), ("Distribution date", .circulated), ("Child name / DOB", .child),
    ])
    func exportedKeys(_ key: String, _ field: FieldKey) {
        #expect(model("| \(key) | 04-Mar-2026 |\n|---|---|\n").field(field)?.value == "04-Mar-2026", "\(key)")
    }

    @Test func impossibleMeetingDate() {
        if case .impossible = model("Date: 31/02/2026\n").meetingDate {} else { Issue.record("31/02/2026 is impossible") }
    }
}

@Suite struct ProfileTests {
    @Test(arguments: [
        ("Team Around the Child review", "tac", true), ("TAF", "tac", false), ("Early Help Plan review", "tac", true),
        ("Child in Need meeting", "cin", false), ("CIN review", "cin", true), ("Child protection core group", "core-group", false),
        ("Multi-agency professionals' meeting", "professionals", false), ("MAPM", "professionals", false),
        // The apostrophe as word processors write it: once not recognised as a professionals' meeting.
        ("Multi-agency professionals\u{2019} meeting", "professionals", false), ("Professionals\u{2019} meeting review", "professionals", true),
        ("Strategy discussion", "generic", false), ("Family Network Meeting", "tac", false),
    ])
    func typePicksProfile(_ type: String, _ profile: String, _ review: Bool) {
        let meeting = model("---\ntype: \(type)\n---\n")
        #expect(meeting.profileID == profile, "\(type)")
        #expect(meeting.isReview == review, "\(type)")
        #expect(meeting.typeRecognised == (profile != "generic"))
    }

    @Test func aPreviousMeetingMakesAReview() {
        #expect(model("---\ntype: TAC\nprevious-meeting: 01/02/2026\n---\n").isReview)
    }

    @Test func theTitleNamesTheTypeWhenNoFieldDoes() {
        #expect(model("# Core group meeting for A.\n").profileID == "core-group")
    }
}

@Suite struct PeopleTests {
    @Test func listEntries() {
        let meeting = model("""
            ---
            child: Sofia K.
            ---
            ## Attendees
            - Jane Smith — Class teacher, Oak Primary School (chair)
            - Kelly Green (mum)
            - Tom Reed
            - Priya Shah: School nurse
            - Omar Aziz - Family support worker, Early Help (by phone)
            - Sofia
            """)
        let people = meeting.attendees
        #expect(people.map(\.name) == ["Jane Smith", "Kelly Green", "Tom Reed", "Priya Shah", "Omar Aziz", "Sofia"])
        #expect(people[0].role == "Class teacher" && people[0].agency == "Oak Primary School" && people[0].notes == ["chair"])
        #expect(people[1].isFamily && !people[1].isChild)
        #expect(!people[2].hasRoleOrAgency)
        #expect(people[3].role == "School nurse")
        #expect(!people[4].isFamily, "a family support worker is a professional")
        #expect(people[5].isChild)
        #expect(meeting.childAttended && meeting.familyAttended)
    }

    @Test func tablesWithAnAttendedColumn() {
        let meeting = model("""
            ## Attendance
            | Name | Role | Agency | Attended |
            |---|---|---|---|
            | Jane Smith | Class teacher | Oak Primary | Yes |
            | Ravi Patel | GP | Northfield Surgery | No |
            | Dan Green | Dad | | Apologies |
            """)
        #expect(meeting.attendees.map(\.name) == ["Jane Smith"])
        #expect(meeting.apologies.map(\.name) == ["Ravi Patel", "Dan Green"])
        #expect(meeting.apologies[1].isFamily)
    }

    /// Crosses and other words for absence in the attended column: the people were once read as
    /// attending. A tick, `Y` or a blank cell is attendance.
    @Test func crossesInTheAttendedColumnAreAbsence() {
        let meeting = model("""
            ## Attendance
            | Name | Role | Attended |
            |---|---|---|
            | Jane Smith | Class teacher | ✓ |
            | Ravi Patel | GP | ✗ |
            | Dan Green | Dad | × |
            | Amy Fox | School nurse | Unable to attend |
            | Lee Hart | Youth worker | apols |
            | Sam Cole | Housing officer | ✔ |
            | Kim Ward | Police | ✘ |
            | Ali Khan | Health visitor | |
            | Joe Bell | Youth worker | Y |
            """)
        #expect(meeting.attendees.map(\.name) == ["Jane Smith", "Sam Cole", "Ali Khan", "Joe Bell"])
        #expect(meeting.apologies.map(\.name) == ["Ravi Patel", "Dan Green", "Amy Fox", "Lee Hart", "Kim Ward"])
    }

    /// `Attended Y/N` without brackets is the attended column: once no column, so the absent were
    /// read as attending and the record had no apologies.
    @Test(arguments: ["Attended Y/N", "Present y/n", "Attended Yes/No"])
    func attendedColumnTitles(_ title: String) {
        let meeting = model("## Attendance\n| Name | Role | \(title) |\n|---|---|---|\n| Jane Smith | Class teacher | Y |\n| Ravi Patel | GP | N |\n")
        #expect(meeting.attendees.map(\.name) == ["Jane Smith"], "\(title)")
        #expect(meeting.apologies.map(\.name) == ["Ravi Patel"], "\(title)")
    }

    @Test func aFieldLineOfPeople() {
        let meeting = model("**Present:** Jane Smith (SW), Tom Reed (school), Kelly Green (mum)\n**Apologies:** None — everyone attended\n")
        #expect(meeting.attendees.map(\.name) == ["Jane Smith", "Tom Reed", "Kelly Green"])
        #expect(meeting.apologiesExplicitlyNone)
    }
}

@Suite struct ActionTests {
    /// Two columns meaning one part: the first the row fills is it (before, a dictionary's order
    /// chose, which changed from run to run).
    @Test func theFirstOfTwoColumnsMeaningOnePartIsRead() {
        let meeting = model("""
            ## Actions
            | Action | Owner | Lead agency | Target date | Completion date |
            |---|---|---|---|---|
            | Refer A. to CAMHS | Jane Smith | Health | 28/03/2026 | 02/04/2026 |
            | Book the review | Tom Reed | School |  | 10/04/2026 |

            """)
        #expect(meeting.actions.map { $0.owner?.text } == ["Jane Smith", "Tom Reed"])
        #expect(meeting.actions.map { $0.dueText?.text } == ["28/03/2026", "10/04/2026"])
        let people = model("""
            ## Attendees
            | Name | Role | Relationship to child |
            |---|---|---|
            | Jane Smith | Social worker | Allocated worker |
            | Gosia K. |  | Mum |

            """).attendees
        #expect(people.map(\.role) == ["Social worker", "Mum"])
    }

    static func action(_ text: String) -> Action? {
        model("---\ndate: 14/03/2026\n---\n## Actions\n" + text + "\n").actions.first
    }

    @Test(arguments: [
        ("- Tom Reed (school) to refer A. to the counselling service by 28/03/2026.", "Tom Reed (school)"),
        ("- Action: Mum to attend the parenting course within 2 weeks.", "Mum"),
        ("1. Mum and Dad to attend the parenting course.", "Mum and Dad"),
        ("- SW will visit weekly.", "SW"),
        ("- A. to attend school every day.", "A"),
        // A title with a full stop does not end the sentence: once no owner at all.
        ("- Dr. Lee to refer A. to the counselling service.", "Dr. Lee"), ("- Mrs. Reed will collect A. on Fridays.", "Mrs. Reed"),
        // `The` and an organisation, a role or family: once no owner.
        ("- The school will send attendance weekly.", "The school"), ("- The health visitor to weigh A. fortnightly.", "The health visitor"),
        ("- The social worker will visit A. at home.", "The social worker"),
        // An owner's key first, the task in the next sentence: the owner once ran to the line's end.
        ("- Owner: Tom Reed. Refer A. to CAMHS by 28/03/2026.", "Tom Reed"), ("- Responsible: Dr. Lee. Refer A. to CAMHS.", "Dr. Lee"),
        ("- Owner: A. B. Smith. Refer A. to CAMHS.", "A. B. Smith"),
        // Other modal verbs after the owner: once no owner.
        ("- It was agreed Tom Reed would refer A. to CAMHS.", "Tom Reed"), ("- Mum should attend the parenting course.", "Mum"),
        ("- Tom Reed shall refer A. to CAMHS.", "Tom Reed"), ("- The school must send attendance weekly.", "The school"),
        ("- Jane has agreed to share attendance weekly.", "Jane"),
        // `will be` and a word in -ing: once no owner.
        ("- Tom Reed will be referring A. to CAMHS by 28/03/2026.", "Tom Reed"), ("- The school will be sending attendance weekly.", "The school"),
        ("- Refer A. to CAMHS – Tom Reed – 28/03/2026", "Tom Reed"),
        // A closing bracket after an `Action:` key: once cut off the value as a separator, so no owner.
        ("Action: Refer A. to CAMHS (Tom Reed, by 28/03/2026).", "Tom Reed"), ("- Task: Refer A. to CAMHS (Tom Reed, by 28/03/2026)", "Tom Reed"),
        ("- Refer A. to CAMHS\n  Owner: Tom Reed\n  By: 28/03/2026", "Tom Reed"),
        ("- Refer A. to CAMHS\n  - Who: Tom Reed\n  - When: 28/03/2026", "Tom Reed"),
        ("- Refer A. to CAMHS; Owner: Tom Reed; By: 28/03/2026", "Tom Reed"),
        ("- [ ] Lead: Priya Shah — weigh A. fortnightly", "Priya Shah"),
        ("| Action | Who | By when |\n|---|---|---|\n| Refer A. to CAMHS | Tom Reed | 28/03/2026 |", "Tom Reed"),
    ])
    func ownerInEveryForm(_ text: String, _ owner: String) {
        #expect(Self.action(text)?.owner?.text == owner, "\(text)")
    }

    /// Keys in bold written every way (`**Owner:**`, `**Owner**:`, `__Owner:__`, `__Owner__:`)
    /// are keys alike: the task is the text before them, the owner and timescale their values.
    /// `**Owner**: …` inside an item, and `__Action:__` and `**Action**:` lines, were once not
    /// read as keys, so the owner went missing or the key's word was taken for the task's first.
    @Test(arguments: ["**Owner:**", "**Owner**:", "__Owner:__", "__Owner__:", "*Owner:*"])
    func boldKeysInAnItemAreKeys(_ key: String) throws {
        let bold = key.replacingOccurrences(of: "Owner", with: "By")
        let action = try #require(Self.action("- Refer A. to CAMHS \(key) Tom Reed \(bold) 28/03/2026"))
        #expect(action.owner?.text == "Tom Reed", "\(key)")
        #expect(action.dueText?.text == "28/03/2026", "\(key)")
        #expect(action.what?.text == "Refer A. to CAMHS", "\(key)")
    }

    /// A bracket naming someone who attended, followed by the timescale alone, names the owner;
    /// one naming no one the meeting knows does not (the timescale is not the bracket's).
    @Test func aBracketBeforeTheTimescaleNamesAKnownOwner() {
        let record = "---\ndate: 14/03/2026\n---\n## Attendees\n- Tom Reed — Headteacher\n## Actions\n"
        #expect(model(record + "- Refer A. to the counselling service (Tom Reed) by 28/03/2026.\n").actions.first?.owner?.text == "Tom Reed")
        #expect(model(record + "- Complete the assessment (Early Help Assessment) by 28/03/2026.\n").actions.first?.owner == nil)
        #expect(model(record + "- Refer A. to CAMHS (Tom Reed) and then tell Mum, Dad and the school about it.\n").actions.first?.owner == nil)
    }

    /// A dash-separated part naming someone who attended, then the timescale (after a comma, `by`
    /// or as the date alone), names the owner: once no owner. One naming no one the meeting knows
    /// does not (the timescale is not the name's).
    @Test func aTrailingNameBeforeTheTimescaleNamesAKnownOwner() {
        let record = "---\ndate: 14/03/2026\n---\n## Attendees\n- Tom Reed — Headteacher\n## Actions\n"
        for action in [
            "- Refer A. to CAMHS — Tom Reed by 28/03/2026", "- Refer A. to CAMHS — Tom Reed, by 28/03/2026.",
            "- Refer A. to CAMHS - Tom Reed, 28/03/2026", "- Refer A. to CAMHS – Tom Reed before the next meeting",
            "- Refer A. to CAMHS – Tom Reed w/c 23/03/2026",
        ] {
            let meeting = model(record + action + "\n")
            #expect(meeting.actions.first?.owner?.text == "Tom Reed", "\(action)")
            #expect(meeting.actions.first?.due != nil, "\(action)")
        }
        #expect(model(record + "- Refer A. to CAMHS — Early Help, by 28/03/2026\n").actions.first?.owner == nil)
        #expect(model(record + "- Refer A. to CAMHS — Tom Reed and the school nurse by 28/03/2026\n").actions.first?.owner == nil)
    }

    /// `Owner: Tom Reed. Refer A. …`: the sentence after the owner is the task, its timescale read.
    @Test func anOwnersSentenceIsFollowedByTheTask() throws {
        let action = try #require(Self.action("- Owner: Tom Reed. Refer A. to CAMHS by 28/03/2026."))
        #expect(action.what?.text == "Refer A. to CAMHS by 28/03/2026")
        #expect(action.due != nil)
    }

    @Test(arguments: ["**Action:**", "**Action**:", "__Action:__", "__Action__:"])
    func boldActionLinesGiveTheTask(_ key: String) throws {
        let meeting = model("---\ndate: 14/03/2026\n---\n## Actions\n\(key) Tom Reed to keep an eye on A.'s weight by 28/03/2026.\n")
        let action = try #require(meeting.actions.first)
        #expect(action.owner?.text == "Tom Reed", "\(key)")
        #expect(meeting.tokens[action.whatTokens].first { !$0.isPunctuation }.map { meeting.text($0.range) } == "Tom", "\(key)")
        let findings = Linter().check(SourceFile(path: "r.md", text: "---\ndate: 14/03/2026\n---\n## Actions\n\(key) Tom Reed to keep an eye on A.'s weight by 28/03/2026.\n"), keepText: false)
        #expect(findings.diagnostics.contains { $0.rule == "action-measurable" && $0.message.contains("'keep an eye on'") }, "\(key)")
    }

    @Test(arguments: [
        "- The plan will be reviewed at the next meeting.", "- The referral to be sent this week.", "- Attendance should be above 90%.",
        "- It must be shared with the family.", "- Attendance will be monitored weekly.", "- The plan will be reviewing nothing.",
        "- Refer A. to the counselling service by 28/03/2026.", "- Continue to attend school.", "- Speak to school about A.",
        "- Talk to A. about the plan.", "| Action | Who | By when |\n|---|---|---|\n| Refer A. to CAMHS | | 28/03/2026 |",
    ])
    func noOwner(_ text: String) throws {
        let action = try #require(Self.action(text), "\(text) holds no action")
        #expect(action.owner?.text.isEmpty ?? true, "\(text)")
    }

    /// A due column or field holding only a day and month in numbers is that day after the
    /// meeting: once the action had no timescale.
    @Test func aDueColumnOfDayAndMonthInNumbersIsADate() {
        let table = "| Action | Who | By when |\n|---|---|---|\n| Refer A. to CAMHS | Tom Reed | 23/04 |"
        #expect(Self.action(table)?.due?.kind == .date(Day(year: 2026, month: 4, day: 23)))
        #expect(Self.action("- Tom Reed to refer A. to CAMHS\n  By: 2.1")?.due?.kind == .date(Day(year: 2027, month: 1, day: 2)))
        // Clinical shorthand is still a period, and a day and month in the task's text needs a cue word.
        #expect(Self.action(table.replacingOccurrences(of: "23/04", with: "2/52"))?.due?.kind == .relative(Day(year: 2026, month: 3, day: 28)))
        #expect(Self.action("- Tom Reed to refer A. to CAMHS, score 7/10")?.due == nil)
        // Joined by a hyphen, as exported: once no timescale. A range of numbers before a word is no date.
        #expect(Self.action(table.replacingOccurrences(of: "23/04", with: "23-04"))?.due?.kind == .date(Day(year: 2026, month: 4, day: 23)))
        #expect(Self.action(table.replacingOccurrences(of: "23/04", with: "6-8 weeks"))?.due?.kind == .relative(Day(year: 2026, month: 5, day: 9)))
        #expect(Self.action(table.replacingOccurrences(of: "23/04", with: "2-3 times"))?.due == nil)
    }

    /// Owner and due column titles of exports: once no owner or no timescale.
    @Test(arguments: [("Responsible officer", "When by"), ("Who by", "Target completion date"), ("Responsible worker", "Completion by")])
    func exportedActionColumns(_ owner: String, _ due: String) {
        let action = Self.action("| Action | \(owner) | \(due) |\n|---|---|---|\n| Refer A. to CAMHS | Tom Reed | 28/03/2026 |")
        #expect(action?.owner?.text == "Tom Reed", "\(owner)")
        #expect(action?.due?.kind == .date(Day(year: 2026, month: 3, day: 28)), "\(due)")
    }

    /// `| Next review |`: a due column or field that is a bare anchored phrase is tied to the next
    /// meeting, as `by the next review` is; once the action had no timescale. In the task's own
    /// text the bare words only name the meeting.
    @Test func aDueColumnNamingTheNextMeetingIsAnchored() {
        let table = "| Action | Who | By when |\n|---|---|---|\n| Refer A. to CAMHS | Tom Reed | Next review |"
        #expect(Self.action(table)?.due?.kind == .nextMeeting(nil))
        #expect(Self.action(table.replacingOccurrences(of: "Next review", with: "Before next review"))?.due?.kind == .nextMeeting(nil))
        #expect(Self.action("- Tom Reed to refer A. to CAMHS\n  By: next core group")?.due?.kind == .nextMeeting(nil))
        #expect(Self.action("- Tom Reed to ask Dad to come to the next review.")?.due == nil)
    }

    /// An action due `w/c` a date before the meeting is one (`date-sanity` reads only the
    /// timescales after a `by` word): once `w/c` was no such word.
    @Test func aDateAfterWeekCommencingIsExplicit() {
        #expect(Self.action("- Tom Reed to refer A. to CAMHS w/c 02/03/2026.")?.dueIsExplicit == true)
        #expect(Self.action("- Tom Reed to refer A. to CAMHS, seen 02/03/2026.")?.dueIsExplicit == false)
    }

    @Test func timescaleFromAFieldOnAContinuationLine() {
        let action = Self.action("- Tom Reed to refer A. to CAMHS\n  By: 28/03/2026")
        #expect(action?.due?.kind == .date(Day(year: 2026, month: 3, day: 28)))
        #expect(action?.dueIsExplicit == true)
    }

    @Test func aNestedListHoldsFieldsNotNewActions() {
        let meeting = model("## Actions\n- Tom Reed to refer A. to CAMHS\n  - Owner: Tom Reed\n  - By: 28/03/2026\n- Mum to book the dentist by 10/04/2026\n")
        #expect(meeting.actions.count == 2)
        #expect(meeting.actions[0].range.start == 11)
    }

    @Test func statusOfPreviousActions() {
        let meeting = model("""
            ## Review of previous actions
            - [x] Tom Reed to refer A. to counselling.
            - Mum to attend the parenting course — partly done, carried forward.
            - Complete the EHA (Omar).
            - Priya Shah to weigh A.
              - Status: ongoing
            """)
        #expect(meeting.previousActions.map { $0.status?.text } == ["done", "partly done", nil, "ongoing"])
        #expect(meeting.actions.isEmpty)
    }

    /// Status words written other ways: once these actions had no status.
    @Test func otherStatusWordsOfPreviousActions() {
        let meeting = model("""
            ## Review of previous actions
            - Tom Reed to refer A. to counselling — actioned 20/03/2026.
            - Mum to book the dentist ✓
            - Dad to attend the course — c/f
            - Priya Shah to weigh A. — underway
            - Omar to complete the EHA: awaiting Mum's consent
            """)
        #expect(meeting.previousActions.map { $0.status?.text } == ["actioned", "✓", "c/f", "underway", "awaiting"])
    }

    @Test func anActionLineOutsideThePlanIsAnAction() {
        let meeting = model("## Updates\nSchool reported good progress.\nAction: Jane Smith to share attendance weekly.\n")
        #expect(meeting.actions.count == 1)
        #expect(meeting.actions.first?.owner?.text == "Jane Smith")
    }

    @Test func proseInThePlanIsNotAnAction() {
        let meeting = model("## Actions\nThe following actions were agreed:\n- Jane Smith to share attendance weekly.\n")
        #expect(meeting.actions.count == 1)
    }
}

/// A token map made empty allocates nothing, and grows on its first key like one made with room.
@Suite struct TokenMapTests {
    @Test func emptyMapsGrowOnTheirFirstKey() {
        for capacity in [0, 1, 40] {
            var map = TokenMap<Int>(minimumCapacity: capacity)
            #expect(map[7] == nil && map.count == 0)
            for key in 0..<100 { map[UInt64(key) &* 0x9E37_79B9_7F4A_7C15] = key }
            #expect(map.count == 100)
            #expect((0..<100).allSatisfy { map[UInt64($0) &* 0x9E37_79B9_7F4A_7C15] == $0 })
            #expect(map[12345] == nil)
        }
        var set = TokenSet()
        #expect(!set.contains(1))
        set.insert(1)
        #expect(set.contains(1) && set.count == 1)
    }
}
