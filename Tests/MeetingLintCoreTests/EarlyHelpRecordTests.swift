import Testing

@testable import MeetingLintCore

// An Early Help Team Around the Family review as a family support worker types it up
// (`Corpus/r4-taf-early-help-numbered-plan.md`): a numbered plan with who and when under each
// task, the title as a plain first line, a next-review section followed by a `Copies to:` line.

/// Early Help plans typed as a numbered list put who and when on the lines under each task
/// (`1. Report the mould to Hollins Homes.` then `   - Who: Laura`, `   - When: by 19/05/2026`),
/// and an owner's key often carries the timescale too (`Who: Nadia by 19/05/2026`). The timescale
/// was read as part of the owner, so the action had "no timescale" and `owner-known` reported
/// `05` or `this week` as someone not at the meeting.
@Suite struct PlanSubItemTests {
    static let head = "---\ndate: 12/05/2026\n---\n## Attendees\n- Nadia Begum – Family Support Worker\n- Laura M – Mum\n\n## Plan\n"

    static func actions(_ plan: String) -> [Action] { model(head + plan).actions }

    /// The owner ends where the timescale starts (after a `by`, a comma or a dash), and the
    /// timescale is the action's.
    @Test(arguments: [
        ("Who: Nadia by 19/05/2026", "Nadia"), ("Who: Nadia, this week", "Nadia"), ("Owner: Nadia by 19/05/2026", "Nadia"),
        ("Lead: Nadia, this week", "Nadia"), ("Who: Year 6 teacher by 19/05/2026", "Year 6 teacher"),
        ("Who: Nadia and Laura, weekly until the review", "Nadia and Laura"), ("Who: Nadia – by 19/05/2026", "Nadia"),
    ])
    func anOwnersKeyEndsWhereItsTimescaleStarts(_ line: String, _ owner: String) throws {
        for plan in ["1. Refer Mum to Citizens Advice.\n   - \(line)\n", "1. Refer Mum to Citizens Advice.\n   \(line)\n", "- Refer Mum to Citizens Advice. \(line)\n"] {
            let actions = Self.actions(plan)
            #expect(actions.count == 1, "\(plan)")
            let action = try #require(actions.first)
            #expect(action.owner?.text == owner, "\(plan)")
            #expect(action.due != nil, "\(plan)")
            #expect(action.what?.text == "Refer Mum to Citizens Advice", "\(plan)")
        }
    }

    /// An owner's value with no timescale, or one that may be a name (`April Hart`), is the owner
    /// whole, as before; a value that is only a timescale names no one (the key is there, its
    /// value empty, as `Who:` alone gives), and gives the timescale.
    @Test(arguments: [("Who: April Hart", "April Hart", false), ("Who: Nadia and Laura", "Nadia and Laura", false), ("Who: by 19/05/2026", "", true)])
    func anOwnersKeyWithoutANameAndATimescale(_ line: String, _ owner: String, _ due: Bool) throws {
        let action = try #require(Self.actions("1. Refer Mum to Citizens Advice.\n   - \(line)\n").first)
        #expect(action.owner?.text == owner, "\(line)")
        #expect((action.due != nil) == due, "\(line)")
    }

    /// A sub-item with no key that names only the owner, perhaps with a timescale, is the owner.
    @Test(arguments: [("   - Nadia, this week", "Nadia", true), ("   - Nadia – by 19/05/2026", "Nadia", true), ("   - Laura M", "Laura M", false)])
    func aSubItemNamingOnlyTheOwnerIsTheOwner(_ line: String, _ owner: String, _ due: Bool) throws {
        let action = try #require(Self.actions("1. Refer Mum to Citizens Advice.\n\(line)\n").first)
        #expect(action.owner?.text == owner, "\(line)")
        #expect((action.due != nil) == due, "\(line)")
    }

    /// A sub-item that says something else (a sentence, someone the record does not list) names
    /// no owner, and neither does the task's own wrapped line.
    @Test(arguments: ["1. Refer Mum to Citizens Advice.\n   - Mum agreed to this\n", "1. Refer Mum to Citizens Advice.\n   - Tom Ellis, this week\n", "1. Refer Mum to Citizens Advice\n   Nadia\n"])
    func aSubItemThatIsNoOwnerIsNone(_ plan: String) throws {
        let action = try #require(Self.actions(plan).first)
        #expect(action.owner == nil, "\(plan)")
    }
}

/// A word processor's export leaves a record's title as its opening lines, with no `#`: the
/// title alone, or under the school's or service's name, on the next line or after a blank line
/// (only the first line was read as a title, so a title under a name went unread).
@Suite struct TitleLineTests {
    @Test(arguments: [
        ("Early Help – Team Around the Family (TAF) Review Meeting\n\nChild: M.M. (9)\n", "tac", true),
        ("Child in Need Meeting\nChild: M.M. (9)\n", "cin", false),
        ("<!-- draft -->\nCore Group Meeting\n\n## Attendees\n", "core-group", false),
        ("Oakfield Primary School\nTEAM AROUND THE CHILD (TAC) MEETING – MINUTES\n\n**Child:** L. R.\n", "tac", false),
        ("Oakfield Primary School\n\nTAC Review Meeting Minutes\n\n**Child:** L. R.\n", "tac", true),
        ("Westvale Council\nChildren's Services\nChild in Need Review\nChild: L. R.\n", "cin", true),
    ])
    func openingLinesNameTheType(_ text: String, _ profile: String, _ review: Bool) {
        let meeting = model(text)
        #expect(meeting.profileID == profile, "\(text)")
        #expect(meeting.typeRecognised, "\(text)")
        #expect(meeting.isReview == review, "\(text)")
    }

    /// Not a title: lines that end in a full stop (a sentence), a long line, more than three
    /// lines, a third paragraph, a line after a field or heading.
    @Test(arguments: [
        "We met as a Team Around the Child\nto review the plan.\n",
        "Team Around the Child\nmet to review the plan.\nChild: M.M. (9)\n",
        "We met as a Team Around the Child to review how the plan is going for Mia, what has changed since May and what is next for her.\n",
        "Child: M.M. (9)\n\nTeam Around the Child\n",
        "## Attendees\nTeam Around the Child\n",
        "Oakfield Primary School\nWe met as a Team Around the Child.\n",
        "Oakfield Primary School\n\nSpring term\n\nTeam Around the Child\n",
        "Oakfield Primary School\nWestvale\nSpring term\nTeam Around the Child\n",
        "Oakfield Primary School\nChild: L. R.\nTeam Around the Child\n",
        "Oakfield Primary School\nChild: L. R.\n\nTeam Around the Child\n",
    ])
    func otherFirstBlocksAreNoTitle(_ text: String) {
        let meeting = model(text)
        #expect(!meeting.typeRecognised, "\(text)")
        #expect(meeting.profileID == "generic", "\(text)")
    }
}

/// `review-date` quotes what a next-meeting section holds instead of a date: its first line, not
/// the lines after it that belong to the section until the next heading (`Copies to: …`), which
/// read as one sentence with it.
@Suite struct NextMeetingQuoteTests {
    @Test(arguments: ["Date to be confirmed", "In 6 weeks"], ["\n", "\r\n"])
    func theSectionsFirstLineIsQuoted(_ held: String, _ end: String) {
        let record = ["# TAC review", "", "**Date:** 12/05/2026", "", "## Next review", held, "", "Copies to: everyone who attended.", ""].joined(separator: end)
        let messages = RuleDocumentTests.messages(of: "review-date", in: record)
        #expect(messages == ["The next meeting section says '\(held)', which is not a date, so no review date is set."], "\(messages)")
    }
}

