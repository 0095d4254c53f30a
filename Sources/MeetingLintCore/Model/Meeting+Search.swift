/// Searches over a record's text that several rules share.
extension Meeting {
    /// A sentence: a run of a line's tokens ended by `.`, `!`, `?` or `;` (a full stop after an
    /// initial such as `A.` does not end it).
    ///
    /// Its indexes are kept in 32 bits (12 bytes a sentence rather than 24): a record has at most
    /// `Document.longestParsed` (`UInt32.max`) bytes, so fewer lines and tokens than that. A huge
    /// record has about a sentence a line, kept twice (with and without headings).
    public struct Sentence: Sendable {
        private var lineIndex: UInt32
        private var firstToken: UInt32
        private var endToken: UInt32

        /// The line's index in `lines`.
        public var line: Int {
            @inline(__always) get { Int(lineIndex) }
            set { lineIndex = UInt32(truncatingIfNeeded: newValue) }
        }

        /// Token indexes into `tokens`.
        public var tokens: Range<Int> {
            // Made in order (`init`), so not checked again at every read.
            @inline(__always) get { Range(uncheckedBounds: (Int(firstToken), Int(endToken))) }
            set { (firstToken, endToken) = (UInt32(truncatingIfNeeded: newValue.lowerBound), UInt32(truncatingIfNeeded: newValue.upperBound)) }
        }

        /// A sentence on line `line` (an index into `lines`) of the tokens `tokens`.
        init(line: Int, tokens: Range<Int>) {
            lineIndex = UInt32(truncatingIfNeeded: line)
            firstToken = UInt32(truncatingIfNeeded: tokens.lowerBound)
            endToken = UInt32(truncatingIfNeeded: tokens.upperBound)
        }
    }

    static let fullStop = Tokenizer.foldedHash(".")
    static let exclamation = Tokenizer.foldedHash("!")
    static let question = Tokenizer.foldedHash("?")
    static let semicolon = Tokenizer.foldedHash(";")

    /// For each value of a hash's low 13 bits (`sentenceEndSlot`), 1 where the hash of a mark that
    /// ends a sentence (`.`, `!`, `?`, `;`) has it, else 0: a punctuation mark whose slot is clear
    /// (a comma, a colon, a bracket) ends none, told by one load rather than four compares.
    static let sentenceEndSlots: [UInt8] = {
        var slots = [UInt8](repeating: 0, count: sentenceEndSlotCount)
        for hash in [fullStop, exclamation, question, semicolon] { slots[sentenceEndSlot(hash)] = 1 }
        return slots
    }()

    /// How many slots `sentenceEndSlots` has: one for each value of 13 bits.
    static let sentenceEndSlotCount = 8192

