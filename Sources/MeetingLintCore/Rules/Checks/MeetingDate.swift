/// `meeting-date`: the meeting date is present and a valid date.
struct MeetingDate: BuiltInCheck {
    static let id = "meeting-date"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        switch meeting.meetingDate {
        case .valid:
            return []
        case .missing:
            return [.missing("The record does not say when the meeting took place.")]
        case .unset(let range):
            let written = meeting.text(range)
            if written.isEmpty, let field = meeting.field(.date) {
                return [Finding(field.lineRange, "The meeting date is blank: the record does not say when the meeting took place.")]
            }
            return [Finding(
                range, "The meeting date \(quote(written)) is not a full date with a day, month and year.",
                redacted: "The meeting date is not a full date with a day, month and year.")]
        case .impossible(let range):
            return [Finding(
                range, "The meeting date \(quote(meeting.text(range))) does not exist, so the meeting has no date.",
                redacted: "The meeting date does not exist, so the meeting has no date.")]
        }
    }
}
