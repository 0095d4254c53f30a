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
        // The `Chair:` and `Minutes:` fields' values, which may say who they are: read only for a
        // record that lists someone without a role.
        var roleFields: [String]?
        for index in meeting.attendees.indices where !meeting.attendees[index].hasRoleOrAgency {
            // `Marcia Lowe (minutes)` beside `Minutes: Marcia Lowe, Business Support`: the field
            // says who the chair or the minute taker is.
            if roleFields == nil { roleFields = [meeting.field(.chair), meeting.field(.minuteTaker)].compactMap { $0?.value.lowercased() } }
            if let roleFields, !roleFields.isEmpty, Attendees.fieldDescribes(roleFields, meeting.attendees[index].name) {
                let marked = meeting.attendees[index].noteSpans.contains { span in
                    context.vocabulary.isChairOrMinuteNote(Tokenizer.tokens(of: meeting.text(span))[...])
                }
                if marked { continue }
            }
            findings.append(Finding(
                meeting.attendees[index].range,
                "\(quote(meeting.attendees[index].name)) is listed without a role or agency, so readers cannot tell who they are or why they attended.",
                redacted: "An attendee is listed without a role or agency, so readers cannot tell who they are or why they attended.",
                help: "Add their role and agency after their name, e.g. 'Jane Smith — Class teacher, Oak Primary School'.",
                severityCap: .warning))
        }
        return findings
    }

    /// Whether one of the fields' values (lower-cased) gives the whole name and more after it
    /// (`marcia lowe, business support`; not `marcia lowell` for Marcia Lowe).
    static func fieldDescribes(_ values: [String], _ name: String) -> Bool {
        let name = name.lowercased()
        return values.contains { value in
            guard value.hasPrefix(name) else { return false }
            let rest = value.dropFirst(name.count)
            return rest.first?.isLetter == false && rest.contains { $0.isLetter }
        }
    }
}
