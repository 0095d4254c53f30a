import Testing

@testable import MeetingLintCore

/// Readings of people and plans that write into buffers kept from one use to the next give what
/// the readings that made an array each time gave (the old code is kept here as the reference):
/// a line's entries, a person's description tokens, and the actions plan-size counts.
@Suite struct PeopleAndPlanBufferTests {
    // MARK: - Entries

    /// `splitEntries` as it was: an array for each split.
    static func oldSplitEntries(_ builder: MeetingBuilder, _ range: SourceRange, inLine lineIndex: Int?) -> [SourceRange] {
        let bytes = builder.bytes
        func split(at separator: UInt8) -> [SourceRange] {
            guard builder.mayHold(separator, in: range) else {
                let whole = builder.trim(range)
                return whole.isEmpty ? [] : [whole]
            }
            var parts: [SourceRange] = []
            var depth = 0
            var start = range.start
            for index in range.start..<range.end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) } else if byte == separator, depth == 0 {
                    let part = builder.trim(SourceRange(start, index))
                    if !part.isEmpty { parts.append(part) }
                    start = index + 1
                }
            }
            let last = builder.trim(SourceRange(start, range.end))
            if !last.isEmpty { parts.append(last) }
            return parts
        }
        let semicolons = split(at: UInt8(ascii: ";"))
        if semicolons.count > 1 { return semicolons }
        let commas = split(at: UInt8(ascii: ","))
        guard commas.count > 1 else { return semicolons }
        // Whether commas split it: the plain reading `AttendeeCommaTests` keeps.
        return AttendeeCommaTests.plainChooseCommas(builder, commas[...], inLine: lineIndex) ? commas : semicolons
    }

    /// Random lines of names, roles, separators and brackets.
    static func randomLines(_ generator: inout SplitMix64) -> [String] {
        let pieces = ["Jane Smith", "Tom", "Gosia", "(mum)", "(SW", ")", "(", "Social Worker", "Oak Primary", "GP", "A.B.", "– ", " - ", "—", ",", ";", ", ", "; ",
                      "  ", "mum", "Health Visitor", "Dr", "x", "Hillcrest CSC", "(chair, by phone)", "school", "’", "*Ann*"]
        return (0..<300).map { _ in
            (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " ")
        }
    }

    @Test func entriesSplitIntoABufferAreTheEntriesSplitAfresh() {
        var generator = SplitMix64(seed: 0x656e_7472_6965_73)
        let texts = PeopleSpeedTests.texts() + [Self.randomLines(&generator).map { "Attendees: \($0)" }.joined(separator: "\n")]
            + [Self.randomLines(&generator).joined(separator: "\n")]
        var compared = 0
        // One buffer for every line of every record, as one record's lines share one.
        var buffer: [SourceRange] = []
        for text in texts {
            let builder = PeopleSpeedTests.builder(text)
            for (index, line) in builder.meeting.lines.enumerated() {
                let old = Self.oldSplitEntries(builder, line.range, inLine: index)
                builder.splitEntries(line.range, inLine: index, into: &buffer)
                #expect(buffer == old, "\(builder.text(line.range))")
                #expect(builder.splitEntries(line.range, inLine: nil) == Self.oldSplitEntries(builder, line.range, inLine: nil))
                compared += 1
            }
        }
        #expect(compared > 1000)
    }

    // MARK: - Descriptions

    /// `descriptionTokens` as it was: the parts' text, tokenized, in a new array.
    static func oldDescriptionTokens(_ person: Person) -> [Token] {
        var tokens: [Token] = []
        var first = true
        func add(_ text: String) {
            if !first {
                tokens.append(Token(range: SourceRange(0, 0), folded: Person.semicolon, exact: Person.semicolon, shape: .punctuation))
            }
            first = false
            var text = text
            text.withUTF8 { buffer in Tokenizer.tokenize(buffer, SourceRange(0, buffer.count), into: &tokens) }
        }
        if let role = person.role { add(role) }
        if let agency = person.agency { add(agency) }
        for note in person.notes { add(note) }
        return tokens
    }

    /// The hashes and shapes of tokens (their ranges differ, and do not matter).
    static func described(_ tokens: [Token]) -> [String] {
        tokens.map { "\($0.folded)/\($0.exact)/\($0.shape)" }
    }

    @Test func descriptionTokensIntoABufferAreTheDescriptionsTokenized() {
        var generator = SplitMix64(seed: 0x6465_7363)
        let awkward = [
            "## Attendance\n- Jane Smith – *Social* Worker,   Hillcrest\tCSC (chair,  by phone)\n- Zoë Ball – Élan Trust (mum’s friend)\n",
            "## Attendance\n- Tom – _school_ nurse, `x` (a_b) ( , )\n- Ann (Health Visitor, Northfield Health, chair)\n",
            "## Apologies\nJane Smith (SW); Tom Reed (school, by phone); Gosia (mum); A (b) (c) (d) (e); Z\n",
            "## Attendance\n| Name | Role | Agency |\n|---|---|---|\n| Jane | **Lead** Professional | Oak  School |\n| Bo | – | x_y |\n",
        ]
        let lines = Self.randomLines(&generator).map { "- \($0)" }.joined(separator: "\n")
        var compared = 0
        var buffer: [Token] = []
        for text in PeopleSpeedTests.texts() + awkward + ["## Attendance\n\(lines)\n"] {
            let builder = PeopleSpeedTests.builder(text)
            for person in builder.meeting.attendees + builder.meeting.apologies {
                person.descriptionTokens(into: &buffer)
                #expect(Self.described(buffer) == Self.described(Self.oldDescriptionTokens(person)), "\(builder.text(person.range))")
                // Parts set rather than read from the record.
                var given = person
                given.role = given.role.map { "\($0) *x*" }
                given.descriptionTokens(into: &buffer)
                #expect(Self.described(buffer) == Self.described(Self.oldDescriptionTokens(given)))
                compared += 1
            }
        }
        #expect(compared > 300)
    }

    // MARK: - Plan size

    /// How many distinct actions plan-size counted when each action's words had an array.
    static func oldDistinctActions(_ meeting: Meeting) -> Int {
        var kept: [[UInt64]] = []
        var distinct = 0
        var ownerTokens: [Token] = []
        for action in meeting.actions {
            if let owner = action.owner {
                _ = meeting.partTokens(owner, near: action.tokens, into: &ownerTokens)
            } else {
                ownerTokens.removeAll(keepingCapacity: true)
            }
            var words: [UInt64] = []
            for token in meeting.tokens[action.whatTokens] where token.isWord && token.range.count > 3 {
                if !ownerTokens.contains(where: { $0.folded == token.folded }) { words.append(token.folded) }
            }
            words = Array(Set(words)).sorted()
            let repeated = meeting.actions.count <= 200 && words.count >= 2 && kept.contains { other in
                other.count >= 2 && Double(Set(words).intersection(other).count) >= 0.6 * Double(min(words.count, other.count))
            }
            if repeated { continue }
            kept.append(words)
            distinct += 1
        }
        return distinct
    }

    @Test func planSizeCountsTheActionsItCountedWithAnArrayForEach() {
        let catalogue = Catalogue.builtIn
        let profile = catalogue.orderedProfiles[0]
        var counted = 0
        for meeting in CheckSpeedTests.meetings() {
            for limit in [0, 2, 8] {
                let context = CheckContext(parameters: ["max-actions": "\(limit)"], vocabulary: catalogue.vocabulary, profile: profile)
                let findings = PlanSize().check(meeting, WordIndex(meeting), context)
                guard meeting.actions.count > limit else {
                    #expect(findings.isEmpty)
                    continue
                }
                let distinct = Self.oldDistinctActions(meeting)
                if distinct > limit {
                    #expect(findings.count == 1 && findings[0].message.hasPrefix("This plan has \(distinct) actions;"))
                    counted += 1
                } else {
                    #expect(findings.isEmpty)
                }
            }
        }
        #expect(counted > 20)
    }

    /// A plan of more than 200 actions, many written twice, counts every one, as it did when
    /// each action's words were read and then not compared.
    @Test func aPlanOfMoreThan200ActionsCountsEachAction() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        let context = CheckContext(parameters: [:], vocabulary: catalogue.vocabulary, profile: catalogue.orderedProfiles[0])
        for count in [199, 200, 201, 230] {
            let items = (0..<count).map { "- Jane Smith to arrange the family meeting about item \($0 % 7) by Friday" }
            let meeting = Meeting(parsing: SourceFile(path: "test.md", text: "## Actions\n\(items.joined(separator: "\n"))\n"), settings: settings)
            #expect(meeting.actions.count == count)
            let findings = PlanSize().check(meeting, WordIndex(meeting), context)
            let distinct = count > 200 ? count : Self.oldDistinctActions(meeting)
            #expect(distinct == Self.oldDistinctActions(meeting))
            #expect(findings.count == (distinct > 8 ? 1 : 0))
            if distinct > 8 { #expect(findings.first?.message.hasPrefix("This plan has \(distinct) actions;") == true) }
        }
    }
    // MARK: - Action parts

    /// An action part's tokens as a slice (of the record's tokens, or of a buffer kept from part
    /// to part) are the tokens `partTokens(_:near:into:)` copies into an array, with the same bytes.
    @Test func partTokenSlicesAreThePartsTokens() {
        var compared = 0
        var buffer: [Token] = []
        for meeting in CheckSpeedTests.meetings() {
            for action in meeting.actions + meeting.previousActions {
                for part in [action.what, action.owner, action.dueText, action.measure, action.status] {
                    guard let part else { continue }
                    var copied: [Token] = []
                    let bytes = meeting.partTokens(part, near: action.tokens, into: &copied)
                    let sliced = meeting.partTokens(part, near: action.tokens, buffer: &buffer)
                    #expect(Array(sliced.tokens) == copied)
                    #expect(sliced.bytes == bytes)
                    let far = meeting.partTokens(part, near: nil, buffer: &buffer)
                    #expect(Array(far.tokens) == copied)
                    compared += 1
                }
            }
        }
        #expect(compared > 1000)
    }
    /// A field value's tokens as a slice are the tokens `valueTokens(_:at:into:)` copies, for the
    /// value as written and for other text said to stand at its range.
    @Test func valueTokenSlicesAreTheValuesTokens() {
        var compared = 0
        var buffer: [Token] = []
        for meeting in CheckSpeedTests.meetings() {
            for field in meeting.fields {
                for text in [field.value, field.value + " x", "*\(field.value)*", String(field.value.dropFirst())] {
                    var copied: [Token] = []
                    meeting.valueTokens(text, at: field.valueRange, into: &copied)
                    #expect(Array(meeting.valueTokens(text, at: field.valueRange, buffer: &buffer)) == copied)
                    compared += 1
                }
            }
        }
        #expect(compared > 1000)
    }
    // MARK: - Tables

    /// Whether a table's columns repeat one, found without a set, is what the set said.
    @Test func repeatedColumnsAreFoundAsASetFindsThem() {
        var generator = SplitMix64(seed: 0x636f_6c73)
        for _ in 0..<2000 {
            let columns = (0..<Int.random(in: 0...7, using: &generator)).map { offset in
                (offset: offset, column: PersonColumn.allCases.randomElement(using: &generator)!)
            }
            #expect(MeetingBuilder.repeatsAColumn(columns) == (Set(columns.map(\.column)).count < columns.count))
        }
    }
    // MARK: - Chair and minutes

    /// `ChairAndMinutes.marks` as it was: an array of marks, and the notes' text, for each person.
    static func oldMarks(_ person: Person, buffer tokens: inout [Token]) -> [Range<Int>] {
        tokens.removeAll(keepingCapacity: true)
        var result: [Range<Int>] = []
        func tokenize(_ text: String) -> Range<Int> {
            let start = tokens.count
            var text = text
            text.withUTF8 { Tokenizer.tokenize($0, SourceRange(0, $0.count), into: &tokens) }
            return start..<tokens.count
        }
        for note in person.notes { result.append(tokenize(note)) }
        for (text, isRole) in [(person.role, true), (person.agency, false)] {
            guard let text else { continue }
            let all = tokenize(text)
            var depth = 0
            var start = all.lowerBound
            var outside = true
            for index in all {
                let token = tokens[index]
                if token.folded == ChairAndMinutes.open {
                    if depth == 0 { start = index + 1 }
                    depth += 1
                    outside = false
                } else if token.folded == ChairAndMinutes.close, depth > 0 {
                    depth -= 1
                    if depth == 0, index > start { result.append(start..<index) }
                } else if depth == 1, token.folded == ChairAndMinutes.comma {
                    if index > start { result.append(start..<index) }
                    start = index + 1
                }
            }
            if isRole || text == person.role, outside { result.append(all) }
        }
        return result
    }

    @Test func chairAndMinutesMarksInBuffersAreTheMarks() {
        var generator = SplitMix64(seed: 0x6d61_726b)
        let lines = Self.randomLines(&generator).map { "- \($0)" }.joined(separator: "\n")
        let records = [
            "## Attendance\n- Jane – Chair, Chair\n- Tom – SW (chair), Oak (minutes, by phone)\n- Ann (minute taker) (chair)\n",
            "## Attendance\n| Name | Role | Agency |\n|---|---|---|\n| Jane | Social Worker (chair) | x (minutes) |\n| Bo | GP | GP |\n",
        ]
        var compared = 0
        var (tokens, oldTokens, marks): ([Token], [Token], [Range<Int>]) = ([], [], [])
        for text in PeopleSpeedTests.texts() + records + ["## Attendance\n\(lines)\n"] {
            let builder = PeopleSpeedTests.builder(text)
            for person in builder.meeting.attendees + builder.meeting.apologies {
                var given = person
                given.notes = person.notes + ["chair"]
                for person in [person, given] {
                    ChairAndMinutes.marks(person, buffer: &tokens, into: &marks)
                    let old = Self.oldMarks(person, buffer: &oldTokens)
                    #expect(marks == old)
                    #expect(tokens == oldTokens)
                    compared += 1
                }
            }
        }
        #expect(compared > 600)
    }
    // MARK: - Huge records

    /// A huge record's people, read into room made for them all at once, are the people read
    /// into room grown as they come; and the room made holds them without growing.
    @Test func aHugeRecordsPeopleReadIntoRoomMadeAtOnceAreThePeople() {
        var generator = SplitMix64(seed: 0x6875_6765)
        let roles = ["Social Worker, Hillcrest CSC", "GP", "Mum", "Class teacher, Oak Primary (chair)", "x (by phone, left 11:00)"]
        var lines = ["## Attendance"]
        for index in 0..<9_000 {
            lines.append("- Person\(index) Surname – \(roles.randomElement(using: &generator)!)")
        }
        lines.append("## Apologies")
        lines.append((0..<400).map { "Absent\($0) (school)" }.joined(separator: "; "))
        let builder = PeopleSpeedTests.builder(lines.joined(separator: "\n") + "\n")
        #expect(builder.meeting.tokens.count > MeetingBuilder.hugeRecordTokens)
        var grown = MeetingBuilder.PeopleFound()
        builder.readPeople(into: &grown)
        #expect(builder.meeting.attendees.count == 9_000 && builder.meeting.apologies.count == 400)
        #expect(builder.meeting.attendees.map(ActionPeopleSpeedTests.describe) == grown.attendees.map(ActionPeopleSpeedTests.describe))
        #expect(builder.meeting.apologies.map(ActionPeopleSpeedTests.describe) == grown.apologies.map(ActionPeopleSpeedTests.describe))
        var reserved = MeetingBuilder.PeopleFound()
        builder.reserveRoomForPeople(in: &reserved)
        let room = (hashes: reserved.hashes.capacity, attendees: reserved.attendees.capacity)
        builder.readPeople(into: &reserved)
        #expect(reserved.hashes.capacity == room.hashes && reserved.attendees.capacity == room.attendees)
    }
}
