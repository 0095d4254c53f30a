import Testing

@testable import MeetingLintCore

/// The scan for where a date may start (`DateReader.candidate`), which marks each token from one
/// table (`startMarks`: a word's slot, then a number's shape) and passes over four unmarked
/// tokens a step, stops where the plain reading stops: each token tried in turn, a word where its
/// slot is set, a number or an ordinal before a separator, `of` or a word whose slot is set, a
/// number before `-` and a word.
@Suite struct DateStartMarkTests {
    /// The scan as it was read before the table and the four-token step: one token at a time.
    static func plainCandidate(in tokens: ArraySlice<Token>, from start: Int) -> Int {
        func mayNameDate(_ hash: UInt64) -> Bool { DateReader.dateWordSlots[DateReader.dateWordSlot(hash)] != 0 }
        let separators = [DateReader.slash, DateReader.dot, DateReader.dash]
        var index = start
        while index < tokens.endIndex {
            let token = tokens[index]
            switch token.shape {
            case .word, .upperWord, .initial:
                if mayNameDate(token.folded) { return index }
            case .number, .numberWord:
                if index + 1 < tokens.endIndex {
                    let next = tokens[index + 1]
                    if token.shape == .number, next.shape == .punctuation, index + 4 < tokens.endIndex, separators.contains(next.folded) {
                        return index
                    }
                    if token.shape == .number, next.shape == .punctuation, next.folded == DateReader.dash, index + 2 < tokens.endIndex,
                        tokens[index + 2].isWord
                    {
                        return index
                    }
                    if next.folded == DateReader.ofHash || (next.isWord && mayNameDate(next.folded)) { return index }
                }
            case .punctuation:
                break
            }
            index += 1
        }
        return tokens.endIndex
    }

    /// Whether the scan and the plain reading agree from every start of every slice of `tokens`
    /// that starts at one of its first three tokens and ends at its end or near it.
    static func agree(_ tokens: [Token], _ failures: inout [String], _ label: String) {
        for first in 0...min(2, tokens.count) {
            for end in Set([tokens.count, max(first, tokens.count - 1), max(first, tokens.count - 5)]) {
                let slice = tokens[first..<end]
                for start in slice.startIndex...slice.endIndex {
                    let fast = DateReader.candidate(in: slice, from: start)
                    let plain = DateStartMarkTests.plainCandidate(in: slice, from: start)
                    if fast != plain { failures.append("\(label): \(first)..<\(end) from \(start): \(fast), not \(plain)") }
                }
            }
        }
    }

    @Test func theTableHoldsTheSlotsThenTheNumberShapes() {
        let marks = DateReader.startMarks
        #expect(marks.count == DateReader.dateWordSlotCount + 256)
        #expect(Array(marks[0..<DateReader.dateWordSlotCount]) == DateReader.dateWordSlots)
        for raw in 0..<256 {
            let shape = Token.Shape(rawValue: UInt8(raw))
            let isNumber = shape == .number || shape == .numberWord
            #expect(marks[DateReader.dateWordSlotCount + raw] == (isNumber ? 1 : 0), "shape \(raw)")
        }
    }

    @Test func scanStopsWhereThePlainReadingStopsInText() {
        var failures: [String] = []
        let texts = TimescaleSpeedTests.lines + DateStartScanTests.awkward + TimescaleSpeedTests.texts(count: 3_000, seed: 0x5EED_DA7E)
        var stops = 0
        for text in texts {
            let tokens = Tokenizer.tokens(of: text)
            DateStartMarkTests.agree(tokens, &failures, text)
            if DateReader.candidate(in: tokens[...], from: 0) < tokens.count { stops += 1 }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
        #expect(stops > 1_000)
    }

    /// Tokens of every shape whose hashes are random, or land on a set slot (a word that may name
    /// a date, or a mark or number sharing its slot), or are the separators and `of`: runs of
    /// every length around the four-token step, marked tokens at every place in a step.
    @Test func scanStopsWhereThePlainReadingStopsInRandomTokens() {
        var generator = SplitMix64(seed: 0xC0FF_EE42)
        let setSlots = (0..<DateReader.dateWordSlotCount).filter { DateReader.dateWordSlots[$0] != 0 }
        let special = [DateReader.slash, DateReader.dot, DateReader.dash, DateReader.ofHash, DateReader.comma]
        let shapes: [Token.Shape] = [.word, .word, .word, .upperWord, .initial, .number, .numberWord, .punctuation, .punctuation]
        var failures: [String] = []
        for round in 0..<3_000 {
            var tokens: [Token] = []
            // Mostly unmarked tokens, so that the four-token step runs, with a marked one now and then.
            let markedChance = [2, 8, 30][round % 3]
            for index in 0..<Int.random(in: 0...24, using: &generator) {
                let shape = shapes.randomElement(using: &generator)!
                var folded = generator.next()
                // An unset slot unless chosen otherwise: a random hash's slot is rarely set.
                while DateReader.dateWordSlots[DateReader.dateWordSlot(folded)] != 0 { folded = generator.next() }
                var chosenShape = shape
                if Int.random(in: 0..<100, using: &generator) < markedChance {
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0: folded = (folded & ~8191) | UInt64(setSlots.randomElement(using: &generator)!)
                    case 1: chosenShape = Bool.random(using: &generator) ? .number : .numberWord
                    default: folded = special.randomElement(using: &generator)!
                    }
                } else if chosenShape == .number || chosenShape == .numberWord {
                    chosenShape = .word
                }
                tokens.append(Token(range: SourceRange(index, index + 1), folded: folded, exact: folded, shape: chosenShape))
            }
            DateStartMarkTests.agree(tokens, &failures, "round \(round)")
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
    }
}
