/// `information-sharing`: who the record and information will be shared with is agreed.
struct InformationSharing: BuiltInCheck {
    static let id = "information-sharing"

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        if meeting.hasSubstantialSection(.informationSharing) || meeting.hasSubstantialSection(.distribution) { return [] }
        if meeting.anySentence(holding: context.phrases("sharing-words"), words) { return [] }
        if let section = meeting.firstSection(.informationSharing) {
            return [Finding(section.headingRange, "The information sharing section is empty: it does not say who will get a copy of this record, or whether the family agreed.")]
        }
        if let section = meeting.firstSection(.distribution) {
            return [Finding(section.headingRange, "The distribution section is empty: it does not say who will get a copy of this record, or whether the family agreed.")]
        }
        return [.missing("The record does not say who the record and the information in it will be shared with, or whether the family agreed.")]
    }
}
