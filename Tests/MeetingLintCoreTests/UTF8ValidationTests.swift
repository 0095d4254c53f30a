import Testing

@testable import MeetingLintCore

/// The UTF-8 check, which passes over plain ASCII many bytes at a time, against the standard
/// library's decoder reading every scalar.
@Suite struct UTF8ValidationTests {
    /// Where the standard library's decoder first meets a byte that is not valid UTF-8.
    static func reference(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    static func checked(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) }
    }

    /// Each bad sequence, and each good multi-byte one, at every offset from 0 to 70 of plain and
    /// of multi-byte text, so it falls at every place in and across the 32- and 8-byte steps.
    @Test func matchesTheStandardDecoder() {
        let pieces: [[UInt8]] = [[0xFF], [0x80], [0xC0, 0x80], [0xC2], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xF0, 0x9F, 0x98], [0xE2, 0x80, 0x94], [0xC3, 0xA9], [0xF0, 0x9F, 0x98, 0x80], [0x00], [0x7F]]
        let fillers = [Array("abcdefghijklmnopqrstuvwxyz0123456789 The quick brown fox jumps over the lazy dog.".utf8),
            Array("Zoë Ball — Social worker, Café “Nord” ∑ 😀 ok and then some more plain text after it".utf8)]
        var cases = 0
        for fill in fillers {
            for piece in pieces {
                for offset in 0...70 {
                    for tail in [0, 1, 8, 31, 32, 40] {
                        let input = Array(fill.prefix(offset)) + piece + Array(fill.prefix(tail))
                        #expect(Self.checked(input) == Self.reference(input), "\(input)")
                        cases += 1
                    }
                }
            }
        }
        #expect(cases > 5_000)
    }

    /// Every record of the corpus and every parser fixture reads the same both ways.
    @Test func corpusMatchesTheStandardDecoder() {
        for source in ParserSpeedTests.sources {
            #expect(Self.checked(source.bytes) == Self.reference(source.bytes), "\(source.path)")
        }
    }
}
