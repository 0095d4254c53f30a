/// `owner-known`: each action's owner is among the attendees or apologies, the family, or the
/// lead professional, so that nobody owns an action without knowing it.
struct OwnerKnown: BuiltInCheck {
    static let id = "owner-known"
    static let open = Tokenizer.foldedHash("(")
    static let close = Tokenizer.foldedHash(")")

    static let joiners: TokenSet = TokenSet(words: ["and", "&", "/", ",", "+", "with"])
    static let ignored: TokenSet = TokenSet(words: ["(", ")", "the", "dr", "mr", "mrs", "ms", "miss", ".", "-", "'s", "to", "of"])

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        guard meeting.actions.contains(where: { $0.owner?.text.isEmpty == false }) else { return [] }
        let vocabulary = context.vocabulary
        let vagueOwners = context.phrases("vague-owners")
        // Every word that can name someone the meeting knows, and their initials.
        var known = TokenSet()
        var people = meeting.attendees + meeting.apologies
        for person in people {
            known.formUnion(person.words)
            if let initials = person.initials { known.insert(initials) }
        }
        if let lead = meeting.field(.leadProfessional) {
            for token in Tokenizer.tokens(of: lead.value) where token.isWord { known.insert(token.folded) }
            var person = Person(name: lead.value, role: nil, agency: nil, notes: [], range: lead.lineRange, isChild: false, isFamily: false)
            person.words = Tokenizer.tokens(of: lead.value).filter(\.isWord).map(\.folded)
            people.append(person)
        }
        for name in meeting.childNames {
            for token in Tokenizer.tokens(of: name) where token.isWord { known.insert(token.folded) }
        }
        var findings: [Finding] = []
        for action in meeting.actions {
            guard let owner = action.owner, !owner.text.isEmpty else { continue }
            let tokens = Tokenizer.tokens(of: owner.text)
            if vagueOwners.matchesWhole(tokens[...]) { continue }
            // Each person the owner names (`Tom Reed and Mum`) must be known.
            // Split at `and`, `&`, `/`, `,` outside brackets: `Jo Wells (Housing Officer, Rivers)` is one.
            var parts: [ArraySlice<Token>] = []
            var start = 0
            var depth = 0
            for (index, token) in tokens.enumerated() {
                if token.folded == OwnerKnown.open { depth += 1 }
                if token.folded == OwnerKnown.close { depth = max(0, depth - 1) }
                guard depth == 0, OwnerKnown.joiners.contains(token.folded) else { continue }
                parts.append(tokens[start..<index])
                start = index + 1
            }
            parts.append(tokens[start...])
            let unknown = parts.filter { part in
                // `Jo Wells (Housing Officer, Brookfield Homes)`: the name is what stands before the bracket.
                let named = part.prefix { $0.folded != OwnerKnown.open }
                let words = (named.contains { $0.isWord } ? named : part).filter { $0.shape != .punctuation && !OwnerKnown.ignored.contains($0.folded) }
                guard !words.isEmpty else { return false }
                if vocabulary.familyWords.firstMatch(in: part) != nil || vocabulary.childWords.firstMatch(in: part) != nil { return false }
                if vagueOwners.matchesWhole(part) { return false }
                if words.contains(where: { known.contains($0.folded) }) { return false }
                // `SW` is known when a Social Worker attended: an acronym whose expansion someone's words hold.
                return !words.contains { word in
                    guard let entry = vocabulary.glossary.entry(for: word) else { return false }
                    return people.contains { Glossary.contains($0.words, entry.words) }
                }
            }
            guard let first = unknown.first,
                let firstToken = first.first(where: { $0.folded != OwnerKnown.open && $0.folded != OwnerKnown.close }),
                let lastToken = first.prefix(while: { $0.folded != OwnerKnown.open }).last(where: { $0.shape != .punctuation }) ?? first.last
            else { continue }
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
