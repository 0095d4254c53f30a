import Foundation
import Testing

@testable import MeetingLintCore

/// The tokenizer that scans straight into an array's spare capacity, hashes lower-case letters four
/// to a step and keeps the exact hash alongside after a capital gives exactly the tokens (ranges,
/// both hashes, shapes) of the one-token-per-`next()` iterator it replaced, which is kept here as
/// the reference. Ranges are cut anywhere (mid-word, mid-character, near the buffer's end).
@Suite struct TokenScanSpeedTests {
    /// The previous tokenizer: one token per `next()`, every byte classified in turn.
    struct PreviousTokens: Sequence, IteratorProtocol {
        typealias T = Tokenizer
        let bytes: [UInt8]
        var index: Int
        let end: Int

        mutating func next() -> Token? {
            while index < end {
                let byte = bytes[index]
                if byte <= UInt8(ascii: " "), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    index &+= 1
                    continue
                }
                // No-break and other Unicode spaces are spaces (since the tokenizer read them so).
                if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 {
                    index &+= 2
                    continue
                }
                if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, (0x80...0x8B).contains(bytes[index + 2]) || bytes[index + 2] == 0xAF {
                    index &+= 3
                    continue
                }
                if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 {
                    let third = bytes[index + 2]
                    if third == 0x93 || third == 0x94 || third == 0x98 || third == 0x99 || third == 0x9C || third == 0x9D || third == 0xA2 || third == 0xA6 {
                        var hash = T.offsetBasis
                        for offset in 0..<3 { hash = (hash ^ UInt64(bytes[index + offset])) &* T.prime }
                        // `’` alone is folded as `'` (since the tokenizer read it so).
                        let folded = third == 0x99 ? (T.offsetBasis ^ UInt64(UInt8(ascii: "'"))) &* T.prime : hash
                        let token = Token(range: SourceRange(index, index + 3), folded: folded, exact: hash, shape: .punctuation)
                        index &+= 3
                        return token
                    }
                }
                if !T.isWordByte(byte) {
                    let hash = (T.offsetBasis ^ UInt64(byte)) &* T.prime
                    let token = Token(range: SourceRange(index, index + 1), folded: hash, exact: hash, shape: .punctuation)
                    index &+= 1
                    return token
                }
                let start = index
                var folded = T.offsetBasis
                var uppers = 0
                var digits = 0
                var joiners = 0
                var hasCurly = false
                let startsWithDigit = T.isDigit(byte)
                while index < end {
                    let current = bytes[index]
                    if current &- UInt8(ascii: "a") < 26 {
                        folded = (folded ^ UInt64(current)) &* T.prime
                        index &+= 1
                        continue
                    }
                    if current < 0x80 {
                        if current &- UInt8(ascii: "A") < 26 {
                            uppers &+= 1
                            folded = (folded ^ UInt64(current | 0x20)) &* T.prime
                            index &+= 1
                            continue
                        }
                        if T.isDigit(current) {
                            digits &+= 1
                            folded = (folded ^ UInt64(current)) &* T.prime
                            index &+= 1
                            continue
                        }
                        if (current == UInt8(ascii: "'") || current == UInt8(ascii: "-")) && index > start && index + 1 < end
                            && T.isWordByte(bytes[index + 1]) && !(current == UInt8(ascii: "-") && startsWithDigit && digits == index - start)
                        {
                            joiners &+= 1
                            folded = (folded ^ UInt64(current)) &* T.prime
                            index &+= 1
                            continue
                        }
                        break
                    }
                    if current == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 {
                        let third = bytes[index + 2]
                        if third == 0x98 || third == 0x99 {
                            guard index + 3 < end, T.isLetter(bytes[index + 3]), index > start else { break }
                            folded = (folded ^ UInt64(UInt8(ascii: "'"))) &* T.prime
                            hasCurly = true
                            joiners &+= 3
                            index &+= 3
                            continue
                        }
                        if third == 0x93 || third == 0x94 || third == 0x9C || third == 0x9D || third == 0xA2 || third == 0xA6 { break }
                        if (0x80...0x8B).contains(third) || third == 0xAF { break }
                    }
                    if current == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { break }
                    folded = (folded ^ UInt64(current)) &* T.prime
                    index &+= 1
                }
                let letters = index &- start &- digits &- joiners
                var exact = folded
                if uppers > 0 {
                    exact = T.offsetBasis
                    var position = start
                    while position < index {
                        let current = bytes[position]
                        if hasCurly, current == 0xE2, position + 2 < index, bytes[position + 1] == 0x80, bytes[position + 2] == 0x98 || bytes[position + 2] == 0x99 {
                            exact = (exact ^ UInt64(UInt8(ascii: "'"))) &* T.prime
                            position &+= 3
                            continue
                        }
                        exact = (exact ^ UInt64(current)) &* T.prime
                        position &+= 1
                    }
                }
                let shape: Token.Shape
                if letters == 0 && joiners == 0 {
                    shape = .number
                } else if startsWithDigit {
                    shape = .numberWord
                } else if uppers == letters {
                    shape = letters == 1 && index - start == 1 ? .initial : .upperWord
                } else {
                    shape = .word
                }
                return Token(range: SourceRange(start, index), folded: folded, exact: exact, shape: shape)
            }
            return nil
        }
    }

    static func previous(_ bytes: [UInt8], _ range: SourceRange) -> [Token] {
        Array(PreviousTokens(bytes: bytes, index: range.start, end: min(range.end, bytes.count)))
    }

    static func current(_ bytes: [UInt8], _ range: SourceRange) -> [Token] {
        var tokens: [Token] = []
        Tokenizer.tokenize(bytes, range, into: &tokens)
        return tokens
    }

    /// The tokens one `next()` at a time: the path for tokens that do not fit the spare capacity.
    static func oneAtATime(_ bytes: [UInt8], _ range: SourceRange) -> [Token] {
        bytes.withUnsafeBufferPointer { buffer in
            var iterator = Tokenizer.Tokens(bytes: buffer, index: range.start, end: min(range.end, buffer.count))
            var tokens: [Token] = []
            while let token = iterator.next() { tokens.append(token) }
            return tokens
        }
    }

    /// Checks one range every way, and the same range appended after other tokens.
    static func check(_ bytes: [UInt8], _ range: SourceRange, _ label: @autoclosure () -> String) {
        let expected = previous(bytes, range)
        let tokens = current(bytes, range)
        #expect(tokens == expected, "\(label())")
        #expect(oneAtATime(bytes, range) == expected, "\(label()) one at a time")
        // Appended to an array that already holds tokens and has little room to spare.
        var appended = [Token](repeating: Token(range: SourceRange(0, 1), folded: 1, exact: 2, shape: .word), count: 3)
        Tokenizer.tokenize(bytes, range, into: &appended)
        #expect(Array(appended.dropFirst(3)) == expected, "\(label()) appended")
    }

    static func corpusFiles() throws -> [(String, [UInt8])] {
        let root = Snapshot.packageRoot
        var files: [(String, [UInt8])] = []
        for folder in ["Corpus", "Tests/MeetingLintCoreTests/Fixtures"] {
            let url = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in walker where file.pathExtension == "md" {
                files.append((file.lastPathComponent, Array(try Data(contentsOf: file))))
            }
        }
        return files
    }

    @Test func everyCorpusRecordTokenizesAsThePreviousTokenizer() throws {
        let files = try Self.corpusFiles()
        #expect(files.count > 50)
        var generator = SplitMix64(seed: 0x7065_7266_33)
        for (name, bytes) in files {
            Self.check(bytes, SourceRange(0, bytes.count), name)
            // Each line alone, as the model tokenizes them, and ranges cut at random places.
            var lineStart = 0
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
                Self.check(bytes, SourceRange(lineStart, offset), "\(name) line at \(lineStart)")
                lineStart = offset + 1
            }
            for _ in 0..<200 where !bytes.isEmpty {
                let start = Int.random(in: 0..<bytes.count, using: &generator)
                let end = Int.random(in: start...min(bytes.count, start + 40), using: &generator)
                Self.check(bytes, SourceRange(start, end), "\(name) \(start)..<\(end)")
            }
        }
    }

    /// Random texts of the bytes the word loop treats differently, next to each other, in ranges
    /// cut anywhere inside a larger buffer (mid-word, mid-character, a few bytes from its end).
    @Test func randomBytesTokenizeAsThePreviousTokenizer() {
        let pieces: [[UInt8]] = [
            "a", "z", "m", "A", "Z", "Q", "0", "9", "5", "'", "-", "’", "‘", "–", "—", "“", "”", "•", "…", "é", "Ω", "😀", " ", "  ", "\t", "\n",
            "\r", ".", ",", "/", "_", "@", "`", "{", "[", "\u{7F}", "\u{1}", "CAMHS", "Jo's", "step-mum", "4-weekly", "28th", "S47", "1'2", "A1",
            "x’", "abcdefgh", "abcdefghijklmnopq", "the", "Mum", "don’t", "e’’e", "a-’b", "’a", "a--b", "a'-b", "1-2", "1a-2", "-a",
        ].map { Array($0.utf8) } + [[0xE2], [0xE2, 0x80], [0xE2, 0x80, 0x80], [0xE2, 0x81, 0x99], [0x80], [0xBF], [0xC3], [0xFF], [0xF0, 0x9F],
                                     [0xE2, 0x80, 0x99, 0x80], [0x60], [0x7B], [0x40], [0x5B], [0x2F], [0x3A]]
        var generator = SplitMix64(seed: 0x7065_7266_34)
        for round in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...30, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let start = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &generator)
            let end = Int.random(in: start...bytes.count, using: &generator)
            Self.check(bytes, SourceRange(start, end), "round \(round): \(bytes) \(start)..<\(end)")
            Self.check(bytes, SourceRange(0, bytes.count), "round \(round): \(bytes)")
        }
        // Uniformly random bytes, and random bytes biased to the ASCII letters' edges.
        let edges: [UInt8] = [0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0xC1, 0xDA, 0xE1, 0xFA, 0xFB, 0x20, 0x2D, 0x27, 0x30, 0x39, 0xE2, 0x80, 0x99]
        for round in 0..<5_000 {
            let count = Int.random(in: 0...48, using: &generator)
            let bytes: [UInt8] = (0..<count).map { _ in
                Bool.random(using: &generator) ? UInt8.random(in: 0...255, using: &generator) : edges.randomElement(using: &generator)!
            }
            let start = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &generator)
            let end = Int.random(in: start...bytes.count, using: &generator)
            Self.check(bytes, SourceRange(start, end), "bytes round \(round): \(bytes) \(start)..<\(end)")
        }
    }

    /// Texts with more tokens than the room reserved for them (every byte a mark) go on through
    /// `next()` once the spare capacity is full.
    @Test func denseTextsOverflowTheReservedRoom() {
        for text in [String(repeating: ".", count: 1_000), String(repeating: "a.", count: 700), String(repeating: "–", count: 300), String(repeating: ".a", count: 999)] {
            let bytes = Array(text.utf8)
            Self.check(bytes, SourceRange(0, bytes.count), String(text.prefix(8)))
        }
    }

    /// The token map, read without bounds checks, answers as a dictionary does: for keys it holds,
    /// keys it does not (many sharing a slot or a filter bit with held ones), maps of every size
    /// and made every way, and a copy changed after it was made.
    @Test func tokenMapsAnswerAsADictionary() {
        var generator = SplitMix64(seed: 0x7065_7266_35)
        for round in 0..<300 {
            let count = [0, 1, 2, 7, 8, 9, 100, 1_000].randomElement(using: &generator)!
            var map = round % 3 == 0 ? TokenMap<Int>() : TokenMap<Int>(minimumCapacity: Int.random(in: 0...2 * count, using: &generator))
            var reference: [UInt64: Int] = [:]
            // Keys alike in their low bits (one slot) or their filter bits, and hashes of words.
            func key() -> UInt64 {
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: return UInt64.random(in: 0...UInt64.max, using: &generator) << 12
                case 1: return UInt64.random(in: 0..<64, using: &generator)
                case 2: return Tokenizer.foldedHash(String(UInt64.random(in: 0..<5_000, using: &generator)))
                default: return UInt64.random(in: 0...UInt64.max, using: &generator)
                }
            }
            for value in 0..<count {
                let new = key()
                map[new] = value
                reference[new] = value
            }
            let copy = map
            #expect(map.count == reference.count)
            for (held, value) in reference { #expect(map[held] == value) }
            for _ in 0..<2_000 {
                let probe = key()
                #expect(map[probe] == reference[probe], "\(probe)")
            }
            // A copy keeps what it had when the original changes.
            map[0xDEAD_BEEF] = -1
            #expect(map[0xDEAD_BEEF] == -1)
            #expect(copy[0xDEAD_BEEF] == reference[0xDEAD_BEEF])
            let set = TokenSet(reference.keys)
            for held in reference.keys { #expect(set.contains(held)) }
            for _ in 0..<200 {
                let probe = key()
                #expect(set.contains(probe) == (reference[probe] != nil))
            }
        }
    }

    /// `firstMatch` and `matches`, which pass over tokens that cannot start a phrase with one bit
    /// test, find what trying `match` at every index finds (the loops they replaced), in slices
    /// that start and end anywhere, for folded and case-sensitive sets.
    @Test func phraseSearchesMatchTryingEveryIndex() {
        let words = ["the", "child", "Child", "plan", "review", "CAMHS", "n/a", "to", "be", "confirmed", "TBC", "school", "nurse",
                     "’s", "-", "2", "weeks", "of", "a", "step-mum", "Jo's", "don’t"]
        let phrases = ["the plan", "the child", "child", "to be confirmed", "TBC", "n/a", "school nurse", "school", "2 weeks",
                       "step-mum", "Jo's", "the", "a plan of", "don’t"]
        var generator = SplitMix64(seed: 0x7065_7266_36)
        for caseSensitive in [false, true] {
            let set = PhraseSet(phrases, caseSensitive: caseSensitive)
            for round in 0..<2_000 {
                let text = (0..<Int.random(in: 0...16, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
                let tokens = Tokenizer.tokens(of: text)
                let start = Int.random(in: 0...tokens.count, using: &generator)
                let slice = tokens[start..<Int.random(in: start...tokens.count, using: &generator)]
                var expected: [(Int, Int)] = []
                var index = slice.startIndex
                while index < slice.endIndex {
                    if let length = set.match(slice, at: index) {
                        expected.append((index, length))
                        index += length
                    } else {
                        index += 1
                    }
                }
                let found = set.matches(in: slice)
                #expect(found.map(\.index) == expected.map(\.0) && found.map(\.length) == expected.map(\.1), "round \(round): \(text)")
                let first = set.firstMatch(in: slice)
                #expect(first?.index == expected.first?.0 && first?.length == expected.first?.1, "round \(round): \(text)")
            }
        }
    }

    /// A phrase set grouped with one sort finds, at every token, the longest of its phrases that
    /// stands there (what the dictionary of groups it replaced found), names each match by the
    /// first of its phrases written with those tokens, and starts with the same first words, for
    /// lists with repeats, phrases alike but for case, empty ones and marks, folded and exact.
    @Test func phraseSetsBuiltBySortingMatchTheLongestPhrase() {
        let vocabulary = ["the", "child", "Child", "plan", "review", "CAMHS", "camhs", "n/a", "to", "be", "confirmed", "TBC", "school",
                          "nurse", "’s", "-", "2", "weeks", "of", "a", "step-mum", "Jo's", "don’t", ".", "(", ")"]
        var generator = SplitMix64(seed: 0x7065_7266_37)
        for round in 0..<400 {
            let phrases: [String] = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                (0..<Int.random(in: 0...4, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }.joined(separator: " ")
            }
            for caseSensitive in [false, true] {
                let set = PhraseSet(phrases, caseSensitive: caseSensitive)
                func hashes(_ tokens: some Collection<Token>) -> [UInt64] { tokens.map { caseSensitive ? $0.exact : $0.folded } }
                let known = phrases.map { hashes(Tokenizer.tokens(of: $0)) }
                #expect(set.isEmpty == known.allSatisfy(\.isEmpty), "round \(round)")
                #expect(Set(set.firstWords) == Set(known.compactMap(\.first)), "round \(round)")
                let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }.joined(separator: " ")
                let tokens = Tokenizer.tokens(of: text)
                let words = hashes(tokens)
                for index in tokens.indices {
                    let longest = known.filter { !$0.isEmpty && words[index...].starts(with: $0) }.map(\.count).max()
                    let length = set.match(tokens[...], at: index)
                    #expect(length == longest, "round \(round): \(phrases) in \(text) at \(index)")
                    if let length {
                        let first = phrases.first { hashes(Tokenizer.tokens(of: $0)) == words[index..<(index + length)].map { $0 } }
                        #expect(set.written(tokens[...], at: index, length: length) == first, "round \(round)")
                    }
                }
            }
        }
    }

    /// The previous `foldedHash`, walking the string's UTF-8 view by index.
    static func previousFoldedHash(_ text: String) -> UInt64 {
        var hash = Tokenizer.offsetBasis
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            index = utf8.index(after: index)
            if byte == 0xE2, index < utf8.endIndex, utf8[index] == 0x80 {
                let third = utf8.index(after: index)
                if third < utf8.endIndex, utf8[third] == 0x99 {
                    index = utf8.index(after: third)
                    hash = (hash ^ UInt64(UInt8(ascii: "'"))) &* Tokenizer.prime
                    continue
                }
            }
            hash = (hash ^ UInt64(Tokenizer.fold(byte))) &* Tokenizer.prime
        }
        return hash
    }

    /// `foldedHash`, reading the string's bytes through `withUTF8`, gives what walking its UTF-8
    /// view gave, for strings built of pieces, cut ones and ones decoded from invalid bytes.
    @Test func foldedHashesAreThoseOfTheUTF8View() {
        let pieces = ["a", "Z", "’", "‘", "–", "“", "é", "😀", " ", "'", "-", "0", "CAMHS", "Jo’s", "\u{2019}", "\u{2018}x", "\u{E2}"]
        var generator = SplitMix64(seed: 0x7065_7266_38)
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) { text += pieces.randomElement(using: &generator)! }
            #expect(Tokenizer.foldedHash(text) == Self.previousFoldedHash(text), "\(text)")
            let cut = String(text.dropFirst(Int.random(in: 0...2, using: &generator)))
            #expect(Tokenizer.foldedHash(cut) == Self.previousFoldedHash(cut), "\(cut)")
            let bytes = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                [0xE2, 0x80, 0x99, 0x41, 0x61, 0x20, 0xC3, 0xFF].randomElement(using: &generator)! as UInt8
            }
            let decoded = String(decoding: bytes, as: UTF8.self)
            #expect(Tokenizer.foldedHash(decoded) == Self.previousFoldedHash(decoded), "\(bytes)")
        }
        // A token's folded hash is the string's, for the words a token is made of.
        for word in ["child’s", "Child's", "CAMHS", "step-mum", "28th", "é"] {
            #expect(Tokenizer.tokens(of: word).map(\.folded) == [Tokenizer.foldedHash(word)], "\(word)")
        }
    }
}
