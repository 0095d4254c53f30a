import Foundation
import Testing

@testable import MeetingLintCore

/// The concepts of a heading as a set (`Vocabulary.conceptSet(ofHeading:childNames:)`, which the
/// model's walk reads, from the memo's entry without its array) are the set of the plain
/// reading's concepts: whether the heading is read first as a set or as an array, read again
/// (from the memo), or depends on the child's names (never memoised).
@Suite struct HeadingConceptSetTests {
    @Test func headingConceptSetsAreThePlainReadingsSets() {
        // Two fresh vocabularies: in one every heading is first read as a set, in the other as
        // an array, so that each kind of read meets both a memo it filled and one the other filled.
        let setFirst = VocabularySpeedTests.freshVocabulary()
        let arrayFirst = VocabularySpeedTests.freshVocabulary()
        let nameSets: [[String]] = [["Isla"], ["Sofia", "SK"], [], ["Isla"]]
        var texts = VocabularySpeedTests.headings
        texts.append(contentsOf: ModelSpeedTests.lines)
        texts.append(contentsOf: ["Worries / strengths", "What's working well & what are we worried about", "Attendees:", "isla’s VIEWS"])
        var nonEmpty = 0
        for round in 0..<3 {
            for names in nameSets {
                for text in texts {
                    var readNames = false
                    let plain = ConceptSet(setFirst.concepts(ofKey: TextKey.heading(text), childNames: names, readNames: &readNames))
                    var bytes = text
                    let set = bytes.withUTF8 { setFirst.conceptSet(ofHeading: $0, childNames: names) }
                    let array = bytes.withUTF8 { setFirst.concepts(ofHeading: $0, childNames: names) }
                    #expect(set == plain, "round \(round), \(names): \(text)")
                    #expect(ConceptSet(array) == plain, "round \(round), \(names): \(text)")
                    let arrayThenSet = bytes.withUTF8 { arrayFirst.concepts(ofHeading: $0, childNames: names) }
                    let setAfterArray = bytes.withUTF8 { arrayFirst.conceptSet(ofHeading: $0, childNames: names) }
                    #expect(ConceptSet(arrayThenSet) == plain, "round \(round), \(names): \(text)")
                    #expect(setAfterArray == plain, "round \(round), \(names): \(text)")
                    if !plain.isEmpty { nonEmpty += 1 }
                }
            }
        }
        #expect(nonEmpty > 0)
        // A heading that names the child's views for one child and not for another.
        var isla = "Isla's views"
        #expect(isla.withUTF8 { setFirst.conceptSet(ofHeading: $0, childNames: ["Isla"]) } == [.childVoice])
        #expect(isla.withUTF8 { setFirst.conceptSet(ofHeading: $0, childNames: ["Sofia"]) } != [.childVoice])
    }

    /// The memo's set for a heading as written is the set of the concepts stored with it, and
    /// there is none for other bytes under the same hash.
    @Test func writtenMemoSetsAreTheStoredConcepts() {
        let memo = HeadingMemo().shard
        let attendance = Array("Attendance and apologies".utf8)
        let other = Array("Attendance and apologieZ".utf8)
        attendance.withUnsafeBufferPointer { buffer in
            let hash = HeadingMemo.writtenHash(buffer)
            #expect(memo.conceptSet(written: buffer, hash: hash) == nil)
            memo.store([.attendance, .apologies], written: buffer, hash: hash)
            #expect(memo.conceptSet(written: buffer, hash: hash) == [.attendance, .apologies])
            other.withUnsafeBufferPointer { otherBuffer in
                #expect(memo.conceptSet(written: otherBuffer, hash: hash) == nil)
            }
        }
        let empty: [UInt8] = []
        empty.withUnsafeBufferPointer { buffer in
            let hash = HeadingMemo.writtenHash(buffer)
            memo.store([], written: buffer, hash: hash)
            #expect(memo.conceptSet(written: buffer, hash: hash) == ConceptSet())
        }
    }
}
