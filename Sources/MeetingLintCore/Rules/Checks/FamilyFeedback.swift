/// `family-feedback`: when the child, or every parent and carer, was absent (always in a
/// professionals' meeting), the record names who will tell them the outcome.
struct FamilyFeedback: BuiltInCheck {
    static let id = "family-feedback"

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        guard meeting.hasAttendanceList else { return [] }
        let professionals = context.profile.id == "professionals"
        let childAbsent = !meeting.childAttended
        let familyAbsent = !meeting.familyAttended
        guard professionals || childAbsent || familyAbsent else { return [] }
        if meeting.hasSubstantialSection(.familyFeedback) { return [] }
        let feedback = context.phrases("feedback-words")
        let family = context.vocabulary.phrases("wording/family-words")
        let childNames = Set(meeting.childNames.flatMap { Tokenizer.tokens(of: $0) }.filter(\.isWord).map(\.folded))
        // An action or sentence naming someone to feed back to the family.
        for action in meeting.actions where action.owner != nil {
            let tokens = meeting.tokens[action.tokens]
            guard let match = feedback.firstMatch(in: tokens) else { continue }
            // Fed back to whom: the family, the child by name, or by initial (`to A.`).
            let after = tokens[(match.index + match.length)...]
            if family.firstMatch(in: tokens) != nil || tokens.contains(where: { childNames.contains($0.folded) })
                || after.contains(where: { $0.shape == .initial })
            {
                return []
            }
        }
        for sentence in meeting.sentences() {
            let tokens = meeting.tokens[sentence.tokens]
            guard feedback.firstMatch(in: tokens) != nil else { continue }
            let aboutFamily = family.firstMatch(in: tokens) != nil || tokens.contains { childNames.contains($0.folded) }
            let namesSomeone = tokens.contains { $0.shape == .initial || $0.shape == .upperWord }
                || tokens.contains { token in
                    let first = meeting.source.bytes[token.range.start]
                    return token.shape == .word && first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") && token.range.start != tokens.first?.range.start
                }
            if aboutFamily && namesSomeone { return [] }
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
