import Testing

@testable import MeetingLintCore

/// An action's tokens less its status and owner are written into a buffer kept from action to
/// action (`MeetingBuilder.tokens(_:excluding:into:)`): whatever the buffer held before (another
/// action's tokens, more or fewer, or nothing), they are the tokens the reading into a new array
/// gives, over random runs and left-out ranges of every record's tokens taken one after another.
@Suite struct ExcludedTokensRoomTests {
    @Test func aKeptBufferGivesTheTokensANewOneGives() {
        var generator = SplitMix64(seed: 0x726f_6f6d_746f_6b73)
        var compared = 0
        var written = 0
        for text in PeopleSpeedTests.texts() {
            let builder = PeopleSpeedTests.builder(text)
            let count = builder.meeting.tokens.count
            guard count > 0 else { continue }
            // One buffer for the record, as the action reader keeps one.
            var room: [Token] = []
            for _ in 0..<200 {
                let start = Int.random(in: 0..<count, using: &generator)
                let end = Int.random(in: start...min(count, start + 80), using: &generator)
                var excluded: [Range<Int>] = []
                for _ in 0..<Int.random(in: 0...3, using: &generator) {
                    let low = Int.random(in: max(0, start - 5)...min(count, end + 5), using: &generator)
                    let high = Int.random(in: low...min(count, low + 20), using: &generator)
                    excluded.append(low..<high)
                }
                let kept = Array(builder.tokens(start..<end, excluding: excluded, into: &room))
                var fresh: [Token] = []
                let new = Array(builder.tokens(start..<end, excluding: excluded, into: &fresh))
                #expect(kept == new, "\(start)..<\(end) less \(excluded)")
                #expect(kept == Array(builder.tokens(start..<end, excluding: excluded)))
                if !excluded.isEmpty { written += 1 }
                compared += 1
            }
        }
        #expect(compared > 5_000)
        #expect(written > 3_000)
    }
}
