import Testing

@testable import MeetingLintCore

/// A huge record's actions, read into room made for them all at once, are the actions read into
/// room grown as they come; and the room made holds them without growing.
@Suite struct HugePlanRoomTests {
    /// A plan of list items, wrapped items, paragraph lines and table rows, and previous actions,
    /// long enough to be a huge record.
    static func hugePlan() -> String {
        var generator = SplitMix64(seed: 0x706c_616e)
        let tasks = ["Tom Reed to refer A. to CAMHS by 28/03/2026", "SW to visit weekly", "Mum to attend the parenting course",
                     "Owner: Priya Shah; Due: next meeting; Action: weigh A. fortnightly", "Refer Isla to CAMHS (Dr Fiona Ross, GP, by 27/03/2026)"]
        var lines = ["## Actions"]
        for index in 0..<3_000 {
            let task = tasks.randomElement(using: &generator)!
            switch index % 4 {
            case 0: lines.append("- \(task)")
            case 1: lines.append("- \(task)\n  and more on a second line")
            case 2: lines.append("\(task) (\(index))\n")
            default: lines.append("- [ ] \(task)")
            }
        }
        lines.append("\n| Action | Who | Due | Status |\n|---|---|---|---|")
        for index in 0..<1_500 { lines.append("| \(tasks.randomElement(using: &generator)!) \(index) | Tom | 1/2/2026 | open |") }
        lines.append("\n## Previous actions")
        for index in 0..<1_000 { lines.append("- Gemma to complete the review \(index) – completed 20/02") }
        lines.append("\nAction: SW to visit weekly")
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aHugeRecordsActionsReadIntoRoomMadeAtOnceAreTheActions() {
        let builder = PeopleSpeedTests.builder(Self.hugePlan())
        #expect(builder.meeting.tokens.count > MeetingBuilder.hugeRecordTokens)
        var grown = MeetingBuilder.ActionsFound()
        builder.readActions(into: &grown)
        #expect(grown.actions.count > 3_000 && grown.previousActions.count > 1_000)
        #expect(builder.meeting.actions.map(ActionPeopleSpeedTests.describe) == grown.actions.map(ActionPeopleSpeedTests.describe))
        #expect(builder.meeting.previousActions.map(ActionPeopleSpeedTests.describe) == grown.previousActions.map(ActionPeopleSpeedTests.describe))
        // The room made holds every action of the plan's sections (the `Action:` field stands in
        // the previous actions', so it is one of theirs).
        var reserved = MeetingBuilder.ActionsFound()
        builder.reserveRoomForActions(in: &reserved)
        let room = (actions: reserved.actions.capacity, previous: reserved.previousActions.capacity)
        #expect(room.actions >= grown.actions.count && room.previous >= grown.previousActions.count)
        builder.readActions(into: &reserved)
        #expect(reserved.actions.capacity == room.actions && reserved.previousActions.capacity == room.previous)
        #expect(reserved.actions.map(ActionPeopleSpeedTests.describe) == grown.actions.map(ActionPeopleSpeedTests.describe))
    }
}
