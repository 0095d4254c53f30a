/// `siblings`: siblings or other children in the household are considered.
struct Siblings: BuiltInCheck {
    static let id = "siblings"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        if meeting.sections(.siblings).contains(where: { $0.substance == .present }) { return [] }
        if meeting.firstMatch(context.phrases("sibling-words")) != nil { return [] }
        if meeting.childCount > 1 { return [] }
        if let empty = meeting.sections(.siblings).first {
            return [Finding(empty.headingRange, "The siblings section is empty: it does not say whether there are other children in the household.")]
        }
        return [.missing("The record does not say whether the child has brothers, sisters or other children in the household, or how they were considered.")]
    }
}
