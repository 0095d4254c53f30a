import Testing

@testable import MeetingLintCore

/// Whether a heading's normal form holds a separator it is split at, read with the separators'
/// bytes written out (`Vocabulary.holdsHeadingSeparator`), is what the general search for any of
/// `Vocabulary.headingSeparators` says (`TextKey.holdsSeparator`): over random text made of the
/// separators' bytes and their near misses, over the corpus's lines and headings, and at the ends
/// of the text, where a separator's bytes do not all fit.
@Suite struct HeadingSeparatorScanTests {
    /// Pieces of text: the separators, their parts and near misses, and other bytes.
    static let pieces = [
        " and ", "and", " an", "and ", " a", " ", "  ", "+", " +", "+ ", " + ", "&", "/", ",", "a", "n", "d", "x", "views", "é", "’", "-", " -", "- ", " - ", ":", "\t",
    ]

    /// The general search's answer for `Vocabulary.headingSeparators`.
    static func plainHoldsSeparator(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { TextKey.holdsSeparator($0, Vocabulary.headingSeparators) }
    }

    static func fastHoldsSeparator(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { Vocabulary.holdsHeadingSeparator($0) }
    }

    @Test func separatorScanIsThePlainSearchOverRandomText() {
        var random = BuilderSpeedTests.Random(state: 0x5E9A_4A70)
        var texts = ["", " ", " and", " and ", "and ", " +", " + ", "+ ", "&", "/", ",", "x and", "x an d", "x +y", "x + y", " -", " - ", "x - y", "x -y"]
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<random.below(12) { text += HeadingSeparatorScanTests.pieces[random.below(HeadingSeparatorScanTests.pieces.count)] }
            texts.append(text)
        }
        var holding = 0
        for text in texts {
            let plain = HeadingSeparatorScanTests.plainHoldsSeparator(text)
            #expect(HeadingSeparatorScanTests.fastHoldsSeparator(text) == plain, "\(text)")
            if plain { holding += 1 }
        }
        #expect(holding > 1_000)
        #expect(holding < texts.count - 1_000)
    }

    @Test func separatorScanIsThePlainSearchOverTheCorpus() {
        var texts = VocabularySpeedTests.headings + ModelSpeedTests.lines
        for meeting in WordIndexSpeedTests.meetings() {
            let bytes = meeting.source.bytes
            for line in meeting.lines {
                let text = String(decoding: bytes[line.range.start..<line.range.end], as: UTF8.self)
                texts.append(text)
                texts.append(TextKey.heading(text))
            }
        }
        var holding = 0
        for text in texts {
            let plain = HeadingSeparatorScanTests.plainHoldsSeparator(text)
            #expect(HeadingSeparatorScanTests.fastHoldsSeparator(text) == plain, "\(text)")
            if plain { holding += 1 }
        }
        #expect(holding > 100)
    }

    /// The last byte read before `hasSuffix(")")` in `Vocabulary.concept(ofHeading:...)` turns
    /// away no text that ends in that character.
    @Test func textEndingInABracketEndsInItsByte() {
        var random = BuilderSpeedTests.Random(state: 0x00B2_AC7E)
        let pieces = ["(", ")", "a", " ", "é", "\u{301}", "\u{600}", "\u{200D}", "’", "x)"]
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<random.below(6) { text += pieces[random.below(pieces.count)] }
            if text.hasSuffix(")") { #expect(text.utf8.last == UInt8(ascii: ")"), "\(text.unicodeScalars.map(\.value))") }
        }
    }
}
