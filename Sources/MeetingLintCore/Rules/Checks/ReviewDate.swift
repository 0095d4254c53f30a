/// `review-date`: a next meeting or review date is set, valid, after the meeting and within the
/// profile's limit.
struct ReviewDate: BuiltInCheck {
    static let id = "review-date"
    /// Each context's `review-within`, read once.

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        switch meeting.nextMeetingDate {
        case .missing:
            return [.missing("The record does not set a date for the next meeting or review.")]
        case .unset(let range):
            let written = meeting.text(range)
            if written.isEmpty, let field = meeting.field(.nextMeeting) {
                return [Finding(field.lineRange, "The next meeting date is blank: no date is set for the next meeting or review.")]
            }
            if let section = meeting.sectionIndexes(.nextMeeting).first(where: { meeting.sections[$0].headingRange == range }) {
                // The section holds no date: say what it does hold, if anything.
                let content = meeting.contentTokens(of: meeting.sections[section])
                guard let first = content.first, let last = content.last else {
                    return [Finding(range, "The next meeting section is empty: no date is set for the next meeting or review.")]
                }
                // Its first line: the lines after it (`Copies to: …`) belong to the section
                // until the next heading, but quoted with it they read as one sentence. Cut at
                // the first line end's byte, so that CRLF and CR ends cut too (`"\r\n"` is one
                // Character, which a split at the Character `"\n"` passes over).
                let text = meeting.text(SourceRange(first.range.start, last.range.end))
                let held = text.utf8.firstIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }.map { String(text[..<$0]).trimmingSpaces } ?? text
                return [Finding(
                    range, "The next meeting section says \(quote(held)), which is not a date, so no review date is set.",
                    redacted: "The next meeting section does not give a date, so no review date is set.")]
            }
            return [Finding(
                range, "The next meeting date \(quote(written)) is not a date, so no review date is set.",
                redacted: "The next meeting date is not a full date, so no review date is set.")]
        case .impossible(let range):
            return [Finding(
                range, "The next meeting date \(quote(meeting.text(range))) does not exist, so no review date is set.",
                redacted: "The next meeting date does not exist, so no review date is set.")]
        case .valid(let next, let range):
            guard let date = meeting.meetingDate.day else { return [] }
            if next <= date {
                return [Finding(
                    range, "The next meeting (\(next)) is not after this meeting (\(date)).",
                    help: "Check both dates: the next meeting must come after this one.")]
            }
            if let limit = context.interval("review-within") {
                let last = limit.last(after: date, holidays: meeting.holidays)
                if next > last {
                    let days = next.number - date.number
                    let gap = days % 7 == 0 ? "\(days / 7) weeks" : "\(days) days"
                    return [Finding(
                        range,
                        "The next meeting is \(gap) after this one; for a \(context.profile.name) meeting it should be within \(limit) (by \(last)).",
                        help: "Set the next meeting on or before \(last), or record why a longer gap was agreed and suppress this finding.")]
                }
            }
            return []
        }
    }
}
