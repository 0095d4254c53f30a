import Testing

@testable import MeetingLintCore

/// An entry that is a whole line (a list item's, or a line with nothing split off) is given its
/// line's tokens at once: the same tokens the search among the line's tokens finds (the old
/// reading, kept here), and those of the line tokenized on its own. Over the corpus, the awkward
/// attendance records, and random records of lists, tables, fields and prose.
@Suite struct WholeLineEntryTokensTests {
    /// `entryTokens(_:inLine:)` as it was for an entry inside its line: the line's first token
    /// that starts in the entry found by a binary search, and those after it that end in it.
    static func searchedTokens(_ builder: MeetingBuilder, _ entry: SourceRange, inLine lineIndex: Int) -> ArraySlice<Token> {
        let line = builder.meeting.lines[lineIndex]
        var low = line.tokens.lowerBound
        var high = line.tokens.upperBound
        while low < high {
            let middle = (low + high) / 2
            if builder.meeting.tokens[middle].range.start < entry.start { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < line.tokens.upperBound, builder.meeting.tokens[end].range.end <= entry.end { end += 1 }
        return builder.meeting.tokens[low..<end]
    }

    @Test func aWholeLineEntryIsItsLinesTokens() {
        var checked = 0
        var mismatches: [String] = []
        for text in PeopleSpeedTests.texts() + LineIndexGuessTests.randomRecords(count: 300) {
            let builder = PeopleSpeedTests.builder(text)
            for (index, line) in builder.meeting.lines.enumerated() {
                let fast = builder.entryTokens(line.range, inLine: index)
                var fresh: [Token] = []
                Tokenizer.tokenize(builder.bytes, line.range, into: &fresh)
                if fast != Self.searchedTokens(builder, line.range, inLine: index) || Array(fast) != fresh {
                    mismatches.append(builder.text(line.range))
                }
                checked += 1
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(checked > 5000)
    }
}
