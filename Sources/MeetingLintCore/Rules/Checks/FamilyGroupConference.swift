/// `family-group-conference`: a professionals' meeting considers a Family Group Conference.
struct FamilyGroupConference: BuiltInCheck, SetUpCheck {
    static let id = "family-group-conference"

    /// A context's mentions, and the filter of their first words, read once.
    final class Setup: Sendable {
        let mentions: PhraseSet
        let first: FirstWords

        init(mentions: PhraseSet, first: FirstWords) {
            self.mentions = mentions
            self.first = first
        }
    }

    /// What the check derives from a context (`SetUpCheck`): made once for each rule and
    /// profile, when the linter is made.
    func makeSetup(_ context: CheckContext) -> Setup {
        let mentions = context.phrases("mentions")
        return Setup(mentions: mentions, first: FirstWords([mentions]))
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        if meeting.hasSubstantialSection(.familyGroupConference) { return [] }
        // A mention anywhere (a heading of another section included), but not the words of a
        // Family Group Conference section's own heading or key: an empty section says nothing.
        // Read in place by index (`sections(_:)` would make an array of copies).
        let sections = meeting.sectionIndexes(.familyGroupConference)
        let setup = self.setup(context)
        let mentions = setup.mentions
        let first = setup.first
        let sentences = meeting.sentences(includingHeadings: true)
        let tokens = meeting.tokens
        // Each match, left to right, not overlapping (`PhraseSet.matches(in:)`) in each sentence:
        // tried only where a mention's first word stands (no other token starts one), and not
        // inside the sentence's last match. `next` is where the last match in `sentence` ended.
        var mentioned = false
        var sentence = -1
        var next = 0
        words.forEachStart(of: mentions, in: sentences) { index, position in
            if index != sentence {
                sentence = index
                next = 0
            }
            guard position >= next, let length = mentions.match(tokens[sentences[index].tokens], at: position, first) else { return true }
            let start = tokens[position].range.start
            if !sections.contains(where: { meeting.sections[$0].headingRange.start <= start && start < meeting.sections[$0].headingRange.end }) {
                mentioned = true
                return false
            }
            next = position + length
            return true
        }
        if mentioned { return [] }
        if let section = sections.first {
            return [Finding(
                meeting.sections[section].headingRange,
                "The Family Group Conference section does not say whether one was considered.",
                help: "Say whether a Family Group Conference was considered and what was decided, e.g. 'Considered; Mum will be offered a referral at the next home visit.'")]
        }
        return [.missing("The record does not say whether a Family Group Conference was considered.")]
    }
}
