import Foundation
import Testing

@testable import MeetingLintCore

/// `TextKey.field(_:)`, now written straight into the string's storage, gives what it gave when
/// it gathered the bytes in an array and decoded that.
@Suite struct FieldNormalFormTests {
    /// The reading as it was: an array of bytes, read through the UTF-8 view's iterator.
    static func arrayField(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var nonASCII = false
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                output.append(byte | 0x20)
            case 0xE2:
                let second = iterator.next()
                let third = iterator.next()
                if second == 0x80, third == 0x98 || third == 0x99 {
                    output.append(UInt8(ascii: "'"))
                } else if second == 0x80, let third, (0x80...0x8B).contains(third) || third == 0xAF {
                    // A Unicode space, passed over (since the tokenizer read them as spaces).
                } else {
                    output.append(byte)
                    if let second { output.append(second) }
                    if let third { output.append(third) }
                    nonASCII = true
                }
            case 0xC2:
                let second = iterator.next()
                if second != 0xA0 {
                    output.append(byte)
                    if let second { output.append(second) }
                    nonASCII = true
                }
            default:
                if byte >= 0x80 { nonASCII = true }
                output.append(byte)
            }
        }
        while let last = output.last, last == UInt8(ascii: ":") || last == UInt8(ascii: "?") || last == UInt8(ascii: ".") { output.removeLast() }
        let result = String(decoding: output, as: UTF8.self)
        return nonASCII ? result.lowercased() : result
    }

    /// Pieces of keys: letters of both cases, what the normal form drops, curly and other
    /// quotes, dashes, no-break spaces, other two- and three-byte characters, trailing marks.
    static let pieces = [
        "Date", "next", "MEETING", "Dyddiad", " / ", " ", "\t", "-", "_", "*", "**", ":", "?", ".", "’", "‘", "“", "–", "—", "\u{A0}", "\u{200B}", "\u{2009}", "\u{202F}", "\u{2010}", "¡", "é",
        "É", "Ö", "ß", "€", "™", "…", "😀", "e\u{301}", "İ", "(", ")", "1", "'",
    ]

    @Test func fieldWrittenInPlaceIsTheFieldGathered() {
        var texts = ModelSpeedTests.lines + VocabularySpeedTests.headings + ["", ":", "?.:", "–", "\u{A0}", "’", "\u{2019}:"]
        for list in Catalogue.builtIn.vocabulary.lists.values { texts.append(contentsOf: list) }
        var generator = SplitMix64(seed: 0xF1E1_D5)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...8, using: &generator) { text += FieldNormalFormTests.pieces.randomElement(using: &generator)! }
            texts.append(text)
        }
        for text in texts {
            let fast = TextKey.field(text)
            let gathered = FieldNormalFormTests.arrayField(text)
            #expect(fast == gathered, "\(text)")
            #expect(Array(fast.utf8) == Array(gathered.utf8), "\(text)")
        }
    }
}
