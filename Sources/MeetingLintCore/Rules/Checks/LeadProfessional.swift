/// `lead-professional`: a lead professional is named.
struct LeadProfessional: BuiltInCheck {
    static let id = "lead-professional"

    static let roles = PhraseSet(["lead professional", "lead practitioner", "LP", "lead worker", "key worker", "keyworker", "allocated social worker", "lead social worker", "family help lead practitioner"])
    static let socialWorker = PhraseSet(["social worker", "SW", "allocated social worker", "allocated SW"])
    static let undecided = PhraseSet(["tbc", "tba", "tbd", "to be confirmed", "to be agreed", "to be decided", "not yet agreed", "not agreed", "no lead", "none", "unknown", "vacant", "unallocated", "awaiting allocation"])

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        let placeholders = context.vocabulary.placeholders
        if let field = meeting.field(.leadProfessional) {
            // Named, unless undecided before any name: `TBC`, `to be agreed`; but `Kath Grant until
            // the new worker starts; then TBC` names someone.
            let tokens = Tokenizer.tokens(of: field.value)
            let bytes = Array(field.value.utf8)
            let firstName = tokens.indices.first { index in
                let token = tokens[index]
                return token.isWord && bytes[token.range.start] >= UInt8(ascii: "A") && bytes[token.range.start] <= UInt8(ascii: "Z")
                    && !LeadProfessional.undecided.matchesWhole(tokens[index...index])
            }
            let firstUndecided = LeadProfessional.undecided.firstMatch(in: tokens[...])?.index
            let named = firstName.map { name in firstUndecided.map { name < $0 } ?? true } ?? (firstUndecided == nil)
            if meeting.meaningfulValue(.leadProfessional, placeholders: placeholders) != nil, named {
                return []
            }
            return [Finding(
                field.valueRange.isEmpty ? field.lineRange : field.valueRange,
                field.value.isEmpty ? "The lead professional field is empty: nobody is named to coordinate the plan." : "\(quote(field.value)) does not name a lead professional to coordinate the plan.",
                redacted: "The lead professional field does not name anyone to coordinate the plan.")]
        }
        if meeting.sections(.leadProfessional).contains(where: { section in
            section.substance == .present && LeadProfessional.undecided.firstMatch(in: meeting.contentTokens(of: section)) == nil
        }) {
            return []
        }
        // An attendee listed as the lead professional, or the social worker in statutory meetings.
        let statutory = context.profile.id == "cin" || context.profile.id == "core-group"
        for person in meeting.attendees + meeting.apologies {
            let described = ([person.role, person.agency].compactMap { $0 } + person.notes).joined(separator: " ; ")
            let tokens = Tokenizer.tokens(of: described)
            if LeadProfessional.roles.firstMatch(in: tokens[...]) != nil { return [] }
            if statutory, LeadProfessional.socialWorker.firstMatch(in: tokens[...]) != nil { return [] }
        }
        // A sentence naming someone as lead professional: `Jane Smith will remain the lead professional.`
        for sentence in meeting.sentences() {
            let tokens = meeting.tokens[sentence.tokens]
            guard LeadProfessional.roles.firstMatch(in: tokens) != nil, LeadProfessional.undecided.firstMatch(in: tokens) == nil else { continue }
            let namesSomeone = tokens.contains { token in
                (token.shape == .word && LeadProfessional.isCapitalised(token, meeting)) || token.shape == .initial
            }
            if namesSomeone, !LeadProfessional.roles.matchesWhole(tokens) { return [] }
        }
        let existing = meeting.sections(.leadProfessional).first
        if let existing {
            return [Finding(existing.headingRange, "The lead professional section does not name who will coordinate the plan.")]
        }
        return [.missing("The record does not name a lead professional to coordinate the plan.")]
    }

    static func isCapitalised(_ token: Token, _ meeting: Meeting) -> Bool {
        let first = meeting.source.bytes[token.range.start]
        guard first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { return false }
        // `Lead`, `Professional` and sentence-initial words do not name a person.
        let common = ["lead", "professional", "practitioner", "the", "a", "an", "it", "this", "agreed", "all", "we", "they", "worker", "social", "key", "allocated", "family", "help"]
        return !common.contains { Tokenizer.foldedHash($0) == token.folded }
    }
}
