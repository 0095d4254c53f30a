/// `meeting-type`: the type of meeting is identified.
struct MeetingType: BuiltInCheck {
    static let id = "meeting-type"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        guard !meeting.typeRecognised else { return [] }
        if let field = meeting.field(.type), !field.value.isEmpty {
            return [Finding(
                field.valueRange,
                "The meeting type \(quote(field.value)) is not one meetinglint knows, so only the general checks apply.",
                redacted: "The meeting type is not one meetinglint knows, so only the general checks apply.",
                help: "Name the type as practitioners do: Team Around the Child, Child in Need, core group, or professionals' meeting — or ask whoever looks after meetinglint in your area to add your meeting's name.")]
        }
        return [.missing("The record does not say what type of meeting this was.")]
    }
}
