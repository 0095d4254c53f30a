/// A word, number or punctuation mark of a record's text, found without allocating strings.
///
/// Words keep inner apostrophes (`child's`, with `’` read as `'`) and inner hyphens (`step-parent`);
/// every other punctuation mark is a token of its own, so a phrase such as `n/a` is three tokens
/// and matches wherever those three stand together.
public struct Token: Sendable, Hashable {
    /// Where the token stands.
    public var range: SourceRange
    /// A hash of the token's text with ASCII letters folded to lower case and `’` read as `'`.
    public var folded: UInt64
    /// A hash of the token's exact text (for case-sensitive matches such as acronyms).
    public var exact: UInt64
    /// What the token is made of.
    public var shape: Shape

    /// What a token is made of.
    public enum Shape: UInt8, Sendable, Hashable {
        /// Letters (perhaps with digits, inner apostrophes or hyphens), not all upper case.
        case word
        /// Two or more letters, all upper case (perhaps with digits): `CAMHS`, `S47`.
        case upperWord
        /// A single upper-case letter: an initial such as `A`.
        case initial
        /// Digits only.
        case number
        /// Digits and letters mixed, starting with a digit: `28th`, `2nd`, `10am`.
        case numberWord
        /// A single punctuation mark.
        case punctuation
    }

    /// Whether the token is a word of any case.
    public var isWord: Bool { shape == .word || shape == .upperWord || shape == .initial }
}

