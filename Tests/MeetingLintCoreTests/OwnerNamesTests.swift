import Testing

@testable import MeetingLintCore

/// owner-known keeps the names of everyone the meeting knows in a list while they are few and in
/// a hash set once they are many (`OwnerKnown.Names`); either way it answers as a set of them does.
@Suite struct OwnerNamesTests {
    @Test func theNamesAnswerAsASetDoes() {
        var generator = SplitMix64(seed: 0x6e61_6d65_73)
        // Few distinct hashes, so that names repeat; and counts on both sides of the longest list.
        let hashes = (0..<200).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for _ in 0..<300 {
            var names = OwnerKnown.Names()
            var expected = Set<UInt64>()
            let count = Int.random(in: 0...(3 * OwnerKnown.Names.longestList), using: &generator)
            names.reserveCapacity(Int.random(in: 0...8, using: &generator))
            var added = 0
            while added < count {
                if Bool.random(using: &generator) {
                    let hash = hashes.randomElement(using: &generator)!
                    names.insert(hash)
                    expected.insert(hash)
                    added += 1
                } else {
                    let run = (0..<Int.random(in: 0...5, using: &generator)).map { _ in hashes.randomElement(using: &generator)! }
                    names.formUnion(run[...])
                    expected.formUnion(run)
                    added += max(1, run.count)
                }
            }
            names.finish()
            for hash in hashes + [0, .max] { #expect(names.contains(hash) == expected.contains(hash)) }
        }
    }
}
