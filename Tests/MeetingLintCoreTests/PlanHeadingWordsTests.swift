import Testing

@testable import MeetingLintCore

/// Headings that name a plan in words no list holds (`Review of last actions`, `Core group
/// plan`): read by their words (`headings/plan-…`). Tried against the lists, 18 of 20 ways of
/// heading the last meeting's actions named nothing, so a review that went through every one was
/// reported as not reviewing them; and a plan under `Core group plan` was not checked at all.
@Suite struct PlanHeadingWordsTests {
    static func concepts(_ heading: String) -> [Concept] { HeadingWordingTests.concepts(heading) }

    /// A plan word with a word that looks back: `last`, `previous` anywhere; `review`, `update`
    /// first or straight after the plan word.
    @Test(arguments: [
        "Review of last actions", "Last meeting's actions", "Last TAF's actions", "Previous plan", "Update on last actions",
        "Actions agreed at last meeting", "Actions review", "Review of previous plan", "Last time's actions", "Update on actions from last TAF",
        "Progress on last plan", "Actions from previous TAF meeting", "Plan review", "Action plan review", "Previous TAF actions",
        "Update on the family plan", "Review of family plan actions", "Review of actions agreed on 10/03/2026", "Outstanding tasks",
        "Review of action points", "Feedback on last actions",
    ])
    func aPlanLookedBackAtIsThePreviousActions(_ heading: String) {
        #expect(Self.concepts(heading) == [.previousActions], "\(heading)")
    }

    /// A heading with a separator is read in parts, as before: each part may name a plan.
    @Test func aHeadingWithASeparatorIsReadInParts() {
        #expect(Self.concepts("Previous actions / new actions") == [.previousActions, .actions])
        #expect(Self.concepts("Last TAF's actions & Kai's views") == [.previousActions, .childVoice])
    }

    /// A plan word with no word that looks back is this meeting's plan: `review` elsewhere names
    /// this meeting (`CIN review plan`, `Actions from today's review`).
    @Test(arguments: [
        "Core group plan", "New plan", "Plan going forward", "Actions agreed today", "Actions from this meeting", "CIN review plan",
        "TAF review actions", "Actions for next meeting", "Plan for the next 6 weeks", "Actions from today's review",
        "Plan agreed at this meeting",
    ])
    func aPlanNotLookedBackAtIsThisMeetingsActions(_ heading: String) {
        #expect(Self.concepts(heading) == [.actions], "\(heading)")
    }

    /// A word outside the lists (a sentence, a name), or no plan word, names nothing; nor does
    /// `Action` or `Task` alone, which starts an action in a discussion (`Action: Sally to …`).
    @Test(arguments: [
        "Action", "Agreed action", "Next action", "Task", "Actions for Mum", "Plan is going well", "Last actions were all completed",
        "Last meeting", "Review of the week", "Update from school", "Plan for Kai's birthday",
    ])
    func otherWordsNameNoPlan(_ heading: String) {
        #expect(Self.concepts(heading).isEmpty, "\(heading): \(Self.concepts(heading))")
    }

    static let head = "---\ntype: TAF review\nchild: Kai (9)\ndate: 03/02/2026\nnext-meeting: 03/03/2026\n---\n\n"

    /// In a review: the last meeting's actions under `Review of last actions` are reviewed (each
    /// needs its status), and the plan under `Core group plan` is checked.
    @Test func aRecordsPlansNamedByWords() {
        let record = Self.head + """
            ## Review of last actions
            | Action | Who | Update |
            |---|---|---|
            | Referral to Healthy Minds | Helen Price | Done |
            | Bedtime chart | Gemma T. | |

            ## Core group plan
            - All to feed back any worries to Helen.

            """
        let meeting = model(record)
        #expect(meeting.previousActions.count == 2)
        #expect(meeting.actions.count == 1)
        #expect(RuleDocumentTests.findings(of: "previous-actions", in: record).map(\.line) == [12], "\(RuleDocumentTests.messages(of: "previous-actions", in: record))")
        #expect(RuleDocumentTests.findings(of: "action-owner", in: record).map(\.line) == [15])
    }

    /// A plain line, as a record pasted from a word processor has its headings, too.
    @Test func aPlainLineHeading() {
        let record = Self.head + "Previous TAF actions\n- Helen to refer Kai to Healthy Minds – done\nPlan going forward\n- Helen to call school weekly.\n"
        let meeting = model(record)
        #expect(meeting.previousActions.count == 1, "\(meeting.sections.map(\.title))")
        #expect(meeting.actions.count == 1, "\(meeting.sections.map(\.title))")
    }

    /// `Action:` and `Agreed action:` in a discussion start an action there; they open no plan.
    @Test(arguments: ["Action", "Agreed action"])
    func anActionInADiscussionOpensNoPlan(_ key: String) {
        let record = Self.head + "## School update\nKai has settled well.\n\(key): Helen to send a weekly note every Friday until the review.\n"
        #expect(model(record).sections.map(\.title) == ["School update"])
    }

    /// The words are data: a rule pack's `plan-words` add to the built-in ones.
    @Test func aRulePackAddsWords() {
        let pack = DataDocument(path: "vocabulary/headings.md", text: "---\nkind: vocabulary\n---\n## plan-words\n- programme\n")
        let files = EmbeddedRules.documents.map { ($0.path, $0.text) } + [(pack.path, pack.text)]
        let vocabulary = Catalogue(files: files).vocabulary
        let bytes = Array("Previous programme".utf8)
        #expect(bytes.withUnsafeBufferPointer { vocabulary.concepts(ofHeading: $0, childNames: []) } == [.previousActions])
        #expect(Self.concepts("Previous programme").isEmpty)
    }
}
