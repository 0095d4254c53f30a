import Testing

@testable import MeetingLintCore

/// `WordIndex.units(holding:count:range:)`, which steps a few units at a time before galloping,
/// finds exactly the units a plain filter finds.
@Suite struct WordIndexUnitsTests {
    /// The units holding positions, found by stepping a few units at a time before galloping,
    /// are those that hold one: random units (with gaps between them, empty ones, few or many)
    /// and random increasing positions (dense, sparse, outside every unit, past the last).
    @Test func unitsHoldingPositionsAreThoseThatHoldOne() {
        var generator = SplitMix64(seed: 0x756e_6974_73)
        for _ in 0..<3_000 {
            var units: [Range<Int>] = []
            var end = 0
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                let start = end + Int.random(in: 0...3, using: &generator)
                end = start + Int.random(in: 0...12, using: &generator)
                units.append(start..<end)
            }
            let spread = Int.random(in: 1...40, using: &generator)
            var positions: [Int] = []
            var position = Int.random(in: 0...5, using: &generator)
            while position < end + 10, positions.count < 200 {
                positions.append(position)
                position += Int.random(in: 1...spread, using: &generator)
            }
            let expected = units.indices.filter { unit in positions.contains { units[unit].contains($0) } }
            #expect(WordIndex.units(holding: positions, count: units.count) { units[$0] } == expected)
        }
    }
}
