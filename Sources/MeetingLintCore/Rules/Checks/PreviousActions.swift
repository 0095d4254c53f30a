/// `previous-actions`: a review meeting reviews the previous actions, and each has a status.
struct PreviousActions: BuiltInCheck {
    static let id = "previous-actions"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        var tokens: [Token] = []
        if meeting.isReview {
            if !meeting.hasSection(.previousActions) {
                // A plan carried from meeting to meeting may be reviewed in place: its actions'
                // statuses (`| Progress (RAG) |` — `Amber – started`, `Red – carried forward`) say
                // what became of them. A status that is no status word (`New`) says nothing of that.
                let statusWords = context.vocabulary.statusWords
                let reviewedInPlace = meeting.actions.indices.contains { index in
                    guard let status = meeting.actions[index].status, !status.isEmpty else { return false }
                    let statusTokens = meeting.partTokens(status, near: meeting.actions[index].tokens, buffer: &tokens).tokens
                    return statusWords.firstMatch(in: statusTokens) != nil
                }
                if !reviewedInPlace {
                    findings.append(.missing("This is a review meeting, but the record does not review the actions agreed last time."))
                }
            } else if meeting.previousActions.isEmpty, !meeting.hasSubstantialSection(.previousActions), let section = meeting.firstSection(.previousActions) {
                findings.append(Finding(section.headingRange, "The previous actions section is empty: it does not say what happened to the actions agreed last time."))
            }
        }
        let placeholders = context.vocabulary.placeholders
        // A status of `?`, `x` or `TBC` says nothing.
        // (Each action read in place, its status's tokens sliced from the record where they can be.)
        for index in meeting.previousActions.indices {
            if let status = meeting.previousActions[index].status, !status.isEmpty {
                let statusTokens = meeting.partTokens(status, near: meeting.previousActions[index].tokens, buffer: &tokens).tokens
                guard placeholders.matchesWhole(statusTokens) else { continue }
            }
            findings.append(Finding(
                meeting.previousActions[index].range,
                "This action from the last meeting has no status: say whether it was done, partly done, not done or carried forward.",
                help: "Add a status, e.g. 'Status: done' or '(not done — carried forward)', or tick it: '- [x]'."))
        }
        return findings
    }
}
