/// `meeting-purpose`: the purpose or aim of the meeting is stated.
struct MeetingPurpose: BuiltInCheck {
    static let id = "meeting-purpose"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        let sections = meeting.sections(.purpose)
        if sections.contains(where: { $0.substance == .present }) { return [] }
        // `The purpose of today's review is to …`, stated in a sentence anywhere.
        if meeting.firstMatch(context.phrases("purpose-phrases")) != nil { return [] }
        if let section = sections.first {
            return [Finding(section.headingRange, "The purpose section is empty: it does not say why the meeting was held or what it aimed to achieve.")]
        }
        return [.missing("The record does not say why the meeting was held or what it aimed to achieve.")]
    }
}
