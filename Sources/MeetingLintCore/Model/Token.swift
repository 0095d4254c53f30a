/// A word, number or punctuation mark of a record's text, found without allocating strings.
///
/// Words keep inner apostrophes (`child's`, with `’` read as `'`) and inner hyphens (`step-parent`);
/// every other punctuation mark is a token of its own, so a phrase such as `n/a` is three tokens
/// and matches wherever those three stand together. A no-break space and the other Unicode spaces
/// (U+2000-U+200B, U+202F) separate tokens as a space does.
///
/// A token is 24 bytes: its two hashes, and one 64-bit word holding its offsets and its shape
/// (`place`). A record is at most `RecordReader.largestRecord` (1 GiB) bytes, so a token starts
/// below 2^30 and ends at 2^30 at most: its start takes 30 bits, its end 31 and its shape the
/// 3 left. (Two `UInt32` offsets and a byte for the shape made it 32 with padding, two `Int`s 40.)
/// A huge record has about one token for every five bytes, so its tokens were six and a half
/// bytes of memory for every byte of text, and are now about five.
public struct Token: Sendable, Hashable {
    /// A hash of the token's text with ASCII letters folded to lower case and `’` read as `'`.
    public var folded: UInt64
    /// A hash of the token's exact text (for case-sensitive matches such as acronyms).
    public var exact: UInt64
    /// The first byte (bits 0-29), one past the last byte (bits 30-60) and the shape's raw value
    /// (bits 61-63). Only a `Shape`'s raw value is ever written to the top bits.
    private var place: UInt64

    /// The most an offset of a token may be: `RecordReader.largestRecord`, 2^30. The tokenizer
    /// reads no byte at or past it; a start is at most one less (a token covers a byte at least).
    public static let largestOffset = 1 << 30

    /// The bits of `place` that hold the start.
    private static let startMask: UInt64 = (1 << 30) - 1
    /// The bits of `place`, shifted down by 30, that hold the end.
    private static let endMask: UInt64 = (1 << 31) - 1
    /// Where the end starts in `place`.
    private static let endShift: UInt64 = 30
    /// Where the shape starts in `place`.
    private static let shapeShift: UInt64 = 61

    /// The word holding `start`, `end` and `shape`, from values known to fit their bits.
    @inline(__always)
    private static func place(start: Int, end: Int, shape: Shape) -> UInt64 {
        UInt64(truncatingIfNeeded: start) | UInt64(truncatingIfNeeded: end) &<< endShift | UInt64(shape.rawValue) &<< shapeShift
    }

    /// The word holding a range clamped to what the bits hold: the end to `largestOffset`, the
    /// start to the end and to one less than `largestOffset` (offsets past it are never met: no
    /// record is that long, and the tokenizer stops there), negative offsets to 0.
    private static func place(clamping range: SourceRange, shape: Shape) -> UInt64 {
        let end = min(max(range.end, 0), largestOffset)
        let start = min(max(range.start, 0), end, largestOffset - 1)
        return place(start: start, end: end, shape: shape)
    }

    /// Where the token stands. A range set past `largestOffset` is clamped
    /// (`place(clamping:shape:)`).
    public var range: SourceRange {
        @inline(__always) get {
            SourceRange(ordered: Int(truncatingIfNeeded: place & Token.startMask), Int(truncatingIfNeeded: (place &>> Token.endShift) & Token.endMask))
        }
        set { place = Token.place(clamping: newValue, shape: shape) }
    }

    /// What the token is made of.
    public var shape: Shape {
        // The top three bits only ever hold a shape's raw value (0-5), so they are one as they
        // stand: no test of the value is needed.
        @inline(__always) get { unsafeBitCast(UInt8(truncatingIfNeeded: place &>> Token.shapeShift), to: Shape.self) }
        set { place = place & ~(7 &<< Token.shapeShift) | UInt64(newValue.rawValue) &<< Token.shapeShift }
    }

    /// Creates a token (its range clamped as `range` says).
    public init(range: SourceRange, folded: UInt64, exact: UInt64, shape: Shape) {
        self.folded = folded
        self.exact = exact
        place = Token.place(clamping: range, shape: shape)
    }

    /// Creates a token from offsets known to lie in `0...largestOffset` with `start < end` or
    /// `start == end < largestOffset` (the tokenizer's, which never reads past `largestOffset`).
    @inline(__always)
    init(start: Int, end: Int, folded: UInt64, exact: UInt64, shape: Shape) {
        self.folded = folded
        self.exact = exact
        place = Token.place(start: start, end: end, shape: shape)
    }

