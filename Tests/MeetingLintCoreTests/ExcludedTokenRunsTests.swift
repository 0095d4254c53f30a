import Testing

@testable import MeetingLintCore

/// An action's tokens less its status and owner (`MeetingBuilder.tokens(_:excluding:)`) are
/// copied a run at a time: checked against the token-by-token reading it replaced.
@Suite struct ExcludedTokenRunsTests {
    /// The reading as it was: each token kept unless a left-out range holds it.
    static func oneByOne(_ builder: MeetingBuilder, _ all: Range<Int>, excluding excluded: [Range<Int>]) -> [Token] {
        var tokens: [Token] = []
        for index in all where !excluded.contains(where: { $0.contains(index) }) { tokens.append(builder.meeting.tokens[index]) }
        return tokens
    }

    /// Random ranges left out (overlapping, nested, empty, reaching past either end, in any
    /// order) of random runs of every record's tokens, and every action's own.
    @Test func runsKeepTheSameTokensAsTheTokenByTokenReading() {
        var generator = SplitMix64(seed: 0x6578_636c_7564_6564)
        var compared = 0
        for text in PeopleSpeedTests.texts() {
            let builder = PeopleSpeedTests.builder(text)
            let count = builder.meeting.tokens.count
            guard count > 0 else { continue }
            var cases: [(Range<Int>, [Range<Int>])] = []
            for action in builder.meeting.actions + builder.meeting.previousActions {
                cases.append((action.tokens, []))
                cases.append((action.tokens, [action.whatTokens]))
            }
            for _ in 0..<200 {
                let start = Int.random(in: 0..<count, using: &generator)
                let end = Int.random(in: start...min(count, start + 60), using: &generator)
                var excluded: [Range<Int>] = []
                for _ in 0..<Int.random(in: 0...4, using: &generator) {
                    let low = Int.random(in: max(0, start - 5)...min(count, end + 5), using: &generator)
                    let high = Int.random(in: low...min(count, low + 20), using: &generator)
                    excluded.append(low..<high)
                }
                cases.append((start..<end, excluded))
            }
            for (all, excluded) in cases {
                let runs = Array(builder.tokens(all, excluding: excluded))
                #expect(runs == Self.oneByOne(builder, all, excluding: excluded), "\(all) less \(excluded)")
                compared += 1
            }
        }
        #expect(compared > 10_000)
    }
}
