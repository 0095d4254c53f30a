import Testing

@testable import MeetingLintCore

/// `ShortTokenSet`, a list of hashes that becomes a hash set only when long, holds what a
/// `TokenSet` of the same hashes holds: for lists of every size around the point where it
/// changes, with repeated hashes and hashes that share the hash set's slots and filter bits.
@Suite struct ShortTokenSetTests {
    @Test func aShortSetHoldsWhatAHashSetHolds() {
        var generator = SplitMix64(seed: 0x5407_7e5e)
        for size in 0...(ShortTokenSet.longestList * 3) {
            for round in 0..<3 {
                // Hashes drawn from a small pool (so some repeat), some of them sharing low bits.
                let pool = (0..<(size + 8)).map { index in
                    round == 0 ? UInt64(index) << 32 : UInt64.random(in: 0...UInt64.max, using: &generator)
                }
                let hashes = (0..<size).map { _ in pool.randomElement(using: &generator)! }
                var short = ShortTokenSet(minimumCapacity: size)
                var reference = TokenSet()
                // Added singly and in runs, as the builder adds initials and words.
                var index = 0
                while index < hashes.count {
                    let run = min(hashes.count - index, Int.random(in: 1...4, using: &generator))
                    if run == 1 { short.insert(hashes[index]) } else { short.formUnion(hashes[index..<(index + run)]) }
                    reference.formUnion(hashes[index..<(index + run)])
                    index += run
                }
                short.finish()
                for probe in pool + [0, UInt64.max, 1 << 32] {
                    #expect(short.contains(probe) == reference.contains(probe), "size \(size) probe \(probe)")
                }
            }
        }
        // An empty set, finished or not, holds nothing.
        var empty = ShortTokenSet()
        #expect(!empty.contains(0))
        empty.finish()
        #expect(!empty.contains(0))
    }
}
