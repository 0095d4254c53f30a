/// `child-identified`: who the meeting is about is identified.
struct ChildIdentified: BuiltInCheck {
    static let id = "child-identified"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        if let field = meeting.field(.child) {
            if meeting.hasMeaningfulValue(.child, placeholders: context.vocabulary.placeholders) { return [] }
            return [Finding(
                field.lineRange, "The child field does not say which child or young person the meeting was about.",
                help: "Write the child's initials or first name and age, e.g. 'Child: A.B. (7)'.")]
        }
        // A title such as `TAC meeting for Sofia K.` or `CIN meeting – KACPER (14)` names the child.
        if !meeting.childNames.isEmpty { return [] }
        return [.missing("The record does not say which child or young person the meeting was about.")]
    }
}
