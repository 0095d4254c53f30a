/// `family-group-conference`: a professionals' meeting considers a Family Group Conference.
struct FamilyGroupConference: BuiltInCheck {
    static let id = "family-group-conference"

    /// A context's mentions, and the filter of their first words, read once.
    struct Setup: Sendable {
        let mentions: PhraseSet
        let first: FirstWords
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        if meeting.hasSubstantialSection(.familyGroupConference) { return [] }
        // A mention anywhere (a heading of another section included), but not the words of a
        // Family Group Conference section's own heading or key: an empty section says nothing.
        // Read in place by index (`sections(_:)` would make an array of copies).
        let sections = meeting.sectionIndexes(.familyGroupConference)
        let setup = context.derived {
            let mentions = context.phrases("mentions")
            return Setup(mentions: mentions, first: FirstWords([mentions]))
        }
        let mentions = setup.mentions
        let first = setup.first
        let sentences = meeting.sentences(includingHeadings: true)
        for index in words.sentences(sentences, mayHold: mentions) {
            // Each match, left to right, not overlapping (`PhraseSet.matches(in:)`).
            let tokens = meeting.tokens[sentences[index].tokens]
            var index = tokens.startIndex
            while index < tokens.endIndex {
                guard let length = mentions.match(tokens, at: index, first) else {
                    index += 1
                    continue
                }
                let start = tokens[index].range.start
                if !sections.contains(where: { meeting.sections[$0].headingRange.start <= start && start < meeting.sections[$0].headingRange.end }) {
                    return []
                }
                index += length
            }
        }
        if let section = sections.first {
            return [Finding(
                meeting.sections[section].headingRange,
                "The Family Group Conference section does not say whether one was considered.",
                help: "Say whether a Family Group Conference was considered and what was decided, e.g. 'Considered; Mum will be offered a referral at the next home visit.'")]
        }
        return [.missing("The record does not say whether a Family Group Conference was considered.")]
    }
}
