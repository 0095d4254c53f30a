/// `family-feedback`: when the child, or every parent and carer, was absent (always in a
/// professionals' meeting), the record names who will tell them the outcome.
struct FamilyFeedback: BuiltInCheck {
    static let id = "family-feedback"
    static let toWord = Tokenizer.foldedHash("to")

    static func isCapitalised(_ token: Token, _ meeting: Meeting) -> Bool {
        let first = meeting.source.bytes[token.range.start]
        return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
    }

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        guard meeting.hasAttendanceList else { return [] }
        let professionals = context.profile.id == "professionals"
        // A baby or toddler is not expected to be told the outcome: the parents are.
        let childAbsent = !meeting.childAttended && !meeting.childrenTooYoungToBeTold
        let familyAbsent = !meeting.familyAttended
        guard professionals || childAbsent || familyAbsent else { return [] }
        if meeting.hasSubstantialSection(.familyFeedback) { return [] }
        let feedback = context.phrases("feedback-words")
        let family = context.vocabulary.phrases("wording/family-words")
        let childNames = Set(meeting.childNames.flatMap { Tokenizer.tokens(of: $0) }.filter(\.isWord).map(\.folded))
        /// After a feedback word: the family, the child by name or initial, or `to` and a name.
        func toFamily(_ tokens: ArraySlice<Token>) -> Bool {
            var index = tokens.startIndex
            while index < tokens.endIndex {
                if let length = feedback.match(tokens, at: index) {
                    let after = tokens[(index + length)...]
                    if family.firstMatch(in: after) != nil || after.contains(where: { childNames.contains($0.folded) || $0.shape == .initial }) {
                        return true
                    }
                    // `explaining the plan to Jade and Kieran`
                    for (offset, token) in after.enumerated() where token.folded == FamilyFeedback.toWord {
                        let next = after.index(after.startIndex, offsetBy: offset + 1)
                        if next < after.endIndex, after[next].isWord, FamilyFeedback.isCapitalised(after[next], meeting) { return true }
                    }
                    index += length
                } else {
                    index += 1
                }
            }
            return false
        }
        // An action or sentence naming someone to feed back to the family.
        for action in meeting.actions where action.owner != nil {
            if toFamily(meeting.tokens[action.tokens]) { return [] }
        }
        for sentence in meeting.sentences() {
            let tokens = meeting.tokens[sentence.tokens]
            guard toFamily(tokens) else { continue }
            // Someone must be named to do it: a capitalised word or an initial in the sentence.
            let namesSomeone = tokens.contains { $0.shape == .initial || $0.shape == .upperWord }
                || tokens.dropFirst().contains { $0.isWord && FamilyFeedback.isCapitalised($0, meeting) }
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
