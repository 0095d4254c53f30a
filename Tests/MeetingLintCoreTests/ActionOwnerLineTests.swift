import Testing

@testable import MeetingLintCore

/// Minutes written item by item put the task in the discussion and the owner on an `ACTION:` line
/// after it (`Tom will share the figures with Priya.` then `ACTION: TR`). The line's value once
/// read as the task, so every such action had "no owner".
@Suite struct ActionOwnerLineTests {
    static let head = "---\ndate: 12/03/2026\n---\n**Present:** Priya Shah (Social Worker), Tom Reed (class teacher), Carla T (mother)\n\n"

    static func actions(_ body: String) -> [Action] { model(head + body).actions }

    /// After a discussion's sentence, on the next line, after a blank line, or after a sentence
    /// wrapped over two lines: the sentence is the task, the value its owner.
    @Test(arguments: [
        ("Tom will share the figures with Priya.\nACTION: TR", "Tom will share the figures with Priya"),
        ("Attendance is up to 94%. Tom will share the figures with Priya.\nACTION: TR", "Tom will share the figures with Priya"),
        ("Tom will share the figures with Priya.\n\nACTION: TR", "Tom will share the figures with Priya"),
        ("Attendance is up. Tom will share the figures\nwith Priya and the school nurse.\nACTION: TR", "Tom will share the figures with Priya and the school nurse"),
        ("Mr T. Reed will share the figures.\n**ACTION: TR**", "Mr T. Reed will share the figures"),
    ])
    func anOwnersActionLineAfterTheDiscussionTakesItsSentence(_ body: String, _ task: String) throws {
        let actions = Self.actions("## Discussion\n" + body + "\n")
        #expect(actions.count == 1, "\(body)")
        let action = try #require(actions.first)
        #expect(action.owner?.text == "TR", "\(body)")
        #expect(action.what?.text == task, "\(body)")
        #expect(action.due == nil, "\(body)")
    }

    /// The owner may be a name, initials joined, a family word or a vague owner (which
    /// `action-owner` reports by name), and a timescale may follow it.
    @Test(arguments: [
        ("ACTION: Tom Reed", "Tom Reed"), ("Action: TR/PS", "TR/PS"), ("ACTION: Mum", "Mum"), ("ACTION: ALL", "ALL"),
        ("ACTION: TR by 27/03/2026", "TR"), ("Action: Tom Reed – 27/03/2026", "Tom Reed"), ("ACTION: School (TR)", "School (TR)"),
    ])
    func theValueNamesTheOwner(_ line: String, _ owner: String) throws {
        let action = try #require(Self.actions("## Discussion\nShare the attendance figures with Priya.\n\(line)\n").first)
        #expect(action.owner?.text == owner, "\(line)")
        #expect(action.what?.text == "Share the attendance figures with Priya", "\(line)")
        #expect((action.due != nil) == line.contains("27/03"), "\(line)")
    }

    /// A value that is a task, a verb with its doer, a placeholder, or a word in capitals that is
    /// no one's initials names no owner: it is read as before, as the task of an action of its own.
    @Test(arguments: [
        "ACTION: Refer A. to CAMHS", "ACTION: REFER TO CAMHS", "Action: refer to CAMHS", "ACTION: SW TO VISIT", "ACTION: TBC", "ACTION: ONGOING", "ACTION: URGENT", "ACTION: COMPLETED",
    ])
    func aValueThatIsNoOneIsNoOwner(_ line: String) throws {
        let actions = Self.actions("## Discussion\nShare the attendance figures with Priya.\n\(line)\n")
        let action = try #require(actions.last)
        #expect(action.owner == nil, "\(line)")
        #expect(action.what?.text != "Share the attendance figures with Priya", "\(line)")
    }

    /// `ACTION: NFA`, `Action: None`, `ACTION: N/A`, `Action: see above` say there is no action:
    /// once each was an action with no owner. So is a plan's line `No further action.`
    @Test(arguments: ["ACTION: NFA", "Action: None", "ACTION: N/A", "Action: see above", "Action: no further action"])
    func aValueThatSaysNoneIsNoAction(_ line: String) {
        #expect(Self.actions("## Discussion\nAttendance is good.\n\(line)\n").isEmpty, "\(line)")
        #expect(Self.actions("## Actions\n\(line)\n").isEmpty, "\(line)")
        #expect(Self.actions("## Actions\nNo further action.\n").isEmpty)
    }

    /// A date in an earlier sentence of the line is not the task's timescale.
    @Test func anEarlierSentencesDateIsNotTheTasks() throws {
        let action = try #require(Self.actions("## Discussion\nAt the meeting on 12/02/2026 attendance was low. Tom will share the figures.\nACTION: TR\n").first)
        #expect(action.what?.text == "Tom will share the figures")
        #expect(action.due == nil)
    }

    /// In the plan, each line of prose is an action: the owner's line after it is read with it,
    /// not as a second action. On the task's own line, the value names the owner too.
    @Test func inThePlanTheOwnersLineJoinsTheTask() {
        let actions = Self.actions(
            "## Actions\nShare the figures with Priya.\nACTION: TR\n\nAttend the parenting course by 30/04/2026.\n\nACTION: Mum\n"
                + "Book the review meeting. ACTION: Priya Shah\n")
        #expect(actions.map { $0.owner?.text } == ["TR", "Mum", "Priya Shah"])
        #expect(actions.map { $0.what?.text } == ["Share the figures with Priya", "Attend the parenting course by 30/04/2026", "Book the review meeting"])
        #expect(actions.map { $0.due != nil } == [false, true, false])
    }