/// Splits text into tokens.
public enum Tokenizer {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// The folded hash of a string, as `Token.folded` would give for it as one token.
    public static func foldedHash(_ text: String) -> UInt64 {
        // Without copying the text: this is called inside loops over tokens.
        var hash = offsetBasis
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            index = utf8.index(after: index)
            if byte == 0xE2, index < utf8.endIndex, utf8[index] == 0x80 {
                let third = utf8.index(after: index)
                if third < utf8.endIndex, utf8[third] == 0x99 {
                    index = utf8.index(after: third)
                    hash = (hash ^ UInt64(UInt8(ascii: "'"))) &* prime
                    continue
                }
            }
            hash = (hash ^ UInt64(fold(byte))) &* prime
        }
        return hash
    }

    /// The exact hash of a string, as `Token.exact` would give for it as one token.
    public static func exactHash(_ text: String) -> UInt64 {
        var hash = offsetBasis
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Whether the byte continues a word: a letter, a digit or part of a non-ASCII character.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte >= 0x80 }

    /// Appends the tokens of `bytes[range]` to `tokens`.
    public static func tokenize(_ bytes: [UInt8], _ range: SourceRange, into tokens: inout [Token]) {
        bytes.withUnsafeBufferPointer { buffer in
            tokenize(buffer, range, into: &tokens)
        }
    }

    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: SourceRange, into tokens: inout [Token]) {
        let start = range.start
        let end = min(range.end, bytes.count)
        // Room for the tokens the range may hold (records average one for every four bytes; a
        // third leaves a margin), so a new array does not grow one step at a time. Growth stays
        // geometric (half as much again) over many short ranges, without doubling for one long one.
        let expected = max(0, end - start) / 3 + 4
        if tokens.capacity - tokens.count < expected {
            tokens.reserveCapacity(max(tokens.count + expected, tokens.capacity + tokens.capacity / 2))
        }
        // Appended as a sequence: `append(contentsOf:)` writes each token straight into the
        // array's spare capacity, without the uniqueness and capacity checks of an append each.
        tokens.append(contentsOf: Tokens(bytes: bytes, index: start, end: end))
    }

    /// The tokens of a range of bytes, one at a time.
    struct Tokens: Sequence, IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int
        let end: Int

        @inline(__always)
        mutating func next() -> Token? {
            while index < end {
                let byte = bytes[index]
                if byte <= UInt8(ascii: " "), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    index &+= 1
                    continue
                }
                // A curly apostrophe or other punctuation in non-ASCII: U+2018/2019 are apostrophes,
                // dashes U+2013/2014 are punctuation; other non-ASCII characters are letters.
                if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 {
                    let third = bytes[index + 2]
                    if third == 0x93 || third == 0x94 || third == 0x98 || third == 0x99 || third == 0x9C || third == 0x9D || third == 0xA2 || third == 0xA6 {
                        var hash = offsetBasis
                        for offset in 0..<3 { hash = (hash ^ UInt64(bytes[index + offset])) &* prime }
                        let token = Token(range: SourceRange(index, index + 3), folded: hash, exact: hash, shape: .punctuation)
                        index &+= 3
                        return token
                    }
                }
                if !isWordByte(byte) {
                    let hash = (offsetBasis ^ UInt64(byte)) &* prime
                    let token = Token(range: SourceRange(index, index + 1), folded: hash, exact: hash, shape: .punctuation)
                    index &+= 1
                    return token
                }
                let start = index
                var folded = offsetBasis
                // Lower-case letters, the bytes of most words, are only hashed; the other kinds are
                // counted, and the letters are what the counts leave over.
                var uppers = 0
                var digits = 0
                var joiners = 0  // bytes of inner apostrophes and hyphens
                var hasCurly = false
                let startsWithDigit = isDigit(byte)
                while index < end {
                    let current = bytes[index]
                    if current &- UInt8(ascii: "a") < 26 {
                        folded = (folded ^ UInt64(current)) &* prime
                        index &+= 1
                        continue
                    }
                    if current < 0x80 {
                        if current &- UInt8(ascii: "A") < 26 {
                            uppers &+= 1
                            folded = (folded ^ UInt64(current | 0x20)) &* prime
                            index &+= 1
                            continue
                        }
                        if isDigit(current) {
                            digits &+= 1
                            folded = (folded ^ UInt64(current)) &* prime
                            index &+= 1
                            continue
                        }
                        // An inner apostrophe or hyphen joins a word: `child's`, `step-mum` (not `4-weekly`).
                        if (current == UInt8(ascii: "'") || current == UInt8(ascii: "-")) && index > start && index + 1 < end
                            && isWordByte(bytes[index + 1]) && !(current == UInt8(ascii: "-") && startsWithDigit && digits == index - start)
                        {
                            joiners &+= 1
                            folded = (folded ^ UInt64(current)) &* prime
                            index &+= 1
                            continue
                        }
                        break
                    }
                    if current == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 {
                        let third = bytes[index + 2]
                        if third == 0x98 || third == 0x99 {
                            // A curly apostrophe inside a word reads as `'`; elsewhere it ends the word.
                            guard index + 3 < end, isLetter(bytes[index + 3]), index > start else { break }
                            folded = (folded ^ UInt64(UInt8(ascii: "'"))) &* prime
                            hasCurly = true
                            joiners &+= 3
                            index &+= 3
                            continue
                        }
                        if third == 0x93 || third == 0x94 || third == 0x9C || third == 0x9D || third == 0xA2 || third == 0xA6 { break }
                    }
                    // Any other byte of a non-ASCII character is a letter, as a lower-case one is.
                    folded = (folded ^ UInt64(current)) &* prime
                    index &+= 1
                }
                // The counts are parts of the word's length: no subtraction can overflow.
                let letters = index &- start &- digits &- joiners
                // The exact hash differs from the folded one only where there are capitals.
                var exact = folded
                if uppers > 0 {
                    exact = offsetBasis
                    var position = start
                    if hasCurly {
                        while position < index {
                            let current = bytes[position]
                            if current == 0xE2, position + 2 < index, bytes[position + 1] == 0x80, bytes[position + 2] == 0x98 || bytes[position + 2] == 0x99 {
                                exact = (exact ^ UInt64(UInt8(ascii: "'"))) &* prime
                                position &+= 3
                                continue
                            }
                            exact = (exact ^ UInt64(current)) &* prime
                            position &+= 1
                        }
                    } else {
                        // Without a curly apostrophe every byte stands for itself: no test at each one.
                        while position < index {
                            exact = (exact ^ UInt64(bytes[position])) &* prime
                            position &+= 1
                        }
                    }
                }
                let shape: Token.Shape
                if letters == 0 && joiners == 0 {
                    // Only a run of digits is a number: `1'2` (digits joined by an apostrophe) is not.
                    shape = .number
                } else if startsWithDigit {
                    shape = .numberWord
                } else if uppers == letters {
                    shape = letters == 1 ? .initial : .upperWord
                } else {
                    shape = .word
                }
                return Token(range: SourceRange(start, index), folded: folded, exact: exact, shape: shape)
            }
            return nil
        }
    }

    /// The tokens of a string (positions are offsets into the string's UTF-8).
    public static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        // The string's own bytes, not a copy (`withUTF8` is mutating: it may first make the
        // string contiguous).
        var text = text
        text.withUTF8 { tokenize($0, SourceRange(0, $0.count), into: &tokens) }
        return tokens
    }
}