    /// The slot of `sentenceEndSlots` for a hash.
    @inline(__always)
    static func sentenceEndSlot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash & 8191) }

    /// The sentences of the record's body text (front matter left out), in order; read once when
    /// the model is built.
    public func sentences(includingHeadings: Bool = false) -> [Sentence] {
        includingHeadings ? sentencesWithHeadings : bodySentences
    }

    /// Whether a folded hash is a title's (`MeetingBuilder.titles`: `Dr`, `Mr`, `Mrs`, `Ms`,
    /// `Miss`, `Mx`, `Prof`), after which a full stop ends no sentence. The hashes written out,
    /// each after its text: the split asks at every full stop, and a table's look-up there cost
    /// its loop over every token more than the look-ups themselves. `DateWordLiteralTests`
    /// checks that this and the table agree.
    @inline(__always)
    static func isTitle(_ hash: UInt64) -> Bool {
        switch hash {
        case 0x0891_3E07_B53B_86B3, 0x08A9_4C07_B550_305E, 0x07DC_5E19_1741_DC77, 0x08A9_4D07_B550_3211,  // dr, mr, mrs, ms
            0xDA58_FFA2_A798_C0B9, 0x08A9_4207_B550_1F60, 0x8572_9E0E_3537_C17A:  // miss, mx, prof
            return true
        default:
            return false
        }
    }

    /// Splits the record's text, headings included, into sentences. A paragraph's lines run on, so
    /// a sentence (and a phrase in it, such as `significant⏎harm`) may cross a soft line break; a
    /// heading (a bold line inside a paragraph too) is always a sentence of its own. A mark after
    /// an initial (`J. Smith`), and a full stop after a title (`Dr. Lee`), end no sentence.
    func splitSentences() -> [Sentence] {
        let (fullStop, exclamation, question, semicolon) = (Meeting.fullStop, Meeting.exclamation, Meeting.question, Meeting.semicolon)
        let lines = lines
        let document = document
        // A slot is below 8,192 (`sentenceEndSlot` keeps 13 bits): read unchecked from the table.
        let endSlots = Meeting.sentenceEndSlots
        precondition(endSlots.count == Meeting.sentenceEndSlotCount, "sentence end filter of 8,192 slots")
        // The tokens read through a buffer pointer: indexing the array checked its bounds at every
        // token, the most of the split's cost. (The reads are kept within the tokens whatever a
        // line's range says.) Everything the split changes is the closure's own, so that no
        // access to it is checked as it runs.
        return endSlots.withUnsafeBufferPointer { endSlots in
            // The lines too, read in place (each a few of its fields) rather than copied out of
            // the array one by one.
            lines.withUnsafeBufferPointer { lines in
                tokens.withUnsafeBufferPointer { tokens in
                    var result: [Sentence] = []
                    var start = -1
                    var startLine = 0
                    var previousParent: Int32 = -2
                    var lastEnd = 0
                    func flush(_ end: Int) {
                        if start >= 0, end > start { result.append(Sentence(line: startLine, tokens: start..<end)) }
                        start = -1
                    }
                    // A line holds about one sentence (up to 1.2 in the corpus's records, 1.004 in
                    // a 5 MB one): room for a quarter more, so a huge record's sentences are not
                    // copied to an array twice as long for the last few.
                    result.reserveCapacity(lines.count + lines.count / 4 + 16)
                    for index in lines.indices {
                        let kind = lines[index].kind
                        if kind == .frontMatter { continue }
                        // A new paragraph (or a heading, cell or list item) starts a new sentence.
                        let parent = kind == .text || kind == .field ? document[lines[index].node].parent : -1
                        if parent < 0 || parent != previousParent, start >= 0 { flush(lastEnd) }
                        previousParent = parent
                        let lineTokens = lines[index].tokens
                        let end = lineTokens.upperBound
                        var position = lineTokens.lowerBound
                        // The line's first token starts a sentence when none is open; so does the
                        // token after a sentence's end (below).
                        if start < 0, position < end {
                            start = position
                            startLine = index
                        }
                        position = max(position, 0)
                        let readable = min(end, tokens.count)
                        // Walked by pointer (one pointer moved, no index to keep or check), and
                        // turned into an index only at a sentence end.
                        if position < readable, let base = tokens.baseAddress, let endSlot = endSlots.baseAddress {
                            var token = base + position
                            let stop = base + readable
                            repeat {
                                // Sentence ends are single marks: a punctuation mark whose slot is
                                // set is compared by hash, with the shape turning most tokens away
                                // first.
                                if token.pointee.isPunctuation, endSlot[Meeting.sentenceEndSlot(token.pointee.folded)] != 0 {
                                    let folded = token.pointee.folded
                                    if folded == fullStop || folded == exclamation || folded == question || folded == semicolon {
                                        let position = token - base
                                        // Not after an initial (`J. Smith`), nor a full stop after a
                                        // title (`Dr. Lee`).
                                        if !(position > start && (tokens[position - 1].shape == .initial
                                            || folded == fullStop && Meeting.isTitle(tokens[position - 1].folded)))
                                        {
                                            flush(position)
                                            if position + 1 < end {
                                                start = position + 1
                                                startLine = index
                                            }
                                        }
                                    }
                                }
                                token += 1
                            } while token < stop
                        }
                        lastEnd = end
                        if parent < 0 { flush(lastEnd) }
                    }
                    flush(lastEnd)
                    return result
                }
            }
        }
    }

    /// The first match of a phrase set in the body text (a phrase may cross a soft line break):
    /// the index of the line it starts on, and its token range.
    public func firstMatch(_ phrases: PhraseSet, includingHeadings: Bool = false) -> (line: Int, tokens: Range<Int>)? {
        for sentence in sentences(includingHeadings: includingHeadings) {
            if let match = phrases.firstMatch(in: tokens[sentence.tokens]) {
                let line = lines[sentence.line...].firstIndex { $0.tokens.contains(match.index) } ?? sentence.line
                return (line, match.index..<(match.index + match.length))
            }
        }
        return nil
    }

    /// Whether any token of `slice` begins a phrase of `phrases`.
    public func contains(_ phrases: PhraseSet, in slice: ArraySlice<Token>) -> Bool {
        phrases.firstMatch(in: slice) != nil
    }

    /// The byte range covered by a token range.
    public func span(_ range: Range<Int>) -> SourceRange {
        guard let first = range.first, let last = range.last else { return SourceRange(0, 0) }
        return SourceRange(tokens[first].range.start, tokens[last].range.end)
    }

    /// The value of a field, if set and not a placeholder (`TBC`, `N/A`).
    public func meaningfulValue(_ key: FieldKey, placeholders: PhraseSet) -> Field? {
        guard let field = field(key), !field.value.isEmpty else { return nil }
        // Tokenized in place (`Tokenizer.tokens(of:)` would copy the bytes first).
        var value = field.value
        var tokens: [Token] = []
        value.withUTF8 { Tokenizer.tokenize($0, SourceRange(0, $0.count), into: &tokens) }
        var slice = tokens[...]
        while let last = slice.last, last.shape == .punctuation, slice.count > 1 { slice = slice.dropLast() }
        if placeholders.matchesWhole(slice) { return nil }
        return field
    }
}
