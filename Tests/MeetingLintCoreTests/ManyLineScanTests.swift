import Foundation
import Testing

@testable import MeetingLintCore

/// Lines appended together (`Tokenizer.LineTokens`) are read in one scan that goes on from a
/// line's end to the next line (`Tokenizer.scan(_:from:to:into:capacity:nextRange:)`), where it
/// was called once a line; and the scan tests a byte's kind by bit sets where it tested ranges.
/// Both give what the old reading gives: the bit sets the plain tests for all 256 bytes; the
/// scan of many lines the tokens, line ranges and state of the old loop (a scan for each line,
/// kept here as the reference), and the tokens of the previous tokenizer
/// (`TokenScanSpeedTests.PreviousTokens`) for each line read alone: over the corpus, and over
/// random text of awkward bytes in lines cut anywhere (mid-character, empty, reversed, past the
/// bytes' end) with the room for tokens running out anywhere.
@Suite struct ManyLineScanTests {
    /// The old `LineTokens._copyContents`: each line scanned on its own, finished when its scan
    /// reached its end. Returns the tokens written and the sequence's state after them.
    static func previousCopy(_ start: Tokenizer.LineTokens, room: Int) -> (tokens: [Token], rest: Tokenizer.LineTokens) {
        var rest = start
        let output = UnsafeMutablePointer<Token>.allocate(capacity: max(room, 1))
        defer { output.deallocate() }
        var written = 0
        while rest.line < rest.end {
            let stop = Tokenizer.LineTokens.end(of: rest.lines[rest.line].range, in: rest.bytes)
            let scanned = Tokenizer.scan(rest.bytes, from: &rest.index, to: stop, into: output + written, capacity: room - written)
            written += scanned
            rest.count += scanned
            if rest.index < stop { break }
            rest.finishLine()
        }
        return (Array(UnsafeBufferPointer(start: output, count: written)), rest)
    }

    /// The current `_copyContents` with room for `room` tokens.
    static func currentCopy(_ start: Tokenizer.LineTokens, room: Int) -> (tokens: [Token], rest: Tokenizer.LineTokens) {
        let output = UnsafeMutablePointer<Token>.allocate(capacity: max(room, 1))
        defer { output.deallocate() }
        let (rest, written) = start._copyContents(initializing: UnsafeMutableBufferPointer(start: output, count: room))
        return (Array(UnsafeBufferPointer(start: output, count: written)), rest)
    }

    /// Lines at `ranges`, their tokens not yet read.
    static func lines(_ ranges: [SourceRange]) -> [TextLine] {
        ranges.map { TextLine(range: $0, tokens: -1 ..< -1, kind: .text, section: -1, node: 0) }
    }

    /// The tokens of each line read alone by the previous tokenizer, one line after another, and
    /// each line's range of them (starting at `first`).
    static func previousLines(_ bytes: [UInt8], _ ranges: [SourceRange], first: Int) -> (tokens: [Token], ranges: [Range<Int>]) {
        var tokens: [Token] = []
        var result: [Range<Int>] = []
        for range in ranges {
            let start = first + tokens.count
            tokens += TokenScanSpeedTests.previous(bytes, range)
            result.append(start..<(first + tokens.count))
        }
        return (tokens, result)
    }

    /// Checks the lines at `ranges` of `bytes`: `_copyContents` from `first` with room for `room`
    /// tokens against the old loop (tokens, every line's range, and the state left), then the
    /// whole append against the previous tokenizer line by line.
    static func check(_ bytes: [UInt8], _ ranges: [SourceRange], first: Int, room: Int, _ label: @autoclosure () -> String) {
        guard first <= ranges.count else { return }
        var oldLines = lines(ranges)
        var newLines = lines(ranges)
        bytes.withUnsafeBufferPointer { buffer in
            oldLines.withUnsafeMutableBufferPointer { oldBuffer in
                newLines.withUnsafeMutableBufferPointer { newBuffer in
                    let old = previousCopy(Tokenizer.LineTokens(bytes: buffer, lines: oldBuffer, first: first, end: ranges.count, count: 7), room: room)
                    let new = currentCopy(Tokenizer.LineTokens(bytes: buffer, lines: newBuffer, first: first, end: ranges.count, count: 7), room: room)
                    #expect(new.tokens == old.tokens, "\(label()) room \(room)")
                    #expect(new.rest.line == old.rest.line && new.rest.index == old.rest.index, "\(label()) room \(room)")
                    #expect(new.rest.count == old.rest.count && new.rest.lineStart == old.rest.lineStart, "\(label()) room \(room)")
                }
            }
        }
        #expect(zip(newLines, oldLines).allSatisfy { $0.tokens == $1.tokens }, "\(label()) room \(room)")
        // The whole append, with the array's room as given: the tokens of each line read alone.
        var tokens: [Token] = []
        tokens.reserveCapacity(room)
        var appended = lines(ranges)
        bytes.withUnsafeBufferPointer { buffer in
            appended.withUnsafeMutableBufferPointer { lineBuffer in
                tokens.append(contentsOf: Tokenizer.LineTokens(bytes: buffer, lines: lineBuffer, first: 0, end: lineBuffer.count, count: 0))
            }
        }
        let expected = previousLines(bytes, ranges, first: 0)
        #expect(tokens == expected.tokens, "\(label()) room \(room)")
        #expect(appended.map(\.tokens) == expected.ranges, "\(label()) room \(room)")
    }

