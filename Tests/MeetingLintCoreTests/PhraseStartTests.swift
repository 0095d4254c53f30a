import Testing

@testable import MeetingLintCore

/// The checks that try their phrases only where a first word of them stands
/// (`WordIndex.forEachStart(of:in:_:)`), and read a sentence for a referral only where the index
/// says one may be, find what the plain readings find: the checks as they were before, which read
/// every token of each sentence the index answered, are kept here as the reference.
@Suite struct PhraseStartTests {
    /// Each rule's check now, and its reference.
    static let pairs: [(rule: String, reference: any Check)] = [
        (FamilyGroupConference.id, ReferenceFamilyGroupConference()),
        (FamilyInformed.id, ReferenceFamilyInformed()),
        (SafeguardingReferral.id, ReferenceSafeguardingReferral()),
        (Circulation.id, ReferenceCirculation()),
        (PlainLanguage.id, ReferencePlainLanguage()),
    ]

    /// Every profile's step of each rule finds the same as the reference, on the corpus, awkward
    /// records, shuffled ones and adversarial ones, with the index and without it.
    @Test func checksFindWhatTheReferencesFind() {
        let linter = CheckSpeedTests.linter
        var compared = 0
        var found = 0
        for meeting in CheckSpeedTests.meetings() + PhraseStartTests.adversarial() {
            for words in [WordIndex(meeting), WordIndex(meeting, indexingUpTo: 0)] {
                for (profile, plan) in linter.plans.sorted(by: { $0.key < $1.key }) {
                    for step in plan {
                        guard let reference = PhraseStartTests.pairs.first(where: { $0.rule == step.rule })?.reference else { continue }
                        let expected = CheckSpeedTests.described(reference.check(meeting, words, step.context))
                        let got = CheckSpeedTests.described(step.check.check(meeting, words, step.context))
                        #expect(got == expected, "\(profile) \(step.rule)")
                        compared += 1
                        found += expected.count
                    }
                }
            }
        }
        #expect(compared > 1_000)
        #expect(found > 100)
    }

    /// Whether a sentence holds a phrase of a list, tried where its first words stand, is what
    /// reading every sentence that holds one of them says, for every list of the vocabulary.
    @Test func anySentenceIsAFirstMatchInASentence() {
        let vocabulary = Catalogue.builtIn.vocabulary
        let lists = vocabulary.lists.keys.sorted().map { vocabulary.phrases($0) } + [PhraseSet(["significant harm", "told", "the"])]
        var held = 0
        for meeting in CheckSpeedTests.meetings() + PhraseStartTests.adversarial() {
            for words in [WordIndex(meeting), WordIndex(meeting, indexingUpTo: 0)] {
                let sentences = meeting.sentences()
                for phrases in lists {
                    let expected = words.sentences(sentences, mayHold: phrases).contains { phrases.firstMatch(in: meeting.tokens[sentences[$0].tokens]) != nil }
                    #expect(meeting.anySentence(holding: phrases, words) == expected)
                    if expected { held += 1 }
                }
            }
        }
        #expect(held > 1_000)
    }

