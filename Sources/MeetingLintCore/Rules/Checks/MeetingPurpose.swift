/// `meeting-purpose`: the purpose or aim of the meeting is stated.
struct MeetingPurpose: BuiltInCheck {
    static let id = "meeting-purpose"

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        if meeting.hasSubstantialSection(.purpose) { return [] }
        // `The purpose of today's review is to …`, stated in a sentence anywhere.
        if meeting.anySentence(holding: context.phrases("purpose-phrases"), words) { return [] }
        if let section = meeting.firstSection(.purpose) {
            return [Finding(section.headingRange, "The purpose section is empty: it does not say why the meeting was held or what it aimed to achieve.")]
        }
        return [.missing("The record does not say why the meeting was held or what it aimed to achieve.")]
    }
}
