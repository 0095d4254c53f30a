import Testing

@testable import MeetingLintCore

/// The checks' cheaper readings find what the plain ones find: a huge record's word index, which
/// reads every token instead of chains, gives every check the same findings; an action part's
/// tokens are found among its action's own; sections read in place are the ones copied out.
@Suite struct CheckSpeedTests {
    /// Every rule on, for every profile.
    static let linter: Linter = {
        var settings = RuleSettings()
        settings.enabled = Set(Catalogue.builtIn.ruleIDs)
        return Linter(settings: settings)
    }()

    /// The corpus's and awkward records' meetings, and records made by shuffling, dropping and
    /// repeating the corpus's lines (phrases cut across sentences, sections emptied or doubled).
    static func meetings() -> [Meeting] {
        let corpus = WordIndexSpeedTests.meetings()
        var generator = SplitMix64(seed: 0x7065_7266_33)
        var shuffled: [String] = []
        let lines = corpus.flatMap { String(decoding: $0.source.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) }
        for _ in 0..<60 where !lines.isEmpty {
            var record: [Substring] = []
            for _ in 0..<Int.random(in: 0...120, using: &generator) {
                let start = Int.random(in: 0..<lines.count, using: &generator)
                record.append(contentsOf: lines[start..<min(lines.count, start + Int.random(in: 1...8, using: &generator))])
            }
            shuffled.append(record.joined(separator: "\n"))
        }
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        return corpus + shuffled.map { Meeting(parsing: SourceFile(path: "test.md", text: $0), settings: settings) }
    }

