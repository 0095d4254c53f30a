import Testing

@testable import MeetingLintCore

/// `TokenMap.setAll(_:to:)`, which places many keys through buffer pointers opened once, leaves a
/// map that answers as one given the same keys one at a time through its subscript (the old way,
/// kept here as the reference): for maps that start empty, made with room or without, and grow
/// many times, with repeated keys and keys that share slots and filter bits.
@Suite struct TokenMapSetAllTests {
    /// Keys that collide: their low bits (slots) or their mixed bits (filter) are the same.
    static func keys(_ count: Int, pool: Int, round: Int, _ generator: inout SplitMix64) -> [UInt64] {
        let choices = (0..<max(pool, 1)).map { index -> UInt64 in
            switch round % 3 {
            case 0: UInt64(index) << 32
            case 1: UInt64(index) &* 0x1_0000_0001
            default: UInt64.random(in: 0...UInt64.max, using: &generator)
            }
        }
        return (0..<count).map { _ in choices.randomElement(using: &generator)! }
    }

    @Test func setAllIsEveryKeySetInTurn() {
        var generator = SplitMix64(seed: 0x5E7A_11)
        for size in Array(0...70) + [127, 128, 129, 255, 256, 257, 1_000, 5_000] {
            for round in 0..<6 {
                let pool = round < 3 ? size + 8 : max(1, size / 3)
                let all = TokenMapSetAllTests.keys(size, pool: pool, round: round, &generator)
                // Room asked for: none, too little, or enough.
                let room = [0, size / 4, size][round % 3]
                var fast = TokenMap<Int>(minimumCapacity: room)
                var reference = TokenMap<Int>(minimumCapacity: room)
                // In runs, each run with its own value, so that a later value for a key wins.
                var index = 0
                var value = 0
                while index < all.count {
                    let run = min(all.count - index, Int.random(in: 1...40, using: &generator))
                    fast.setAll(all[index..<(index + run)], to: value)
                    for key in all[index..<(index + run)] { reference[key] = value }
                    index += run
                    value += 1
                }
                #expect(fast.count == reference.count, "size \(size) round \(round)")
                for probe in all + [0, 1, UInt64.max, 1 << 32, 0x1_0000_0001] {
                    #expect(fast[probe] == reference[probe], "size \(size) round \(round) probe \(probe)")
                    #expect(fast.mayContain(probe) || reference[probe] == nil)
                }
                let fastPairs = fast.pairs.sorted { $0.0 < $1.0 }
                let referencePairs = reference.pairs.sorted { $0.0 < $1.0 }
                #expect(fastPairs.map(\.0) == referencePairs.map(\.0))
                #expect(fastPairs.map(\.1) == referencePairs.map(\.1))
                // Still a map keys may be added to one at a time.
                fast[0xABCD] = -1
                reference[0xABCD] = -1
                #expect(fast.count == reference.count && fast[0xABCD] == -1)
            }
        }
    }

    /// A set made from a sequence, or added to, holds what one filled a hash at a time holds.
    @Test func setsMadeAtOnceHoldWhatTheyHeldSetOneByOne() {
        var generator = SplitMix64(seed: 0x70_4B_E7)
        for size in [0, 1, 7, 8, 9, 33, 64, 65, 300] {
            let all = TokenMapSetAllTests.keys(size, pool: size + 3, round: size % 3, &generator)
            var reference = TokenMap<Bool>()
            for key in all { reference[key] = true }
            let made = TokenSet(all)
            let lazilyMade = TokenSet(all.lazy.map { $0 })
            var added = TokenSet()
            added.formUnion(all.prefix(size / 2))
            added.formUnion(all.dropFirst(size / 2))
            for probe in all + [0, 2, UInt64.max] {
                #expect(made.contains(probe) == (reference[probe] != nil))
                #expect(lazilyMade.contains(probe) == (reference[probe] != nil))
                #expect(added.contains(probe) == (reference[probe] != nil))
            }
            #expect(made.count == reference.count && added.count == reference.count && lazilyMade.count == reference.count)
        }
    }
}
