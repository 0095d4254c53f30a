import Foundation
import Testing

@testable import MeetingLintCore

/// `MeetingBuilder.splitNotes` appends an entry's body a run of tokens at a time: it gives the
/// body and notes the token-by-token reading gave (kept below), over the corpus's lines and
/// random texts of words, commas and brackets (nested, unopened and unclosed), from several starts.
@Suite struct EntryNotesSplitTests {
    /// The reading that appended each body token on its own.
    static func plainSplit(_ tokens: ArraySlice<Token>) -> (body: [Int], notes: [Range<Int>]) {
        var body: [Int] = []
        var notes: [Range<Int>] = []
        var depth = 0
        var noteStart = tokens.startIndex
        for index in tokens.indices {
            let folded = tokens[index].folded
            if folded == MeetingBuilder.openBracket {
                if depth == 0 { noteStart = index + 1 }
                depth += 1
            } else if folded == MeetingBuilder.closeBracket, depth > 0 {
                depth -= 1
                if depth == 0, index > noteStart {
                    var partStart = noteStart
                    for position in noteStart...index where position == index || tokens[position].folded == MeetingBuilder.comma {
                        if position > partStart { notes.append(partStart..<position) }
                        partStart = position + 1
                    }
                }
            } else if depth == 0 {
                body.append(index)
            }
        }
        return (body, notes)
    }

    static func randomTexts(count: Int) -> [String] {
        let pieces = ["Tom", "Reed", "(", ")", ",", "SW", "chair", "(mum)", "((", "))", "-", "Priya Shah", ":", "by phone", "( )", "(,)"]
        var random = BuilderSpeedTests.Random(state: 0x5EED_0B0D)
        return (0..<count).map { _ in
            (0..<(1 + random.below(14))).map { _ in pieces[random.below(pieces.count)] }.joined(separator: random.below(3) == 0 ? "" : " ")
        }
    }

    @Test func runsGiveWhatTokenByTokenGave() {
        var texts = EntryNotesSplitTests.randomTexts(count: 3_000)
        for meeting in ActionSpeedTests.meetings {
            for line in meeting.lines { texts.append(meeting.text(line.range)) }
        }
        var failures: [String] = []
        var withNotes = 0
        for text in texts {
            let tokens = Tokenizer.tokens(of: text)
            for first in 0...min(2, tokens.count) {
                let slice = tokens[first...]
                var body: [Int] = []
                var notes: [Range<Int>] = []
                MeetingBuilder.splitNotes(slice, body: &body, notes: &notes)
                let plain = EntryNotesSplitTests.plainSplit(slice)
                if body != plain.body || notes != plain.notes { failures.append(text) }
                if !notes.isEmpty { withNotes += 1 }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
        #expect(withNotes > 500)
    }
}
