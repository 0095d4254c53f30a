/// `action-timescale`: every action of this meeting's plan says by when it will be done.
struct ActionTimescale: BuiltInCheck {
    static let id = "action-timescale"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        // Each action read field by field (a copy would retain all of its parts), and its
        // timescale's words read only for a finding.
        for index in meeting.actions.indices {
            let range = meeting.actions[index].range
            guard let due = meeting.actions[index].due else {
                findings.append(Finding(range, "This action does not say by when it will be done."))
                continue
            }
            var written: String { meeting.text(due.range) }
            switch due.kind {
            case .date, .relative, .recurring:
                continue
            case .nextMeeting(let day):
                guard day == nil else { continue }
                findings.append(Finding(
                    range,
                    "This action is due \(quote(written)), but the record does not give the next meeting's date, so nobody knows when that is.",
                    redacted: "This action is due at the next meeting, but the record does not give the next meeting's date, so nobody knows when that is.",
                    help: "Give the next meeting's date, or give this action its own date."))
            case .impossibleDate:
                findings.append(Finding(
                    range, "This action's date \(quote(written)) does not exist, so it has no timescale.",
                    redacted: "This action's date does not exist, so it has no timescale."))
            case .vague:
                findings.append(Finding(
                    range, "This action's timescale \(quote(written)) does not say when it will be done.",
                    redacted: "This action's timescale is vague: it does not say when it will be done."))
            }
        }
        return findings
    }
}
