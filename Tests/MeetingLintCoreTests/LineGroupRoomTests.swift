import Testing

@testable import MeetingLintCore

/// Appending a group of lines that stops where the array's room ends (`Tokenizer.LineTokens`
/// given `reached`, as `Tokenizer.tokenize(_:lines:into:)` appends all a record's lines at once)
/// keeps exactly the tokens of the lines it read whole, and tokenizing lines that way gives what
/// tokenizing each line on its own gives (`LineTokenizingTests.oneLineAtATime`, the reference),
/// with the room anywhere from none to plenty.
@Suite struct LineGroupRoomTests {
    /// Lines that cover random text one after another (with gaps, empty lines and lines past the
    /// bytes' end), as a record's do.
    static func randomLines(_ random: inout BuilderSpeedTests.Random, over bytes: [UInt8]) -> [SourceRange] {
        var ranges: [SourceRange] = []
        var start = 0
        while start < bytes.count {
            let end = start + random.below(min(bytes.count - start, 40) + 1)
            ranges.append(random.below(20) == 0 ? SourceRange(end, bytes.count + 1 + random.below(4)) : SourceRange(start, end))
            start = end + random.below(3)
        }
        return ranges
    }

    /// A group stops at the end of the last line whose tokens fit the room: the tokens before it
    /// are those of the lines read alone, those lines hold their ranges, `reached` is the first
    /// line not read, and that line's tokens did not fit (or filled the room exactly).
    @Test func aGroupStopsAtTheLastLineThatFitsWhole() {
        var random = BuilderSpeedTests.Random(state: 0x6A0_0B_5707)
        var stoppedInside = 0
        for _ in 0..<2_000 {
            let bytes = BuilderSpeedTests.awkwardText(&random, pieces: 1 + random.below(50))
            let ranges = LineGroupRoomTests.randomLines(&random, over: bytes)
            let expected = LineTokenizingTests.oneLineAtATime(bytes, LineTokenizingTests.lines(ranges), after: [])
            var tokens: [Token] = []
            tokens.reserveCapacity(random.below(expected.tokens.count + 3))
            let room = tokens.capacity
            var lines = LineTokenizingTests.lines(ranges)
            var reached = -1
            bytes.withUnsafeBufferPointer { buffer in
                lines.withUnsafeMutableBufferPointer { lineBuffer in
                    withUnsafeMutablePointer(to: &reached) { reached in
                        tokens.append(contentsOf: Tokenizer.LineTokens(bytes: buffer, lines: lineBuffer, first: 0, end: lineBuffer.count, count: 0, reached: reached))
                    }
                }
            }
            #expect(reached >= 0 && reached <= ranges.count)
            guard reached >= 0 && reached <= ranges.count else { continue }
            // No growth: the group writes only into the room it was given.
            #expect(tokens.capacity == room)
            let kept = reached == 0 ? 0 : expected.lines[reached - 1].tokens.upperBound
            #expect(LineTokenizingTests.same(tokens, Array(expected.tokens[0..<kept])), "\(bytes) \(ranges)")
            #expect(LineTokenizingTests.sameRanges(Array(lines[0..<reached]), Array(expected.lines[0..<reached])), "\(bytes) \(ranges)")
            if reached < ranges.count {
                stoppedInside += 1
                #expect(expected.lines[reached].tokens.upperBound >= room, "\(bytes) \(ranges)")
            }
        }
        #expect(stoppedInside > 500)
    }

    /// Tokenizing many lines at once, after tokens already in the array and with its room from
    /// none to more than enough (about the builder's, a token for every four bytes, among them),
    /// gives each line's tokens read alone, in order.
    @Test func manyLinesWithAnyRoomAreTheirTokensReadAlone() {
        var random = BuilderSpeedTests.Random(state: 0x7_0CE_2A11)
        for round in 0..<1_500 {
            let bytes = BuilderSpeedTests.awkwardText(&random, pieces: 1 + random.below(200))
            let ranges = LineGroupRoomTests.randomLines(&random, over: bytes)
            var existing: [Token] = []
            Tokenizer.tokenize(bytes, SourceRange(0, random.below(min(bytes.count, 30) + 1)), into: &existing)
            let expected = LineTokenizingTests.oneLineAtATime(bytes, LineTokenizingTests.lines(ranges), after: existing)
            var tokens = Array(existing)
            switch round % 4 {
            case 0: break
            case 1: tokens.reserveCapacity(existing.count + random.below(expected.tokens.count - existing.count + 2))
            case 2: tokens.reserveCapacity(existing.count + bytes.count / 4 + 16)
            default: tokens.reserveCapacity(existing.count + bytes.count + 1)
            }
            var lines = LineTokenizingTests.lines(ranges)
            lines.withUnsafeMutableBufferPointer { Tokenizer.tokenize(bytes, lines: $0, into: &tokens) }
            #expect(LineTokenizingTests.same(tokens, expected.tokens), "\(bytes) \(ranges)")
            #expect(LineTokenizingTests.sameRanges(lines, expected.lines), "\(bytes) \(ranges)")
        }
    }

    /// A scan the room stops just after a word, a capitalised word or a number passes over the
    /// space after it first: `next()` and the next scan go on from after that space, to the
    /// tokens a scan with room for them all gives, wherever the room ends.
    @Test func aScanStoppedByTheRoomGoesOnAfterTheSpace() {
        var random = BuilderSpeedTests.Random(state: 0x5_9ACE_0F)
        var texts = ["word Word 12 x, a  b\tc 28th A B", "a b c d e f", "Ab 1 2 cd’s ef-gh  ", "x"]
        for _ in 0..<300 { texts.append(String(decoding: BuilderSpeedTests.awkwardText(&random, pieces: 1 + random.below(30)), as: UTF8.self)) }
        for text in texts {
            let bytes = Array(text.utf8)
            // The reference: room for a token a byte, so the scan never stops for room.
            var expected: [Token] = []
            expected.reserveCapacity(bytes.count + 1)
            Tokenizer.tokenize(bytes, SourceRange(0, bytes.count), into: &expected)
            #expect(expected.capacity >= bytes.count + 1)
            for room in 0...(expected.count + 1) {
                var tokens: [Token] = []
                tokens.reserveCapacity(room)
                bytes.withUnsafeBufferPointer { buffer in
                    tokens.append(contentsOf: Tokenizer.Tokens(bytes: buffer, index: 0, end: buffer.count))
                }
                #expect(LineTokenizingTests.same(tokens, expected), "\(text) \(room)")
            }
        }
    }
}
