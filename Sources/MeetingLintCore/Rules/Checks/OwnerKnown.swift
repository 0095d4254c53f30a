/// `owner-known`: each action's owner is among the attendees or apologies, the family, or the
/// lead professional, so that nobody owns an action without knowing it.
struct OwnerKnown: BuiltInCheck, SetUpCheck {
    static let id = "owner-known"
    static let open = Tokenizer.foldedHash("(")
    static let close = Tokenizer.foldedHash(")")

    static let joiners: TokenSet = TokenSet(words: ["and", "&", "/", ",", "+", "with"])
    /// Words of an owner that are not part of a name (titles come from `people/titles`).
    static let ignored: TokenSet = TokenSet(words: ["(", ")", "the", ".", "-", "'s", "to", "of"])

    /// What the check knows of someone the meeting knows: their role and agency words, and every
    /// word of their entry.
    struct Known {
        var roleWords: ArraySlice<UInt64>
        var words: ArraySlice<UInt64>
    }

    /// A context's lists, read once.
    final class Setup: Sendable {
        let vagueOwners: PhraseSet
        let schoolWords: PhraseSet
        let everyoneWords: TokenSet
        let titles: TokenSet

        init(vagueOwners: PhraseSet, schoolWords: PhraseSet, everyoneWords: TokenSet, titles: TokenSet) {
            self.vagueOwners = vagueOwners
            self.schoolWords = schoolWords
            self.everyoneWords = everyoneWords
            self.titles = titles
        }
    }

    /// What the check derives from a context (`SetUpCheck`): made once for each rule and
    /// profile, when the linter is made.
    func makeSetup(_ context: CheckContext) -> Setup {
        let vocabulary = context.vocabulary
        return Setup(
            vagueOwners: context.phrases("vague-owners"), schoolWords: vocabulary.phrases("people/school-words"),
            everyoneWords: vocabulary.words("people/everyone-words"), titles: vocabulary.words("people/titles"))
    }

