import Foundation
import Testing

@testable import MeetingLintCore

/// The tokenizer writes a lower-case word, or a capital with lower-case letters after it (or a
/// capital alone), at once when a space, a line end, another byte up to the space or the range's
/// end follows it, and a number when those or an ASCII mark other than `'` follow it, without
/// passing through the word loop. These tokens are the previous
/// tokenizer's (`TokenScanSpeedTests.PreviousTokens`, the reference): over words ended by every
/// such byte and by every other kind, and with the room for tokens running out right after any
/// token, so that the scan stops and resumes between the word and the byte that ended it.
@Suite struct WordEndFastPathTests {
    /// Words of the shapes the fast paths write and of the shapes they leave to the loop.
    static let words: [String] = [
        "a", "the", "meeting", "abcdefghijklmnopq", "A", "I", "Mum", "Sofia", "Ab", "CAMHS", "Jo's", "step-mum", "x1", "Élan", "é", "don’t",
        "7", "14", "2026", "0123456789", "99999999999999999999", "28th", "10am", "1'2", "4-weekly", "1A", "3é",
    ]
    /// The bytes that may end a word: every byte up to the space, and some that do not end one.
    static let enders: [[UInt8]] = (0...0x20).map { [UInt8($0)] } + [
        [UInt8(ascii: ".")], [UInt8(ascii: "'")], [UInt8(ascii: "-")], [UInt8(ascii: "/")], [UInt8(ascii: ":")], [UInt8(ascii: ")")], [0x7F],
        [0xE2, 0x80, 0x99], [0xE2, 0x80, 0x98], [0xE2, 0x80, 0x94], [0xE2, 0x80, 0x93], [0xC3, 0xA9], [0x80], [UInt8(ascii: "Z")], [UInt8(ascii: "z")],
        [UInt8(ascii: "7")],
    ]

    /// The tokens of `range`, scanned with room for at most `room` tokens at a time, resumed
    /// where each scan stopped.
    static func scanned(_ bytes: [UInt8], _ range: SourceRange, room: Int) -> [Token] {
        bytes.withUnsafeBufferPointer { buffer in
            var tokens: [Token] = []
            var index = range.start
            let end = min(range.end, buffer.count)
            let output = UnsafeMutablePointer<Token>.allocate(capacity: room)
            defer { output.deallocate() }
            while true {
                let written = Tokenizer.scan(buffer, from: &index, to: end, into: output, capacity: room)
                for offset in 0..<written { tokens.append(output[offset]) }
                if written < room { break }
            }
            return tokens
        }
    }

    /// Every word ended by every ender, alone, before another word and at the range's end,
    /// scanned whole and with room for one, two or three tokens at a time.
    @Test func wordsEndedByEveryByteAreThePreviousTokenizers() {
        for word in WordEndFastPathTests.words {
            for ender in WordEndFastPathTests.enders {
                for after in ["", "next", "Next", " x", "  "] {
                    let bytes = Array(word.utf8) + ender + Array(after.utf8)
                    let expected = TokenScanSpeedTests.previous(bytes, SourceRange(0, bytes.count))
                    #expect(TokenScanSpeedTests.current(bytes, SourceRange(0, bytes.count)) == expected, "\(bytes)")
                    for room in 1...3 {
                        #expect(WordEndFastPathTests.scanned(bytes, SourceRange(0, bytes.count), room: room) == expected, "\(bytes) room \(room)")
                    }
                    // The range ending right after the word: the range's end ends it.
                    let wordEnd = word.utf8.count
                    #expect(TokenScanSpeedTests.current(bytes, SourceRange(0, wordEnd)) == TokenScanSpeedTests.previous(bytes, SourceRange(0, wordEnd)))
                }
            }
        }
    }

    /// Random runs of such words and enders, scanned with random room.
    @Test func randomRunsOfWordsAreThePreviousTokenizers() {
        var random = BuilderSpeedTests.Random(state: 0xFA57_0F_E7D5)
        for _ in 0..<4_000 {
            var bytes: [UInt8] = []
            for _ in 0..<(1 + random.below(16)) {
                bytes += Array(WordEndFastPathTests.words[random.below(WordEndFastPathTests.words.count)].utf8)
                bytes += WordEndFastPathTests.enders[random.below(WordEndFastPathTests.enders.count)]
            }
            let start = random.below(bytes.count + 1)
            let range = SourceRange(start, start + random.below(bytes.count - start + 1))
            let expected = TokenScanSpeedTests.previous(bytes, range)
            #expect(TokenScanSpeedTests.current(bytes, range) == expected, "\(bytes) \(range)")
            #expect(WordEndFastPathTests.scanned(bytes, range, room: 1 + random.below(4)) == expected, "\(bytes) \(range)")
        }
    }
}
