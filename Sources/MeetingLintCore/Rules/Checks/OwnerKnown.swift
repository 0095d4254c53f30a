/// `owner-known`: each action's owner is among the attendees or apologies, the family, or the
/// lead professional, so that nobody owns an action without knowing it.
struct OwnerKnown: BuiltInCheck {
    static let id = "owner-known"

    static let joiners: Set<UInt64> = Set(["and", "&", "/", ",", "+", "with"].map(Tokenizer.foldedHash))
    static let ignored: Set<UInt64> = Set(["(", ")", "the", "dr", "mr", "mrs", "ms", "miss", ".", "-", "'s", "to", "of"].map(Tokenizer.foldedHash))

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        let vocabulary = context.vocabulary
        let vagueOwners = context.phrases("vague-owners")
        // Everything that can name someone the meeting knows, as folded word hashes and initials.
        var known = Set<UInt64>()
        var people = meeting.attendees + meeting.apologies
        if let lead = meeting.field(.leadProfessional) {
            people.append(Person(name: lead.value, role: nil, agency: nil, notes: [], range: lead.lineRange, isChild: false, isFamily: false))
        }
        for person in people {
            for text in [person.name, person.role, person.agency].compactMap({ $0 }) + person.notes {
                for token in Tokenizer.tokens(of: text) where token.shape != .punctuation && !OwnerKnown.ignored.contains(token.folded) {
                    known.insert(token.folded)
                }
            }
            let nameWords = Tokenizer.tokens(of: person.name).filter { $0.isWord && !OwnerKnown.ignored.contains($0.folded) }
            let nameBytes = Array(person.name.utf8)
            if nameWords.count > 1 {
                let initials = String(decoding: nameWords.map { nameBytes[$0.range.start] }, as: UTF8.self)
                known.insert(Tokenizer.foldedHash(initials))
            }
        }
        // Roles written out (`Social Worker`) also make their acronym (`SW`) known.
        for entry in vocabulary.list("glossary/acronyms") {
            guard let colon = entry.firstIndex(of: ":") else { continue }
            let acronym = String(entry[..<colon]).trimmingSpaces
            let expansion = String(entry[entry.index(after: colon)...]).trimmingSpaces.lowercased()
            if people.contains(where: { person in
                [person.role, person.agency].compactMap { $0 }.contains { $0.lowercased().contains(expansion) }
            }) {
                known.insert(Tokenizer.foldedHash(acronym))
            }
        }
        for name in meeting.childNames {
            for token in Tokenizer.tokens(of: name) where token.shape != .punctuation { known.insert(token.folded) }
        }
        var findings: [Finding] = []
        for action in meeting.actions {
            guard let owner = action.owner, !owner.text.isEmpty else { continue }
            let tokens = Tokenizer.tokens(of: owner.text)
            if vagueOwners.matchesWhole(tokens[...]) { continue }
            // Each person the owner names (`Tom Reed and Mum`) must be known.
            var parts: [ArraySlice<Token>] = []
            var start = 0
            for (index, token) in tokens.enumerated() where OwnerKnown.joiners.contains(token.folded) {
                parts.append(tokens[start..<index])
                start = index + 1
            }
            parts.append(tokens[start...])
            let unknown = parts.filter { part in
                let words = part.filter { $0.shape != .punctuation && !OwnerKnown.ignored.contains($0.folded) }
                guard !words.isEmpty else { return false }
                if vocabulary.familyWords.firstMatch(in: part) != nil || vocabulary.childWords.firstMatch(in: part) != nil { return false }
                if vagueOwners.matchesWhole(part) { return false }
                return !words.contains { known.contains($0.folded) }
            }
            guard let first = unknown.first, let firstToken = first.first, let lastToken = first.last else { continue }
            let named = String(decoding: Array(owner.text.utf8)[firstToken.range.start..<lastToken.range.end], as: UTF8.self)
            findings.append(Finding(
                action.range,
                "This action is given to \(quote(named)), who is not listed as attending or sending apologies, so they may not know it is theirs.",
                redacted: "This action's owner is not listed as attending or sending apologies, so they may not know it is theirs.",
                help: "Give the action to someone who was there, or add the owner to the apologies and say who will tell them."))
        }
        return findings
    }
}