    /// What a token is made of.
    public enum Shape: UInt8, Sendable, Hashable {
        // The three word shapes come first: `isWord` tests that the raw value is at most `initial`'s.
        /// Letters (perhaps with digits, inner apostrophes or hyphens), not all upper case.
        case word
        /// Letters all upper case, with digits or two letters at least: `CAMHS`, `S47`, `Y6`.
        case upperWord
        /// A single upper-case letter standing alone: an initial such as `A`.
        case initial
        /// Digits only.
        case number
        /// Digits and letters mixed, starting with a digit: `28th`, `2nd`, `10am`.
        case numberWord
        /// A single punctuation mark.
        case punctuation
    }

    /// Whether the token is a punctuation mark (`shape == .punctuation`): one compare of
    /// `place`, the last shape standing in its top bits, where reading the shape out first takes
    /// a mask and a compare with a 64-bit constant. For the loops that test every token.
    public var isPunctuation: Bool {
        @inline(__always) get { place >= UInt64(Shape.punctuation.rawValue) &<< Token.shapeShift }
    }

    /// Whether the token is a word of any case: one test, the three word shapes being the first
    /// three and the shape standing in the top bits of `place` (so that a shape below `number`'s
    /// is a `place` below `number`'s shifted there). Inlined everywhere: the optimiser otherwise
    /// leaves it a call, passed the whole token.
    public var isWord: Bool {
        @inline(__always) get { place < UInt64(Shape.number.rawValue) &<< Token.shapeShift }
    }
}

/// Splits text into tokens.
public enum Tokenizer {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3
    /// The hash of `'` alone, the folded hash of `’` alone too.
    static let apostropheHash: UInt64 = 0xaf63_9a4c_8601_7c66