    /// Records whose sentences repeat, overlap and cut across the phrases the three checks look
    /// for: mentions and triggers back to back, in headings and in their own sections, denied,
    /// reported in the same paragraph or in an action, and words of several lists at once.
    static func adversarial() -> [Meeting] {
        let pieces = [
            "Family Group Conference", "family group conference family group conference", "FGC", "family", "group",
            "## Family Group Conference", "## Family Group Conference\n\nConsidered.", "## Family Group Conference\n",
            "Mum was told about this meeting.", "Mum was told.", "This is a professionals meeting.", "told told Mum meeting",
            "The family were informed of the meeting.", "informed", "not informed",
            "There are concerns of significant harm.", "No concerns of significant harm.", "significant harm significant harm",
            "Jane Smith will refer to children's social care today.", "refer to MASH", "If he goes missing, Mum will report it to the police.",
            "Mum reported it to the police.", "## Contingency\n\nrefer to MASH", "- Action: refer to MASH. Owner: Jane Smith. By: 1 May 2026",
            "Minutes to be circulated within 5 working days.", "circulated", "## Distribution\\n\\nAll present.", "Circulated: by email",
            "disguised compliance", "Disguised compliance: seen.", "Concerns: disguised compliance disguised compliance",
            "Purpose: good enough parenting", "| disguised compliance | parenting capacity |", "basic care needs basic",
            "disclosed", "bruise", "Police", "A. B.", ";", ".", "\n", "\n\n", "- ", "| a | b |",
        ]
        var generator = SplitMix64(seed: 0x7374_6172_7473)
        var records: [String] = []
        for _ in 0..<150 {
            var text = "---\ntype: tac\n---\n# Meeting\n\n"
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
                text += ["", " ", ". ", "\n", "\n\n"][Int.random(in: 0..<5, using: &generator)]
            }
            records.append(text)
        }
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        return records.map { Meeting(parsing: SourceFile(path: "test.md", text: $0), settings: settings) }
    }
}

/// `family-group-conference` as it was: every token of each sentence the index answers tried.
struct ReferenceFamilyGroupConference: Check {

    /// A context's mentions, and the filter of their first words, read once.
    struct Setup: Sendable {
        let mentions: PhraseSet
        let first: FirstWords
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        if meeting.hasSubstantialSection(.familyGroupConference) { return [] }
        // A mention anywhere (a heading of another section included), but not the words of a
        // Family Group Conference section's own heading or key: an empty section says nothing.
        // Read in place by index (`sections(_:)` would make an array of copies).
        let sections = meeting.sectionIndexes(.familyGroupConference)
        let setup = {
            let mentions = context.phrases("mentions")
            return Setup(mentions: mentions, first: FirstWords([mentions]))
        }()
        let mentions = setup.mentions
        let first = setup.first
        let sentences = meeting.sentences(includingHeadings: true)
        for index in words.sentences(sentences, mayHold: mentions) {
            // Each match, left to right, not overlapping (`PhraseSet.matches(in:)`).
            let tokens = meeting.tokens[sentences[index].tokens]
            var index = tokens.startIndex
            while index < tokens.endIndex {
                guard let length = mentions.match(tokens, at: index, first) else {
                    index += 1
                    continue
                }
                let start = tokens[index].range.start
                if !sections.contains(where: { meeting.sections[$0].headingRange.start <= start && start < meeting.sections[$0].headingRange.end }) {
                    return []
                }
                index += length
            }
        }
        if let section = sections.first {
            return [Finding(
                meeting.sections[section].headingRange,
                "The Family Group Conference section does not say whether one was considered.",
                help: "Say whether a Family Group Conference was considered and what was decided, e.g. 'Considered; Mum will be offered a referral at the next home visit.'")]
        }
        return [.missing("The record does not say whether a Family Group Conference was considered.")]
    }
}

/// `family-informed` as it was: every token of each sentence the index answers tried.
struct ReferenceFamilyInformed: Check {

