/// `siblings`: siblings or other children in the household are considered.
struct Siblings: BuiltInCheck {
    static let id = "siblings"

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        if meeting.hasSubstantialSection(.siblings) { return [] }
        if meeting.anySentence(holding: context.phrases("sibling-words"), words) { return [] }
        if meeting.childCount > 1 { return [] }
        if let empty = meeting.firstSection(.siblings) {
            return [Finding(empty.headingRange, "The siblings section is empty: it does not say whether there are other children in the household.")]
        }
        return [.missing("The record does not say whether the child has brothers, sisters or other children in the household, or how they were considered.")]
    }
}