    /// The folded hash of a string, as `Token.folded` would give for it as one token.
    public static func foldedHash(_ text: String) -> UInt64 {
        // The string's own bytes, without copying them (`withUTF8` is mutating: it may first make
        // the string contiguous): this is called inside loops over tokens, and for every word of
        // every list at start-up.
        var text = text
        return text.withUTF8 { bytes in
            var hash = offsetBasis
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                    hash = (hash ^ UInt64(UInt8(ascii: "'"))) &* prime
                    index += 3
                    continue
                }
                hash = (hash ^ UInt64(fold(byte))) &* prime
                index += 1
            }
            return hash
        }
    }

    /// The folded hash of the ASCII letters of `bytes` from `start` up to the first byte that is
    /// no letter (or `end`), and where they stop: the word inside a token such as `Jan-2026` or
    /// `24hrs`, hashed as `foldedHash` would hash it alone.
    static func foldedLetters<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, from start: Int, to end: Int) -> (hash: UInt64, end: Int)
    where Bytes.Index == Int {
        var hash = offsetBasis
        var position = start
        while position < end, isLetter(bytes[position]) {
            hash = (hash ^ UInt64(fold(bytes[position]))) &* prime
            position += 1
        }
        return (hash, position)
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

    // The scan's tests of a byte's kind as bit sets, one bit for each ASCII byte: the bit of byte
    // `b` is bit `b` of the `Low` set below 64, bit `b - 64` of the `High` set from 64 to 127.
    // One shift and one test replace the three or four range tests of a byte's kind, which the
    // optimiser evaluated all at once, a dozen instructions, for every mark.
    // `ManyLineScanTests.byteSetsAreThePlainTests` checks each against the plain test, for all 256 bytes.

    /// The ASCII bytes that continue a word: the digits (0x30-0x39).
    static let wordBytesLow: UInt64 = 0x03FF_0000_0000_0000
    /// The ASCII bytes that continue a word: the capitals (0x41-0x5A) and lower-case letters (0x61-0x7A).
    static let wordBytesHigh: UInt64 = 0x07FF_FFFE_07FF_FFFE
    /// The ASCII bytes that end a word of letters at once (a mark, a space, a line end or a
    /// control character): all but the letters, the digits, `'` (0x27) and `-` (0x2D).
    static let endsLettersLow: UInt64 = ~(wordBytesLow | 1 << 0x27 | 1 << 0x2D)
    /// The ASCII bytes that end a word of letters at once: all but the letters.
    static let endsLettersHigh: UInt64 = ~wordBytesHigh
    /// The ASCII bytes that end a number at once: all but `'` (0x27), which may join it.
    static let endsNumberLow: UInt64 = ~(1 << 0x27)
    /// The ASCII bytes that end a number at once: all but the letters.
    static let endsNumberHigh: UInt64 = ~wordBytesHigh

    /// Whether ASCII `byte` is in the set of bytes given by `low` and `high` (false past ASCII).
    @inline(__always)
    static func isASCII(_ byte: UInt8, in low: UInt64, _ high: UInt64) -> Bool {
        byte < 0x80 && ((byte < 64 ? low : high) &>> UInt64(byte & 63)) & 1 != 0
    }

    /// Whether the byte continues a word: a letter, a digit or part of a non-ASCII character.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || ((byte < 64 ? wordBytesLow : wordBytesHigh) &>> UInt64(byte & 63)) & 1 != 0
    }

    /// Whether `byte`, after letters, ends the word at once: any ASCII byte but a letter, a digit,
    /// `'` and `-` (which may join the word: `child's`, `step-mum`). Bytes past ASCII are left to
    /// the word loop (a letter, or a curly apostrophe or dash).
    @inline(__always)
    static func endsLettersAtOnce(_ byte: UInt8) -> Bool { isASCII(byte, in: endsLettersLow, endsLettersHigh) }

    /// Whether `byte`, after digits, ends the number at once: `byte <= " " || (byte < 0x80 &&
    /// !isLetter(byte) && byte != "'")`, by the bit sets.
    @inline(__always)
    static func endsNumberAtOnce(_ byte: UInt8) -> Bool { isASCII(byte, in: endsNumberLow, endsNumberHigh) }

    /// Appends the tokens of `bytes[range]` to `tokens`.
    public static func tokenize(_ bytes: [UInt8], _ range: SourceRange, into tokens: inout [Token]) {
        bytes.withUnsafeBufferPointer { buffer in
            tokenize(buffer, range, into: &tokens)
        }
    }

    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: SourceRange, into tokens: inout [Token]) {
        let start = range.start
        // Tokens keep 31-bit offsets: bytes past `Token.largestOffset` are not read (a record is
        // never that long; see `RecordReader.largestRecord`).
        let end = min(range.end, bytes.count, Token.largestOffset)
        // Room for the tokens the range may hold (records average one for every four bytes; a
        // third leaves a margin), so a new array does not grow one step at a time. Growth stays
        // geometric (half as much again) over many short ranges, without doubling for one long one.
        let expected = max(0, end - start) / 3 + 4
        if tokens.capacity - tokens.count < expected {
            tokens.reserveCapacity(max(tokens.count + expected, tokens.capacity + tokens.capacity / 2))
        }
        // Appended as a sequence: `append(contentsOf:)` hands the array's spare capacity to
        // `Tokens._copyContents`, which scans straight into it.
        tokens.append(contentsOf: Tokens(bytes: bytes, index: start, end: end))
    }

    /// Appends the tokens of each line's `range` of `bytes` to `tokens`, a line after another, and
    /// sets each line's `tokens` to where its own stand: what `tokenize(_:_:into:)` of each line in
    /// turn gives. All the lines left are appended together, in one `append(contentsOf:)` that
    /// stops at the end of the last line the array's spare capacity held (one append for a line
    /// costs a hundred instructions or so beyond the scan, and a record has a hundred lines). The
    /// line that did not fit is then appended on its own, the array growing as it would for it
    /// alone, and the lines after it together again.
    ///
    /// (The lines appended together were once only those that surely fit, a token covering a byte
    /// at least: the builder's room, a token for every four bytes, then split a record's lines
    /// into seven appends or so, though its tokens nearly always fit.)
    static func tokenize(_ bytes: [UInt8], lines: UnsafeMutableBufferPointer<TextLine>, into tokens: inout [Token]) {
        bytes.withUnsafeBufferPointer { buffer in
            var line = 0
            while line < lines.count {
                // A line that surely fits (which, with room, every line does) starts a group; the
                // lines after it go as far as the room does.
                let most = LineTokens.end(of: lines[line].range, in: buffer) - lines[line].range.start
                if most <= tokens.capacity - tokens.count {
                    var reached = line
                    withUnsafeMutablePointer(to: &reached) { reached in
                        tokens.append(contentsOf: LineTokens(bytes: buffer, lines: lines, first: line, end: lines.count, count: tokens.count, reached: reached))
                    }
                    // No line finished only when the line's tokens filled the room exactly (the
                    // scan stops there before it finishes the line): it goes on its own below.
                    if reached > line {
                        line = reached
                        continue
                    }
                }
                let start = tokens.count
                tokenize(buffer, lines[line].range, into: &tokens)
                lines[line].tokens = start..<tokens.count
                line += 1
            }
        }
    }

    /// The tokens of some lines, one line after another (`lines[first..<end]`), each line's
    /// `tokens` set as its last token is given. Appending them to an array scans straight into its
    /// spare capacity; `next()` gives them one at a time, only for what did not fit.
    struct LineTokens: Sequence, IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        let lines: UnsafeMutableBufferPointer<TextLine>
        /// The line being read.
        var line: Int
        /// One past the last line to read.
        var end: Int
        /// Where the scan stands in the line being read.
        var index: Int
        /// The index in the array the next token will have.
        var count: Int
        /// The index in the array of the line's first token.
        var lineStart: Int
        /// If given, where appending stops when the room runs out: at the end of the last line
        /// that fitted whole, the tokens of the line after it dropped and `reached` set to that
        /// line (or to `end` once every line is read). Without it, `next()` reads on.
        let reached: UnsafeMutablePointer<Int>?

        /// The lines `lines[first..<end]`, whose first token will stand at `count` in the array;
        /// `reached` as the property says.
        init(bytes: UnsafeBufferPointer<UInt8>, lines: UnsafeMutableBufferPointer<TextLine>, first: Int, end: Int, count: Int,
             reached: UnsafeMutablePointer<Int>? = nil)
        {
            precondition(first >= 0 && first <= end && end <= lines.count, "lines outside the buffer")
            self.bytes = bytes
            self.lines = lines
            line = first
            self.end = end
            index = first < end ? lines[first].range.start : 0
            self.count = count
            lineStart = count
            self.reached = reached
        }

        /// Where the scan of a line's range stops: as in `tokenize(_:_:into:)`, not past the bytes
        /// nor past `Token.largestOffset`.
        @inline(__always)
        static func end(of range: SourceRange, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
            Swift.min(range.end, bytes.count, Token.largestOffset)
        }

        /// Sets the line's tokens and moves on to the next line.
        @inline(__always)
        mutating func finishLine() {
            lines[line].tokens = lineStart..<count
            lineStart = count
            line += 1
            if line < end { index = lines[line].range.start }
        }

        /// Finishes the line when a scan of many lines (started with `count` tokens in the array)
        /// reaches its end, `scanned` tokens written: sets the line's tokens and gives where the
        /// next line's scan starts and stops, or nil if it was the last. Not inlined: it runs once
        /// a line, and inlined into the scan its state took registers the scan's loop needs.
        @inline(never)
        mutating func finishLine(scanned: Int) -> (start: Int, end: Int)? {
            // Unchecked: `scanned` only grows, so the bounds are in order (and the counts of
            // tokens in memory are far from overflowing).
            lines[line].tokens = Range(uncheckedBounds: (lineStart, count &+ scanned))
            lineStart = count &+ scanned
            line &+= 1
            guard line < end else { return nil }
            return (lines[line].range.start, LineTokens.end(of: lines[line].range, in: bytes))
        }

        mutating func next() -> Token? {
            while line < end {
                // A placeholder the scan overwrites: room for exactly one token.
                var token = Token(range: SourceRange(0, 0), folded: 0, exact: 0, shape: .punctuation)
                let stop = LineTokens.end(of: lines[line].range, in: bytes)
                let written = withUnsafeMutablePointer(to: &token) { Tokenizer.scan(bytes, from: &index, to: stop, into: $0, capacity: 1) }
                if written == 1 {
                    count += 1
                    return token
                }
                finishLine()
            }
            return nil
        }

        /// Scans line after line into the spare capacity `append(contentsOf:)` hands over, until
        /// the lines end or the room does. Inlined into the append, as `Tokens`' is.
        @inline(__always)
        func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Token>) -> (LineTokens, Int) {
            var rest = self
            let output = buffer.baseAddress
            var written = 0
            // The lines one after another in one scan, each finished as the scan reaches its end,
            // until the lines end or the room does.
            if let output, rest.line < rest.end {
                var index = rest.index
                let stop = LineTokens.end(of: lines[rest.line].range, in: bytes)
                written = Tokenizer.scan(bytes, from: &index, to: stop, into: output, capacity: buffer.count) { scanned in
                    rest.finishLine(scanned: scanned)
                }
                rest.index = index
                rest.count += written
            }
            if let reached = rest.reached {
                // Stop at the last line read whole: the tokens of the line the room ran out in
                // (if any) are not counted (they are plain values, nothing to release), and
                // `next()` has no line left to read, so the append ends here.
                if rest.line < rest.end {
                    written = rest.lineStart - count
                    rest.count = rest.lineStart
                    rest.index = lines[rest.line].range.start
                }
                reached.pointee = rest.line
                rest.end = rest.line
                return (rest, written)
            }
            guard let output else { return (rest, 0) }
            // The room ran out (or there was none): the line where the scan stopped, finished here
            // if the scan reached its end, and the empty lines after it, as one line at a time.
            while rest.line < rest.end {
                let stop = LineTokens.end(of: lines[rest.line].range, in: bytes)
                let scanned = Tokenizer.scan(bytes, from: &rest.index, to: stop, into: output + written, capacity: buffer.count - written)
                written += scanned
                rest.count += scanned
                // The room ran out before the line did: `next()` reads the rest of it.
                if rest.index < stop { break }
                rest.finishLine()
            }
            return (rest, written)
        }
    }

    /// The tokens of a range of bytes. Appending them to an array scans straight into its spare
    /// capacity (`_copyContents`); `next()` gives them one at a time, only for what did not fit.
    struct Tokens: Sequence, IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int
        let end: Int

        mutating func next() -> Token? {
            // A placeholder the scan overwrites: room for exactly one token.
            var token = Token(range: SourceRange(0, 0), folded: 0, exact: 0, shape: .punctuation)
            let written = withUnsafeMutablePointer(to: &token) { Tokenizer.scan(bytes, from: &index, to: end, into: $0, capacity: 1) }
            return written == 1 ? token : nil
        }

        /// Scans into the spare capacity `append(contentsOf:)` hands over. Inlined into the append,
        /// so the scan's state stays in registers rather than crossing a call.
        @inline(__always)
        func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Token>) -> (Tokens, Int) {
            var rest = self
            guard let output = buffer.baseAddress else { return (rest, 0) }
            let written = Tokenizer.scan(bytes, from: &rest.index, to: end, into: output, capacity: buffer.count)
            return (rest, written)
        }
    }

    /// What the word loop has met in a word, as bits (counts are not needed: only whether there
    /// were any, and whether more than one capital).
    private static let sawLower: UInt32 = 1  // a lower-case letter or a byte of a non-ASCII letter
    private static let sawUpper: UInt32 = 2
    private static let sawSecondUpper: UInt32 = 4
    private static let sawDigit: UInt32 = 8
    private static let sawJoiner: UInt32 = 16  // an inner apostrophe (straight or curly) or hyphen
    private static let startedWithDigit: UInt32 = 32  // kept with the rest, to hold one register fewer

    /// Writes the tokens of `bytes[index..<end]` to `output`, at most `capacity` of them, and
    /// moves `index` past the bytes they cover. Returns how many it wrote.
    ///
    /// Lower-case letters, the bytes of most words, are tested and hashed four to a step; other
    /// bytes are classified one at a time, the commonest kinds first.
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int, to end: Int, into output: UnsafeMutablePointer<Token>,
                     capacity: Int) -> Int
    {
        scan(bytes, from: &index, to: end, into: output, capacity: capacity) { _ in nil }
    }

    /// As `scan(_:from:to:into:capacity:)`, going on past `end` to further ranges while the room
    /// lasts: when the scan reaches `end`, `nextRange(written)` is told how many tokens it has
    /// written so far, and gives the next range's start and end, or nil to stop there (`index`
    /// then left at the last range's end). Many lines are scanned in one call this way,
    /// without the call's set-up and the writing back of its state for every line: that cost
    /// about seventy instructions a line, as much as a word's tokenizing.
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int, to end: Int, into output: UnsafeMutablePointer<Token>,
                     capacity: Int, nextRange: (_ written: Int) -> (start: Int, end: Int)?) -> Int
    {
        guard let base = bytes.baseAddress, capacity > 0 else { return 0 }
        var position = index
        var end = end
        var next = output
        let outputEnd = output + capacity
        while true {
            if position >= end {
                // The tokens written, by an unsigned division: `next` is never before `output`,
                // and a shift is cheaper than the signed division of `next - output`.
                let written = Int(bitPattern: (UInt(bitPattern: next) &- UInt(bitPattern: output)) / UInt(MemoryLayout<Token>.stride))
                guard let range = nextRange(written) else { break }
                position = range.start
                end = range.end
                continue
            }
            let byte = base[position]
            // Most tokens start with a lower-case letter: one test sends them to the word loop.
            if byte &- UInt8(ascii: "a") >= 26 {
                if byte <= UInt8(ascii: " "), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                    position &+= 1
                    continue
                }
                // Non-ASCII spaces and punctuation, behind one test for the ASCII bytes.
                if byte >= 0xC2 {
                    // A no-break space (U+00A0, as word processors put between a title and a name
                    // or in a date) is a space.
                    if byte == 0xC2, position + 1 < end, base[position + 1] == 0xA0 {
                        position &+= 2
                        continue
                    }
                    // A curly apostrophe or other punctuation in non-ASCII: U+2018/2019 are
                    // apostrophes, dashes U+2013/2014 are punctuation; other non-ASCII characters
                    // are letters.
                    if byte == 0xE2, position + 2 < end, base[position + 1] == 0x80 {
                        let third = base[position + 2]
                        // The spaces U+2000-U+200B (en and em spaces, thin, hair and zero-width
                        // spaces) and U+202F (a narrow no-break space) are spaces.
                        if isSpaceAfterE280(third) {
                            position &+= 3
                            continue
                        }
                        if third == 0x93 || third == 0x94 || third == 0x98 || third == 0x99 || third == 0x9C || third == 0x9D || third == 0xA2 || third == 0xA6 {
                            var hash = offsetBasis
                            for offset in 0..<3 { hash = (hash ^ UInt64(base[position + offset])) &* prime }
                            // A right single quote standing alone (`professionals’`, as word
                            // processors write the apostrophe) is folded as `'`, as inside a word
                            // and as `Tokenizer.foldedHash` reads it; its exact hash is its own.
                            let folded = third == 0x99 ? Tokenizer.apostropheHash : hash
                            next.initialize(to: Token(start: position, end: position + 3, folded: folded, exact: hash, shape: .punctuation))
                            next += 1
                            position &+= 3
                            if next == outputEnd { break }
                            continue
                        }
                    }
                }
                if !isWordByte(byte) {
                    let hash = (offsetBasis ^ UInt64(byte)) &* prime
                    next.initialize(to: Token(start: position, end: position + 1, folded: hash, exact: hash, shape: .punctuation))
                    next += 1
                    position &+= 1
                    if next == outputEnd { break }
                    continue
                }
            }
            let start = position
            var folded = offsetBasis
            // The exact hash equals the folded one until the first capital (a curly apostrophe is
            // `'` in both); from there both are kept. Before it, `exact` is not used.
            var exact = offsetBasis
            var saw: UInt32 = byte &- UInt8(ascii: "0") < 10 ? startedWithDigit : 0
            if byte &- UInt8(ascii: "a") < 26 {
                // A word that starts with a lower-case letter, the commonest kind: its first run
                // is known not to be empty, and its first letter is hashed here rather than
                // tested again by the run.
                saw = sawLower
                folded = (folded ^ UInt64(byte)) &* prime
                position = hashLowerCaseRun(base, position &+ 1, end, &folded)
                // The commonest token of all: lower-case letters only, ended by a space, a line end
                // or the range's end (or a mark: `endsLettersAtOnce`). Written at once, as the loop below would write it, without
                // passing through the loop and the tests of the word's shape.
                let after = position < end ? base[position] : 0
                if after <= UInt8(ascii: " ") || endsLettersAtOnce(after) {
                    next.initialize(to: Token(start: start, end: position, folded: folded, exact: folded, shape: .word))
                    next += 1
                    // The space after it passed over first, without a branch (a scan stopped
                    // here by the room goes on from after the space, which it would skip anyway).
                    position &+= after == UInt8(ascii: " ") ? 1 : 0
                    if next == outputEnd { break }
                    continue
                }
            } else if byte &- UInt8(ascii: "A") < 26 {
                // A word that starts with a capital (a name, a sentence's first word), the next
                // commonest: both hashes from its first byte, then the letters after it.
                saw = sawUpper
                folded = (folded ^ UInt64(byte | 0x20)) &* prime
                exact = (exact ^ UInt64(byte)) &* prime
                position &+= 1
                let runStart = position
                position = hashLowerCaseRun(base, position, end, &folded, &exact)
                // A capital and lower-case letters (or a capital alone, an initial), ended as above:
                // written at once too.
                let after = position < end ? base[position] : 0
                if after <= UInt8(ascii: " ") || endsLettersAtOnce(after) {
                    let shape: Token.Shape = position != runStart ? .word : .initial
                    next.initialize(to: Token(start: start, end: position, folded: folded, exact: exact, shape: shape))
                    next += 1
                    // The space after it passed over first, without a branch (a scan stopped
                    // here by the room goes on from after the space, which it would skip anyway).
                    position &+= after == UInt8(ascii: " ") ? 1 : 0
                    if next == outputEnd { break }
                    continue
                }
                if position != runStart { saw |= sawLower }
            } else if saw == startedWithDigit {
                // A number (a date's parts, a time, an age): its digits hashed at once. Ended by a
                // space, a line end, the range's end or an ASCII mark other than `'` (which may
                // join it: `1'2`; `-` does not join digits alone), it is written at once; else
                // (`28th`, `10am`, digits and a letter or a curly apostrophe) the loop below
                // reads it from its start, as it would have.
                var digitEnd = position &+ 1
                var digits = (offsetBasis ^ UInt64(byte)) &* prime
                while digitEnd < end, base[digitEnd] &- UInt8(ascii: "0") < 10 {
                    digits = (digits ^ UInt64(base[digitEnd])) &* prime
                    digitEnd &+= 1
                }
                let after = digitEnd < end ? base[digitEnd] : 0
                if after <= UInt8(ascii: " ") || endsNumberAtOnce(after) {
                    position = digitEnd
                    next.initialize(to: Token(start: start, end: position, folded: digits, exact: digits, shape: .number))
                    next += 1
                    // The space after it passed over first, without a branch (a scan stopped
                    // here by the room goes on from after the space, which it would skip anyway).
                    position &+= after == UInt8(ascii: " ") ? 1 : 0
                    if next == outputEnd { break }
                    continue
                }
            }
            while position < end {
                let current = base[position]
                // Spaces, line ends and control characters end a word.
                if current <= UInt8(ascii: " ") { break }
                if current < 0x80 {
                    if current &- UInt8(ascii: "A") < 26 {
                        if saw & sawUpper == 0 { exact = folded }
                        saw |= (saw & sawUpper) << 1 | sawUpper
                        folded = (folded ^ UInt64(current | 0x20)) &* prime
                        exact = (exact ^ UInt64(current)) &* prime
                        position &+= 1
                    } else if current &- UInt8(ascii: "0") < 10 {
                        saw |= sawDigit
                        folded = (folded ^ UInt64(current)) &* prime
                        exact = (exact ^ UInt64(current)) &* prime
                        position &+= 1
                    } else if (current == UInt8(ascii: "'") || current == UInt8(ascii: "-")) && position > start && position + 1 < end
                        && isWordByte(base[position + 1]) && !(current == UInt8(ascii: "-") && saw == startedWithDigit | sawDigit)
                    {
                        // An inner apostrophe or hyphen joins a word: `child's`, `step-mum` (not
                        // `4-weekly`: a hyphen after digits only ends a number).
                        saw |= sawJoiner
                        folded = (folded ^ UInt64(current)) &* prime
                        exact = (exact ^ UInt64(current)) &* prime
                        position &+= 1
                    } else {
                        break
                    }
                } else {
                    // A no-break space ends the word, as a space does.
                    if current == 0xC2, position + 1 < end, base[position + 1] == 0xA0 { break }
                    // A curly apostrophe, a dash, a space or another mark of punctuation (E2 80 xx),
                    // or else a byte of a non-ASCII letter.
                    let third = current == 0xE2 && position + 2 < end && base[position + 1] == 0x80 ? base[position + 2] : 0
                    if third == 0x98 || third == 0x99 {
                        // A curly apostrophe inside a word reads as `'`; elsewhere it ends the word.
                        guard position + 3 < end, isLetter(base[position + 3]), position > start else { break }
                        saw |= sawJoiner
                        folded = (folded ^ UInt64(UInt8(ascii: "'"))) &* prime
                        exact = (exact ^ UInt64(UInt8(ascii: "'"))) &* prime
                        position &+= 3
                    } else if third == 0x93 || third == 0x94 || third == 0x9C || third == 0x9D || third == 0xA2 || third == 0xA6 || isSpaceAfterE280(third) {
                        break
                    } else {
                        // Any other byte of a non-ASCII character is a letter, as a lower-case one is.
                        saw |= sawLower
                        folded = (folded ^ UInt64(current)) &* prime
                        exact = (exact ^ UInt64(current)) &* prime
                        position &+= 1
                    }
                }
                // The lower-case letters after that byte.
                let runStart = position
                if saw & sawUpper == 0 {
                    position = hashLowerCaseRun(base, position, end, &folded)
                } else {
                    position = hashLowerCaseRun(base, position, end, &folded, &exact)
                }
                if position != runStart { saw |= sawLower }
            }
            if saw == sawLower {
                // Lower-case letters only (the commonest word).
                next.initialize(to: Token(start: start, end: position, folded: folded, exact: folded, shape: .word))
            } else {
                let shape: Token.Shape
                if saw & (sawLower | sawUpper | sawJoiner) == 0 {
                    // Only a run of digits is a number: `1'2` (digits joined by an apostrophe) is not.
                    shape = .number
                } else if saw & startedWithDigit != 0 {
                    shape = .numberWord
                } else if saw & sawLower == 0 {
                    // A word starts with a letter, so here every letter is a capital. Only a
                    // capital standing alone is an initial: `S47` and `Y6` are codes, and a full
                    // stop after one ends a sentence as after any word.
                    shape = saw & (sawSecondUpper | sawDigit | sawJoiner) == 0 ? .initial : .upperWord
                } else {
                    shape = .word
                }
                next.initialize(to: Token(start: start, end: position, folded: folded, exact: saw & sawUpper != 0 ? exact : folded, shape: shape))
            }
            next += 1
            if next == outputEnd { break }
            // The space after a word, the commonest byte after one, is passed over here rather
            // than classified at the loop's top.
            if position < end, base[position] == UInt8(ascii: " ") { position &+= 1 }
        }
        index = position
        return next - output
    }

    /// Whether `third`, the third byte of a character starting E2 80, makes one of the spaces
    /// U+2000-U+200B or U+202F.
    @inline(__always)
    static func isSpaceAfterE280(_ third: UInt8) -> Bool { third &- 0x80 <= 0x0B || third == 0xAF }

    /// Hashes the lower-case letters from `base[position]` on (before `end`) into `folded`;
    /// returns where they stop.
    @inline(__always)
    static func hashLowerCaseRun(_ base: UnsafePointer<UInt8>, _ position: Int, _ end: Int, _ folded: inout UInt64) -> Int {
        var position = position
        // Four letters a step while four bytes remain: one end test for four letters.
        while end &- position >= 4 {
            let first = base[position]
            guard first &- UInt8(ascii: "a") < 26 else { return position }
            folded = (folded ^ UInt64(first)) &* prime
            let second = base[position &+ 1]
            guard second &- UInt8(ascii: "a") < 26 else { return position &+ 1 }
            folded = (folded ^ UInt64(second)) &* prime
            let third = base[position &+ 2]
            guard third &- UInt8(ascii: "a") < 26 else { return position &+ 2 }
            folded = (folded ^ UInt64(third)) &* prime
            let fourth = base[position &+ 3]
            guard fourth &- UInt8(ascii: "a") < 26 else { return position &+ 3 }
            folded = (folded ^ UInt64(fourth)) &* prime
            position &+= 4
        }
        while position < end {
            let letter = base[position]
            guard letter &- UInt8(ascii: "a") < 26 else { return position }
            folded = (folded ^ UInt64(letter)) &* prime
            position &+= 1
        }
        return position
    }

    /// Hashes the lower-case letters from `base[position]` on (before `end`) into both hashes
    /// (a word after a capital); returns where they stop.
    @inline(__always)
    static func hashLowerCaseRun(_ base: UnsafePointer<UInt8>, _ position: Int, _ end: Int, _ folded: inout UInt64, _ exact: inout UInt64) -> Int {
        var position = position
        // Four letters a step while four bytes remain, as in the folded-only run.
        while end &- position >= 4 {
            let first = base[position]
            guard first &- UInt8(ascii: "a") < 26 else { return position }
            folded = (folded ^ UInt64(first)) &* prime
            exact = (exact ^ UInt64(first)) &* prime
            let second = base[position &+ 1]
            guard second &- UInt8(ascii: "a") < 26 else { return position &+ 1 }
            folded = (folded ^ UInt64(second)) &* prime
            exact = (exact ^ UInt64(second)) &* prime
            let third = base[position &+ 2]
            guard third &- UInt8(ascii: "a") < 26 else { return position &+ 2 }
            folded = (folded ^ UInt64(third)) &* prime
            exact = (exact ^ UInt64(third)) &* prime
            let fourth = base[position &+ 3]
            guard fourth &- UInt8(ascii: "a") < 26 else { return position &+ 3 }
            folded = (folded ^ UInt64(fourth)) &* prime
            exact = (exact ^ UInt64(fourth)) &* prime
            position &+= 4
        }
        while position < end {
            let letter = base[position]
            guard letter &- UInt8(ascii: "a") < 26 else { return position }
            folded = (folded ^ UInt64(letter)) &* prime
            exact = (exact ^ UInt64(letter)) &* prime
            position &+= 1
        }
        return position
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