    /// A context's phrase sets, read once.
    struct Setup: Sendable {
        let informed: PhraseSet
        let family: PhraseSet
        let meetingWords: PhraseSet
        /// The filters of each set's first words.
        let informedFirst: FirstWords
        let familyFirst: FirstWords
        let meetingFirst: FirstWords
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        if meeting.hasSubstantialSection(.familyInformed) { return [] }
        let setup = {
            let informed = context.phrases("informed-words")
            let family = context.vocabulary.phrases("wording/family-words")
            let meetingWords = context.vocabulary.phrases("wording/meeting-words")
            return Setup(
                informed: informed, family: family, meetingWords: meetingWords,
                informedFirst: FirstWords([informed]), familyFirst: FirstWords([family]), meetingFirst: FirstWords([meetingWords]))
        }()
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
        for index in words.sentences(sentences, mayHold: informed) {
            let sentence = sentences[index]
            let tokens = meeting.tokens[sentence.tokens]
            if informed.firstMatch(in: tokens, setup.informedFirst) != nil, family.firstMatch(in: tokens, setup.familyFirst) != nil,
                namesMeeting(sentence) || (index > 0 && namesMeeting(sentences[index - 1]))
            {
                return []
            }
        }
        if let section = meeting.firstSection(.familyInformed) {
            return [Finding(
                section.headingRange,
                "The \(quote(section.title)) section is empty: it does not say whether the family knew about this professionals' meeting.",
                redacted: "This section is empty: it does not say whether the family knew about this professionals' meeting.")]
        }
        return [.missing("The record does not say whether the family knew about this professionals' meeting.")]
    }
}

/// `safeguarding-referral` as it was: every token of each sentence the index answers tried for a
/// trigger, and every sentence read for a referral.
struct ReferenceSafeguardingReferral: Check {

