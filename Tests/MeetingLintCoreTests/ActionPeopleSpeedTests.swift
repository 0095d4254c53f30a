import Foundation
import Testing

@testable import MeetingLintCore

/// The fast paths in reading actions, people and timescales give what the plain
/// readings gave: `due` chosen as the timescales come rather than from their list, phrase lists
/// passed over where their first two tokens say no phrase starts, and the buffers that reading
/// actions and people keep from one entry to the next.
@Suite struct ActionPeopleSpeedTests {
    static let reader = Catalogue.builtIn.vocabulary.timescales

    /// `due` as it was before it chose without a list: the first concrete timescale, else the
    /// first of any kind, preferring among several one after a strong `by` word, then after any
    /// `by` word, then the first of the latest.
    static func listDue(_ tokens: ArraySlice<Token>, bytes: [UInt8], context: TimescaleReader.Context) -> Timescale? {
        let all = reader.read(tokens, bytes: bytes, context: context)
        guard let first = all.first else { return nil }
        func countsAsConcrete(_ timescale: Timescale) -> Bool { timescale.isConcrete || timescale.kind == .impossibleDate }
        func firstConcrete(strong: Bool) -> Timescale? {
            var position = tokens.startIndex
            for timescale in all where countsAsConcrete(timescale) {
                while position < tokens.endIndex, tokens[position].range.start < timescale.range.start { position += 1 }
                guard position < tokens.endIndex, tokens[position].range.start == timescale.range.start, position > tokens.startIndex else { continue }
                if TimescaleReader.followsByWord(tokens, at: position, strong: strong) { return timescale }
            }
            return nil
        }
        var earliest: Timescale?
        var concreteCount = 0
        for timescale in all where countsAsConcrete(timescale) {
            if earliest == nil { earliest = timescale }
            concreteCount += 1
        }
        if concreteCount > 1 {
            if let chosen = firstConcrete(strong: true) { return chosen }
            if let chosen = firstConcrete(strong: false) { return chosen }
            var latest: (Timescale, Day)?
            for timescale in all where countsAsConcrete(timescale) {
                guard let day = timescale.dueDay else { continue }
                if let (_, best) = latest, !(best < day) { continue }
                latest = (timescale, day)
            }
            if let (timescale, _) = latest { return timescale }
        }
        if let earliest { return earliest }
        for timescale in all {
            if case .nextMeeting = timescale.kind { return timescale }
        }
        return first
    }

    /// Every phrase of the reader's four lists, with its list's bit and set.
    static let lists: [(flag: UInt8, set: PhraseSet, phrases: [String])] = {
        let file = Snapshot.packageRoot.appendingPathComponent("Rules/vocabulary/timescales.md")
        var byList: [String: [String]] = [:]
        var list = ""
        if let text = try? String(contentsOf: file, encoding: .utf8) {
            for line in text.split(separator: "\n") {
                if line.hasPrefix("## ") { list = String(line.dropFirst(3)) }
                if line.hasPrefix("- ") { byList[list, default: []].append(String(line.dropFirst(2))) }
            }
        }
        return [
            (TimescaleReader.Start.immediate, reader.immediate, byList["immediate"] ?? []),
            (TimescaleReader.Start.recurring, reader.recurring, byList["recurring"] ?? []),
            (TimescaleReader.Start.anchored, reader.anchored, byList["anchored"] ?? []),
            (TimescaleReader.Start.vague, reader.vague, byList["vague"] ?? []),
        ]
    }()

    /// Texts thick with dates, timescales and `by` words, several to a text, so that `due`
    /// chooses among many; and the phrases cut short, run together and ending the text.
    static func texts(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        let phrases = lists.flatMap(\.phrases)
        let pieces = [
            "by", "By", "before", "on", "until", "w/c", "due", "for", "from", "the", "a", "in", "next", "end", "of", "14/03/2026",
            "31/02/2026", "2026-03-14", "9/3", "the 9th", "Tues 10th", "14 March 2026", "May 2026", "March", "Friday", "every Tues",
            "within 2 weeks", "2/52", "28 days", "a couple of weeks", "ASAP", "TBC", "ongoing", "weekly", "today", "tomorrow",
            "next meeting", "review", "Jo", "to", "call", "and", ",", ".", ";", "(", ")", "–", "-", "in 10 working days", "a few weeks",
            "3/12", "3/12/2026", "1/7", "fortnight", "over the next fortnight", "within a month", "in", "a", "an", "one", "two", "couple",
            "few", "of", "working", "school", "business", "days", "weeks", "hours", "years", "wk", "7", "52", "/", "12",
        ]
        let joins = [" ", " ", " ", "", ", ", " by ", " before ", " on "]
        return (0..<count).map { _ in
            var text = ""
            for index in 0..<Int.random(in: 1...16, using: &generator) {
                if index > 0 { text += joins.randomElement(using: &generator)! }
                if Bool.random(using: &generator) {
                    // A phrase whole, or cut short: its first words only.
                    let words = phrases.randomElement(using: &generator)!.split(separator: " ")
                    text += words.prefix(Int.random(in: 1...max(1, words.count), using: &generator)).joined(separator: " ")
                } else {
                    text += pieces.randomElement(using: &generator)!
                }
            }
            return text
        }
    }

