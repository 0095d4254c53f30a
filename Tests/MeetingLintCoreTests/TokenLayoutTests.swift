import Testing

@testable import MeetingLintCore

/// A token keeps its offsets and shape packed in one 64-bit word (24 bytes a token rather than
/// 32). These tests check that every field reads back as the plain layout it replaced
/// (`PlainToken`, kept here as the reference: two hashes, two `UInt32` offsets and a shape
/// byte) would give it, for tokens made at random over the whole range of offsets a record
/// allows, and for every token the tokenizer makes of the corpus and of random text; and that
/// equality is the plain layout's.
@Suite struct TokenLayoutTests {
    /// The previous layout: each field stored apart (32 bytes with padding).
    struct PlainToken: Hashable {
        var folded: UInt64
        var exact: UInt64
        var start: UInt32
        var end: UInt32
        var shape: Token.Shape

        var range: SourceRange { SourceRange(ordered: Int(start), Int(end)) }
        var isWord: Bool { shape.rawValue <= Token.Shape.initial.rawValue }

        init(range: SourceRange, folded: UInt64, exact: UInt64, shape: Token.Shape) {
            self.folded = folded
            self.exact = exact
            start = UInt32(clamping: range.start)
            end = UInt32(clamping: range.end)
            self.shape = shape
        }

        /// The plain token of a token's fields, as read through its properties.
        init(_ token: Token) { self.init(range: token.range, folded: token.folded, exact: token.exact, shape: token.shape) }
    }

    static let shapes: [Token.Shape] = [.word, .upperWord, .initial, .number, .numberWord, .punctuation]

    /// Every field reads as written, and `isWord` as the plain test, for each shape.
    static func expectSame(_ token: Token, _ plain: PlainToken, _ note: @autoclosure () -> String = "") {
        #expect(token.range == plain.range, "\(note())")
        #expect(token.folded == plain.folded && token.exact == plain.exact, "\(note())")
        #expect(token.shape == plain.shape, "\(note())")
        #expect(token.isWord == plain.isWord, "\(note())")
    }

    @Test func tokensAreTwentyFourBytes() {
        #expect(MemoryLayout<Token>.size == 24)
        #expect(MemoryLayout<Token>.stride == 24)
        #expect(MemoryLayout<Token.Shape>.size == 1)
    }

    /// Each shape's raw value reads back as that shape from the packed word (the read takes the
    /// top bits as the shape unchecked).
    @Test func everyShapeReadsBack() {
        for shape in TokenLayoutTests.shapes {
            #expect(Token.Shape(rawValue: shape.rawValue) == shape)
            let token = Token(start: 3, end: 9, folded: 5, exact: 6, shape: shape)
            #expect(token.shape == shape)
            #expect(token.isWord == (shape == .word || shape == .upperWord || shape == .initial))
        }
        #expect(TokenLayoutTests.shapes.map(\.rawValue) == Array(0..<6))
    }

    /// Random tokens over the whole range a record allows (offsets up to `Token.largestOffset`,
    /// hashes of every bit), with the edges of each field: every field reads back as the plain
    /// layout gives it, setting one field leaves the others, and two tokens are equal exactly
    /// when their plain tokens are.
    @Test func randomTokensReadAsThePlainLayout() {
        var generator = SplitMix64(seed: 0x70_6b_65_6e)
        let most = Token.largestOffset
        let edges = [0, 1, 2, most / 2, most - 2, most - 1, most]
        var tokens: [Token] = []
        var plains: [PlainToken] = []
        for round in 0..<20_000 {
            var a = round < 400 ? edges[round % edges.count] : Int.random(in: 0...most, using: &generator)
            var b = round < 400 ? edges[(round / edges.count) % edges.count] : Int.random(in: 0...most, using: &generator)
            if a > b { swap(&a, &b) }
            // A token covers a byte at least when it starts at the last offset.
            if a == most { a = most - 1 }
            let hashes = [UInt64.random(in: 0...UInt64.max, using: &generator), 0, UInt64.max, 1 << 63, 1 << 61]
            let folded = round % 7 == 0 ? hashes[round % hashes.count] : UInt64.random(in: 0...UInt64.max, using: &generator)
            let exact = round % 3 == 0 ? folded : UInt64.random(in: 0...UInt64.max, using: &generator)
            let shape = TokenLayoutTests.shapes[round % TokenLayoutTests.shapes.count]
            let range = SourceRange(a, b)
            let token = Token(range: range, folded: folded, exact: exact, shape: shape)
            let plain = PlainToken(range: range, folded: folded, exact: exact, shape: shape)
            TokenLayoutTests.expectSame(token, plain, "\(range) \(shape)")
            if a < b || a < most {
                TokenLayoutTests.expectSame(Token(start: a, end: b, folded: folded, exact: exact, shape: shape), plain, "scan \(range) \(shape)")
            }
            // Setting one field leaves the others as they were.
            var changed = token
            var changedPlain = plain
            let other = TokenLayoutTests.shapes[(round / 6) % TokenLayoutTests.shapes.count]
            changed.shape = other
            changedPlain.shape = other
            TokenLayoutTests.expectSame(changed, changedPlain, "shape set \(range) \(other)")
            let moved = SourceRange(b / 3, b / 2 + 1)
            changed.range = moved
            changedPlain.start = UInt32(moved.start)
            changedPlain.end = UInt32(moved.end)
            TokenLayoutTests.expectSame(changed, changedPlain, "range set \(moved) \(other)")
            tokens.append(token)
            plains.append(plain)
        }
        // Equality is the plain layout's, over neighbours and tokens that differ in one field.
        for index in 1..<tokens.count {
            #expect((tokens[index] == tokens[index - 1]) == (plains[index] == plains[index - 1]))
            var twin = tokens[index]
            #expect(twin == tokens[index] && twin.hashValue == tokens[index].hashValue)
            twin.shape = twin.shape == .word ? .punctuation : .word
            #expect(twin != tokens[index])
        }
    }

    /// Every token the tokenizer makes of the corpus, of random text and of text cut anywhere
    /// reads as the plain layout of the reference tokenizer's fields
    /// (`TokenScanSpeedTests.PreviousTokens`).
    @Test func tokenizedTextReadsAsThePlainLayout() {
        var texts: [[UInt8]] = ParserSpeedTests.sources.map(\.bytes)
        var random = BuilderSpeedTests.Random(state: 0x6c61_796f)
        for pieces in [1, 3, 20, 200, 2_000] {
            for _ in 0..<40 { texts.append(BuilderSpeedTests.awkwardText(&random, pieces: pieces)) }
        }
        texts += ["", "A", "a", "CAMHS S47 28th 10am child's step-mum n/a", "Ms J. Smith – “quoted” … ‘x’ 4-weekly 1'2"].map { Array($0.utf8) }
        var count = 0
        for text in texts {
            var tokens: [Token] = []
            Tokenizer.tokenize(text, SourceRange(0, text.count), into: &tokens)
            let reference = Array(TokenScanSpeedTests.PreviousTokens(bytes: text, index: 0, end: text.count))
            #expect(tokens.count == reference.count)
            for (token, old) in zip(tokens, reference) {
                let plain = PlainToken(range: old.range, folded: old.folded, exact: old.exact, shape: old.shape)
                TokenLayoutTests.expectSame(token, plain, "\(old.range)")
                #expect(PlainToken(token) == plain)
                #expect(token.range.start < token.range.end && token.range.end <= text.count)
            }
            count += tokens.count
        }
        #expect(count > 100_000)
    }
}
