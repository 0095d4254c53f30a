/// `siblings`: siblings or other children in the household are considered.
struct Siblings: Check {
    static let id = "siblings"

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        if meeting.sections(.siblings).contains(where: { $0.substance == .present }) { return [] }
        if meeting.firstMatch(context.phrases("sibling-words"), includingHeadings: true) != nil { return [] }
        if meeting.childCount > 1 { return [] }
        return [.missing("The record does not say whether the child has brothers, sisters or other children in the household, or how they were considered.")]
    }
}