    func check(_ meeting: Meeting, _ wordIndex: WordIndex, _ context: CheckContext) -> [Finding] {
        guard meeting.actions.contains(where: { $0.owner?.isEmpty == false }) else { return [] }
        let vocabulary = context.vocabulary
        let setup = self.setup(context)
        let vagueOwners = setup.vagueOwners
        let schoolWords = setup.schoolWords
        let everyoneWords = setup.everyoneWords
        let titles = setup.titles
        // The type's constants read once, not through their lazy initialisers at every token.
        let (open, close, comma, joiners, ignoredWords) = (OwnerKnown.open, OwnerKnown.close, OwnerKnown.comma, OwnerKnown.joiners, OwnerKnown.ignored)
        func ignored(_ token: Token) -> Bool { ignoredWords.contains(token.folded) || titles.contains(token.folded) }
        // Names and initials of everyone the meeting knows (a list looked through while short, a
        // hash set once long: a record may list thousands).
        var names = ShortTokenSet(minimumCapacity: 3 * (meeting.attendees.count + meeting.apologies.count) + 32)
        // (Read field by field: a copy of each person would retain all of its fields.)
        func addNames(_ list: [Person]) {
            for index in list.indices {
                names.formUnion(list[index].nameWords)
                if let initials = list[index].initials { names.insert(initials) }
            }
        }
        addNames(meeting.attendees)
        addNames(meeting.apologies)
        // Room for the tokens of a field's value or an owner that are not a run of the record's
        // (few are: most are sliced from the record's tokens, so no room is made beforehand).
        var tokens: [Token] = []
        // The lead professional, the chair and the minute taker are known too, wherever they are named.
        let namedFields: [FieldKey] = [.leadProfessional, .chair, .minuteTaker, .convenedBy]
        for key in namedFields {
            guard let field = meeting.fields.firstIndex(where: { $0.key == key }) else { continue }
            for token in meeting.valueTokens(meeting.fields[field].value, at: meeting.fields[field].valueRange, buffer: &tokens) {
                if token.folded == comma || token.folded == open { break }
                if token.isWord { names.insert(token.folded) }
            }
        }
        for name in meeting.childNames {
            var name = name
            tokens.removeAll(keepingCapacity: true)
            name.withUTF8 { buffer in Tokenizer.tokenize(buffer, SourceRange(0, buffer.count), into: &tokens) }
            for token in tokens where token.isWord { names.insert(token.folded) }
        }
        names.finish()
        // Each person's role and agency words, and every word of their entry (a named field's
        // words are both): made only when an owner is not known by name, as most are.
        func knownPeople() -> [Known] {
            var people: [Known] = []
            people.reserveCapacity(meeting.attendees.count + meeting.apologies.count + namedFields.count)
            for list in [meeting.attendees, meeting.apologies] {
                for index in list.indices { people.append(Known(roleWords: list[index].roleWords, words: list[index].words)) }
            }
            var tokens: [Token] = []
            for key in namedFields {
                guard let field = meeting.fields.firstIndex(where: { $0.key == key }) else { continue }
                meeting.valueTokens(meeting.fields[field].value, at: meeting.fields[field].valueRange, into: &tokens)
                var words: [UInt64] = []
                words.reserveCapacity(tokens.count)
                for token in tokens where token.isWord { words.append(token.folded) }
                people.append(Known(roleWords: words[...], words: words[...]))
            }
            return people
        }
        lazy var people = knownPeople()
        lazy var surnameInitials = Set(meeting.attendees.compactMap(\.surnameInitial) + meeting.apologies.compactMap(\.surnameInitial))
        // Whether someone from a school attended or sent apologies: read only when an owner needs it.
        var fromSchoolRead: Bool?
        func fromSchool() -> Bool {
            if let fromSchoolRead { return fromSchoolRead }
            var description: [Token] = []
            var found = false
            for absent in [false, true] where !found {
                let list = absent ? meeting.apologies : meeting.attendees
                for index in list.indices {
                    list[index].descriptionTokens(into: &description)
                    if schoolWords.firstMatch(in: description[...]) != nil {
                        found = true
                        break
                    }
                }
            }
            fromSchoolRead = found
            return found
        }
        // Who holds which role words, made when an owner first needs it; and whether someone's
        // words hold an acronym's expansion, found once for each expansion. Each owner then costs
        // the same whether the record lists ten people or ten thousand.
        lazy var roles = RoleIndex(people)
        var expansionsHeld: [[UInt64]: Bool] = [:]
        func expansionHeld(_ expansion: [UInt64]) -> Bool {
            if let held = expansionsHeld[expansion] { return held }
            let held = people.contains { OwnerKnown.holds($0.roleWords, expansion) || OwnerKnown.holds($0.words, expansion) }
            expansionsHeld[expansion] = held
            return held
        }
        // Whether a part of an owner (between joiners) names nobody the meeting knows.
        var words: [Token] = []
        words.reserveCapacity(16)
        func isUnknown(_ part: ArraySlice<Token>) -> Bool {
            // `Jo Wells (Housing Officer, Brookfield Homes)`: the name is what stands before the bracket.
            let named = part.prefix { $0.folded != open }
            words.removeAll(keepingCapacity: true)
            for token in named.contains(where: { $0.isWord }) ? named : part where token.shape != .punctuation && !ignored(token) {
                words.append(token)
            }
            guard !words.isEmpty else { return false }
            // `Miss T`, `Mr W`: a title and the initial of a listed person's last name.
            if words.count == 1, words[0].range.count == 1, part.contains(where: { titles.contains($0.folded) }), surnameInitials.contains(words[0].folded) {
                return false
            }
            // A name or initials of someone listed, outside the bracket or in it
            // (`Millbrook College (Yvonne Ashby)`).
            if part.contains(where: { $0.isWord && names.contains($0.folded) && !ignored($0) }) { return false }
            if vocabulary.familyWords.firstMatch(in: part) != nil || vocabulary.childWords.firstMatch(in: part) != nil { return false }
            if OwnerKnown.isVague(part, vagueOwners, everyoneWords) { return false }
            // A role or agency someone listed holds (`school nurse`, `Housing`), in full: a
            // shared word such as `officer` is not enough.
            if roles.anyoneHolds(words) { return false }
            // `School`, `nursery`: someone from a school attended.
            if schoolWords.matchesWhole(part) || schoolWords.matchesWhole(named), fromSchool() { return false }
            // `SW` is known when a Social Worker attended: an acronym whose expansion someone's words hold.
            for word in words {
                guard let entry = vocabulary.glossary.entry(for: word) else { continue }
                if expansionHeld(entry.words) { return false }
            }
            return true
        }
        var findings: [Finding] = []
        let owners = wordIndex.ownerRuns(in: meeting)
        for action in meeting.actions.indices {
            guard owners.hasOwner(action) else { continue }
            // The owner's tokens: a slice of the record's, or of the buffer.
            let (owned, bytes) = owners.tokens(of: action, in: meeting, buffer: &tokens)
            if OwnerKnown.isVague(owned, vagueOwners, everyoneWords) { continue }
            // Split at `and`, `&`, `/`, `,` outside brackets: `Jo Wells (Housing Officer, Rivers)` is one.
            // The first part that names nobody known is reported.
            var unknown: ArraySlice<Token>?
            var start = owned.startIndex
            var depth = 0
            for index in owned.indices {
                let token = owned[index]
                if token.folded == open { depth += 1 }
                if token.folded == close { depth = max(0, depth - 1) }
                guard depth == 0, joiners.contains(token.folded) else { continue }
                if isUnknown(owned[start..<index]) {
                    unknown = owned[start..<index]
                    break
                }
                start = index + 1
            }
            if unknown == nil, isUnknown(owned[start...]) { unknown = owned[start...] }
            guard let first = unknown,
                let firstToken = first.first(where: { $0.folded != open && $0.folded != close }),
                let lastToken = first.prefix(while: { $0.folded != open }).last(where: { $0.shape != .punctuation }) ?? first.last
            else { continue }
            let named = String(decoding: bytes[firstToken.range.start..<lastToken.range.end], as: UTF8.self)
            findings.append(Finding(
                meeting.actions[action].range,
                "This action is given to \(quote(named)), who is not listed as attending or sending apologies, so they may not know it is theirs.",
                redacted: "This action's owner is not listed as attending or sending apologies, so they may not know it is theirs.",
                help: "Give the action to someone who was there, or add the owner to the apologies and say who will tell them."))
        }
        return findings
    }

