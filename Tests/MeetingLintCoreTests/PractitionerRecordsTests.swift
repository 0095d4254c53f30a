import Testing

@testable import MeetingLintCore

/// Found on 28 November 2026 by reading eight new records as a social worker would (a school's TAF
/// review, a CIN review from a template, a terse pre-birth core group, a professionals' meeting
/// about exploitation; then a Signs of Safety TAC, a first CIN meeting for three siblings, a core
/// group in an email, a professionals' meeting in Wales): each case here was a wrong finding or a
/// plan left unread.
@Suite struct PractitionerRecordsTests {
    /// Headings the lists lacked: the child's views asked as a question, the parents' the same
    /// way, a plan as `What are we going to do?`, previous actions `from last CG`.
    @Test(arguments: [
        ("What does Kai think?", Concept.childVoice), ("What does Kai (15) think?", .childVoice), ("What Kai (15) told us", .childVoice),
        ("What does Mum think?", .familyViews), ("What do Mum and Dad think?", .familyViews),
        ("What are we going to do?", .actions), ("What we are going to do", .actions),
        ("Progress on actions from last CG (12/02)", .previousActions),
        ("Wellbeing goal", .needs), ("Safety goal", .needs),
    ])
    func headingsAsPractitionersWriteThem(_ heading: String, _ concept: Concept) {
        #expect(HeadingWordingTests.concepts(heading) == [concept], "\(heading)")
    }

    /// A name in brackets in the child field is one the child goes by: `Kai's views` is theirs.
    @Test(arguments: [
        ("K.M. (Kai), age 15", "Kai"), ("Kai (K.M.)", "K.M."), ("Lily-Mae Hart (Lily)", "Lily"),
        ("E.D. (Élodie), age 9", "Élodie"), ("K.M. ( Kai ), age 15", "Kai"),
    ])
    func aNameInBracketsIsTheChilds(_ value: String, _ name: String) {
        #expect(MeetingBuilder.childNames(in: value).0.contains(name), "\(value): \(MeetingBuilder.childNames(in: value).0)")
    }

    /// Ages, dates of birth and notes in brackets are no names; nor is a second child counted.
    @Test(arguments: ["Rhys D. (DOB 04/09/2011, age 14)", "Kayden (7)", "Baby M. (unborn)", "Ava T (11 months)", "Jo (CLA)"])
    func otherBracketsAreNoNames(_ value: String) {
        let (names, count) = MeetingBuilder.childNames(in: value)
        #expect(count == 1, "\(value)")
        #expect(!names.contains { $0.contains("(") || $0.first?.isNumber == true || $0 == "CLA" || $0 == "unborn" }, "\(value): \(names)")
    }

    /// The `Chair:` or `Minutes:` field describes an attendee only under their whole name.
    @Test func aRoleFieldDescribesTheWholeName() {
        #expect(Attendees.fieldDescribes(["marcia lowe, business support"], "Marcia Lowe"))
        #expect(Attendees.fieldDescribes(["marcia lowe (business support)"], "Marcia Lowe"))
        #expect(!Attendees.fieldDescribes(["marcia lowell, business support"], "Marcia Lowe"))
        #expect(!Attendees.fieldDescribes(["marcia lowe"], "Marcia Lowe"))
    }

    @Test func theChildsViewsUnderTheNameTheyGoBy() {
        let record = "---\ndate: 12/03/2026\nyoung person: K.M. (Kai), age 15\n---\n## Kai's views\n\nKai wants to be a mechanic.\n"
        #expect(model(record).hasSection(.childVoice))
    }

    /// A pre-birth core group's baby (`Unborn baby M (EDD 02/04/2026)`) is unborn and too young to
    /// be told: the expected date is no date of birth. A baby's brother is no unborn child.
    @Test func anUnbornBaby() {
        let unborn = model("---\ndate: 05/03/2026\nchild: Unborn baby M (EDD 02/04/2026)\n---\n")
        #expect(unborn.childUnborn && unborn.childrenTooYoungToBeTold)
        #expect(!model("---\ndate: 05/03/2026\nchild: Leo M (4) and unborn baby\n---\n").childUnborn)
        #expect(!model("---\ndate: 05/03/2026\nchild: Leo M (4)\n---\n").childUnborn)
    }

    /// `Ruth Akande (DSL) – put a plan in place for Kai to meet …`: the owner is before the dash;
    /// `put a plan in place for Kai` is the task, not the owner of `to meet`.
    @Test func aTaskVerbStartsNoOwner() {
        let record = "---\ndate: 12/03/2026\n---\n## Attendees\n- Ruth Akande – DSL, Castlebrook Academy\n\n## Actions\n"
            + "- Ruth Akande (DSL) – put a plan in place for Ava to meet Mr Daly each morning by 16/03/2026.\n"
        #expect(model(record).actions.first?.owner?.text == "Ruth Akande (DSL)")
    }

