import Foundation
import Testing

@testable import MeetingLintCore

/// The tokenizer's fast loop (lower-case letters only hashed; the other kinds counted, the letters
/// worked out from the counts) gives exactly the tokens of the plain loop it replaced, which counts
/// every kind of byte as it goes. The plain loop is kept here as the reference.
@Suite struct TokenizerSpeedTests {
    /// The plain tokenizer: every byte classified and counted.
    static func plainTokens(_ bytes: [UInt8]) -> [Token] {
        typealias T = Tokenizer
        var tokens: [Token] = []
        var index = 0
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                index += 1
                continue
            }
            // No-break and other Unicode spaces are spaces.
            if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 {
                index += 2
                continue
            }
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, (0x80...0x8B).contains(bytes[index + 2]) || bytes[index + 2] == 0xAF {
                index += 3
                continue
            }
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, [0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA2, 0xA6].contains(bytes[index + 2]) {
                var hash = T.offsetBasis
                for offset in 0..<3 { hash = (hash ^ UInt64(bytes[index + offset])) &* T.prime }
                // `’` alone is folded as `'`.
                let folded = bytes[index + 2] == 0x99 ? (T.offsetBasis ^ UInt64(UInt8(ascii: "'"))) &* T.prime : hash
                tokens.append(Token(range: SourceRange(index, index + 3), folded: folded, exact: hash, shape: .punctuation))
                index += 3
                continue
            }
            if !T.isWordByte(byte) {
                let hash = (T.offsetBasis ^ UInt64(byte)) &* T.prime
                tokens.append(Token(range: SourceRange(index, index + 1), folded: hash, exact: hash, shape: .punctuation))
                index += 1
                continue
            }
            let start = index
            var folded = T.offsetBasis
            var exact = T.offsetBasis
            var letters = 0, uppers = 0, digits = 0
            let startsWithDigit = T.isDigit(byte)
            while index < end {
                let current = bytes[index]
                if current < 0x80 {
                    if T.isLetter(current) {
                        letters += 1
                        if current < UInt8(ascii: "a") { uppers += 1 }
                    } else if T.isDigit(current) {
                        digits += 1
                    } else if (current == UInt8(ascii: "'") || current == UInt8(ascii: "-")) && index > start && index + 1 < end
                        && T.isWordByte(bytes[index + 1]) && !(current == UInt8(ascii: "-") && startsWithDigit && digits == index - start)
                    {
                        // joins the word
                    } else {
                        break
                    }
                    folded = (folded ^ UInt64(T.fold(current))) &* T.prime
                    exact = (exact ^ UInt64(current)) &* T.prime
                    index += 1
                    continue
                }
                if current == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 {
                    let third = bytes[index + 2]
                    if third == 0x98 || third == 0x99 {
                        guard index + 3 < end, T.isLetter(bytes[index + 3]), index > start else { break }
                        folded = (folded ^ UInt64(UInt8(ascii: "'"))) &* T.prime
                        exact = (exact ^ UInt64(UInt8(ascii: "'"))) &* T.prime
                        index += 3
                        continue
                    }
                    if [0x93, 0x94, 0x9C, 0x9D, 0xA2, 0xA6].contains(third) || (0x80...0x8B).contains(third) || third == 0xAF { break }
                }
                if current == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { break }
                letters += 1
                folded = (folded ^ UInt64(current)) &* T.prime
                exact = (exact ^ UInt64(current)) &* T.prime
                index += 1
            }
            let shape: Token.Shape
            if letters == 0 && digits == index - start {
                shape = .number
            } else if startsWithDigit {
                shape = .numberWord
            } else if uppers == letters {
                shape = letters == 1 && index - start == 1 ? .initial : .upperWord
            } else {
                shape = .word
            }
            tokens.append(Token(range: SourceRange(start, index), folded: folded, exact: exact, shape: shape))
        }
        return tokens
    }

    static func fast(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        Tokenizer.tokenize(bytes, SourceRange(0, bytes.count), into: &tokens)
        return tokens
    }

    /// A right single quote standing alone (after a plural, `professionals’`) folds as `'` does,
    /// as one inside a word does and as `foldedHash` reads it, so phrases written with `'` match
    /// text a word processor wrote; its exact hash stays its own. It once folded as itself.
    @Test func aCurlyApostropheAloneFoldsAsAStraightOne() {
        let curly = Tokenizer.tokens(of: "professionals\u{2019} meeting")
        let straight = Tokenizer.tokens(of: "professionals' meeting")
        #expect(curly.map(\.folded) == straight.map(\.folded))
        #expect(curly[1].folded == Tokenizer.foldedHash("\u{2019}"))
        #expect(curly[1].exact == Tokenizer.exactHash("\u{2019}") && curly[1].exact != straight[1].exact)
        #expect(curly[1].shape == .punctuation)
        // The left single quote, an opening quote mark, is itself.
        #expect(Tokenizer.tokens(of: "\u{2018}")[0].folded == Tokenizer.exactHash("\u{2018}"))
    }

    /// A no-break space (U+00A0) and the other Unicode spaces separate words as a space does:
    /// `Ms` + no-break space + `Reed` is two words, and `14` + no-break space + `March 2026` a
    /// date. They were read as letters, which joined the words.
    @Test func unicodeSpacesSeparateWords() {
        for space in ["\u{00A0}", "\u{2002}", "\u{2009}", "\u{200B}", "\u{202F}"] {
            let text = "Ms\(space)Reed by 14\(space)March"
            #expect(Tokenizer.tokens(of: text).map(\.folded) == Tokenizer.tokens(of: "Ms Reed by 14 March").map(\.folded), "\(space.unicodeScalars.first!.value)")
        }
        // Other characters from the same blocks are letters or marks as before.
        #expect(Tokenizer.tokens(of: "caf\u{00E9}\u{2010}bar").count == 1)
        #expect(Tokenizer.tokens(of: "a\u{2014}b").count == 3)
    }

    @Test func everyCorpusRecordTokenizesAsThePlainLoopDoes() throws {
        let root = Snapshot.packageRoot
        var checked = 0
        for folder in ["Corpus", "Tests/MeetingLintCoreTests/Fixtures"] {
            let url = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in walker where file.pathExtension == "md" {
                let bytes = Array(try Data(contentsOf: file))
                #expect(Self.fast(bytes) == Self.plainTokens(bytes), "\(file.lastPathComponent)")
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    /// Random texts of the bytes and characters the word loop treats differently, next to each other.
    @Test func randomMixturesTokenizeAsThePlainLoopDoes() {
        let pieces = ["a", "z", "A", "Z", "q", "0", "9", "'", "-", "’", "‘", "–", "—", "“", "”", "•", "…", "é", "Ω", "😀", " ", "\t", "\n",
                      "\r", ".", "/", "_", "@", "\u{7F}", "CAMHS", "Jo's", "step-mum", "4-weekly", "28th", "S47", "1'2", "A1", "x’"]
        var generator = SplitMix64(seed: 0x70_6b65_6e73)
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...24, using: &generator) { text += pieces.randomElement(using: &generator)! }
            var bytes = Array(text.utf8)
            // Now and then a cut-off character or a stray continuation byte.
            if Bool.random(using: &generator), !bytes.isEmpty { bytes.removeLast() }
            if Int.random(in: 0..<8, using: &generator) == 0 { bytes.insert(0x80, at: Int.random(in: 0...bytes.count, using: &generator)) }
            #expect(Self.fast(bytes) == Self.plainTokens(bytes), "\(bytes)")
        }
    }
}
