import Testing

@testable import MeetingLintCore

/// The UTF-8 check passes over plain ASCII 64 bytes at a time: a bad or multi-byte sequence at
/// every offset from 0 to 140, after plain text of every length that ends on, before and after a
/// 64-byte step, is found where the standard library's decoder finds it
/// (`UTF8ValidationTests.reference`).
@Suite struct UTF8WideStepTests {
    @Test func everyOffsetAcrossTheWideStepsMatchesTheStandardDecoder() {
        let pieces: [[UInt8]] = [[0xFF], [0x80], [0xC2], [0xE0, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0xE2, 0x80, 0x94], [0xF0, 0x9F, 0x98, 0x80]]
        let plain = Array(String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 6).utf8)
        var cases = 0
        for piece in pieces {
            for offset in 0...140 {
                for tail in [0, 1, 7, 8, 63, 64, 65, 130] {
                    let input = Array(plain.prefix(offset)) + piece + Array(plain.prefix(tail))
                    #expect(UTF8ValidationTests.checked(input) == UTF8ValidationTests.reference(input), "\(offset) \(piece) \(tail)")
                    cases += 1
                }
            }
        }
        // Plain text of every length up to 200 bytes, and a high bit in each byte of a 64-byte
        // step in turn.
        for length in 0...200 {
            let input = Array(plain.prefix(length))
            #expect(UTF8ValidationTests.checked(input) == nil)
            for position in 0..<min(length, 70) {
                var bad = input
                bad[position] = 0x80
                #expect(UTF8ValidationTests.checked(bad) == position)
                cases += 1
            }
        }
        #expect(cases > 10_000)
    }
}
