/// `information-sharing`: who the record and information will be shared with is agreed.
struct InformationSharing: BuiltInCheck {
    static let id = "information-sharing"

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        for concept in [Concept.informationSharing, .distribution] where meeting.hasSubstantialSection(concept) { return [] }
        if meeting.firstMatch(context.phrases("sharing-words")) != nil { return [] }
        if let section = meeting.sections(.informationSharing).first ?? meeting.sections(.distribution).first {
            return [Finding(section.headingRange, "This section is empty: the record does not say who the record and the information in it will be shared with.")]
        }
        return [.missing("The record does not say who the record and the information in it will be shared with, or whether the family agreed.")]
    }
}
