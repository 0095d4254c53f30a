/// `family-views`: the parents' or carers' views are recorded.
struct FamilyViews: BuiltInCheck {
    static let id = "family-views"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        let sections = meeting.sections(.familyViews)
        if sections.contains(where: { $0.substance == .present }) { return [] }
        if let section = sections.first {
            return [Finding(section.headingRange, "The parents' or carers' views section is empty: it does not say what the family think.")]
        }
        return [.missing("The record does not say what the child's parents or carers think about the plan.")]
    }
}
