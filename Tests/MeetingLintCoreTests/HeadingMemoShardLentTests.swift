import Testing

@testable import MeetingLintCore

/// A heading's concepts read with a share of the memo found beforehand and lent to each look-up
/// (`Vocabulary.conceptSet(ofHeading:childNames:memo:)`, as the model's walk reads them) are the
/// plain reading's, whichever share is lent, read first or again, and whether the answer
/// depends on the child's names (never memoised) or not.
@Suite struct HeadingMemoShardLentTests {
    @Test func lentShardReadsAreThePlainReadings() {
        let vocabulary = VocabularySpeedTests.freshVocabulary()
        // The vocabulary's own share for this thread, and a share of another memo altogether.
        let shards = [vocabulary.headingMemoShard, HeadingMemo().shard]
        let nameSets: [[String]] = [["Isla"], ["Sofia", "SK"], []]
        var texts = VocabularySpeedTests.headings + ModelSpeedTests.lines
        texts.append(contentsOf: ["Isla's views", "What Sofia told us", "Worries / strengths", "Redwater Surgery", "Actions (SMART)", "isla’s VIEWS"])
        var nonEmpty = 0
        for round in 0..<2 {
            for names in nameSets {
                for text in texts {
                    var readNames = false
                    let plain = ConceptSet(vocabulary.concepts(ofKey: TextKey.heading(text), childNames: names, readNames: &readNames))
                    var bytes = text
                    for (index, shard) in shards.enumerated() {
                        let lent = bytes.withUTF8 { vocabulary.conceptSet(ofHeading: $0, childNames: names, memo: shard) }
                        #expect(lent == plain, "round \(round), shard \(index), \(names): \(text)")
                    }
                    #expect(bytes.withUTF8 { vocabulary.conceptSet(ofHeading: $0, childNames: names) } == plain, "\(names): \(text)")
                    if !plain.isEmpty { nonEmpty += 1 }
                }
            }
        }
        #expect(nonEmpty > 100)
    }
}
