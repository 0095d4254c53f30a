/// `contingency`: a contingency plan is recorded with substance.
struct Contingency: BuiltInCheck {
    static let id = "contingency"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        guard let first = meeting.firstSection(.contingency) else {
            return [.missing("The record has no contingency plan: it does not say what will happen if the plan does not work.")]
        }
        guard !meeting.hasSubstantialSection(.contingency) else { return [] }
        return [Finding(
            first.headingRange,
            first.substance == .placeholder
                ? "The contingency section only holds a placeholder: it does not say what will happen if the plan does not work."
                : "The contingency section is empty: it does not say what will happen if the plan does not work.")]
    }
}
