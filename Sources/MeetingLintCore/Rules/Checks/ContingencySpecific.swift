/// `contingency-specific`: the contingency says what will happen for the child and when it is
/// triggered, not only a process name (`escalate`, `step up`, `refer to MASH`).
struct ContingencySpecific: BuiltInCheck, SetUpCheck {
    static let id = "contingency-specific"

    /// A context's phrase sets, the filter of the first words of them all, and each one's own
    /// filter, read once. (Together the four lists set many of the filter's bits: a token it lets
    /// through is then asked of each list only where that list's own filter lets it through.)
    final class Setup: Sendable {
        let processes: PhraseSet
        let filler: PhraseSet
        let triggers: PhraseSet
        let generic: PhraseSet
        let first: FirstWords
        let processesFirst: FirstWords
        let fillerFirst: FirstWords
        let triggersFirst: FirstWords
        let genericFirst: FirstWords

        init(
            processes: PhraseSet, filler: PhraseSet, triggers: PhraseSet, generic: PhraseSet, first: FirstWords,
            processesFirst: FirstWords, fillerFirst: FirstWords, triggersFirst: FirstWords, genericFirst: FirstWords
        ) {
            self.processes = processes
            self.filler = filler
            self.triggers = triggers
            self.generic = generic
            self.first = first
            self.processesFirst = processesFirst
            self.fillerFirst = fillerFirst
            self.triggersFirst = triggersFirst
            self.genericFirst = genericFirst
        }
    }

    /// What the check derives from a context (`SetUpCheck`): made once for each rule and
    /// profile, when the linter is made.
    func makeSetup(_ context: CheckContext) -> Setup {
        let vocabulary = context.vocabulary
        let processes = context.phrases("process-only")
        let filler = vocabulary.phrases("wording/filler")
        let triggers = vocabulary.phrases("wording/triggers")
        let generic = vocabulary.phrases("wording/generic-triggers")
        return Setup(
            processes: processes, filler: filler, triggers: triggers, generic: generic,
            first: FirstWords([processes, filler, triggers, generic]), processesFirst: FirstWords([processes]),
            fillerFirst: FirstWords([filler]), triggersFirst: FirstWords([triggers]), genericFirst: FirstWords([generic]))
    }

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        // The substantial sections' indexes: each read in place, not copied into an array.
        let sections = meeting.sectionIndexes(.contingency).filter { meeting.sections[$0].substance == .present }
        guard !sections.isEmpty else { return [] }
        let setup = self.setup(context)
        let processes = setup.processes
        let filler = setup.filler
        let triggers = setup.triggers
        let generic = setup.generic
        let first = setup.first
        // What the best section lacks: a sign that would set the plan off, or what will happen.
        var anyTriggered = false
        var anySubstance = false
        for section in sections {
            let tokens = meeting.contentTokens(of: meeting.sections[section])
            // What is left once process names, generic triggers (`if things don't improve`) and
            // filler words are set aside; a trigger counts only outside a generic one.
            var meaningful = 0
            var triggered = false
            var index = tokens.startIndex
            while index < tokens.endIndex {
                // Most tokens start no phrase of any of the four sets.
                if !first.mayStart(tokens[index]) {
                    if tokens[index].shape != .punctuation { meaningful += 1 }
                    index += 1
                    continue
                }
                if let length = generic.match(tokens, at: index, setup.genericFirst) ?? processes.match(tokens, at: index, setup.processesFirst) {
                    index += length
                    continue
                }
                if triggers.match(tokens, at: index, setup.triggersFirst) != nil { triggered = true }
                if let length = filler.match(tokens, at: index, setup.fillerFirst) {
                    index += length
                    continue
                }
                if tokens[index].shape != .punctuation { meaningful += 1 }
                index += 1
            }
            if triggered && meaningful >= 3 { return [] }
            anyTriggered = anyTriggered || triggered
            anySubstance = anySubstance || meaningful >= 3
        }
        let example = "e.g. 'If A. misses more than 2 days in a week, Jane Smith will visit the same day and request a Child in Need assessment.'"
        if anySubstance {
            return [Finding(
                meeting.sections[sections[0]].headingRange,
                "The contingency plan does not say what would set it off — a sign everyone could see, such as 'if A. misses more than 2 days in a week'.",
                help: "Say what anyone could see that would set the plan off, not only 'if things don't improve', \(example)")]
        }
        if anyTriggered {
            return [Finding(
                meeting.sections[sections[0]].headingRange,
                "The contingency plan only names a process: it does not say what will happen for the child.",
                help: "Say what will happen for the child, and who will do it, \(example)")]
        }
        return [Finding(
            meeting.sections[sections[0]].headingRange,
            "The contingency plan only names a process: it does not say what would set it off, or what will happen for the child.",
            help: "Say what will trigger it and what will happen for the child, \(example)")]
    }
}
