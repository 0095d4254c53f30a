import Testing

@testable import MeetingLintCore

/// A line keeps its offsets, token indexes and section in 32 bits (28 bytes a line rather than
/// 56). These tests check that every field reads back as the plain layout it replaced
/// (`PlainLine`, kept here as the reference: `Int`s and ranges of `Int`) gives it, for lines made
/// at random over the whole range a record allows, and that the lines the builder makes of the
/// corpus and of random text hold what a plain reading of them gives: each line's tokens are its
/// range tokenized on its own, and its section is one of the record's.
@Suite struct TextLineLayoutTests {
    /// The previous layout: every field a plain value.
    struct PlainLine {
        var range: SourceRange
        var tokens: Range<Int>
        var kind: TextLine.Kind
        var section: Int
        var node: Int32
    }

    static func expectSame(_ line: TextLine, _ plain: PlainLine, _ note: @autoclosure () -> String = "") {
        #expect(line.range == plain.range, "\(note())")
        #expect(line.tokens == plain.tokens, "\(note())")
        #expect(line.kind == plain.kind, "\(note())")
        #expect(line.section == plain.section, "\(note())")
        #expect(line.node == plain.node, "\(note())")
    }

    @Test func linesAreTwentyEightBytes() {
        #expect(MemoryLayout<TextLine>.stride == 28)
    }

    /// Random lines, with the edges of each field (offsets up to `UInt32.max`, token indexes up
    /// to `Token.largestOffset` and the -1 a test may start a line's tokens at, sections from -1),
    /// read back as written, and each field set alone leaves the others.
    @Test func randomLinesReadAsThePlainLayout() {
        var generator = SplitMix64(seed: 0x6c_69_6e_65)
        let top = Int(UInt32.max)
        let kinds: [TextLine.Kind] = [.heading, .text, .field, .cell, .frontMatter]
        let offsetEdges = [0, 1, 1 << 30, 1 << 31, top - 1, top]
        let tokenEdges = [-1, 0, 1, Token.largestOffset - 1, Token.largestOffset]
        for round in 0..<20_000 {
            var (a, b) = (Int.random(in: 0...top, using: &generator), Int.random(in: 0...top, using: &generator))
            var (c, d) = (Int.random(in: -1...Token.largestOffset, using: &generator), Int.random(in: -1...Token.largestOffset, using: &generator))
            if round < 200 {
                (a, b) = (offsetEdges[round % offsetEdges.count], offsetEdges[(round / 6) % offsetEdges.count])
                (c, d) = (tokenEdges[round % tokenEdges.count], tokenEdges[(round / 5) % tokenEdges.count])
            }
            if a > b { swap(&a, &b) }
            if c > d { swap(&c, &d) }
            let section = round % 5 == 0 ? -1 : Int.random(in: -1...Int(Int32.max), using: &generator)
            let node = Int32.random(in: Int32.min...Int32.max, using: &generator)
            let kind = kinds[round % kinds.count]
            let plain = PlainLine(range: SourceRange(a, b), tokens: c..<d, kind: kind, section: section, node: node)
            var line = TextLine(range: plain.range, tokens: plain.tokens, kind: kind, section: section, node: node)
            TextLineLayoutTests.expectSame(line, plain, "\(plain)")
            var changed = plain
            changed.tokens = d..<d
            line.tokens = d..<d
            TextLineLayoutTests.expectSame(line, changed, "tokens set \(changed)")
            changed.range = SourceRange(b, b)
            line.range = SourceRange(b, b)
            TextLineLayoutTests.expectSame(line, changed, "range set \(changed)")
            changed.section = section / 2
            line.section = section / 2
            TextLineLayoutTests.expectSame(line, changed, "section set \(changed)")
            changed.kind = kinds[(round + 1) % kinds.count]
            line.kind = changed.kind
            TextLineLayoutTests.expectSame(line, changed, "kind set \(changed)")
        }
    }

    /// The lines of the corpus and of random records: each one's tokens are its range tokenized
    /// on its own, in order and one after another, and its section is one of the record's.
    @Test func builtLinesHoldWhatAPlainReadingGives() {
        var texts = ParserSpeedTests.sources.map { String(decoding: $0.bytes, as: UTF8.self) }
        var random = BuilderSpeedTests.Random(state: 0x7465_7874)
        for pieces in [5, 40, 400] {
            for _ in 0..<30 { texts.append(String(decoding: RecordSizeTests.blockText(&random, pieces: pieces), as: UTF8.self)) }
        }
        var lines = 0
        for text in texts {
            let builder = PeopleSpeedTests.builder(text)
            let meeting = builder.meeting
            let bytes = meeting.source.bytes
            var next = 0
            for (index, line) in meeting.lines.enumerated() {
                #expect(line.range.start <= line.range.end && line.range.end <= bytes.count)
                var own: [Token] = []
                Tokenizer.tokenize(bytes, line.range, into: &own)
                #expect(line.tokens.lowerBound == next, "line \(index)")
                #expect(Array(meeting.tokens[line.tokens]) == own, "line \(index)")
                next = line.tokens.upperBound
                #expect(line.section >= -1 && line.section < meeting.sections.count, "line \(index)")
            }
            #expect(next == meeting.tokens.count)
            lines += meeting.lines.count
        }
        #expect(lines > 5_000)
    }
}