    /// A context's phrase sets, and the filters of their first words, read once.
    struct Setup: Sendable {
        let triggers: PhraseSet
        let triggersFirst: FirstWords
        let negations: PhraseSet
        let negationsFirst: FirstWords
        let actions: PhraseSet
        let actionsFirst: FirstWords
        let destinations: PhraseSet
        let destinationsFirst: FirstWords
        let conditions: PhraseSet
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        let setup = {
            let vocabulary = context.vocabulary
            let actions = vocabulary.phrases("wording/referral-actions")
            let triggers = context.phrases("triggers")
            let negations = vocabulary.phrases("wording/negations")
            let destinations = vocabulary.phrases("wording/referral-destinations")
            return Setup(
                triggers: triggers, triggersFirst: FirstWords([triggers]),
                negations: negations, negationsFirst: FirstWords([negations]),
                actions: actions, actionsFirst: FirstWords([actions]),
                destinations: destinations, destinationsFirst: FirstWords([destinations]), conditions: vocabulary.phrases("wording/conditions"))
        }()
        let triggers = setup.triggers
        let negations = setup.negations
        let actions = setup.actions
        let actionsFirst = setup.actionsFirst
        let destinations = setup.destinations
        let destinationsFirst = setup.destinationsFirst
        let conditions = setup.conditions
        // Who will refer, and to whom: an action with an owner, or a sentence naming both, with the
        // referral before where it goes (`refer to MASH`, not `police stopped him … phone`), and not
        // a condition (`If he goes missing, Mum will report it to the police`). The destination may
        // be part of the referral words themselves: `request a strategy discussion`.
        func refers(_ tokens: ArraySlice<Token>) -> Bool {
            var index = tokens.startIndex
            while index < tokens.endIndex {
                if let length = actions.match(tokens, at: index, actionsFirst) {
                    let window = tokens[index..<min(tokens.endIndex, index + length + 12)]
                    if destinations.firstMatch(in: window, destinationsFirst) != nil { return true }
                    index += length
                } else {
                    index += 1
                }
            }
            return false
        }
        func conditional(_ tokens: ArraySlice<Token>) -> Bool {
            guard let first = tokens.indices.first else { return false }
            return conditions.match(tokens, at: first) != nil
        }
        // The first sentence that raises a concern and does not deny it, or say in the same
        // paragraph that it was reported (`Mum reported it to the police the same evening`).
        let sentences = meeting.sentences()
        func paragraph(_ sentence: Meeting.Sentence) -> Int32 {
            let line = meeting.lines[sentence.line]
            return line.kind == .text || line.kind == .field ? meeting.document[line.node].parent : -1 - Int32(sentence.line)
        }
        // Whether each sentence says who refers and to whom (and is no condition): read once per
        // sentence, however many concerns share its paragraph. 0: not read yet, 1: yes, 2: no.
        var reportsMemo: [UInt8] = []
        func reports(_ index: Int) -> Bool {
            if reportsMemo.isEmpty { reportsMemo = [UInt8](repeating: 0, count: sentences.count) }
            if reportsMemo[index] == 0 {
                let tokens = meeting.tokens[sentences[index].tokens]
                reportsMemo[index] = refers(tokens) && !conditional(tokens) ? 1 : 2
            }
            return reportsMemo[index] == 1
        }
        // Whether a paragraph has a sentence that says who refers and to whom: worked out once per
        // paragraph, however many concerns it raises. Its sentences are chained at the first
        // concern: `firstOf` a paragraph's first sentence, `nextOf` each sentence's next one there.
        var firstOf: [Int32: Int] = [:]
        var nextOf: [Int] = []
        var handledMemo: [Int32: Bool] = [:]
        func handled(_ here: Int32) -> Bool {
            if let known = handledMemo[here] { return known }
            if nextOf.isEmpty {
                nextOf = [Int](repeating: -1, count: sentences.count)
                for index in sentences.indices.reversed() {
                    let key = paragraph(sentences[index])
                    if let following = firstOf[key] { nextOf[index] = following }
                    firstOf[key] = index
                }
            }
            var index = firstOf[here] ?? -1
            var answer = false
            while index >= 0 {
                if reports(index) {
                    answer = true
                    break
                }
                index = nextOf[index]
            }
            handledMemo[here] = answer
            return answer
        }
        var raised: (Meeting.Sentence, Range<Int>)?
        for index in words.sentences(sentences, mayHold: triggers) {
            let sentence = sentences[index]
            // (Since the team words: a trigger that names a team or a role, `the Exploitation
            // Team`, raises none; a later one may.)
            let teamWords = context.vocabulary.words("wording/team-words")
            let tokens = meeting.tokens[sentence.tokens]
            let firstConcern = triggers.matches(in: tokens).first { match in
                match.index + match.length >= tokens.endIndex || !teamWords.contains(tokens[match.index + match.length].folded)
            }
            guard let match = firstConcern, negations.firstMatch(in: tokens, setup.negationsFirst) == nil else { continue }
            // (Since the people lists: a list of who attended or sent apologies raises none.)
            let section = meeting.lines[sentence.line].section
            if section >= 0, meeting.sections[section].context.contains(.attendance) || meeting.sections[section].context.contains(.apologies) { continue }
            // (Since the conditional processes: a process that would only follow a concern,
            // `If …, a strategy discussion will be held`, raises none.)
            // (Since the contingency's processes: one the contingency plan names raises none either.)
            let inContingency = section >= 0 && meeting.sections[section].context.contains(.contingency)
            if inContingency || conditional(meeting.tokens[sentence.tokens]),
                context.vocabulary.phrases("wording/conditional-processes").match(meeting.tokens[sentence.tokens], at: match.index) != nil
            {
                continue
            }
            if handled(paragraph(sentence)) { continue }
            raised = (sentence, match.index..<(match.index + match.length))
            break
        }
        guard let (sentence, trigger) = raised else { return [] }
        // Each action read in place: a copy would retain each of its parts.
        for index in meeting.actions.indices where meeting.actions[index].owner != nil {
            let tokens = meeting.tokens[meeting.actions[index].tokens]
            if refers(tokens), !conditional(meeting.tokens[meeting.actions[index].whatTokens]) { return [] }
        }
        for (index, other) in sentences.enumerated() {
            let tokens = meeting.tokens[other.tokens]
            let section = meeting.lines[other.line].section
            if section >= 0, meeting.sections[section].context.contains(.contingency) { continue }
            guard reports(index) else { continue }
            let namesSomeone = tokens.dropFirst().contains { token in
                let first = meeting.source.bytes[token.range.start]
                return (token.shape == .word && first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")) || token.shape == .initial
            }
            if namesSomeone { return [] }
        }
        let line = meeting.lines[sentence.line]
        let words = meeting.text(meeting.span(trigger))
        return [Finding(
            line.range,
            "This raises a safeguarding concern (\(quote(words))), but the record does not say who will make the referral or to whom.",
            redacted: "This raises a safeguarding concern, but the record does not say who will make the referral or to whom.",
            help: "Record who will make the referral, to whom — children's social care (the front door or MASH), the police, or the Local Authority Designated Officer (LADO) — and when, e.g. 'Jane Smith (school safeguarding lead) to refer to children's social care today.'")]
    }
}

/// `circulation` as it was: every token of each sentence the index answers tried.
struct ReferenceCirculation: Check {

