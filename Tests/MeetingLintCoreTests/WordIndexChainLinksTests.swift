import Foundation
import Testing

@testable import MeetingLintCore

/// The index keeps its tokens' links and its buckets' heads in one array (`WordIndex.Chains.links`):
/// its lookups find what a plain walk over every token finds, for records of every size around
/// the bucket counts' steps (odd and even, empty, one token), one word repeated thousands of
/// times (a single long chain), random words, and hashes that are not in the record; and the
/// sentences a phrase list may stand in are those a walk finds.
@Suite struct WordIndexChainLinksTests {
    /// The positions of the tokens whose folded hash is one of `hashes`, read one token at a time.
    static func plainPositions(_ tokens: [Token], _ hashes: [UInt64]) -> [Int] {
        let wanted = Set(hashes)
        return tokens.indices.filter { wanted.contains(tokens[$0].folded) }
    }

    /// Texts of random words, of lengths on both sides of the steps at which the index doubles its
    /// buckets (64 up, at two tokens a bucket), and a few adversarial ones.
    static func texts() -> [String] {
        var generator = SystemRandomNumberGenerator()
        let words = ["family", "Family", "FGC", "group", "conference", "CP", "the", "a", "Mum", "told", "(", ")", "é", "0", "minutes", "circulated"]
        var texts = ["", "family", "family FGC", "family\n", String(repeating: "family ", count: 3_001), String(repeating: "a b ", count: 1_500)]
        for target in [1, 2, 3, 63, 64, 65, 127, 128, 129, 130, 255, 256, 257, 511, 512, 513, 1_023, 1_024, 1_025, 2_049, 4_100] {
            for _ in 0..<2 {
                var text = "# Minutes\n\n"
                for _ in 0..<target {
                    text += words.randomElement(using: &generator)!
                    text += [" ", " ", ". ", "\n", "\n\n- "].randomElement(using: &generator)!
                }
                texts.append(text)
            }
        }
        return texts
    }

    @Test func linksFindWhatAWalkFinds() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        let vocabulary = catalogue.vocabulary
        let absent = [Tokenizer.foldedHash("zebra"), 0, 1, UInt64.max]
        var found = 0
        var meetings = WordIndexSpeedTests.meetings()
        meetings += WordIndexChainLinksTests.texts().map { Meeting(parsing: SourceFile(path: "test.md", text: $0), settings: settings) }
        for meeting in meetings {
            let words = WordIndex(meeting)
            let tokens = meeting.tokens
            let folded = Array(Set(tokens.map(\.folded)))
            var lists = [vocabulary.glossary.acronymWords, [], absent, folded, Array(folded.prefix(3)) + absent]
            if let first = tokens.first { lists.append([first.folded]) }
            if let last = tokens.last { lists.append([last.folded]) }
            for hashes in lists {
                let positions = words.positions(of: hashes)
                #expect(positions == WordIndexChainLinksTests.plainPositions(tokens, hashes))
                found += positions.count
            }
            let mentions = PhraseSet(["family group conference", "fgc", "family network meeting"])
            let first = Set(mentions.firstWords)
            let sentences = meeting.sentences(includingHeadings: true)
            #expect(words.sentences(sentences, mayHold: mentions) == sentences.indices.filter { tokens[sentences[$0].tokens].contains { first.contains($0.folded) } })
        }
        #expect(found > 10_000)
    }
}
