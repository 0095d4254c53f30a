import Foundation
import Testing

@testable import MeetingLintCore

/// The index's chains are made with about one bucket a token: its lookups find what a plain walk
/// over every token finds for records whose token counts stand on each side of the steps at which
/// the buckets double (64 up), with words that repeat, that are all distinct, and that are all one.
@Suite struct WordIndexBucketStepsTests {
    /// A meeting of about `count` tokens made of `words` (a paragraph of words and full stops).
    static func meeting(tokens count: Int, words: [String], using generator: inout SystemRandomNumberGenerator) -> Meeting {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        var text = ""
        for index in 0..<count {
            text += words.isEmpty ? "w\(index)" : words.randomElement(using: &generator)!
            text += [" ", " ", " ", "\n"].randomElement(using: &generator)!
        }
        return Meeting(parsing: SourceFile(path: "test.md", text: text), settings: settings)
    }

    @Test func lookupsAroundBucketStepsFindWhatAWalkFinds() {
        var generator = SystemRandomNumberGenerator()
        let vocabulary = Catalogue.builtIn.vocabulary
        let vocabularies: [[String]] = [["family", "FGC", "group", "Mum", "told", "CP", ".", "the"], [], ["the"]]
        var checked = 0
        for step in [64, 128, 256, 512, 1_024, 2_048, 4_096] {
            for count in [step - 2, step - 1, step, step + 1, step + 2] {
                for words in vocabularies {
                    let meeting = WordIndexBucketStepsTests.meeting(tokens: count, words: words, using: &generator)
                    let index = WordIndex(meeting)
                    let tokens = meeting.tokens
                    let folded = Array(Set(tokens.map(\.folded)))
                    let lists = [folded, Array(folded.prefix(2)), vocabulary.glossary.acronymWords, [Tokenizer.foldedHash("zebra"), 0, UInt64.max], []]
                    for hashes in lists {
                        #expect(index.positions(of: hashes) == WordIndexChainLinksTests.plainPositions(tokens, hashes))
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 7 * 5 * 3 * 5)
    }
}