    /// A context's limit, its words, and the filters of their first words, read once.
    struct Setup: Sendable {
        let limit: Interval?
        let circulationWords: PhraseSet
        let circulationFirst: FirstWords
        let recordWords: PhraseSet
        let recordFirst: FirstWords
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        let setup = {
            let circulationWords = context.phrases("circulation-words")
            let recordWords = context.phrases("record-words")
            return Setup(
                limit: context.interval("circulate-within"),
                circulationWords: circulationWords, circulationFirst: FirstWords([circulationWords]),
                recordWords: recordWords, recordFirst: FirstWords([recordWords]))
        }()
        let limit = setup.limit
        // A field that gives no date is reported only if nothing else says when.
        var fieldFinding: Finding?
        if let field = meeting.field(.circulated) {
            switch meeting.circulatedDate {
            case .valid(let sent, let range):
                guard let date = meeting.meetingDate.day else { return [] }
                if sent < date {
                    return [Finding(range, "The record says it was circulated on \(sent), before the meeting on \(date).")]
                }
                if let limit, sent > limit.last(after: date, holidays: meeting.holidays) {
                    let working = date.workingDays(to: sent, holidays: meeting.holidays)
                    return [Finding(
                        range,
                        "The record was circulated \(plural(working, "working day")) after the meeting; it should go out within \(limit).",
                        help: "Send the record within \(limit) of the meeting (by \(limit.last(after: date, holidays: meeting.holidays)) for this one).")]
                }
                return []
            case .impossible, .unset, .missing:
                // A circulated field that is not a date (`by email, within 5 working days`) still says how and when.
                if Circulation.saysWhen(meeting, meeting.text(field.valueRange), context) { return [] }
                fieldFinding = Finding(
                    field.lineRange, "The record does not say when it was or will be circulated.",
                    help: "Give the date it was sent, or when it will be (e.g. 'within 5 working days').")
            }
        }
        // The substantial sections' indexes: each read in place, not copied into an array.
        let sections = meeting.sectionIndexes(.distribution).filter { meeting.sections[$0].substance == .present }
        // `Minutes to be circulated to all present within 5 working days.`, anywhere: the record
        // itself named (not `attendance figures shared with the nurse by 20/03/2026`).
        let sentences = meeting.sentences()
        for index in words.sentences(sentences, mayHold: setup.circulationWords) {
            let tokens = meeting.tokens[sentences[index].tokens]
            guard setup.circulationWords.firstMatch(in: tokens, setup.circulationFirst) != nil,
                setup.recordWords.firstMatch(in: tokens, setup.recordFirst) != nil
            else { continue }
            if context.vocabulary.timescales.read(tokens, bytes: meeting.source.bytes, context: meeting.timescaleContext).contains(where: \.isConcrete) {
                return []
            }
        }
        // (Since the plan's actions: one that sends the record round by a time says when.)
        if Circulation.planSendsTheRecord(meeting, circulationWords: setup.circulationWords, recordWords: setup.recordWords) { return [] }
        guard !sections.isEmpty else {
            if let fieldFinding { return [fieldFinding] }
            if let empty = meeting.firstSection(.distribution) {
                return [Finding(empty.headingRange, "The distribution section is empty: it does not say who the record will be sent to, or when.")]
            }
            return [.missing("The record does not say who it will be sent to or when.")]
        }
        let timing = meeting.timescaleContext
        for section in sections {
            if !context.vocabulary.timescales.read(meeting.contentTokens(of: meeting.sections[section]), bytes: meeting.source.bytes, context: timing).isEmpty {
                return []
            }
        }
        if let fieldFinding { return [fieldFinding] }
        return [Finding(
            meeting.sections[sections[0]].headingRange, "The record says who it goes to, but not when it will be circulated.",
            help: "Add when it will be sent, e.g. 'Minutes to be circulated within 5 working days'.")]
    }

