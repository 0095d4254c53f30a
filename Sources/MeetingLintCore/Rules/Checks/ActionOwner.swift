/// `action-owner`: every action of this meeting's plan names who will do it.
struct ActionOwner: BuiltInCheck, SetUpCheck {
    static let id = "action-owner"

    /// A context's lists, read once.
    final class Setup: Sendable {
        let vague: PhraseSet
        let everyoneWords: TokenSet

        init(vague: PhraseSet, everyoneWords: TokenSet) {
            self.vague = vague
            self.everyoneWords = everyoneWords
        }
    }

    /// What the check derives from a context (`SetUpCheck`): made once for each rule and
    /// profile, when the linter is made.
    func makeSetup(_ context: CheckContext) -> Setup {
        Setup(vague: context.phrases("vague-owners"), everyoneWords: context.vocabulary.words("people/everyone-words"))
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        guard !meeting.actions.isEmpty else { return [] }
        let setup = self.setup(context)
        let vague = setup.vague
        let everyoneWords = setup.everyoneWords
        var findings: [Finding] = []
        var tokens: [Token] = []
        let owners = words.ownerRuns(in: meeting)
        // Each action read field by field: a copy would retain all of its parts. (Whether it has an
        // owner is read from the owners' runs: the owner is copied out only for a finding.)
        for index in meeting.actions.indices {
            guard owners.hasOwner(index) else {
                findings.append(Finding(meeting.actions[index].range, "This action does not say who will do it."))
                continue
            }
            let ownerTokens = owners.tokens(of: index, in: meeting, buffer: &tokens).tokens
            if OwnerKnown.isVague(ownerTokens, vague, everyoneWords) {
                findings.append(Finding(
                    meeting.actions[index].range,
                    "This action is given to \(quote(meeting.actions[index].owner?.text ?? "")), which does not name who will do it.",
                    redacted: "This action's owner does not name who will do it."))
            }
        }
        return findings
    }
}
