import Testing

@testable import MeetingLintCore

/// `PhraseSet.match(_:at:)` passes over a phrase whose second word is not the next token's before
/// reading its hashes: it finds what trying every phrase of the first word's group in full found.
@Suite struct PhraseSecondWordTests {
    /// The plain reading: the longest phrase whose every token's hash is the tokens' there (the
    /// first one found when the group's phrases are tried longest first, as before).
    static func plainMatch(_ phrases: [[UInt64]], caseSensitive: Bool, _ tokens: ArraySlice<Token>, at index: Int) -> Int? {
        var best: Int?
        for phrase in phrases where !phrase.isEmpty && index + phrase.count <= tokens.endIndex {
            var matches = true
            for offset in phrase.indices {
                let token = tokens[index + offset]
                if (caseSensitive ? token.exact : token.folded) != phrase[offset] {
                    matches = false
                    break
                }
            }
            if matches, phrase.count > (best ?? 0) { best = phrase.count }
        }
        return best
    }

    static func hashes(of phrases: [String], caseSensitive: Bool) -> [[UInt64]] {
        phrases.map { phrase in Tokenizer.tokens(of: phrase).map { caseSensitive ? $0.exact : $0.folded } }
    }

    /// Lists whose phrases share first words (`family group conference`, `family network
    /// meeting`), one-word phrases beside longer ones, repeats, and a case-sensitive list.
    static let lists: [(phrases: [String], caseSensitive: Bool)] = {
        let vocabulary = Catalogue.builtIn.vocabulary
        var lists = vocabulary.lists.keys.sorted().map { (vocabulary.list($0), false) }
        lists.append((["family", "family group", "family group conference", "family group meeting", "family network meeting", "family network meetings", "group"], false))
        lists.append((["a b c", "a b", "a", "a c", "b a", "a b c", "A B"], false))
        lists.append((["SW", "SW team", "sw", "CIN plan", "CIN", "LADO"], true))
        lists.append(([], false))
        return lists
    }()

    @Test func matchesAreThoseOfTryingEveryPhrase() {
        let meetings = CheckSpeedTests.meetings()
        var found = 0
        for (phrases, caseSensitive) in PhraseSecondWordTests.lists {
            let set = PhraseSet(phrases, caseSensitive: caseSensitive)
            let plain = PhraseSecondWordTests.hashes(of: phrases, caseSensitive: caseSensitive)
            for meeting in meetings.prefix(40) {
                let tokens = meeting.tokens[...]
                for index in tokens.indices {
                    let expected = PhraseSecondWordTests.plainMatch(plain, caseSensitive: caseSensitive, tokens, at: index)
                    #expect(set.match(tokens, at: index) == expected)
                    if expected != nil { found += 1 }
                }
                // A slice cut short: a phrase may not run past its end.
                for sentence in meeting.sentences() {
                    let slice = meeting.tokens[sentence.tokens]
                    for index in slice.indices {
                        #expect(set.match(slice, at: index) == PhraseSecondWordTests.plainMatch(plain, caseSensitive: caseSensitive, slice, at: index))
                    }
                }
            }
        }
        #expect(found > 1000)
    }

    /// Random token sequences made of the phrases' own words, so that phrases start, continue
    /// and break off everywhere, read whole and in every slice's last tokens.
    @Test func randomSequencesOfThePhrasesWords() {
        var generator = SplitMix64(seed: 0x7365_636f_6e64)
        for (phrases, caseSensitive) in PhraseSecondWordTests.lists.suffix(4) + PhraseSecondWordTests.lists.prefix(6) {
            let set = PhraseSet(phrases, caseSensitive: caseSensitive)
            let plain = PhraseSecondWordTests.hashes(of: phrases, caseSensitive: caseSensitive)
            let words = phrases.flatMap { $0.split(separator: " ").map(String.init) } + ["x", "Family", "GROUP", "sw"]
            for _ in 0..<200 {
                let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
                let tokens = Tokenizer.tokens(of: text)
                for end in tokens.indices.reversed().prefix(3).map({ $0 + 1 }) + [tokens.count] {
                    let slice = tokens[..<end]
                    for index in slice.indices {
                        #expect(set.match(slice, at: index) == PhraseSecondWordTests.plainMatch(plain, caseSensitive: caseSensitive, slice, at: index), "\(text) \(index)")
                    }
                }
            }
        }
    }
}
