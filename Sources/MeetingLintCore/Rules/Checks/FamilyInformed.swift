/// `family-informed`: a professionals' meeting says whether the family was told of it.
struct FamilyInformed: BuiltInCheck {
    static let id = "family-informed"

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        if meeting.hasSubstantialSection(.familyInformed) { return [] }
        let informed = context.phrases("informed-words")
        let family = context.vocabulary.phrases("wording/family-words")
        let meetingWords = context.vocabulary.phrases("wording/meeting-words")
        // A sentence about the family being told of this meeting (not any sentence about telling):
        // the meeting named in it, or in the sentence before (`This is a professionals-only meeting.
        // Mum was told about it by Claire on 9 February.`).
        var previousNamedMeeting = false
        for sentence in meeting.sentences(includingHeadings: true) {
            let tokens = meeting.tokens[sentence.tokens]
            let namesMeeting = meetingWords.firstMatch(in: tokens) != nil
            if informed.firstMatch(in: tokens) != nil, family.firstMatch(in: tokens) != nil, namesMeeting || previousNamedMeeting {
                return []
            }
            previousNamedMeeting = namesMeeting
        }
        if let section = meeting.sections(.familyInformed).first {
            return [Finding(
                section.headingRange,
                "The \(quote(section.title)) section is empty: it does not say whether the family knew about this professionals' meeting.",
                redacted: "This section is empty: it does not say whether the family knew about this professionals' meeting.")]
        }
        return [.missing("The record does not say whether the family knew about this professionals' meeting.")]
    }
}
