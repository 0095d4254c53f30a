import Testing

@testable import MeetingLintCore

/// The people's and actions' readers' hashes written out as literals (`MeetingBuilder.comma`,
/// `MeetingBuilder.openBracket` and the like) and the tests written out in their place
/// (`isLongDash`, `isTrailingMark`, `mayStartWhatKey`): each literal is the hash of its text, and
/// each test says what the set or list it stands for says.
@Suite struct BuilderWordLiteralTests {
    @Test func eachLiteralIsTheHashOfItsText() {
        let literals: [(UInt64, String)] = [
            (MeetingBuilder.openBracket, "("), (MeetingBuilder.closeBracket, ")"), (MeetingBuilder.hyphen, "-"),
            (MeetingBuilder.comma, ","), (MeetingBuilder.semicolon, ";"), (MeetingBuilder.verticalBar, "|"),
            (MeetingBuilder.atWord, "at"), (MeetingBuilder.fromWord, "from"), (MeetingBuilder.enDash, "\u{2013}"),
            (MeetingBuilder.emDash, "\u{2014}"), (MeetingBuilder.questionMark, "?"), (MeetingBuilder.slash, "/"),
            (Tokenizer.apostropheHash, "'"), (Tokenizer.apostropheHash, "\u{2019}"),
        ]
        for (literal, text) in literals {
            #expect(literal == Tokenizer.foldedHash(text), "\(text)")
        }
    }

    /// The written-out tests against the sets they replaced, at every token of some entries and
    /// at random hashes.
    @Test func theTestsSayWhatTheSetsSay() {
        let longDashes = TokenSet(words: ["\u{2013}", "\u{2014}"])
        let trailingMarks = TokenSet(words: [":", ",", "-", ";"])
        var hashes = ["\u{2013}", "\u{2014}", "-", ":", ",", ";", ".", "|", "(", ")", "at", "from", "Tom"].map(Tokenizer.foldedHash)
        for text in ["Jane Smith – Social Worker, Hillcrest CSC (chair)", "Tom Reed: school — DSL; Gosia (mum) - by phone"] {
            hashes += Tokenizer.tokens(of: text).map(\.folded)
        }
        var random = BuilderSpeedTests.Random(state: 0xB1_11DE)
        for _ in 0..<5_000 { hashes.append(random.next()) }
        for hash in hashes {
            #expect(MeetingBuilder.isLongDash(hash) == longDashes.contains(hash))
            #expect(MeetingBuilder.isTrailingMark(hash) == trailingMarks.contains(hash))
        }
    }

    /// `mayStartWhatKey` lets through the first byte of every what key's normal form, and no
    /// other ASCII byte that starts a key's normal form would need it to.
    @Test func whatKeysStartWithTheBytesLetThrough() {
        let firstBytes = Set(MeetingBuilder.whatKeys.compactMap { $0.utf8.first })
        for byte in UInt8(0)..<0x80 {
            #expect(MeetingBuilder.mayStartWhatKey(byte) == firstBytes.contains(byte), "\(byte)")
        }
    }
}
