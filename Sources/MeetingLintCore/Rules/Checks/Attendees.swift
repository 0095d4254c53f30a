/// `attendees`: attendance is listed, and each entry says who the person is.
struct Attendees: BuiltInCheck {
    static let id = "attendees"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        if meeting.attendees.isEmpty {
            if let section = meeting.firstSection(.attendance) {
                guard section.substance != .present else { return [] }
                return [Finding(section.headingRange, "The attendance section is empty: it does not say who came to the meeting.")]
            }
            return [.missing("The record does not list who attended the meeting.")]
        }
        // Each attendee read in place, rather than the ones without a role copied out first.
        var findings: [Finding] = []
        let chairNotes = context.vocabulary.phrases("people/chair-notes")
        let minuteNotes = context.vocabulary.phrases("people/minute-notes")
        for index in meeting.attendees.indices where !meeting.attendees[index].hasRoleOrAgency {
            // `Marcia Lowe (minutes)`: chairing or taking the minutes is their part in the meeting.
            let marked = meeting.attendees[index].noteSpans.contains { span in
                let tokens = Tokenizer.tokens(of: meeting.text(span))[...]
                return chairNotes.matchesWhole(tokens) || minuteNotes.matchesWhole(tokens)
            }
            if marked { continue }
            findings.append(Finding(
                meeting.attendees[index].range,
                "\(quote(meeting.attendees[index].name)) is listed without a role or agency, so readers cannot tell who they are or why they attended.",
                redacted: "An attendee is listed without a role or agency, so readers cannot tell who they are or why they attended.",
                help: "Add their role and agency after their name, e.g. 'Jane Smith — Class teacher, Oak Primary School'.",
                severityCap: .warning))
        }
        return findings
    }
}
