/// `contingency-specific`: the contingency says what will happen for the child and when it is
/// triggered, not only a process name (`escalate`, `step up`, `refer to MASH`).
struct ContingencySpecific: BuiltInCheck {
    static let id = "contingency-specific"

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        let processes = context.phrases("process-only")
        let filler = context.vocabulary.phrases("wording/filler")
        let triggers = context.vocabulary.phrases("wording/triggers")
        let sections = meeting.sections(.contingency).filter { $0.substance == .present }
        guard !sections.isEmpty else { return [] }
        for section in sections {
            let tokens = meeting.contentTokens(of: section)
            // What is left once process names and filler words are set aside.
            var meaningful = 0
            var index = tokens.startIndex
            while index < tokens.endIndex {
                if let length = processes.match(tokens, at: index) ?? filler.match(tokens, at: index) {
                    index += length
                    continue
                }
                if tokens[index].shape != .punctuation { meaningful += 1 }
                index += 1
            }
            let triggered = triggers.firstMatch(in: tokens) != nil
            if triggered && meaningful >= 3 { return [] }
        }
        return [Finding(
            sections[0].headingRange,
            "The contingency plan only names a process: it does not say what will happen for the child, or what would trigger it.",
            help: "Say what will trigger it and what will happen for the child, e.g. 'If A. misses more than 2 days in a week, Jane Smith will visit the same day and request a Child in Need assessment.'")]
    }
}
