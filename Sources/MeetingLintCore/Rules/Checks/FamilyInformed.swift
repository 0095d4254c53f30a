/// `family-informed`: a professionals' meeting says whether the family was told of it.
struct FamilyInformed: BuiltInCheck, SetUpCheck {
    static let id = "family-informed"

    /// A context's phrase sets, read once.
    final class Setup: Sendable {
        let informed: PhraseSet
        let family: PhraseSet
        let meetingWords: PhraseSet
        /// The filters of each set's first words.
        let informedFirst: FirstWords
        let familyFirst: FirstWords
        let meetingFirst: FirstWords

        init(
            informed: PhraseSet, family: PhraseSet, meetingWords: PhraseSet, informedFirst: FirstWords, familyFirst: FirstWords,
            meetingFirst: FirstWords
        ) {
            self.informed = informed
            self.family = family
            self.meetingWords = meetingWords
            self.informedFirst = informedFirst
            self.familyFirst = familyFirst
            self.meetingFirst = meetingFirst
        }
    }

    /// What the check derives from a context (`SetUpCheck`): made once for each rule and
    /// profile, when the linter is made.
    func makeSetup(_ context: CheckContext) -> Setup {
        let informed = context.phrases("informed-words")
        let family = context.vocabulary.phrases("wording/family-words")
        let meetingWords = context.vocabulary.phrases("wording/meeting-words")
        return Setup(
            informed: informed, family: family, meetingWords: meetingWords,
            informedFirst: FirstWords([informed]), familyFirst: FirstWords([family]), meetingFirst: FirstWords([meetingWords]))
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        if meeting.hasSubstantialSection(.familyInformed) { return [] }
        let setup = self.setup(context)
        let informed = setup.informed
        let family = setup.family
        let meetingWords = setup.meetingWords
        // A sentence about the family being told of this meeting (not any sentence about telling):
        // the meeting named in it, or in the sentence before (`This is a professionals-only meeting.
        // Mum was told about it by Claire on 9 February.`).
        // Telling is looked for first: whether a sentence names the meeting is read only for a
        // sentence about telling the family and the one before it.
        let sentences = meeting.sentences(includingHeadings: true)
        func namesMeeting(_ sentence: Meeting.Sentence) -> Bool { meetingWords.firstMatch(in: meeting.tokens[sentence.tokens], setup.meetingFirst) != nil }
        // Telling is tried only where one of its first words stands (no other token starts a
        // match); a sentence is read further at its first match, and then not tried again.
        var told = false
        var decided = -1
        words.forEachStart(of: informed, in: sentences) { index, position in
            let sentence = sentences[index]
            let tokens = meeting.tokens[sentence.tokens]
            guard index != decided, informed.match(tokens, at: position, setup.informedFirst) != nil else { return true }
            decided = index
            if family.firstMatch(in: tokens, setup.familyFirst) != nil, namesMeeting(sentence) || (index > 0 && namesMeeting(sentences[index - 1])) {
                told = true
                return false
            }
            return true
        }
        if told { return [] }
        if let section = meeting.firstSection(.familyInformed) {
            return [Finding(
                section.headingRange,
                "The \(quote(section.title)) section is empty: it does not say whether the family knew about this professionals' meeting.",
                redacted: "This section is empty: it does not say whether the family knew about this professionals' meeting.")]
        }
        return [.missing("The record does not say whether the family knew about this professionals' meeting.")]
    }
}
