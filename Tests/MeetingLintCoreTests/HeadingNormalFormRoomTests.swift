import Testing

@testable import MeetingLintCore

/// A heading's normal form made in temporary room (`TextKey.withHeading(bytes:_:)`, which the
/// heading memo's misses read to find the form's hash without a string) is, byte for byte, the
/// plain reading's (`HeadingNormalFormTests.plainHeading`) wherever the text is plain ASCII once
/// read, and is not given (nil) only where the plain reading's form is not plain ASCII: over
/// random headings of every awkward piece, every single byte, cut multi-byte characters, and the
/// corpus's lines.
@Suite struct HeadingNormalFormRoomTests {
    @Test func roomFormIsThePlainForm() {
        var texts = VocabularySpeedTests.headings + ModelSpeedTests.lines
        for meeting in WordIndexSpeedTests.meetings() {
            let bytes = meeting.source.bytes
            for line in meeting.lines { texts.append(String(decoding: bytes[line.range.start..<line.range.end], as: UTF8.self)) }
        }
        var generator = SplitMix64(seed: 0x4EAD_200D)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...9, using: &generator) { text += HeadingNormalFormTests.pieces.randomElement(using: &generator)! }
            texts.append(text)
        }
        var rawBytes: [[UInt8]] = (0...255).map { [UInt8($0)] }
        rawBytes.append(contentsOf: [[], [0xE2], [0xE2, 0x80], [0xC2], [0x41, 0xE2, 0x80], [0x61, 0xC2], [0xE2, 0x80, 0x99, 0x73], [0xC2, 0xA0, 0x41]])
        for text in texts { rawBytes.append(Array(text.utf8)) }
        var given = 0
        var notGiven = 0
        for bytes in rawBytes {
            bytes.withUnsafeBufferPointer { buffer in
                let plain = HeadingNormalFormTests.plainHeading(bytes: buffer)
                let room: [UInt8]? = TextKey.withHeading(bytes: buffer) { normal in normal.map { Array($0) } }
                if let room {
                    #expect(room == Array(plain.utf8), "\(bytes)")
                    #expect(room.allSatisfy { $0 < 0x80 }, "\(bytes)")
                    given += 1
                } else {
                    #expect(plain.utf8.contains { $0 >= 0x80 } || bytes.contains { $0 >= 0x80 }, "\(bytes)")
                    notGiven += 1
                }
                #expect(TextKey.heading(bytes: buffer) == plain, "\(bytes)")
            }
        }
        #expect(given > 10_000)
        #expect(notGiven > 1_000)
    }
}
