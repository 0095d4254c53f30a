import Testing

@testable import MeetingLintCore

/// The dates of a record's lines read in one scan by pointer over all its tokens
/// (`DateReader.appendMentions(inLines:of:bytes:order:to:)`) are the dates read line by line, every
/// token tried (`appendMentions(in:...skipping: false)`): over random text of date pieces cut
/// into lines at random (one after another, as a record's lines hold its tokens), lines empty and
/// the last tokens in none, in every date order.
@Suite struct DateLinesScanTests {
    static let pieces = [
        "14", "3", "2026", "26", "1900", "/", ".", "-", " ", ",", "March", "march", "May", "may", "Sat", "sat", "Wed", "of", "1st", "22nd",
        "31st", "99th", "the", "Mon", "Jan", "Sept", "x", ":", "10",
    ]

    @Test func oneScanReadsTheDatesOfEachLine() {
        var random = BuilderSpeedTests.Random(state: 0xDA7E_11E5)
        var dates = 0
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<random.below(40) { text += DateLinesScanTests.pieces[random.below(DateLinesScanTests.pieces.count)] + (random.below(3) == 0 ? " " : "") }
            let bytes = Array(text.utf8)
            let tokens = Tokenizer.tokens(of: text)
            // Lines over the tokens in order, one after another from the first (as a record's
            // lines hold them): some empty, and the last tokens sometimes in no line.
            var lines: [TextLine] = []
            var start = 0
            while start <= tokens.count, lines.count < 12 {
                let end = min(tokens.count, start + random.below(8))
                lines.append(TextLine(range: SourceRange(0, 0), tokens: start..<end, kind: .text, section: -1, node: 0))
                if end == tokens.count, random.below(2) == 0 { break }
                start = end
            }
            for order in DateOrder.allCases {
                var scanned: [DateMention] = []
                DateReader.appendMentions(inLines: lines, of: tokens, bytes: bytes, order: order, to: &scanned)
                var lineByLine: [DateMention] = []
                for line in lines {
                    DateReader.appendMentions(in: tokens[line.tokens], bytes: bytes, order: order, skipping: false, to: &lineByLine)
                }
                #expect(scanned == lineByLine, "\(text) \(lines.map(\.tokens))")
                dates += scanned.count
            }
        }
        #expect(dates > 500)
    }

    /// Over the corpus, the record's dates (`Meeting.dates`) are those of its lines read one by one.
    @Test func recordDatesAreTheLinesDates() {
        var dates = 0
        for meeting in WordIndexSpeedTests.meetings(BuilderSpeedTests.datedRecords) {
            var lineByLine: [DateMention] = []
            for line in meeting.lines {
                DateReader.appendMentions(in: meeting.tokens[line.tokens], bytes: meeting.source.bytes, order: meeting.dateOrder, skipping: false, to: &lineByLine)
            }
            #expect(meeting.dates == lineByLine)
            dates += lineByLine.count
        }
        #expect(dates > 100)
    }
}
