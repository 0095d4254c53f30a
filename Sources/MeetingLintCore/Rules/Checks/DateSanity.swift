/// `date-sanity`: no date in the record is impossible, and no action of this meeting's plan is
/// due before the meeting.
struct DateSanity: BuiltInCheck {
    static let id = "date-sanity"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for mention in meeting.dates {
            guard case .impossible = mention.value else { continue }
            findings.append(Finding(
                mention.range, "\(quote(meeting.text(mention.range))) is not a real date.",
                redacted: "This date does not exist.",
                help: "Check the day and month: no month has more than 31 days, February has 28 (29 in a leap year), and there are 12 months."))
        }
        if let date = meeting.meetingDate.day {
            // Each action read in place: a copy would retain each of its parts.
            for index in meeting.actions.indices where meeting.actions[index].dueIsExplicit {
                guard let due = meeting.actions[index].due, case .date(let day) = due.kind, let day, day < date else { continue }
                findings.append(Finding(
                    due.range, "This action is due on \(day), before the meeting on \(date) at which it was agreed.",
                    help: "Check the date: an action agreed at this meeting cannot be due before it."))
            }
        }
        return findings
    }
}
