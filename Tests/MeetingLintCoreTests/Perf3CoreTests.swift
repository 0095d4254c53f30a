import Foundation
import Testing

@testable import MeetingLintCore

/// The model builder's fast paths of the third speed round give what the plain readings give,
/// over the corpus and over random and awkward text.
@Suite struct Perf3CoreTests {
    /// A small random generator, the same every run.
    struct Random {
        var state: UInt64

        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }

        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
    }

    /// Text made of the bytes that matter to plain text (marks, spaces, tabs, line ends,
    /// underscores, multi-byte characters, control bytes) and ordinary words, in random order.
    static func awkwardText(_ random: inout Random, pieces: Int) -> [UInt8] {
        let parts = ["a", "bc", "word", " ", "  ", "*", "**", "`", "\t", "\n", "\r\n", "_", "__", "é", "’", "x y", "\u{1}", "-", "Ab cd", "0123456789abcdef"]
        var bytes: [UInt8] = []
        for _ in 0..<pieces { bytes += Array(parts[random.below(parts.count)].utf8) }
        return bytes
    }

    /// Plain text whose last bytes are checked as a block (with the record's bytes after them
    /// read and masked off) is the plain text read a byte at a time: over ranges that end inside
    /// the record, before bytes of every kind, as well as at its end.
    @Test func plainTextOfRangesInsideTheRecordIsPlainTextReadByByte() {
        var checked = 0
        func check(_ bytes: [UInt8], _ range: SourceRange) {
            let fast = MeetingBuilder.plain(bytes, range)
            let slow = MeetingBuilder.plain(bytes, range, vectorised: false)
            #expect(fast == slow, "\(Array(bytes[range.start..<range.end]))")
            checked += 1
        }
        // Every line of the corpus within its record's text, each range ending at every byte of
        // the line's first forty.
        for line in ModelSpeedTests.lines {
            let bytes = Array((line + "\n" + line + " *after* ").utf8)
            let lineCount = line.utf8.count
            for start in 0..<min(lineCount, 8) {
                for end in start...min(lineCount, start + 40) { check(bytes, SourceRange(start, end)) }
            }
        }
        var random = Random(state: 0x5EED_0F_C0DE)
        for _ in 0..<600 {
            let bytes = Perf3CoreTests.awkwardText(&random, pieces: 4 + random.below(30))
            for _ in 0..<40 {
                let start = random.below(bytes.count)
                let end = start + random.below(bytes.count - start + 1)
                check(bytes, SourceRange(start, end))
            }
        }
        // Text that stands as it is, of every length up to 40, before each kind of byte.
        let plainWords = Array("Attendance and apologies for the meeting today".utf8)
        for after in [" ", "  ", "*", "`", "\n", "_", "x", "é"] {
            for length in 0...40 {
                let bytes = Array(plainWords[0..<length]) + Array(after.utf8) + Array(repeating: UInt8(ascii: "z"), count: 20)
                check(bytes, SourceRange(0, length))
                if length > 0 { check(bytes, SourceRange(1, length)) }
            }
        }
        #expect(checked > 30000)
    }
}
