/// `action-measurable`: an action is specific and measurable, not only a vague verb
/// (`monitor`, `support`, `liaise`) with no outcome or measure.
struct ActionMeasurable: BuiltInCheck, SetUpCheck {
    static let id = "action-measurable"

    static let toWord = Tokenizer.foldedHash("to")
    static let willWord = Tokenizer.foldedHash("will")

    /// A context's lists, read once.
    final class Setup: Sendable {
        let vague: PhraseSet
        let deliverables: PhraseSet

        init(vague: PhraseSet, deliverables: PhraseSet) {
            self.vague = vague
            self.deliverables = deliverables
        }
    }

    /// What the check derives from a context (`SetUpCheck`): made once for each rule and
    /// profile, when the linter is made.
    func makeSetup(_ context: CheckContext) -> Setup {
        Setup(vague: context.phrases("vague-verbs"), deliverables: context.phrases("deliverables"))
    }

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        guard !meeting.actions.isEmpty else { return [] }
        let setup = self.setup(context)
        let vague = setup.vague
        let deliverables = setup.deliverables
        var findings: [Finding] = []
        // Each action read field by field until its task opens with a vague verb: a copy would
        // retain all of its parts.
        for index in meeting.actions.indices where meeting.actions[index].measure == nil {
            var what = meeting.tokens[meeting.actions[index].whatTokens]
            // Set aside a paragraph number and a lead-in (`8.4`, `It was agreed that`).
            what = what.drop { $0.shape == .number || $0.shape == .punctuation }
            if let start = what.indices.first, let length = context.vocabulary.leadIns.match(what, at: start) { what = what.dropFirst(length) }
            // Skip an owner that opens the task: `Tom Reed (school) to | monitor attendance` (not
            // one in a closing bracket).
            if let owner = meeting.actions[index].owner, owner.origin == .text, let first = what.first, owner.range.start <= first.range.start,
                let after = what.firstIndex(where: { $0.range.start >= owner.range.end })
            {
                what = what[after...]
                while let first = what.first, first.folded == ActionMeasurable.toWord || first.folded == ActionMeasurable.willWord
                    || first.shape == .punctuation
                {
                    what = what.dropFirst()
                }
            }
            while let first = what.first, first.shape == .punctuation { what = what.dropFirst() }
            guard !what.isEmpty, let length = vague.match(what, at: what.startIndex) else { continue }
            let action = meeting.actions[index]
            // A number, a percentage or a named deliverable makes it measurable.
            // A paragraph number (`8.4 YOT worker to …`) is not a measure, nor is a date or the
            // action's timescale (`by 28/03/2026`, `within 2 weeks`): they say when, not what.
            let all = meeting.tokens[action.tokens].drop { $0.shape == .number || $0.shape == .punctuation }
            let when = ActionMeasurable.timing(of: action, in: meeting)
            let hasNumber = all.contains { token in
                (token.shape == .number || token.shape == .numberWord) && !when.contains { $0.start <= token.range.start && token.range.end <= $0.end }
            }
            if hasNumber || deliverables.firstMatch(in: all) != nil { continue }
            let verb = meeting.text(SourceRange(what[what.startIndex].range.start, what[what.startIndex + length - 1].range.end))
            findings.append(Finding(
                action.range,
                "This action only says \(quote(verb)): it does not say what will change for the child or how anyone will know.",
                redacted: "This action's verb does not say what will change for the child or how anyone will know.",
                help: "Say what will be different and how you will know, e.g. 'attendance above 90% by the review', or add 'Outcome: …'."))
        }
        return findings
    }

    /// Where an action's text says when it is due: its timescale, its due field or column, and
    /// every date written in it.
    static func timing(of action: Action, in meeting: Meeting) -> [SourceRange] {
        var ranges = [action.due?.range, action.dueText?.range].compactMap { $0 }
        // The dates are in record order: start at the first that could fall in the action.
        let dates = meeting.dates
        var low = 0
        var high = dates.count
        while low < high {
            let middle = (low + high) / 2
            if dates[middle].tokens.upperBound <= action.tokens.lowerBound { low = middle + 1 } else { high = middle }
        }
        for date in dates[low...] {
            guard date.tokens.lowerBound < action.tokens.upperBound else { break }
            ranges.append(date.range)
        }
        return ranges
    }
}