    /// The mark written other ways: with a dash, in a bracket, as `Action by:`, bare (for someone
    /// the record lists), as an `ACTIONS:` key, at the end of the task's line after its full stop,
    /// a dash or in a bracket, in bold; an owner with a note in a bracket. Each was once no
    /// action at all (the task went unchecked) or an action with no owner.
    @Test(arguments: [
        ("Share the figures with Priya.\nACTION – TR", "TR"), ("Share the figures with Priya.\n(ACTION: TR)", "TR"),
        ("Share the figures with Priya.\nAction by: TR", "TR"), ("Share the figures with Priya.\nACTION Tom Reed", "Tom Reed"),
        ("Share the figures with Priya.\nACTIONS: TR", "TR"), ("Share the figures with Priya. ACTION: TR", "TR"),
        ("Share the figures with Priya. **ACTION: TR**", "TR"), ("Share the figures with Priya (ACTION: TR)", "TR"),
        ("Share the figures with Priya – ACTION: TR", "TR"), ("Share the figures with Priya. Action - TR.", "TR"),
        ("Share the figures with Priya.\nACTION: TR (with Carla's help)", "TR"),
    ])
    func theMarkWrittenOtherWays(_ body: String, _ owner: String) throws {
        let actions = Self.actions("## Discussion\nAttendance is up. " + body + "\n")
        #expect(actions.count == 1, "\(body)")
        let action = try #require(actions.first)
        #expect(action.owner?.text == owner, "\(body)")
        #expect(action.what?.text == "Share the figures with Priya", "\(body)")
    }

    /// Text that only mentions an action names no owner: a bare mark for someone the record does
    /// not list (`ACTION PLAN`), and the word in a sentence.
    @Test(arguments: ["Share the figures with Priya.\nACTION PLAN", "Share the figures with Priya. The action plan was agreed."])
    func theWordInTextIsNoMark(_ body: String) {
        #expect(Self.actions("## Discussion\n" + body + "\n").isEmpty, "\(body)")
    }

    /// In the plan, an owner's line written any way joins the task before it: once `ACTION – TR`,
    /// `(ACTION: TR)`, `Action by: TR` and `ACTION TR` were a second action, and the task had no owner.
    @Test(arguments: ["ACTION – TR", "(ACTION: TR)", "Action by: TR", "ACTION TR", "\nACTION – TR"])
    func inThePlanAnOwnersLineWrittenAnyWayJoinsTheTask(_ mark: String) {
        let actions = Self.actions("## Actions\nShare the figures with Priya.\n\(mark)\n")
        #expect(actions.map { $0.owner?.text } == ["TR"], "\(mark)")
        #expect(actions.map { $0.what?.text } == ["Share the figures with Priya"], "\(mark)")
    }

    /// A value longer than a name and a timescale is no owner's (each cut looked for reads the rest
    /// of the value, so a long one is not read): a line of thirty initials after a sentence.
    @Test func aLongValueIsNoOwnersValue() throws {
        let initials = Array(repeating: "TR", count: 30).joined(separator: " ")
        let actions = Self.actions("## Discussion\nShare the figures with Priya. ACTION: \(initials)\n")
        #expect(actions.isEmpty)
        let own = try #require(Self.actions("## Discussion\nShare the figures with Priya.\nACTION: \(initials)\n").last)
        #expect(own.owner == nil)
    }

    /// The word leading a task of its own, its owner in a bracket or before a colon, or after a
    /// dash in an owner-first sentence: outside the plan once no action at all, and in the plan
    /// no owner (or the owner `TR)`, its bracket's end kept).
    @Test(arguments: ["## Discussion", "## Actions"], [
        ("ACTION (TR): share the figures with Priya.", "TR"), ("**ACTION (TR):** share the figures with Priya.", "TR"),
        ("ACTION TR: share the figures with Priya.", "TR"), ("ACTION – TR: share the figures with Priya.", "TR"),
        ("Action - Tom Reed to share the figures with Priya.", "Tom Reed"),
    ])
    func theWordLeadsATaskOfItsOwn(_ heading: String, _ example: (line: String, owner: String)) throws {
        let actions = Self.actions("\(heading)\n\(example.line)\n")
        #expect(actions.count == 1, "\(heading) \(example.line)")
        let action = try #require(actions.first)
        #expect(action.owner?.text == example.owner, "\(heading) \(example.line)")
        #expect(action.what?.text.hasSuffix("share the figures with Priya") == true, "\(heading) \(example.line)")
        #expect(action.what?.text.lowercased().contains("action") == false, "\(heading) \(example.line)")
    }

    /// `Action plan agreed by all.` outside the plan leads no task.
    @Test func aSentenceAboutThePlanLeadsNoTask() {
        #expect(Self.actions("## Discussion\nAction plan agreed by all.\n").isEmpty)
    }

    /// With no sentence before it (after a heading), the line is an action of its own: its owner
    /// named, its task not said.
    @Test func aLoneOwnersLineIsAnActionWithAnOwner() throws {
        let action = try #require(Self.actions("## Discussion\nACTION: TR\n").first)
        #expect(action.owner?.text == "TR")
    }
}