    /// Each bit set holds the bytes its plain test accepts, for all 256 bytes.
    @Test func byteSetsAreThePlainTests() {
        typealias T = Tokenizer
        for value in 0...255 {
            let byte = UInt8(value)
            let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            let isDigit = byte >= 0x30 && byte <= 0x39
            #expect(T.isWordByte(byte) == (isLetter || isDigit || byte >= 0x80), "\(byte)")
            #expect(T.endsLettersAtOnce(byte) == (byte < 0x80 && !isLetter && !isDigit && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "-")), "\(byte)")
            #expect(T.endsNumberAtOnce(byte) == (byte <= UInt8(ascii: " ") || (byte < 0x80 && !T.isLetter(byte) && byte != UInt8(ascii: "'"))), "\(byte)")
        }
    }

    /// Every corpus record's lines, with room for all their tokens, for none and for a few,
    /// and the model's own reading of its lines.
    @Test func corpusLinesReadTogetherAreTheOldLoopsAndThePreviousTokenizers() throws {
        let files = try TokenScanSpeedTests.corpusFiles()
        #expect(files.count > 50)
        var generator = SplitMix64(seed: 0x11E5_5CA7)
        for (name, bytes) in files {
            var ranges: [SourceRange] = []
            var lineStart = 0
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
                ranges.append(SourceRange(lineStart, offset))
                lineStart = offset + 1
            }
            ranges.append(SourceRange(lineStart, bytes.count))
            for room in [bytes.count + 1, bytes.count / 4 + 16, 0, 1, Int.random(in: 2..<200, using: &generator)] {
                Self.check(bytes, ranges, first: 0, room: room, name)
            }
            Self.check(bytes, ranges, first: ranges.count / 2, room: bytes.count, "\(name) from the middle")
            Self.check(bytes, ranges, first: ranges.count, room: 4, "\(name) no lines")
        }
    }

    /// Random text of the bytes the scan treats differently, in lines cut anywhere (inside a
    /// word or a character, empty, reversed, a few bytes from the end, past it), read from any
    /// line with room for any number of tokens.
    @Test func randomLinesReadTogetherAreTheOldLoopsAndThePreviousTokenizers() {
        let pieces: [[UInt8]] = [
            "a", "z", "m", "A", "Z", "0", "9", "'", "-", "’", "‘", "–", "—", "“", "•", "…", "é", "😀", " ", "  ", "\t", "\n", "\r", ".", ",", "/",
            "@", "`", "{", "[", "\u{7F}", "\u{1}", "CAMHS", "Jo's", "step-mum", "4-weekly", "28th", "1'2", "x’", "abcdefgh", "the", "Mum", "don’t",
            "a-’b", "-a", "1-2", "12 ", "word.", "Ab,",
        ].map { Array($0.utf8) } + [[0xE2], [0xE2, 0x80], [0xE2, 0x80, 0x80], [0x80], [0xC3], [0xFF], [0x60], [0x7B], [0x40], [0x5B], [0x3A]]
        var generator = SplitMix64(seed: 0x11E5_5CA8)
        for round in 0..<6_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...30, using: &generator) { bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
            var ranges: [SourceRange] = []
            if round % 2 == 0 {
                // Lines one after another, as the model's are, cut at random places.
                var start = 0
                while start < bytes.count {
                    let end = Int.random(in: start...bytes.count, using: &generator)
                    ranges.append(SourceRange(start, end))
                    start = end + Int.random(in: 0...2, using: &generator)
                }
            } else {
                for _ in 0..<Int.random(in: 0...10, using: &generator) {
                    let start = Int.random(in: 0...bytes.count, using: &generator)
                    switch Int.random(in: 0..<8, using: &generator) {
                    case 0: ranges.append(SourceRange(start, start))
                    // Past the bytes: read up to their end.
                    case 1: ranges.append(SourceRange(start, bytes.count + Int.random(in: 1...8, using: &generator)))
                    // Near the end: the last few bytes.
                    case 2: ranges.append(SourceRange(max(0, bytes.count - Int.random(in: 0...4, using: &generator)), bytes.count))
                    // Reversed: an empty line, read as none.
                    case 3 where start > 0: ranges.append(SourceRange(ordered: start, start - 1))
                    default: ranges.append(SourceRange(start, Int.random(in: start...bytes.count, using: &generator)))
                    }
                }
            }
            let first = Int.random(in: 0...ranges.count, using: &generator)
            let room = Int.random(in: 0...(bytes.count + 2), using: &generator)
            Self.check(bytes, ranges, first: first, room: room, "\(bytes) \(ranges) from \(first)")
        }
    }
}
