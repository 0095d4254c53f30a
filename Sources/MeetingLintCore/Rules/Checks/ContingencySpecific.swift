/// `contingency-specific`: the contingency says what will happen for the child and when it is
/// triggered, not only a process name (`escalate`, `step up`, `refer to MASH`).
struct ContingencySpecific: BuiltInCheck {
    static let id = "contingency-specific"

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        let processes = context.phrases("process-only")
        let filler = context.vocabulary.phrases("wording/filler")
        let triggers = context.vocabulary.phrases("wording/triggers")
        let generic = context.vocabulary.phrases("wording/generic-triggers")
        let sections = meeting.sections(.contingency).filter { $0.substance == .present }
        guard !sections.isEmpty else { return [] }
        for section in sections {
            let tokens = meeting.contentTokens(of: section)
            // What is left once process names, generic triggers (`if things don't improve`) and
            // filler words are set aside; a trigger counts only outside a generic one.
            var meaningful = 0
            var triggered = false
            var index = tokens.startIndex
            while index < tokens.endIndex {
                if let length = generic.match(tokens, at: index) ?? processes.match(tokens, at: index) {
                    index += length
                    continue
                }
                if triggers.match(tokens, at: index) != nil { triggered = true }
                if let length = filler.match(tokens, at: index) {
                    index += length
                    continue
                }
                if tokens[index].shape != .punctuation { meaningful += 1 }
                index += 1
            }
            if triggered && meaningful >= 3 { return [] }
        }
        return [Finding(
            sections[0].headingRange,
            "The contingency plan only names a process: it does not say what will happen for the child, or what would trigger it.",
            help: "Say what will trigger it and what will happen for the child, e.g. 'If A. misses more than 2 days in a week, Jane Smith will visit the same day and request a Child in Need assessment.'")]
    }
}
