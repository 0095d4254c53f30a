/// `information-sharing`: who the record and information will be shared with is agreed.
struct InformationSharing: BuiltInCheck {
    static let id = "information-sharing"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        for concept in [Concept.informationSharing, .distribution] where meeting.hasSubstantialSection(concept) { return [] }
        if meeting.firstMatch(context.phrases("sharing-words")) != nil { return [] }
        if let section = meeting.sections(.informationSharing).first {
            return [Finding(section.headingRange, "The information sharing section is empty: it does not say who will get a copy of this record, or whether the family agreed.")]
        }
        if let section = meeting.sections(.distribution).first {
            return [Finding(section.headingRange, "The distribution section is empty: it does not say who will get a copy of this record, or whether the family agreed.")]
        }
        return [.missing("The record does not say who the record and the information in it will be shared with, or whether the family agreed.")]
    }
}
