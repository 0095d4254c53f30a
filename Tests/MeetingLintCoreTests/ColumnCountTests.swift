import Testing

@testable import MeetingLintCore

/// A finding's columns are counted eight bytes at a time (`Linter.codePoints(in:from:to:)`):
/// the counts, and the locations made from them, are those of reading byte by byte.
@Suite struct ColumnCountTests {
    /// Random text of ASCII, two-, three- and four-byte characters, stray continuation bytes and
    /// line breaks.
    static func texts() -> [[UInt8]] {
        var generator = SplitMix64(seed: 0x636f_6c75_6d6e)
        let pieces: [[UInt8]] = [[0x61], [0x20], [0x0A], [0x0D, 0x0A], Array("é".utf8), Array("’".utf8), Array("👩".utf8), [0x80], [0xBF], [0xFF], [0xC3]]
        var texts: [[UInt8]] = [[], [0x61], [0x80], Array(repeating: 0x61, count: 17), Array(repeating: 0x80, count: 17)]
        for _ in 0..<400 {
            texts.append((0..<Int.random(in: 0...120, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! })
        }
        return texts
    }

    @Test func countsAreThoseOfReadingByteByByte() {
        var generator = SplitMix64(seed: 0x636f_756e_74)
        for bytes in ColumnCountTests.texts() {
            for _ in 0..<40 {
                let start = Int.random(in: -2...(bytes.count + 2), using: &generator)
                let end = Int.random(in: -2...(bytes.count + 2), using: &generator)
                var expected = 0
                if start >= 0, start < end, end <= bytes.count {
                    for byte in bytes[start..<end] where byte & 0xC0 != 0x80 { expected += 1 }
                }
                #expect(Linter.codePoints(in: bytes, from: start, to: end) == expected, "\(bytes) \(start) \(end)")
            }
        }
    }

    @Test func locationsAreThoseOfTheSource() {
        var generator = SplitMix64(seed: 0x6c6f_6361_7465)
        for bytes in ColumnCountTests.texts() {
            let source = SourceFile(path: "test.md", bytes: bytes)
            let offsets = (0..<Int.random(in: 0...30, using: &generator)).map { _ in Int.random(in: -3...(bytes.count + 3), using: &generator) }
            let located = Linter.locations(of: offsets, in: source)
            for (offset, location) in zip(offsets, located) {
                let expected = source.location(of: offset)
                #expect(location.line == expected.line && location.column == expected.column, "\(bytes) \(offset)")
            }
        }
    }
}
