/// `family-views`: the parents' or carers' views are recorded.
struct FamilyViews: BuiltInCheck {
    static let id = "family-views"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        if meeting.hasSubstantialSection(.familyViews) { return [] }
        if let section = meeting.firstSection(.familyViews) {
            return [Finding(section.headingRange, "The parents' or carers' views section is empty: it does not say what the family think.")]
        }
        return [.missing("The record does not say what the child's parents or carers think about the plan.")]
    }
}
