/// `previous-actions`: a review meeting reviews the previous actions, and each has a status.
struct PreviousActions: BuiltInCheck {
    static let id = "previous-actions"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        if meeting.isReview {
            if !meeting.hasSection(.previousActions) {
                findings.append(.missing("This is a review meeting, but the record does not review the actions agreed last time."))
            } else if meeting.previousActions.isEmpty, !meeting.hasSubstantialSection(.previousActions), let section = meeting.firstSection(.previousActions) {
                findings.append(Finding(section.headingRange, "The previous actions section is empty: it does not say what happened to the actions agreed last time."))
            }
        }
        let placeholders = context.vocabulary.placeholders
        // A status of `?`, `x` or `TBC` says nothing.
        for action in meeting.previousActions where action.status.map({ placeholders.matchesWhole(Tokenizer.tokens(of: $0.text)[...]) || $0.text.isEmpty }) ?? true {
            findings.append(Finding(
                action.range,
                "This action from the last meeting has no status: say whether it was done, partly done, not done or carried forward.",
                help: "Add a status, e.g. 'Status: done' or '(not done — carried forward)', or tick it: '- [x]'."))
        }
        return findings
    }
}
