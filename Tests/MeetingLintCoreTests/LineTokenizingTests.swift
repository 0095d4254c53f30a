import Foundation
import Testing

@testable import MeetingLintCore

/// Tokenizing many lines in one append (`Tokenizer.tokenize(_:lines:into:)`, as the model builder
/// does once its walk is done) gives the tokens, and each line the token range, that tokenizing
/// each line on its own in turn gives (the builder's old reading, kept here as the reference):
/// over the corpus and parser fixtures, and over random lines of awkward text with the array's
/// room tight, loose or none, and lines cut anywhere, empty, reversed or past the bytes.
@Suite struct LineTokenizingTests {
    /// The reference: each line tokenized on its own, its tokens appended after the last line's.
    static func oneLineAtATime(_ bytes: [UInt8], _ lines: [TextLine], after existing: [Token]) -> (tokens: [Token], lines: [TextLine]) {
        var tokens = existing
        var result = lines
        for index in result.indices {
            let start = tokens.count
            Tokenizer.tokenize(bytes, result[index].range, into: &tokens)
            result[index].tokens = start..<tokens.count
        }
        return (tokens, result)
    }

    /// Lines at `ranges`, their tokens not yet read.
    static func lines(_ ranges: [SourceRange]) -> [TextLine] {
        ranges.map { TextLine(range: $0, tokens: 0..<0, kind: .text, section: -1, node: 0) }
    }

    /// Whether two token lists are the same, token for token (ranges, both hashes, shapes).
    static func same(_ left: [Token], _ right: [Token]) -> Bool {
        left.count == right.count && zip(left, right).allSatisfy { $0 == $1 }
    }

    /// Whether the lines hold the same token ranges.
    static func sameRanges(_ left: [TextLine], _ right: [TextLine]) -> Bool {
        left.count == right.count && zip(left, right).allSatisfy { $0.tokens == $1.tokens && $0.range == $1.range }
    }

    /// The model's tokens and lines are those of its lines tokenized one at a time, for every
    /// record of the corpus and every parser fixture.
    @Test func theModelsLinesHoldTheTokensOfEachLineReadAlone() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        #expect(!ParserSpeedTests.sources.isEmpty)
        for source in ParserSpeedTests.sources {
            let meeting = Meeting(parsing: source, settings: settings)
            let expected = LineTokenizingTests.oneLineAtATime(meeting.document.source.bytes, meeting.lines, after: [])
            #expect(LineTokenizingTests.same(meeting.tokens, expected.tokens), "\(source.path)")
            #expect(LineTokenizingTests.sameRanges(meeting.lines, expected.lines), "\(source.path)")
        }
    }

    /// Random lines of awkward text, appended after tokens already in the array, with the array's
    /// spare room from none to plenty: lines that do not surely fit go on their own, the others
    /// together.
    @Test func randomLinesReadTogetherAreTheirTokensReadAlone() {
        var random = BuilderSpeedTests.Random(state: 0x11E5_70_CE25)
        for round in 0..<1_500 {
            let bytes = BuilderSpeedTests.awkwardText(&random, pieces: 1 + random.below(60))
            var ranges: [SourceRange] = []
            for _ in 0..<(1 + random.below(12)) {
                let start = random.below(bytes.count + 1)
                let end = start + random.below(bytes.count - start + 1)
                switch random.below(10) {
                case 0: ranges.append(SourceRange(start, start))
                // Past the bytes: read up to their end, as a line alone is.
                case 1: ranges.append(SourceRange(start, bytes.count + 1 + random.below(8)))
                default: ranges.append(SourceRange(start, end))
                }
            }
            var existing: [Token] = []
            Tokenizer.tokenize(bytes, SourceRange(0, random.below(bytes.count + 1)), into: &existing)
            let expected = LineTokenizingTests.oneLineAtATime(bytes, LineTokenizingTests.lines(ranges), after: existing)
            var tokens = existing
            // Room from none (capacity exactly the tokens) to plenty.
            switch round % 3 {
            case 0: tokens = Array(existing)
            case 1: tokens.reserveCapacity(existing.count + random.below(8))
            default: tokens.reserveCapacity(existing.count + bytes.count * 2)
            }
            var lines = LineTokenizingTests.lines(ranges)
            lines.withUnsafeMutableBufferPointer { Tokenizer.tokenize(bytes, lines: $0, into: &tokens) }
            #expect(LineTokenizingTests.same(tokens, expected.tokens), "\(bytes) \(ranges)")
            #expect(LineTokenizingTests.sameRanges(lines, expected.lines), "\(bytes) \(ranges)")
        }
    }

    /// Lines appended together where the room runs out among them (which the batching above never
    /// lets happen): the scan stops where the room ends, mid-line or at a line's end, and
    /// `next()` reads on from there, across lines, to the same tokens and ranges.
    @Test func linesThatOutgrowTheRoomAreReadOnOneTokenAtATime() {
        var random = BuilderSpeedTests.Random(state: 0x0B57_AC1E)
        for _ in 0..<1_500 {
            let bytes = BuilderSpeedTests.awkwardText(&random, pieces: 1 + random.below(40))
            var ranges: [SourceRange] = []
            var start = 0
            while start < bytes.count {
                let end = start + random.below(bytes.count - start + 1)
                ranges.append(SourceRange(start, end))
                start = end + random.below(3)
            }
            let expected = LineTokenizingTests.oneLineAtATime(bytes, LineTokenizingTests.lines(ranges), after: [])
            var tokens: [Token] = []
            tokens.reserveCapacity(random.below(expected.tokens.count + 2))
            var lines = LineTokenizingTests.lines(ranges)
            bytes.withUnsafeBufferPointer { buffer in
                lines.withUnsafeMutableBufferPointer { lineBuffer in
                    tokens.append(contentsOf: Tokenizer.LineTokens(bytes: buffer, lines: lineBuffer, first: 0, end: lineBuffer.count, count: 0))
                }
            }
            #expect(LineTokenizingTests.same(tokens, expected.tokens), "\(bytes) \(ranges)")
            #expect(LineTokenizingTests.sameRanges(lines, expected.lines), "\(bytes) \(ranges)")
            // One at a time from the start, as a plain iterator.
            var iterated: [Token] = []
            var iteratedLines = LineTokenizingTests.lines(ranges)
            bytes.withUnsafeBufferPointer { buffer in
                iteratedLines.withUnsafeMutableBufferPointer { lineBuffer in
                    var iterator = Tokenizer.LineTokens(bytes: buffer, lines: lineBuffer, first: 0, end: lineBuffer.count, count: 0)
                    while let token = iterator.next() { iterated.append(token) }
                }
            }
            #expect(LineTokenizingTests.same(iterated, expected.tokens))
            #expect(LineTokenizingTests.sameRanges(iteratedLines, expected.lines))
        }
    }
}
