/// `family-informed`: a professionals' meeting says whether the family was told of it.
struct FamilyInformed: BuiltInCheck {
    static let id = "family-informed"

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        let informed = context.phrases("informed-words")
        let family = context.vocabulary.phrases("wording/family-words")
        for sentence in meeting.sentences(includingHeadings: true) {
            let tokens = meeting.tokens[sentence.tokens]
            if informed.firstMatch(in: tokens) != nil, family.firstMatch(in: tokens) != nil { return [] }
        }
        return [.missing("The record does not say whether the family knew about this professionals' meeting.")]
    }
}
