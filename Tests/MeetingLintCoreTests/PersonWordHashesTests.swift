import Testing

@testable import MeetingLintCore

/// A person's word hashes are kept in one array for all of a record's people, each person holding
/// where theirs stand: the lists read through it are the ones the person's own three arrays held,
/// and owner-known finds an expansion among a person's words as it did among their arrays.
@Suite struct PersonWordHashesTests {
    /// The lists as `makePerson` made them when each person had three arrays of their own (the
    /// old code, kept as the reference), with a calling before a name (`Nurse`, `PC`:
    /// `MeetingBuilder.ranks`) left out of the initials as it now is, and the last name word's
    /// initial (`surnameInitial`).
    static func ownLists(_ builder: MeetingBuilder, tokens: ArraySlice<Token>, parts: MeetingBuilder.EntryParts)
        -> (words: [UInt64], name: [UInt64], role: [UInt64], initials: UInt64?, surname: UInt64?)
    {
        let bytes = builder.bytes
        var words: [UInt64] = []
        var nameWords: [UInt64] = []
        var roleWords: [UInt64] = []
        var initialsHash: UInt64?
        for token in tokens where token.isWord || token.shape == .numberWord { words.append(token.folded) }
        var initials = 0
        var hash: UInt64? = Tokenizer.offsetBasis
        var surname: UInt64?
        for token in tokens[parts.name] where token.isWord && !MeetingBuilder.titles.contains(token.folded) {
            nameWords.append(token.folded)
            if MeetingBuilder.ranks.contains(token.folded) { continue }
            initials += 1
            let byte = bytes[token.range.start]
            surname = byte < 0x80 ? Tokenizer.foldedHash(String(decoding: [byte], as: UTF8.self)) : nil
            if byte < 0x80, let running = hash {
                hash = (running ^ UInt64(Tokenizer.fold(byte))) &* Tokenizer.prime
            } else {
                hash = nil
            }
        }
        for token in tokens[parts.role] where token.isWord { roleWords.append(token.folded) }
        for token in tokens[parts.agency] where token.isWord { roleWords.append(token.folded) }
        for note in parts.notes {
            for token in tokens[note] where token.isWord { roleWords.append(token.folded) }
        }
        if initials > 1 {
            if let hash {
                initialsHash = hash
            } else {
                let firstBytes = tokens[parts.name].filter { $0.isWord && !MeetingBuilder.titles.contains($0.folded) && !MeetingBuilder.ranks.contains($0.folded) }
                    .map { bytes[$0.range.start] }
                initialsHash = Tokenizer.foldedHash(String(decoding: firstBytes, as: UTF8.self))
            }
        }
        return (words, nameWords, roleWords, initialsHash, surname)
    }

    /// A random part of a slice's positions (its own indexes), possibly empty.
    static func someRange(_ tokens: ArraySlice<Token>, _ generator: inout SplitMix64) -> Range<Int> {
        let start = Int.random(in: tokens.startIndex...tokens.endIndex, using: &generator)
        let end = Int.random(in: start...tokens.endIndex, using: &generator)
        return start..<end
    }

    /// Every line of every record read as a person with random parts, several people to a shared
    /// array that already holds other hashes: each person's lists are their own lists.
    @Test func sharedListsAreThePersonsOwnLists() {
        var generator = SplitMix64(seed: 0x7065_6f70_6c65)
        var compared = 0
        for text in PeopleSpeedTests.texts() + ["## Attendance\n- Émile Zola – Dr, GP (chair, Élan)\n- Dr Mr Ann Bo Cy 12 twelve\n- Nurse Priya Shah – School Nurse\n- PC Lewis Émile\n"] {
            let builder = PeopleSpeedTests.builder(text)
            var hashes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            var people: [(Person, (words: [UInt64], name: [UInt64], role: [UInt64], initials: UInt64?, surname: UInt64?))] = []
            for line in builder.meeting.lines {
                let tokens = builder.meeting.tokens[line.tokens]
                for _ in 0..<3 {
                    let notes = (0..<Int.random(in: 0...3, using: &generator)).map { _ in Self.someRange(tokens, &generator) }
                    let parts = MeetingBuilder.EntryParts(
                        name: Self.someRange(tokens, &generator), role: Self.someRange(tokens, &generator),
                        agency: Self.someRange(tokens, &generator), notes: notes)
                    let spans = Person.Spans(name: line.range, role: nil, agency: nil, notes: 0..<0)
                    let person = builder.makePerson(spans: spans, range: line.range, tokens: tokens, parts: parts, hashes: &hashes)
                    // Before the array is given, the lists are empty, not read out of bounds.
                    #expect(person.words.isEmpty && person.nameWords.isEmpty && person.roleWords.isEmpty)
                    people.append((person, Self.ownLists(builder, tokens: tokens, parts: parts)))
                }
            }
            for (person, own) in people {
                var person = person
                person.sharedHashes = hashes
                #expect(Array(person.words) == own.words)
                #expect(Array(person.nameWords) == own.name)
                #expect(Array(person.roleWords) == own.role)
                #expect(person.initials == own.initials)
                #expect(person.surnameInitial == own.surname)
                compared += 1
            }
        }
        #expect(compared > 1000)
    }

    /// People read from records have the shared array once reading is done, and their lists are
    /// the words of their entries.
    @Test func peopleReadFromRecordsHoldTheirWords() {
        var people = 0
        for text in PeopleSpeedTests.texts() {
            let builder = PeopleSpeedTests.builder(text)
            for person in builder.meeting.attendees + builder.meeting.apologies {
                let words = Tokenizer.tokens(of: builder.text(person.range)).filter { $0.isWord || $0.shape == .numberWord }.map(\.folded)
                // The entry's words are its line's (a list item's line holds its marker too).
                #expect(person.words.allSatisfy { words.contains($0) })
                #expect(person.nameWords.allSatisfy { person.words.contains($0) })
                people += 1
            }
        }
        #expect(people > 200)
    }

    /// `OwnerKnown.holds` on a slice answers as `Glossary.contains` on the slice's own array.
    @Test func holdsAnswersAsGlossaryContains() {
        var generator = SplitMix64(seed: 0x686f_6c64_73)
        for _ in 0..<5000 {
            // Few distinct words, so that runs match often and partly.
            let all = (0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt64.random(in: 0...3, using: &generator) }
            let start = Int.random(in: 0...all.count, using: &generator)
            let end = Int.random(in: start...all.count, using: &generator)
            let expansion = (0..<Int.random(in: 0...4, using: &generator)).map { _ in UInt64.random(in: 0...3, using: &generator) }
            #expect(OwnerKnown.holds(all[start..<end], expansion) == Glossary.contains(Array(all[start..<end]), expansion))
        }
    }
}
