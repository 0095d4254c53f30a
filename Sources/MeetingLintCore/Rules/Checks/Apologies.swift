/// `apologies`: apologies are listed, or the record says there were none.
struct Apologies: BuiltInCheck {
    static let id = "apologies"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        if meeting.apologiesExplicitlyNone || !meeting.apologies.isEmpty { return [] }
        if meeting.hasSubstantialSection(.apologies) { return [] }
        if let section = meeting.firstSection(.apologies) {
            return [Finding(
                section.headingRange,
                "The apologies section is empty, so readers cannot tell whether everyone invited came.")]
        }
        return [.missing("The record does not list apologies, so readers cannot tell whether everyone invited came.")]
    }
}
