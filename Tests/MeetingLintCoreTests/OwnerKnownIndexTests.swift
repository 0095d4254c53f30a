import Testing

@testable import MeetingLintCore

/// owner-known finds whether someone listed holds all of an owner's role words through an index
/// of who holds which word when the record lists many people; it answers as looking at every
/// person does.
@Suite struct OwnerKnownIndexTests {
    @Test func theRoleIndexAnswersAsLookingAtEveryoneDoes() {
        var generator = SplitMix64(seed: 0x6f77_6e65_72)
        // Few distinct words, so that lists share words, repeat whole, and hold some words twice.
        let vocabulary = (0..<7).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        func someWords(_ most: Int) -> [UInt64] {
            (0..<Int.random(in: 0...most, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
        }
        for _ in 0..<400 {
            let people = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                OwnerKnown.Known(roleWords: someWords(4)[...], words: [])
            }
            let looked = OwnerKnown.RoleIndex(people)
            let indexed = OwnerKnown.RoleIndex(people, peopleToIndex: 0)
            for _ in 0..<20 {
                let words = someWords(3).map { Token(range: SourceRange(0, 0), folded: $0, exact: $0, shape: .word) }
                guard !words.isEmpty else { continue }
                let everyone = people.contains { person in words.allSatisfy { person.roleWords.contains($0.folded) } }
                #expect(looked.anyoneHolds(words) == everyone, "\(people.map(\.roleWords)) \(words.map(\.folded))")
                #expect(indexed.anyoneHolds(words) == everyone, "\(people.map(\.roleWords)) \(words.map(\.folded))")
            }
        }
    }
}
