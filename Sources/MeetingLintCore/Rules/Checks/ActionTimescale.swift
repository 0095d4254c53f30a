/// `action-timescale`: every action of this meeting's plan says by when it will be done.
struct ActionTimescale: BuiltInCheck {
    static let id = "action-timescale"

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for action in meeting.actions {
            guard let due = action.due else {
                findings.append(Finding(action.range, "This action does not say by when it will be done."))
                continue
            }
            let written = meeting.text(due.range)
            switch due.kind {
            case .date, .relative, .recurring:
                continue
            case .nextMeeting(let day):
                guard day == nil else { continue }
                findings.append(Finding(
                    action.range,
                    "This action is due \(quote(written)), but the record does not give the next meeting's date, so nobody knows when that is.",
                    redacted: "This action is due at the next meeting, but the record does not give the next meeting's date, so nobody knows when that is.",
                    help: "Give the next meeting's date, or give this action its own date."))
            case .impossibleDate:
                findings.append(Finding(
                    action.range, "This action's date \(quote(written)) does not exist, so it has no timescale.",
                    redacted: "This action's date does not exist, so it has no timescale."))
            case .vague:
                findings.append(Finding(
                    action.range, "This action's timescale \(quote(written)) does not say when it will be done.",
                    redacted: "This action's timescale is vague: it does not say when it will be done."))
            }
        }
        return findings
    }
}
