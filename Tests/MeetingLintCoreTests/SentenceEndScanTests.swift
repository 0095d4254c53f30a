import Testing

@testable import MeetingLintCore

/// Splitting sentences by a walk of each line's tokens by pointer, a mark's hash compared only
/// where its slot in `Meeting.sentenceEndSlots` is set (`Meeting.splitSentences`), gives what the
/// plain reading gives (`SentenceSpeedTests.plainSentences`, each token indexed in
/// turn), over records made at random of sentence ends, other marks, initials and line breaks at
/// every place, and over the corpus.
@Suite struct SentenceEndScanTests {
    /// Pieces of text: the four ends, marks that end nothing (some sharing nothing but their
    /// shape with an end), initials before a full stop, words and numbers, and the breaks and
    /// block starts that end a line, a paragraph or a cell.
    static let pieces = [
        ".", "!", "?", ";", ",", ":", "-", "(", ")", "'", "\"", "…", "‽", "A.", "J. R.", "Dr.", "Mrs", "dr", "B", "word", "Words", "CAMHS", "3", "14th",
        " ", " ", " ", "\n", "\n\n", "\n- ", "\n# ", "\n| ", " | ", "\n**Bold.**\n", "\n> ", "\n1. ", "  \n",
    ]

    /// Random records of `pieces`, long and short.
    static func records(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<Int.random(in: 0...80, using: &generator) { text += pieces.randomElement(using: &generator)! }
            return text
        }
    }

    @Test func everyEndMarkHasItsSlot() {
        #expect(Meeting.sentenceEndSlots.count == Meeting.sentenceEndSlotCount)
        for mark in [".", "!", "?", ";"] {
            #expect(Meeting.sentenceEndSlots[Meeting.sentenceEndSlot(Tokenizer.foldedHash(mark))] == 1, "\(mark)")
        }
        #expect(Meeting.sentenceEndSlots.reduce(0) { $0 + Int($1) } <= 4)
    }

    @Test func sentencesAreThePlainReadingsOverRandomRecords() {
        let records = SentenceEndScanTests.records(count: 1_500, seed: 0x5E47_E4CE) + [
            "", ".", "a", "a.", ".a", "A.", "A. b.", "end.\n", "no end\n\nnext. one; two! three?\n", "---\ntitle: x.\n---\nBody. text.\n",
        ]
        var sentences = 0
        for meeting in WordIndexSpeedTests.meetings(records) {
            let fast = meeting.splitSentences()
            let plain = SentenceSpeedTests.plainSentences(meeting)
            #expect(fast.map(\.line) == plain.map(\.line))
            #expect(fast.map(\.tokens) == plain.map(\.tokens))
            sentences += fast.count
        }
        #expect(sentences > 10_000)
    }
}
