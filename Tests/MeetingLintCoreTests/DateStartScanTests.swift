import Foundation
import Testing

@testable import MeetingLintCore

/// The scan for where a date may start (`DateReader.candidate`, a walk by pointer that tests a
/// word's low hash bits against a byte table) passes over only tokens where no date starts, and
/// the record's dates read at each token it lets through (`appendMentions(inLines:...)`) are the
/// dates each line gives when every token of it is tried.
@Suite struct DateStartScanTests {
    /// Texts whose dates stand at a slice's or a line's edges, or nearly do.
    static let awkward = [
        "", "14", "14 /", "14/03", "14/03/", "14/03/2026", "14 of", "14 of March", "14th", "the 14th of", "May", "may 2026",
        "March 14", "Sat, 14", "Sat,", "1/2/3/4/5/6", "2026-03-14-1", "3 March. 2026", "Dec. 25, 2026", "99999999999999999999th March",
        "10:30 on 14 March 2026.", "in 3 weeks of March", "Jan feb MAR apr", "sept 14 2026", "14 Sept 26",
        "14-Mar-2026", "14-Mar", "14-", "14-Mar-", "3-year-old", "14-may-26", "1-2-Mar-2026", "14-Mar-2026-5",
    ]

    /// The lines of the corpus and fixtures, the awkward texts, and random texts of date pieces.
    static let texts: [String] = TimescaleSpeedTests.lines + awkward + TimescaleSpeedTests.texts(count: 2_000, seed: 0xDA7E_5CA9)

    /// Whether a date starts at `index` of `tokens`, trying the readers themselves.
    static func startsDate(_ tokens: ArraySlice<Token>, at index: Int, bytes: [UInt8]) -> Bool {
        DateOrder.allCases.contains { DateReader.mention(tokens, at: index, bytes: bytes, order: $0) != nil }
    }

    @Test func scanPassesOverOnlyTokensThatStartNoDate() {
        var failures: [String] = []
        var letThrough = 0
        for text in DateStartScanTests.texts {
            let tokens = Tokenizer.tokens(of: text)
            let bytes = Array(text.utf8)
            // Slices from a few starts, so that a slice not starting at 0 is scanned too, and
            // ending early, so that a date cut short at the slice's end is met.
            for first in 0...min(2, tokens.count) {
                for end in Set([tokens.count, max(first, tokens.count - 1), max(first, tokens.count - 3)]) {
                    let slice = tokens[first..<end]
                    var index = slice.startIndex
                    while index <= slice.endIndex {
                        let found = DateReader.candidate(in: slice, from: index)
                        if found < index || found > slice.endIndex { failures.append("out of range from \(index): \(text)") }
                        for skipped in index..<min(max(found, index), slice.endIndex) where DateStartScanTests.startsDate(slice, at: skipped, bytes: bytes) {
                            failures.append("passed over \(skipped) from \(index) in \(first)..<\(end): \(text)")
                        }
                        if found < slice.endIndex { letThrough += 1 }
                        index = max(found, index) + 1
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
        #expect(letThrough > 1_000)
    }

    @Test func everyDateWordHasItsSlot() {
        for (hash, _) in DateReader.months.pairs + DateReader.weekdays.pairs {
            #expect(DateReader.dateWordSlots[DateReader.dateWordSlot(hash)] == 1)
        }
        #expect(DateReader.dateWordSlots.count == DateReader.dateWordSlotCount)
        // Most words name no date: the table turns nearly all of them away.
        let words = Tokenizer.tokens(of: "the plan is agreed and was not in place for the child who will see her mother weekly")
        let letThrough = words.filter { DateReader.dateWordSlots[DateReader.dateWordSlot($0.folded)] != 0 }
        #expect(letThrough.count <= 1)
    }

    /// Records whose lines end inside dates or nearly: the record's scan runs on across a line's
    /// end, where a line's own scan stops.
    static let records = [
        "Met 14\nMarch 2026 and 3\nof May; 1/2/\n2026 then 14/03/2026\n",
        "14/03/2026\n14/03/2026\n\n\n14 of\nMarch\n31/02/2026",
        "- 14\n- of\n- March 2026\n| 3 | 4 |\n|---|---|\n| 14 | March 2026 |\n",
        "# 14 March\n## May\n14th\nSat,\n14th March\nsept 14 2026\n10:30 1.2.3.4 2026-03-14\n",
    ]

    @Test func recordScanReadsWhatEachLineGives() {
        var generator = SplitMix64(seed: 0x11_4E5)
        var records = DateStartScanTests.records
        let pieces = ["14", "3", "2026", "/", ".", "-", ",", " ", " ", "\n", "\n\n", "- ", "| ", "March", "may", "Sat", "of", "1st", "the", "10:30"]
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<Int.random(in: 5...50, using: &generator) { text += pieces.randomElement(using: &generator)! }
            records.append(text)
        }
        var dates = 0
        for meeting in WordIndexSpeedTests.meetings(records) {
            let bytes = meeting.source.bytes
            for order in DateOrder.allCases {
                var all: [DateMention] = []
                DateReader.appendMentions(inLines: meeting.lines, of: meeting.tokens, bytes: bytes, order: order, to: &all)
                var each: [DateMention] = []
                for line in meeting.lines {
                    DateReader.appendMentions(in: meeting.tokens[line.tokens], bytes: bytes, order: order, skipping: false, to: &each)
                }
                #expect(all == each)
                dates += all.count
            }
        }
        #expect(dates > 300)
    }
}
