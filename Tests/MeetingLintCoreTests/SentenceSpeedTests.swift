import Testing

@testable import MeetingLintCore

/// Splitting sentences gives what the plain reading gives: each token of a line read in turn, a
/// sentence opened at the first token after none is open and closed at an end mark (not after an
/// initial, nor a full stop after a title).
@Suite struct SentenceSpeedTests {
    /// The plain reading `Meeting.splitSentences` replaces.
    static func plainSentences(_ meeting: Meeting) -> [Meeting.Sentence] {
        var result: [Meeting.Sentence] = []
        var start = -1
        var startLine = 0
        var previousParent: Int32 = -2
        var lastEnd = 0
        func flush(_ end: Int) {
            if start >= 0, end > start { result.append(Meeting.Sentence(line: startLine, tokens: start..<end)) }
            start = -1
        }
        let ends = [".", "!", "?", ";"].map(Tokenizer.foldedHash)
        for (index, line) in meeting.lines.enumerated() where line.kind != .frontMatter {
            let parent = line.kind == .text || line.kind == .field ? meeting.document[line.node].parent : -1
            if parent < 0 || parent != previousParent, start >= 0 { flush(lastEnd) }
            previousParent = parent
            for position in line.tokens {
                if start < 0 {
                    start = position
                    startLine = index
                }
                let token = meeting.tokens[position]
                guard token.shape == .punctuation, ends.contains(token.folded) else { continue }
                if position > start && meeting.tokens[position - 1].shape == .initial { continue }
                if position > start && token.folded == ends[0] && ["dr", "mr", "mrs", "ms", "miss", "mx", "prof"].map(Tokenizer.foldedHash).contains(meeting.tokens[position - 1].folded) {
                    continue
                }
                flush(position)
            }
            lastEnd = line.tokens.upperBound
            if parent < 0 { flush(lastEnd) }
        }
        flush(lastEnd)
        return result
    }

    @Test func sentencesAreThePlainReadings() {
        let awkward = WordIndexSpeedTests.awkward + [
            ".", "A. B. Smith said so. Then; nothing!\n\n? ?\n", "# Heading.\nText. More\ntext; end.\n- item. two\n- three\n",
            "| a. b | c; |\n|---|---|\n| . | x. y |\n", "Key: value. more\nOther: x\n\n**Bold.** after.\n",
        ]
        var sentences = 0
        for meeting in WordIndexSpeedTests.meetings(awkward) {
            let fast = meeting.splitSentences()
            let plain = SentenceSpeedTests.plainSentences(meeting)
            #expect(fast.map(\.line) == plain.map(\.line))
            #expect(fast.map(\.tokens) == plain.map(\.tokens))
            sentences += fast.count
        }
        #expect(sentences > 1000)
    }
}
