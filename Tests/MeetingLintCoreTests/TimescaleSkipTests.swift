import Foundation
import Testing

@testable import MeetingLintCore

/// The timescale scan passes over runs of tokens that start nothing in a loop of its own
/// (`TimescaleReader.nextPossibleStart`): it stops exactly where the plain test of each token
/// (a number, an ordinal, or a word whose start bit is set) first says a timescale may start, and
/// the scan with it reads what trying every way at every token reads.
@Suite struct TimescaleSkipTests {
    static let bits = Catalogue.builtIn.vocabulary.timescales.startBits

    /// The plain reading: the first index from `start` below `limit` whose token may start one.
    static func plainNextPossibleStart(_ tokens: ArraySlice<Token>, from start: Int, to limit: Int) -> Int {
        var index = start
        while index < limit {
            let token = tokens[index]
            if token.shape == .number || token.shape == .numberWord { return index }
            let bit = TimescaleReader.startBit(token.folded)
            if bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return index }
            index += 1
        }
        return max(start, limit)
    }

    @Test func skipStopsWhereThePlainTestDoes() {
        var failures: [String] = []
        var stops = 0
        let texts = TimescaleSpeedTests.lines + TimescaleSpeedTests.texts(count: 1_000, seed: 0x5C1F)
        for text in texts {
            let tokens = Tokenizer.tokens(of: text)
            for first in 0...min(2, tokens.count) {
                let slice = tokens[first...]
                // Every start, and limits at the end, just before it and at a few tokens on.
                for start in slice.startIndex...slice.endIndex {
                    for limit in Set([slice.endIndex, max(start, slice.endIndex - 1), min(slice.endIndex, start + 2), start]) {
                        let fast = TimescaleReader.nextPossibleStart(slice, from: start, to: limit, bits: TimescaleSkipTests.bits)
                        let plain = TimescaleSkipTests.plainNextPossibleStart(slice, from: start, to: limit)
                        if fast != plain { failures.append("\(start)..<\(limit): \(fast) not \(plain): \(text)") }
                        if fast < limit { stops += 1 }
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
        #expect(stops > 1_000)
    }

    /// Actions' texts with dates and timescales among runs of plain words: the scan reads what the
    /// unfiltered reader reads, and `due` chooses what the old `due` chose.
    @Test func scanWithSkipsReadsWhatEveryTokenGives() {
        let texts = [
            "Tom to call the school and the family about the plan by 14/03/2026 and then again within 2 weeks",
            "Jo will see mum at home, talk about sleep and school, and report back at the next meeting on 28/04/26.",
            "the the the the 3 the the the May 2026 the the the end of May the the weekly the the",
            "Review 1 March 2026 then 14th March, by Friday, every Tues, ASAP, 2/52, a couple of weeks",
        ]
        var failures: [String] = []
        for text in texts {
            failures += TimescaleSpeedTests.compare(text, starts: 8)
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
    }
}
