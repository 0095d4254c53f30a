/// `family-feedback`: when the child, or every parent and carer, was absent (always in a
/// professionals' meeting), the record names who will tell them the outcome.
struct FamilyFeedback: BuiltInCheck, SetUpCheck {
    static let id = "family-feedback"

    /// A context's lists, read once.
    final class Setup: Sendable {
        let feedback: PhraseSet
        let family: PhraseSet
        let determiners: TokenSet
        let professional: TokenSet

        init(feedback: PhraseSet, family: PhraseSet, determiners: TokenSet, professional: TokenSet) {
            self.feedback = feedback
            self.family = family
            self.determiners = determiners
            self.professional = professional
        }
    }

    /// What the check derives from a context (`SetUpCheck`): made once for each rule and profile.
    func makeSetup(_ context: CheckContext) -> Setup {
        Setup(
            feedback: context.phrases("feedback-words"), family: context.vocabulary.phrases("wording/family-words"),
            determiners: context.vocabulary.words("wording/recipient-determiners"), professional: context.vocabulary.words("people/professional-words"))
    }
    static let toWord = Tokenizer.foldedHash("to")
    static let withWord = Tokenizer.foldedHash("with")
    static let backWord = Tokenizer.foldedHash("back")
    static let byWord = Tokenizer.foldedHash("by")
    /// The words before a feedback word in the passive: `will be told`, `has been informed`.
    static let passiveWords: Set<UInt64> = [Tokenizer.foldedHash("be"), Tokenizer.foldedHash("been")]

    static func isCapitalised(_ token: Token, _ meeting: Meeting) -> Bool {
        let first = meeting.source.bytes[token.range.start]
        return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
    }

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        guard meeting.hasAttendanceList else { return [] }
        let professionals = context.profile.id == "professionals"
        // A baby or toddler is not expected to be told the outcome: the parents are.
        let childAbsent = !meeting.childAttended && !meeting.childrenTooYoungToBeTold
        let familyAbsent = !meeting.familyAttended
        guard professionals || childAbsent || familyAbsent else { return [] }
        if meeting.hasSubstantialSection(.familyFeedback) { return [] }
        let setup = self.setup(context)
        let (feedback, family, determiners, professional) = (setup.feedback, setup.family, setup.determiners, setup.professional)
        let childNames = Set(meeting.childNames.flatMap { Tokenizer.tokens(of: $0) }.filter(\.isWord).map(\.folded))
        /// Whether a feedback word is followed by who is told: the family or the child, straight
        /// after it (`tell Mum`, `tell the parents`) or after `to` or `with` (`explain the plan to A.`) — not merely
        /// mentioned later (`tell Ellen about any worries about the children`); or, in the
        /// passive, a few words before it (`Mum will be told`).
        func toFamily(_ tokens: ArraySlice<Token>) -> Bool {
            /// Whether `slice` starts with who is told. `guessName`: with no child's name known, a
            /// capitalised name may be theirs (after `to` or `with`, not straight after the word).
            func recipient(_ slice: ArraySlice<Token>, guessName: Bool) -> Bool {
                var slice = slice
                // `to her`, `to them`, `to Mum`; then past `the`, `his`: `to his mum`.
                if let first = slice.first, family.match(slice, at: slice.startIndex) != nil || childNames.contains(first.folded) || first.shape == .initial {
                    return true
                }
                while let first = slice.first, determiners.contains(first.folded) { slice = slice.dropFirst() }
                guard let first = slice.first else { return false }
                if family.match(slice, at: slice.startIndex) != nil || childNames.contains(first.folded) || first.shape == .initial { return true }
                return guessName && childNames.isEmpty && first.isWord && FamilyFeedback.isCapitalised(first, meeting)
            }
            var index = tokens.startIndex
            while index < tokens.endIndex {
                guard let length = feedback.match(tokens, at: index) else {
                    index += 1
                    continue
                }
                // `let them know`, `let the family know`: who is told stands in the phrase itself.
                if (index..<(index + length)).contains(where: { family.match(tokens, at: $0) != nil }) { return true }
                // `Lily-Mae will be told about the plan by Miss Turner`: the child or family a
                // few words before a feedback word in the passive.
                if index > tokens.startIndex, FamilyFeedback.passiveWords.contains(tokens[index - 1].folded) {
                    let before = max(tokens.startIndex, index - 5)..<(index - 1)
                    if before.contains(where: { family.match(tokens, at: $0) != nil || childNames.contains(tokens[$0].folded) }) { return true }
                }
                let after = tokens[(index + length)...]
                // Straight after it (`feed back to` aside): `tell Mum`, `tell her`, `tell the parents`.
                var immediate = after.prefix(5)
                if let first = immediate.first, first.folded == FamilyFeedback.backWord { immediate = immediate.dropFirst() }
                if recipient(immediate, guessName: false) { return true }
                if let to = after.prefix(10).firstIndex(where: { $0.folded == FamilyFeedback.toWord || $0.folded == FamilyFeedback.withWord }),
                    recipient(after[(to + 1)...].prefix(4), guessName: true)
                {
                    return true
                }
                index += length
            }
            return false
        }
        // An action or sentence naming someone to feed back to the family.
        // Each action read in place: a copy would retain each of its parts.
        for index in meeting.actions.indices where meeting.actions[index].owner != nil {
            if toFamily(meeting.tokens[meeting.actions[index].tokens]) { return [] }
        }
        for sentence in meeting.sentences() {
            let tokens = meeting.tokens[sentence.tokens]
            guard toFamily(tokens) else { continue }
            // Someone must be named to do it: a capitalised word or an initial in the sentence,
            // a first word that is the name of someone listed (`Jo will share …`; any first
            // word is capitalised), or a professional's role as the sentence's first words or
            // after `by` (`The social worker will tell Mum`, `… by the social worker`; not `the
            // outcome of the school meeting`).
            func roleAt(_ start: Int) -> Bool { tokens[start..<min(start + 4, tokens.endIndex)].contains { professional.contains($0.folded) } }
            let namesSomeone = tokens.contains { $0.shape == .initial || $0.shape == .upperWord }
                || tokens.dropFirst().contains { $0.isWord && FamilyFeedback.isCapitalised($0, meeting) }
                || tokens.first.map { first in first.isWord && meeting.attendees.contains { $0.nameWords.contains(first.folded) } } ?? false
                || roleAt(tokens.startIndex) || tokens.indices.contains { tokens[$0].folded == FamilyFeedback.byWord && roleAt($0 + 1) }
            if namesSomeone { return [] }
        }
        let message: String
        if professionals {
            message = "This was a professionals' meeting: the record does not say who will tell the family what was decided."
        } else if childAbsent && familyAbsent {
            message = "Neither the child nor a parent or carer attended, and the record does not say who will tell them what was decided."
        } else if childAbsent {
            message = "The child did not attend, and the record does not say who will tell them what was decided."
        } else {
            message = "No parent or carer attended, and the record does not say who will tell them what was decided."
        }
        return [.missing(message)]
    }
}