    /// The role words of everyone the meeting knows, for finding whether someone holds all of a
    /// few words. Few people are looked at one by one; many are indexed: each distinct list of
    /// role words once, reached through the lists that hold a word.
    struct RoleIndex {
        /// The lists of role words (distinct ones, once indexed).
        private var lists: [ArraySlice<UInt64>] = []
        /// For each role word, the lists (indexes into `lists`) that hold it, in increasing order;
        /// nil when the lists are few enough to look at one by one.
        private var holders: [UInt64: [Int]]?

        /// An index of `people`'s role words, made when there are more than `peopleToIndex`.
        init(_ people: [Known], peopleToIndex: Int = 32) {
            guard people.count > peopleToIndex else {
                lists = people.map(\.roleWords)
                return
            }
            var holders: [UInt64: [Int]] = [:]
            var seen: Set<ArraySlice<UInt64>> = []
            for person in people where !person.roleWords.isEmpty && seen.insert(person.roleWords).inserted {
                let list = lists.count
                lists.append(person.roleWords)
                for word in person.roleWords where holders[word]?.last != list { holders[word, default: []].append(list) }
            }
            self.holders = holders
        }

        /// Whether someone's role words hold every one of `words` (not empty), as
        /// `people.contains { person in words.allSatisfy { person.roleWords.contains($0.folded) } }`
        /// says; when indexed, looking only at the lists that hold the rarest of the words.
        func anyoneHolds(_ words: [Token]) -> Bool {
            func holdsAll(_ list: ArraySlice<UInt64>) -> Bool { words.allSatisfy { list.contains($0.folded) } }
            guard let holders else { return lists.contains(where: holdsAll) }
            var rarest: [Int]?
            for word in words {
                guard let holding = holders[word.folded] else { return false }
                if holding.count < rarest?.count ?? Int.max { rarest = holding }
            }
            return rarest?.contains { holdsAll(lists[$0]) } ?? false
        }
    }

    static let comma = Tokenizer.foldedHash(",")

    /// Whether `words` hold the expansion as a run: `Glossary.contains(_:_:)` for a person's
    /// words, which are a slice of the record's people's.
    static func holds(_ words: ArraySlice<UInt64>, _ expansion: [UInt64]) -> Bool {
        guard !expansion.isEmpty, words.count >= expansion.count else { return false }
        for start in words.startIndex...(words.endIndex - expansion.count) where words[start] == expansion[0] {
            if words[start..<(start + expansion.count)].elementsEqual(expansion) { return true }
        }
        return false
    }
    /// Whether an owner names nobody: a vague owner (`all agencies`), or any owner opening with one
    /// of `everyoneWords` (`All core group members`).
    static func isVague(_ tokens: ArraySlice<Token>, _ vagueOwners: PhraseSet, _ everyoneWords: TokenSet) -> Bool {
        if vagueOwners.matchesWhole(tokens) { return true }
        guard let first = tokens.first(where: { $0.isWord }) else { return false }
        return everyoneWords.contains(first.folded)
    }
}
