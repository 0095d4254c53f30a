import Foundation
import Testing

@testable import MeetingLintCore

/// The model builder's cheaper readings read what the plain readings read: the date cursor
/// the timescale reader takes its dates from gives `DateReader.mentions`'s list, one at a time,
/// and the concept index made without `Array(repeating:count:)` indexes what the sections say.
@Suite struct DateCursorTests {
    /// Texts with dates in awkward places: at the start and end, back to back, cut short, inside
    /// timescales (`by 9/3`, `w/c 14th March`), impossible ones and none.
    static let awkward = [
        "",
        "14/03/2026",
        "by 14/03/2026 and 21/03/2026; review 31/02/2026 then 1st April",
        "Mon 9/3, Tues 10/3 and every Thursday from 12 March 2026 until May 2026.",
        "w/c 14th March, the 2nd of May, 2026-03-14 and 03/14/2026 (US) then 14 / 03 /",
        "within 6 weeks of 14 March 2026 or by the next meeting on 28/04/26.",
        "May may march in March; sat Sat 14 Mar 2026 Sun 15 wed Wed",
        "1/2/3/4/5/6/7/8/9 14th 15th of 16 17 18",
    ]

    /// The cursor's dates, read to the end.
    static func cursorDates(_ tokens: ArraySlice<Token>, bytes: [UInt8], order: DateOrder) -> [DateMention] {
        var cursor = DateReader.Cursor(tokens)
        let filter = DateReader.StartFilter()
        var dates: [DateMention] = []
        while let date = cursor.next(in: tokens, bytes: bytes, order: order, filter: filter) { dates.append(date) }
        return dates
    }

    @Test func cursorGivesWhatMentionsLists() {
        var compared = 0
        var found = 0
        for meeting in WordIndexSpeedTests.meetings(WordIndexSpeedTests.awkward + DateCursorTests.awkward) {
            let bytes = meeting.source.bytes
            for order in DateOrder.allCases {
                // Every line, and the whole record at once (dates across a line's end included).
                var ranges = meeting.lines.map(\.tokens)
                ranges.append(meeting.tokens.indices)
                for range in ranges {
                    let tokens = meeting.tokens[range]
                    let listed = DateReader.mentions(in: tokens, bytes: bytes, order: order, skipping: false)
                    #expect(DateCursorTests.cursorDates(tokens, bytes: bytes, order: order) == listed)
                    compared += 1
                    found += listed.count
                }
            }
        }
        #expect(compared > 1000)
        #expect(found > 100)
    }

    @Test func cursorGivesWhatMentionsListsForRandomText() {
        var generator = SystemRandomNumberGenerator()
        let words = [
            "14", "3", "2026", "26", "1st", "2nd", "31st", "/", "-", ".", ",", "of", "March", "may", "May", "Mon", "sat", "Sat", "by",
            "the", "next", "week", "w/c", "(", ")", "2026-03-14", "99999999999999999999th", "12th", "Wednesday", "Dec", "sept",
        ]
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...14, using: &generator) {
                text += words.randomElement(using: &generator)!
                if Bool.random(using: &generator) { text += " " }
            }
            let bytes = Array(text.utf8)
            let tokens = Tokenizer.tokens(of: text)
            // From every start, as a slice that does not start at 0.
            for start in 0...tokens.count {
                let slice = tokens[start...]
                for order in DateOrder.allCases {
                    #expect(DateCursorTests.cursorDates(slice, bytes: bytes, order: order) == DateReader.mentions(in: slice, bytes: bytes, order: order, skipping: false))
                }
            }
        }
    }

    /// Every section a concept's index lists means that concept (or was found to be the family's
    /// views), in record order apart from those, and every section is listed under each of its
    /// concepts.
    @Test func conceptIndexListsTheSections() {
        for meeting in WordIndexSpeedTests.meetings() {
            let conceptCount = Concept.allCases.count
            #expect(meeting.conceptStarts.count == conceptCount + 1)
            #expect(meeting.conceptStarts.first == 0)
            #expect(meeting.conceptStarts.last == meeting.conceptSections.count)
            var listed = 0
            for concept in Concept.allCases {
                let indexes = Array(meeting.conceptSections[meeting.conceptStarts[concept.ordinal]..<meeting.conceptStarts[concept.ordinal + 1]])
                let expected = meeting.sections.indices.filter { meeting.sections[$0].concepts.contains(concept) }
                #expect(indexes.sorted() == expected)
                if concept != .familyViews { #expect(indexes == expected) }
                listed += indexes.count
            }
            #expect(listed == meeting.sections.reduce(0) { $0 + $1.concepts.count })
        }
    }
}
