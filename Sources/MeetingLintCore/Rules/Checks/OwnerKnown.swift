/// `owner-known`: each action's owner is among the attendees or apologies, the family, or the
/// lead professional, so that nobody owns an action without knowing it.
struct OwnerKnown: BuiltInCheck {
    static let id = "owner-known"
    static let open = Tokenizer.foldedHash("(")
    static let close = Tokenizer.foldedHash(")")

    static let joiners: TokenSet = TokenSet(words: ["and", "&", "/", ",", "+", "with"])
    /// Words of an owner that are not part of a name (titles come from `people/titles`).
    static let ignored: TokenSet = TokenSet(words: ["(", ")", "the", ".", "-", "'s", "to", "of"])

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        guard meeting.actions.contains(where: { $0.owner?.text.isEmpty == false }) else { return [] }
        let vocabulary = context.vocabulary
        let vagueOwners = context.phrases("vague-owners")
        let schoolWords = vocabulary.phrases("people/school-words")
        let everyoneWords = vocabulary.words("people/everyone-words")
        let titles = vocabulary.words("people/titles")
        func ignored(_ token: Token) -> Bool { OwnerKnown.ignored.contains(token.folded) || titles.contains(token.folded) }
        // Names and initials of everyone the meeting knows; each person's role and agency words.
        var names = TokenSet()
        var people = meeting.attendees + meeting.apologies
        // The lead professional, the chair and the minute taker are known too, wherever they are named.
        for key in [FieldKey.leadProfessional, .chair, .minuteTaker, .convenedBy] {
            guard let field = meeting.field(key) else { continue }
            var person = Person(name: field.value, role: nil, agency: nil, notes: [], range: field.lineRange, isChild: false, isFamily: false)
            let tokens = Tokenizer.tokens(of: field.value)
            person.nameWords = tokens.prefix { $0.folded != OwnerKnown.comma && $0.folded != OwnerKnown.open }.filter(\.isWord).map(\.folded)
            person.roleWords = tokens.filter(\.isWord).map(\.folded)
            person.words = person.roleWords
            people.append(person)
        }
        for person in people {
            names.formUnion(person.nameWords)
            if let initials = person.initials { names.insert(initials) }
        }
        for name in meeting.childNames {
            for token in Tokenizer.tokens(of: name) where token.isWord { names.insert(token.folded) }
        }
        let fromSchool = people.contains { person in
            let words = Tokenizer.tokens(of: ([person.role, person.agency].compactMap { $0 } + person.notes).joined(separator: " ; "))
            return schoolWords.firstMatch(in: words[...]) != nil
        }
        var findings: [Finding] = []
        for action in meeting.actions {
            guard let owner = action.owner, !owner.text.isEmpty else { continue }
            let tokens = Tokenizer.tokens(of: owner.text)
            if OwnerKnown.isVague(tokens[...], vagueOwners, everyoneWords) { continue }
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
                let words = (named.contains { $0.isWord } ? named : part).filter { $0.shape != .punctuation && !ignored($0) }
                guard !words.isEmpty else { return false }
                if vocabulary.familyWords.firstMatch(in: part) != nil || vocabulary.childWords.firstMatch(in: part) != nil { return false }
                if OwnerKnown.isVague(part, vagueOwners, everyoneWords) { return false }
                // A name or initials of someone listed, outside the bracket or in it
                // (`Millbrook College (Yvonne Ashby)`).
                if part.contains(where: { $0.isWord && names.contains($0.folded) && !ignored($0) }) { return false }
                // A role or agency someone listed holds (`school nurse`, `Housing`), in full: a
                // shared word such as `officer` is not enough.
                let significant = words.map(\.folded)
                if people.contains(where: { person in significant.allSatisfy { person.roleWords.contains($0) } }) { return false }
                // `School`, `nursery`: someone from a school attended.
                if fromSchool, schoolWords.matchesWhole(part) || schoolWords.matchesWhole(named) { return false }
                // `SW` is known when a Social Worker attended: an acronym whose expansion someone's words hold.
                return !words.contains { word in
                    guard let entry = vocabulary.glossary.entry(for: word) else { return false }
                    return people.contains { Glossary.contains($0.roleWords, entry.words) || Glossary.contains($0.words, entry.words) }
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

    static let comma = Tokenizer.foldedHash(",")
    /// Whether an owner names nobody: a vague owner (`all agencies`), or any owner opening with one
    /// of `everyoneWords` (`All core group members`).
    static func isVague(_ tokens: ArraySlice<Token>, _ vagueOwners: PhraseSet, _ everyoneWords: TokenSet) -> Bool {
        if vagueOwners.matchesWhole(tokens) { return true }
        guard let first = tokens.first(where: { $0.isWord }) else { return false }
        return everyoneWords.contains(first.folded)
    }
}
