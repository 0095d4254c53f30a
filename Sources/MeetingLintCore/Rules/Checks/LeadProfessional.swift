/// `lead-professional`: a lead professional is named.
struct LeadProfessional: BuiltInCheck, SetUpCheck {
    static let id = "lead-professional"

    /// A context's lists, read once.
    final class Setup: Sendable {
        let roles: PhraseSet
        let socialWorker: PhraseSet
        let undecided: PhraseSet
        let notNames: TokenSet
        /// The filters of the roles' and the undecided words' first words.
        let rolesFirst: FirstWords
        let undecidedFirst: FirstWords

        init(
            roles: PhraseSet, socialWorker: PhraseSet, undecided: PhraseSet, notNames: TokenSet, rolesFirst: FirstWords,
            undecidedFirst: FirstWords
        ) {
            self.roles = roles
            self.socialWorker = socialWorker
            self.undecided = undecided
            self.notNames = notNames
            self.rolesFirst = rolesFirst
            self.undecidedFirst = undecidedFirst
        }
    }

    /// What the check derives from a context (`SetUpCheck`): made once for each rule and
    /// profile, when the linter is made.
    func makeSetup(_ context: CheckContext) -> Setup {
        let vocabulary = context.vocabulary
        let roles = vocabulary.phrases("people/lead-roles")
        let undecided = vocabulary.phrases("people/lead-undecided")
        return Setup(
            roles: roles, socialWorker: vocabulary.phrases("people/social-worker-roles"), undecided: undecided,
            notNames: vocabulary.words("people/not-names"), rolesFirst: FirstWords([roles]), undecidedFirst: FirstWords([undecided]))
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        let vocabulary = context.vocabulary
        let placeholders = vocabulary.placeholders
        let setup = self.setup(context)
        let roles = setup.roles
        let socialWorker = setup.socialWorker
        let undecided = setup.undecided
        let notNames = setup.notNames
        if let field = meeting.field(.leadProfessional) {
            // Named, unless undecided before any name: `TBC`, `to be agreed`; but `Kath Grant until
            // the new worker starts; then TBC` names someone.
            let tokens = Tokenizer.tokens(of: field.value)
            let bytes = Array(field.value.utf8)
            let firstName = tokens.indices.first { index in
                let token = tokens[index]
                return token.isWord && bytes[token.range.start] >= UInt8(ascii: "A") && bytes[token.range.start] <= UInt8(ascii: "Z")
                    && !undecided.matchesWhole(tokens[index...index])
            }
            let firstUndecided = undecided.firstMatch(in: tokens[...])?.index
            let named = firstName.map { name in firstUndecided.map { name < $0 } ?? true } ?? (firstUndecided == nil)
            // `meeting.meaningfulValue(.leadProfessional, placeholders:) != nil`, on the tokens read
            // already: a value that is not a placeholder once trailing punctuation is set aside.
            var value = tokens[...]
            while let last = value.last, last.shape == .punctuation, value.count > 1 { value = value.dropLast() }
            if !field.value.isEmpty, !placeholders.matchesWhole(value), named {
                return []
            }
            return [Finding(
                field.valueRange.isEmpty ? field.lineRange : field.valueRange,
                field.value.isEmpty ? "The lead professional field is empty: nobody is named to coordinate the plan." : "\(quote(field.value)) does not name a lead professional to coordinate the plan.",
                redacted: "The lead professional field does not name anyone to coordinate the plan.")]
        }
        // The sections read in place by index (`sections(_:)` would make an array of copies).
        let sections = meeting.sectionIndexes(.leadProfessional)
        if sections.contains(where: { section in
            meeting.sections[section].substance == .present && undecided.firstMatch(in: meeting.contentTokens(of: meeting.sections[section])) == nil
        }) {
            return []
        }
        // An attendee listed as the lead professional, or the social worker in statutory meetings.
        let statutory = context.profile.id == "cin" || context.profile.id == "core-group"
        // One buffer for everyone's description, and each person read in place.
        var description: [Token] = []
        for absent in [false, true] {
            let list = absent ? meeting.apologies : meeting.attendees
            for index in list.indices {
                list[index].descriptionTokens(into: &description)
                if roles.firstMatch(in: description[...]) != nil { return [] }
                if statutory, socialWorker.firstMatch(in: description[...]) != nil { return [] }
            }
        }
        // A sentence naming someone as lead professional: `Jane Smith will remain the lead professional.`
        let sentences = meeting.sentences()
        for index in words.sentences(sentences, mayHold: roles) {
            let tokens = meeting.tokens[sentences[index].tokens]
            guard roles.firstMatch(in: tokens, setup.rolesFirst) != nil, undecided.firstMatch(in: tokens, setup.undecidedFirst) == nil else { continue }
            let namesSomeone = tokens.contains { token in
                (token.shape == .word && LeadProfessional.isCapitalised(token, meeting, notNames)) || token.shape == .initial
            }
            if namesSomeone, !roles.matchesWhole(tokens) { return [] }
        }
        if let existing = sections.first {
            return [Finding(meeting.sections[existing].headingRange, "The lead professional section does not name who will coordinate the plan.")]
        }
        return [.missing("The record does not name a lead professional to coordinate the plan.")]
    }

    /// Whether a token is a capitalised word that may be a name: not one of `people/not-names`
    /// (`Lead`, `Professional`, a sentence's first word such as `The` or `Agreed`).
    static func isCapitalised(_ token: Token, _ meeting: Meeting, _ notNames: TokenSet) -> Bool {
        let first = meeting.source.bytes[token.range.start]
        guard first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { return false }
        return !notNames.contains(token.folded)
    }
}