    /// A key in bold with its colon inside the marks (`**Health:** Priya to weigh A.`) leads the
    /// task as `Health: Priya …` does; a condition may end at a colon (`If Jo goes missing: Mum
    /// to report it …`), in bold too.
    @Test(arguments: [
        ("**Health:** Priya to weigh A. by 01/04/2026.", "Priya"), ("__Health:__ Priya to weigh A. by 01/04/2026.", "Priya"),
        ("**Liam:** to visit Kai by 01/04/2026.", "Liam"), ("**Liam:** visit Kai by 01/04/2026.", "Liam"),
        ("If Jo goes missing: Mum to report it to the police straight away.", "Mum"),
        ("**If Jo goes missing:** Mum to report it to the police straight away.", "Mum"),
    ])
    func boldKeysAndConditionsEndedByAColon(_ action: String, _ owner: String) {
        let record = "---\ndate: 12/03/2026\n---\n## Attendees\n- Priya Shah – Health Visitor\n- Liam Fraser – YJS Case Manager\n\n## Actions\n- " + action + "\n"
        #expect(model(record).actions.first?.owner?.text == owner, "\(action)")
    }

    /// Minutes in the first person name the writer in a bracket: `I (Sarah, DSL) will send …`.
    /// A bare `I` names no one, nor does a bracket that opens with no name (`I (as chair)`).
    @Test func theWriterNamedInABracket() {
        let head = "---\ndate: 03/03/2026\n---\n## Who came?\n- Sarah Whitlock – Designated Safeguarding Lead\n\n## Actions\n- "
        #expect(model(head + "I (Sarah, DSL) will send these notes out to everyone by Friday 6th March.\n").actions.first?.owner?.text == "Sarah, DSL")
        #expect(model(head + "I will send these notes out to everyone by Friday 6th March.\n").actions.first?.owner == nil)
        #expect(model(head + "I (as chair) will send these notes out by 06/03/2026.\n").actions.first?.owner?.text != "as chair")
    }

    /// `From now until the strategy discussion's outcome` starts at once: a timescale.
    @Test func fromNowIsATimescale() {
        let record = "---\ndate: 07/05/2026\n---\n## Actions\n| Action | Lead | By when |\n|---|---|---|\n"
            + "| Nurse supervision of parental handling | Bethan Hughes | From now until strategy discussion outcome |\n"
        #expect(model(record).actions.first?.due != nil)
    }

    /// A list item opening with a condition in a section that is both the plan and the
    /// contingency (`Safety plan / what if`) is a step of the contingency, not an action; other
    /// items there, and such items in a plan alone, still are actions.
    @Test func conditionsInAPlanThatIsAlsoTheContingency() {
        let items = "- **If Kai goes missing:** Mum to report to police straight away.\n- If Kai is arrested, police to contact YJS and EDT.\n"
            + "- Liam Fraser to visit Kai weekly until the next meeting.\n"
        let both = model("---\ndate: 12/03/2026\n---\n## Safety plan / what if\n" + items)
        #expect(both.actions.count == 1)
        #expect(both.actions.first?.owner?.text == "Liam Fraser")
        let plan = model("---\ndate: 12/03/2026\n---\n## Safety plan\n" + items)
        #expect(plan.actions.count == 3)
    }
}

/// `strengths-and-risks`' help names only the parts missing: a record with strengths and worries
/// is asked for its needs alone.
@Suite struct StrengthsAndRisksHelpTests {
    static func help(_ record: String) -> String? {
        Linter().check(SourceFile(path: "example.md", text: record)).diagnostics.first { $0.rule == "strengths-and-risks" }?.help
    }

    @Test func onlyTheMissingPartIsAskedFor() {
        let record = "## What's working well\nA. has settled in class.\n\n## What are we worried about\nA. is often late.\n"
        let help = Self.help(record) ?? ""
        #expect(help.contains("the child's needs, e.g. 'What needs to change'"), "\(help)")
        #expect(!help.contains("working well") && !help.contains("worried"), "\(help)")
    }

    @Test func everyMissingPartIsAskedFor() {
        let help = Self.help("## Updates\nA. has settled in class.\n") ?? ""
        #expect(help.contains("needs, strengths and risks"), "\(help)")
        #expect(help.contains("'What needs to change', 'What's working well' and 'What are we worried about'"), "\(help)")
    }
}