    /// A finding as text, to compare.
    static func described(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.range.start)-\($0.range.end) \($0.message) | \($0.redactedMessage) | \($0.help ?? "")" }
    }

    /// Every check of every profile finds the same with the index as with reading every token
    /// (the path of a record of more than `WordIndex.largestIndexed` tokens).
    @Test func checksFindTheSameWithoutTheIndex() {
        let linter = CheckSpeedTests.linter
        var compared = 0
        var found = 0
        for meeting in CheckSpeedTests.meetings() {
            let indexed = WordIndex(meeting)
            let scanning = WordIndex(meeting, indexingUpTo: 0)
            #expect(!indexed.scans || meeting.tokens.count > WordIndex.largestIndexed)
            #expect(scanning.scans || meeting.tokens.isEmpty)
            for (profile, plan) in linter.plans.sorted(by: { $0.key < $1.key }) {
                for step in plan {
                    let expected = CheckSpeedTests.described(step.check.check(meeting, indexed, step.context))
                    let got = CheckSpeedTests.described(step.check.check(meeting, scanning, step.context))
                    #expect(got == expected, "\(profile) \(step.rule)")
                    compared += 1
                    found += expected.count
                }
            }
        }
        #expect(compared > 10_000)
        #expect(found > 1_000)
    }

    /// Without the index, a lookup answers the same positions, and every sentence or line that
    /// the index answers (those that hold a first word) among those it answers.
    @Test func readingEveryTokenAnswersWhatTheIndexAnswers() {
        let vocabulary = Catalogue.builtIn.vocabulary
        let lists = vocabulary.lists.keys.sorted().map { vocabulary.phrases($0) } + [PhraseSet(["significant harm", "told", "the"])]
        for meeting in CheckSpeedTests.meetings() {
            let indexed = WordIndex(meeting)
            let scanning = WordIndex(meeting, indexingUpTo: 0)
            let tokens = meeting.tokens
            #expect(scanning.positions(of: vocabulary.glossary.acronymWords) == indexed.positions(of: vocabulary.glossary.acronymWords))
            for phrases in lists {
                #expect(scanning.positions(of: phrases.firstWords) == indexed.positions(of: phrases.firstWords))
                let sentences = meeting.sentences(includingHeadings: true)
                let some = scanning.sentences(sentences, mayHold: phrases)
                #expect(Set(indexed.sentences(sentences, mayHold: phrases)).isSubset(of: some))
                #expect(some == some.sorted() && Set(some).count == some.count)
                for index in sentences.indices where phrases.firstMatch(in: tokens[sentences[index].tokens]) != nil {
                    #expect(some.contains(index))
                }
                let lines = scanning.lines(meeting.lines, mayHold: phrases)
                #expect(Set(indexed.lines(meeting.lines, mayHold: phrases)).isSubset(of: lines))
            }
        }
    }

    /// An action part's tokens found among its action's tokens are those found by searching all
    /// the record's, and the part's tokens are the same either way.
    @Test func partsAreFoundAmongTheirActionsTokens() {
        var found = 0
        for meeting in CheckSpeedTests.meetings() {
            var near: [Token] = []
            var anywhere: [Token] = []
            for action in meeting.actions + meeting.previousActions {
                for part in [action.what, action.owner, action.dueText, action.measure, action.status].compactMap({ $0 }) {
                    let local = meeting.lineTokens(exactly: part.range, near: action.tokens)
                    #expect(local == meeting.lineTokens(exactly: part.range), "\(part.text)")
                    if local != nil { found += 1 }
                    let nearBytes = meeting.partTokens(part, near: action.tokens, into: &near)
                    let anywhereBytes = meeting.partTokens(part, into: &anywhere)
                    #expect(near == anywhere && nearBytes == anywhereBytes, "\(part.text)")
                }
                // A range searched outside the action's tokens, or beyond the record's, finds nothing wrong.
                if let owner = action.owner {
                    let outside = meeting.lineTokens(exactly: owner.range, near: action.tokens.upperBound..<(action.tokens.upperBound + 5))
                    #expect(outside == nil || outside == meeting.lineTokens(exactly: owner.range))
                }
            }
        }
        #expect(found > 100)
    }

    /// The line a token is on, found by galloping from a guess, is the one a binary search of
    /// every line finds, for every token, and for positions before and past them all.
    @Test func theLineOfATokenIsTheOneABinarySearchFinds() {
        var checked = 0
        // Lines of very different lengths, so that the guess is far off.
        let uneven = "# A\n" + String(repeating: "word ", count: 3000) + "\n" + (0..<300).map { "- \($0)" }.joined(separator: "\n")
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        let extra = Meeting(parsing: SourceFile(path: "test.md", text: uneven), settings: settings)
        for meeting in CheckSpeedTests.meetings() + [extra] {
            let lines = meeting.lines
            for position in -2..<(meeting.tokens.count + 3) {
                var low = 0
                var high = lines.count
                while low < high {
                    let middle = low + (high - low) / 2
                    if lines[middle].tokens.upperBound <= position { low = middle + 1 } else { high = middle }
                }
                #expect(meeting.lineEnding(after: position) == low, "\(position)")
                checked += 1
            }
        }
        #expect(checked > 100_000)
    }

    /// A phrase set's first match found through the filter of its first words is the one found
    /// asking the set at every token, in every sentence and line (case-sensitive sets included).
    @Test func theFilteredFirstMatchIsTheFirstMatch() {
        let vocabulary = Catalogue.builtIn.vocabulary
        let lists = vocabulary.lists.keys.sorted().map { vocabulary.phrases($0) }
            + [PhraseSet(["significant harm", "told", "the"]), PhraseSet(["SW", "MASH"], caseSensitive: true)]
        var matched = 0
        for meeting in CheckSpeedTests.meetings() {
            let units = meeting.sentences(includingHeadings: true).map(\.tokens) + meeting.lines.map(\.tokens)
            for phrases in lists {
                let first = FirstWords([phrases])
                for unit in units {
                    let expected = phrases.firstMatch(in: meeting.tokens[unit])
                    let got = phrases.firstMatch(in: meeting.tokens[unit], first)
                    #expect(got?.index == expected?.index && got?.length == expected?.length)
                    if expected != nil { matched += 1 }
                }
            }
        }
        #expect(matched > 1000)
    }

    /// A quote made without collapsing or counting where nothing needs it is the one made by
    /// always collapsing the white space and counting the characters.
    @Test func quotesAreThoseOfCollapsingAndCounting() {
        func reference(_ text: String, limit: Int = 60) -> String {
            var shown = TextKey.collapseSpaces(text)
            if shown.count > limit { shown = String(shown.prefix(limit - 1)) + "…" }
            return "'" + shown + "'"
        }
        var generator = SplitMix64(seed: 0x71_756f_7465)
        let pieces = ["a", "Jo", " ", "  ", "\t", "\n", "\r\n", "é", "e\u{301}", "👩‍👧", "’", "-", ""]
        var texts = ["", " ", "a", "a ", " a", "a b", "a  b", "a\tb", String(repeating: "x", count: 60), String(repeating: "x", count: 61),
            String(repeating: "é", count: 40), String(repeating: "é", count: 61), String(repeating: "a ", count: 30)]
        for _ in 0..<3000 {
            texts.append((0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            #expect(hasCollapsedSpaces(text) == (TextKey.collapseSpaces(text) == text), "\(Array(text.utf8))")
            for limit in [1, 5, 60] {
                #expect(quote(text, limit: limit) == reference(text, limit: limit), "\(Array(text.utf8))")
            }
        }
    }

    /// A field value's tokens sliced from its line have the hashes and shapes of the value's
    /// own tokens.
    @Test func fieldValueTokensAreTheValueTokenized() {
        var sliced = 0
        var tokens: [Token] = []
        for meeting in CheckSpeedTests.meetings() {
            for field in meeting.fields {
                meeting.valueTokens(field.value, at: field.valueRange, into: &tokens)
                let plain = Tokenizer.tokens(of: field.value)
                #expect(tokens.map(\.folded) == plain.map(\.folded), "\(field.value)")
                #expect(tokens.map(\.exact) == plain.map(\.exact), "\(field.value)")
                #expect(tokens.map(\.shape) == plain.map(\.shape), "\(field.value)")
                // Sliced tokens' ranges index the record, a tokenized value's the value.
                if let first = tokens.first, field.valueRange.start > 0, first.range.start == field.valueRange.start { sliced += 1 }
            }
        }
        #expect(sliced > 100)
    }

    /// Findings' offsets ordered by insertion come in increasing order, each once.
    @Test func offsetsAreOrdered() {
        var generator = SplitMix64(seed: 0x6f_6666_7365_7473)
        for count in [0, 1, 2, 3, 10, 64, 65, 200] {
            for _ in 0..<50 {
                let offsets = (0..<count).map { _ in Int.random(in: -3...40, using: &generator) }
                let order = Linter.order(of: offsets)
                #expect(order.sorted() == Array(offsets.indices))
                #expect(order.map { offsets[$0] } == offsets.sorted())
            }
        }
    }

    /// Whether a field has a meaningful value, read on its sliced tokens, is what
    /// `Meeting.meaningfulValue` says, for every field key and a few placeholder lists.
    @Test func meaningfulValuesAreReadAsBefore() {
        let vocabulary = Catalogue.builtIn.vocabulary
        var meaningful = 0
        for meeting in CheckSpeedTests.meetings() {
            for placeholders in [vocabulary.placeholders, PhraseSet(["TBC", "n/a", "jo smith"]), PhraseSet([])] {
                for key in FieldKey.allCases {
                    let expected = meeting.meaningfulValue(key, placeholders: placeholders) != nil
                    #expect(meeting.hasMeaningfulValue(key, placeholders: placeholders) == expected, "\(key)")
                    if expected { meaningful += 1 }
                }
            }
        }
        #expect(meaningful > 100)
    }

    /// Sections read in place are those copied out; a phrase looked up through the index is in a
    /// sentence exactly when `Meeting.firstMatch` finds one.
    @Test func sectionsAndSentencesReadInPlace() {
        let vocabulary = Catalogue.builtIn.vocabulary
        let lists = vocabulary.lists.keys.sorted().map { vocabulary.phrases($0) } + [PhraseSet(["significant harm", "told", "the"])]
        var matched = 0
        for meeting in CheckSpeedTests.meetings() {
            for concept in Concept.allCases {
                #expect(meeting.firstSection(concept)?.headingRange == meeting.sections(concept).first?.headingRange)
                #expect(meeting.hasSubstantialSection(concept) == meeting.sections(concept).contains { $0.substance == .present })
            }
            let words = WordIndex(meeting)
            for phrases in lists {
                let expected = meeting.firstMatch(phrases) != nil
                #expect(meeting.anySentence(holding: phrases, words) == expected)
                if expected { matched += 1 }
            }
        }
        #expect(matched > 100)
    }
}
