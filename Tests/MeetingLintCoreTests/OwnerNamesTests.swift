import Testing

@testable import MeetingLintCore

/// owner-known keeps the names of everyone the meeting knows in a list while they are few and in
/// a hash set once they are many (`ShortTokenSet`); either way it answers as a set of them does,
/// added as owner-known adds them: initials one at a time, people's name words in runs.
@Suite struct OwnerNamesTests {
    @Test func theNamesAnswerAsASetDoes() {
        var generator = SplitMix64(seed: 0x6e61_6d65_73)
        // Few distinct hashes, so that names repeat; and counts on both sides of the longest list.
        let hashes = (0..<200).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for _ in 0..<300 {
            var names = ShortTokenSet(minimumCapacity: Int.random(in: 0...8, using: &generator))
            var expected = Set<UInt64>()
            let count = Int.random(in: 0...(3 * ShortTokenSet.longestList), using: &generator)
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