    /// Whether text holds a timescale.
    static func saysWhen(_ meeting: Meeting, _ text: String, _ context: CheckContext) -> Bool {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        Tokenizer.tokenize(bytes, SourceRange(0, bytes.count), into: &tokens)
        let timescales = context.vocabulary.timescales.read(tokens[...], bytes: bytes, context: meeting.timescaleContext)
        return timescales.contains { $0.isConcrete }
    }
}

/// `plain-language` as it was: every token of each line the index answers tried.
struct ReferencePlainLanguage: Check {

    /// A context's phrases, and the filter of their first words, read once.
    final class Setup: Sendable {
        let phrases: PhraseSet
        let first: FirstWords

        init(phrases: PhraseSet, first: FirstWords) {
            self.phrases = phrases
            self.first = first
        }
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        let setup = {
            let phrases = context.phrases("phrases")
            return Setup(phrases: phrases, first: FirstWords([phrases]))
        }()
        let phrases = setup.phrases
        let first = setup.first
        guard !phrases.isEmpty else { return [] }
        let vocabulary = context.vocabulary
        let bytes = meeting.source.bytes
        var seen = Set<String>()
        var findings: [Finding] = []
        for index in words.lines(meeting.lines, mayHold: phrases) {
            let line = meeting.lines[index]
            guard line.kind == .text || line.kind == .cell || line.kind == .field else { continue }
            var tokens = meeting.tokens[line.tokens]
            // Most lines hold no phrase: then there is no key to read. (A match in the value is a
            // match in the whole line, as the value runs to the line's end.)
            guard phrases.firstMatch(in: tokens, first) != nil else { continue }
            if line.kind == .field {
                // A known field's key is a label, like a heading: only its value is running text.
                // (`Professionals are worried about disguised compliance: …` is a sentence.) The key
                // is looked up by the hash of its normal form, without building it.
                let node = meeting.document[line.node]
                let key = bytes.withUnsafeBufferPointer { TextKey.fieldHash(bytes: UnsafeBufferPointer(rebasing: $0[node.key.start..<node.key.end])) }
                if vocabulary.fieldKeysByHash[key] != nil || vocabulary.actionPartsByHash[key] != nil || vocabulary.headingConcept(bytes, node.key) != nil {
                    tokens = tokens.drop { $0.range.start < node.content.start }
                }
            }
            // Every match, left to right, not overlapping (`PhraseSet.matches(in:)`).
            var index = tokens.startIndex
            while index < tokens.endIndex {
                guard let length = phrases.match(tokens, at: index, first) else {
                    index += 1
                    continue
                }
                let range = SourceRange(tokens[index].range.start, tokens[index + length - 1].range.end)
                let written = phrases.written(tokens, at: index, length: length) ?? meeting.text(range)
                index += length
                guard seen.insert(written.lowercased()).inserted else { continue }
                findings.append(Finding(
                    range,
                    "\(quote(meeting.text(range))) is professional shorthand that families often misread.",
                    redacted: "This phrase is professional shorthand that families often misread.",
                    help: "Describe what was seen or what needs to happen instead, in everyday words."))
            }
        }
        return findings
    }
}