    static let contexts: [TimescaleReader.Context] = [
        TimescaleReader.Context(meeting: Day(year: 2026, month: 3, day: 14), nextMeeting: Day(year: 2026, month: 4, day: 20), holidays: [], order: .dmy),
        TimescaleReader.Context(meeting: Day(year: 2025, month: 12, day: 31), nextMeeting: nil, holidays: [Day(year: 2026, month: 1, day: 2)!], order: .mdy),
        TimescaleReader.Context(meeting: nil, nextMeeting: nil, holidays: [], order: .ymd),
    ]

    /// Every line of the corpus's records.
    static let corpusLines: [String] = {
        let corpus = Snapshot.packageRoot.appendingPathComponent("Corpus")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        var lines: Set<String> = []
        for name in names {
            guard let text = try? String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") where line.utf8.count <= 2_000 { lines.insert(String(line)) }
        }
        return lines.sorted()
    }()

    @Test func dueChosenAsTimescalesComeIsDueChosenFromTheirList() {
        var failures: [String] = []
        var several = 0
        for text in Self.texts(count: 3_000, seed: 31) + Self.corpusLines {
            let tokens = Tokenizer.tokens(of: text)
            let bytes = Array(text.utf8)
            for start in 0..<min(tokens.count, 3) {
                let slice = tokens[start...]
                for context in Self.contexts {
                    if Self.reader.due(slice, bytes: bytes, context: context) != Self.listDue(slice, bytes: bytes, context: context) {
                        failures.append("\(start): \(text)")
                    }
                }
                if Self.reader.read(slice, bytes: bytes, context: Self.contexts[0]).filter({ $0.isConcrete }).count > 1 { several += 1 }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
        // Many texts make `due` choose among several concrete timescales.
        #expect(several > 1_000)
    }

    @Test func filteredReadingIsReadingEveryWayAtEveryToken() {
        var failures: [String] = []
        for text in Self.texts(count: 3_000, seed: 47) {
            let tokens = Tokenizer.tokens(of: text)
            let bytes = Array(text.utf8)
            // Every start and every end, so that phrases cut off by the slice's end are read too.
            for start in 0..<min(tokens.count, 3) {
                for end in max(start, tokens.count - 3)...tokens.count {
                    let slice = tokens[start..<end]
                    for context in Self.contexts
                    where Self.reader.read(slice, bytes: bytes, context: context) != Self.reader.read(slice, bytes: bytes, context: context, filtered: false) {
                        failures.append("\(start)..<\(end): \(text)")
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
    }

    @Test func periodsAtTheFarthestReachAreRead() {
        // The unit word five tokens on, the `/` one or two on: as far as a period reaches.
        for text in [
            "within a couple of working weeks", "in a few school days", "for a couple of business weeks", "2/52", "in 2/52", "within 3/12",
            "in 1/7.", "within a fortnight", "in 10 working days", "28 days", "a few days", "in a couple of months",
        ] {
            let tokens = Tokenizer.tokens(of: text)
            let bytes = Array(text.utf8)
            for context in Self.contexts {
                let read = Self.reader.read(tokens[...], bytes: bytes, context: context)
                #expect(read.contains { if case .relative = $0.kind { return true } else { return false } }, "\(text)")
                #expect(read == Self.reader.read(tokens[...], bytes: bytes, context: context, filtered: false), "\(text)")
            }
        }
    }

    @Test func phrasePairsPassEveryPhraseAndNothingTheyBar() {
        let pairs = Self.reader.phrasePairs
        for (flag, set, phrases) in Self.lists {
            #expect(!phrases.isEmpty)
            for phrase in phrases {
                let tokens = Tokenizer.tokens(of: phrase)
                guard !tokens.isEmpty else { continue }
                #expect(pairs.mayStart(flag, tokens[...], at: 0), "\(phrase)")
                // Followed by something, or standing alone.
                let longer = Tokenizer.tokens(of: phrase + " then more")
                #expect(pairs.mayStart(flag, longer[...], at: 0), "\(phrase)")
                #expect(set.match(tokens[...], at: 0) != nil, "\(phrase)")
            }
        }
        // Wherever a list's pairs bar a token, its phrase set matches nothing there.
        var barred = 0
        var matched = 0
        for text in Self.texts(count: 2_000, seed: 59) {
            let tokens = Tokenizer.tokens(of: text)
            for index in tokens.indices {
                for (flag, set, _) in Self.lists {
                    let match = set.match(tokens[...], at: index)
                    if match != nil { matched += 1 }
                    if !pairs.mayStart(flag, tokens[...], at: index) {
                        barred += 1
                        #expect(match == nil, "\(text) at \(index)")
                    }
                }
            }
        }
        #expect(barred > 10_000)
        #expect(matched > 1_000)
    }

    // MARK: - People

    /// `isFamilyWords` as it was before it looked for a relationship first.
    static func plainIsFamilyWords(_ builder: MeetingBuilder, _ tokens: ArraySlice<Token>) -> Bool {
        guard !tokens.isEmpty, builder.vocabulary.professionalWords.firstMatch(in: tokens) == nil else { return false }
        var index = tokens.startIndex
        var words = 0
        while index < tokens.endIndex, words < 3 {
            if builder.vocabulary.familyWords.match(tokens, at: index) != nil { return true }
            if tokens[index].isWord { words += 1 }
            index += 1
        }
        return false
    }

    @Test func familyWordsReadAsTheyDidWhenTheProfessionalWordsCameFirst() {
        let builder = Self.builder("# Meeting\n")
        var generator = SplitMix64(seed: 71)
        let words = [
            "mum", "Mum", "dad", "mother", "father", "of", "A", "A's", "maternal", "grandmother", "step-mum", "carer", "foster", "social",
            "worker", "Social", "Worker", "health", "visitor", "teacher", "class", "school", "nurse", "GP", "SW", "family", "support",
            "worker", "aunt", "uncle", "brother", "sister", "(", ")", ",", "-", "and", "the", "Jane", "Smith", "key", "lead",
        ]
        var texts = Self.corpusLines
        for _ in 0..<4_000 {
            texts.append((0..<Int.random(in: 1...7, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " "))
        }
        var family = 0
        for text in texts {
            let tokens = Tokenizer.tokens(of: text)
            for start in 0..<min(tokens.count, 3) {
                for end in [tokens.count, max(start, tokens.count - 1), min(tokens.count, start + 3)] where end >= start {
                    let slice = tokens[start..<end]
                    let plain = Self.plainIsFamilyWords(builder, slice)
                    #expect(builder.isFamilyWords(slice) == plain, "\(text) \(start)..<\(end)")
                    if plain { family += 1 }
                }
            }
        }
        #expect(family > 1_000)
    }

    // MARK: - Buffers kept from one entry to the next

    /// A builder that has built a record with the built-in vocabulary.
    static func builder(_ text: String) -> MeetingBuilder {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        var builder = MeetingBuilder(document: Document(parsing: SourceFile(path: "test.md", text: text)), settings: settings)
        builder.build()
        return builder
    }

    /// The records of the corpus and some with long entries before short ones, bracketed notes,
    /// inline parts and left-out owners and statuses.
    static func records() -> [String] {
        let corpus = Snapshot.packageRoot.appendingPathComponent("Corpus")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        let records = names.compactMap { try? String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8) }
        return records + [
            "## Attendance\n- Jane Smith (Social Worker, Hillcrest CSC, chair) – Lead, Oak (by phone) (left 11:00)\n- Tom\n- (mum)\n- Ann (x, , y)\n- Bo – GP\n",
            "## Apologies\nJane Smith (SW); Tom Reed (school, by phone); Gosia (mum); A (b) (c) (d) (e); Z\n",
            "## Actions\n- Owner: Tom Reed; Due: 28/03/2026; Status: open; Action: refer A. to CAMHS\n- Jo to call\n- Lead: Priya Shah — weigh A. fortnightly; Status: done\n- x\n",
            "## Previous actions\n- Owner: Tom; Status: done; refer A.\n- SW to visit – completed 20/02\n- [x] Gemma to complete the review\n",
        ]
    }

    static func describe(_ person: Person) -> String {
        "\(person.name)|\(person.role ?? "-")|\(person.agency ?? "-")|\(person.notes)|\(person.range)|\(person.isChild)|\(person.isFamily)|\(person.words)|\(person.nameWords)|\(person.roleWords)|\(person.initials ?? 0)"
    }

    static func describe(_ part: Action.Part?) -> String {
        part.map { "\($0.text)@\($0.range)/\($0.origin)" } ?? "-"
    }

    static func describe(_ action: Action) -> String {
        [
            "\(action.range)", describe(action.what), describe(action.owner), describe(action.dueText), "\(String(describing: action.due))",
            "\(action.dueIsExplicit)", describe(action.measure), describe(action.status), "\(action.task)", "\(action.tokens)",
            "\(action.whatTokens)", "\(action.isPrevious)",
        ].joined(separator: "|")
    }

    @Test func peopleReadWithKeptBuffersAreThePeopleReadWithNewOnes() {
        var people = 0
        for text in Self.records() {
            let builder = Self.builder(text)
            // Fresh buffers for the record, and buffers left full of another record's entries.
            var fresh = MeetingBuilder.PeopleFound()
            builder.readPeople(into: &fresh)
            var used = MeetingBuilder.PeopleFound()
            used.bodyRoom = Array(0..<500)
            used.notesRoom = (0..<50).map { $0..<($0 + 7) }
            builder.readPeople(into: &used)
            #expect(fresh.attendees.map(Self.describe) == used.attendees.map(Self.describe))
            #expect(fresh.apologies.map(Self.describe) == used.apologies.map(Self.describe))
            #expect(fresh.apologiesExplicitlyNone == used.apologiesExplicitlyNone)
            // The record's people read twice into one list: the second reading, on buffers the
            // first left, repeats the first.
            var twice = MeetingBuilder.PeopleFound()
            builder.readPeople(into: &twice)
            builder.readPeople(into: &twice)
            let count = fresh.attendees.count
            #expect(twice.attendees.count == 2 * count)
            #expect(twice.attendees.prefix(count).map(Self.describe) == twice.attendees.suffix(count).map(Self.describe))
            #expect(fresh.attendees.map(Self.describe) == builder.meeting.attendees.map(Self.describe))
            // The buffers come back for the next entry once an entry has used them (a list's
            // entries do; a table's rows are read without them).
            if text.hasPrefix("## Attendance\n- ") { #expect(fresh.bodyRoom.capacity > 0 && fresh.notesRoom.capacity > 0) }
            people += fresh.attendees.count + fresh.apologies.count
        }
        #expect(people > 200)
    }

    @Test func actionsReadWithKeptBuffersAreTheActionsReadWithNewOnes() {
        var actions = 0
        for text in Self.records() {
            let builder = Self.builder(text)
            var fresh = MeetingBuilder.ActionsFound()
            builder.readActions(into: &fresh)
            var used = MeetingBuilder.ActionsFound()
            used.partsRoom = (0..<20).map { MeetingBuilder.InlinePart(part: .owner, keyStart: $0, value: $0..<($0 + 3)) }
            used.excludedRoom = (0..<30).map { $0..<($0 + 100) }
            builder.readActions(into: &used)
            #expect(fresh.actions.map(Self.describe) == used.actions.map(Self.describe))
            #expect(fresh.previousActions.map(Self.describe) == used.previousActions.map(Self.describe))
            // The record's actions read twice into one list: the second reading, on buffers the
            // first left, repeats the first.
            var twice = MeetingBuilder.ActionsFound()
            builder.readActions(into: &twice)
            builder.readActions(into: &twice)
            let count = fresh.actions.count
            #expect(twice.actions.count == 2 * count)
            #expect(twice.actions.prefix(count).map(Self.describe) == twice.actions.suffix(count).map(Self.describe))
            #expect(fresh.actions.map(Self.describe) == builder.meeting.actions.map(Self.describe))
            // The buffers come back once a line's parts have used them: where an owner was given
            // by a key (`Owner: Tom Reed`). An owner's mark after its task (`ACTION: TR`) is read
            // without them.
            let bytes = Array(text.utf8)
            let keyed = fresh.actions.contains { action in
                guard let owner = action.owner, owner.origin == .field else { return false }
                let before = String(decoding: bytes[max(0, owner.range.start - 12)..<owner.range.start], as: UTF8.self).lowercased()
                return !before.contains("action")
            }
            if keyed { #expect(fresh.partsRoom.capacity > 0) }
            actions += count + fresh.previousActions.count
        }
        #expect(actions > 200)
    }
}
