#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A value made once, on first use or ahead of every record (`Check.prepare(_:)`), and then read
/// by every worker (`CheckContext.derived`).
final class DerivedValue: @unchecked Sendable {
    /// The value, boxed.
    private final class Box<Value: Sendable>: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private let lock = Lock()
    private var box: AnyObject?
    /// The type of the boxed value: compared before the box is read as that type's (a cheaper
    /// test than casting the value for every record).
    private var type: ObjectIdentifier?
    /// The box and its type as they were at `seal()`, read without the lock: written only then,
    /// before the value is shared with other threads, and never after.
    private var sealedBox: AnyObject?
    private var sealedType: ObjectIdentifier?

    /// The value, made by `make` the first time. A value made before `seal()` is read without
    /// the lock (taking and letting go of it cost more than most checks' setting out).
    func value<Value: Sendable>(_ make: () -> Value) -> Value {
        if let sealedBox, sealedType == ObjectIdentifier(Value.self) { return unsafeDowncast(sealedBox, to: Box<Value>.self).value }
        lock.lock()
        defer { lock.unlock() }
        if let box, type == ObjectIdentifier(Value.self) { return unsafeDowncast(box, to: Box<Value>.self).value }
        let made = make()
        box = Box(made)
        type = ObjectIdentifier(Value.self)
        return made
    }

    /// Keeps the value made so far to be read without the lock. To be called once, before the
    /// value is shared with other threads.
    func seal() {
        lock.lock()
        defer { lock.unlock() }
        sealedBox = box
        sealedType = type
    }
}

extension Meeting {
    /// The tokens of an action part's text, exactly as `Tokenizer.tokens(of: part.text)` gives
    /// them, put in `tokens` (emptied first); returns the bytes their ranges index.
    ///
    /// A part's text is its range's bytes with white space collapsed and emphasis marks (`*`,
    /// `` ` ``, outer `_`) dropped. White space only separates tokens, so where there are no such
    /// marks the record's own bytes give the same tokens with no string built, and their ranges
    /// index the record (`quote` collapses white space, so a quote of either text is the same).
    /// Other parts' text is tokenized as it is, and so is any text with a non-ASCII byte: the
    /// text has U+FFFD for each invalid byte of the record, so its tokens' hashes may differ.
    ///
    /// A plain range that starts at one of a line's tokens and ends at the end of one of the same
    /// line's is not tokenized again: tokenizing starts afresh at each token, and a token is cut
    /// only where the range ends, so the range's tokens are the line's tokens between the two.
    /// `near` is where to look for them: the action's own tokens (`Action.tokens`), so that a
    /// part of a huge record is found among a few tokens, not by searching all of them.
    func partTokens(_ part: Action.Part, near: Range<Int>? = nil, into tokens: inout [Token]) -> [UInt8] {
        let (bytes, run) = readPartTokens(part, near: near, into: &tokens)
        if let run { tokens.append(contentsOf: self.tokens[run]) }
        return bytes
    }

    /// `partTokens(_:near:into:)` as a slice: of the record's own tokens where the part's are a
    /// run of them (nothing is copied), else of `buffer`, which is filled with them. The slice
    /// is to be let go before `buffer` is used again, so that the buffer is not copied.
    func partTokens(_ part: Action.Part, near: Range<Int>?, buffer: inout [Token]) -> (tokens: ArraySlice<Token>, bytes: [UInt8]) {
        let (bytes, run) = readPartTokens(part, near: near, into: &buffer)
        if let run { return (self.tokens[run], bytes) }
        return (buffer[...], bytes)
    }

    /// Reads a part's tokens for `partTokens`: `tokens` is emptied, and then either the indexes
    /// of the record's tokens that are the part's are returned, or the part's tokens are put in
    /// `tokens`. Returns too the bytes their ranges index.
    func readPartTokens(_ part: Action.Part, near: Range<Int>?, into tokens: inout [Token]) -> (bytes: [UInt8], run: ClosedRange<Int>?) {
        tokens.removeAll(keepingCapacity: true)
        let bytes = source.bytes
        let range = part.range
        // The text is made once and read in place (its first, last and count from its buffer).
        var text = part.text
        let (count, firstByte, lastByte) = text.withUTF8 { buffer in (buffer.count, buffer.first, buffer.last) }
        guard let firstByte, let lastByte else { return ([], nil) }
        // The text starts and ends where its range does (a part such as `Owner:` with no value has
        // empty text, and a status such as `done` stands for the action's range).
        var plain = range.start >= 0 && range.end <= bytes.count && range.start < range.end && count <= range.count
            && bytes[range.start] == firstByte && bytes[range.end - 1] == lastByte
        if plain {
            plain = bytes.withUnsafeBufferPointer { Meeting.holdsNoMarks(UnsafeBufferPointer(rebasing: $0[range.start..<range.end])) }
        }
        if plain {
            // The builder kept the tokens of a part made of one line's: those `lineTokens`
            // would find (the first is where it would look for them; the ends are the range's).
            if let run = part.lineTokens, let last = run.last, run.lowerBound >= 0, last < self.tokens.count,
                near.map({ $0.contains(run.lowerBound) }) ?? true,
                self.tokens[run.lowerBound].range.start == range.start, self.tokens[last].range.end == range.end
            {
                return (bytes, run.lowerBound...last)
            }
            if let own = lineTokens(exactly: range, near: near) { return (bytes, own) }
            Tokenizer.tokenize(bytes, range, into: &tokens)
            return (bytes, nil)
        }
        let own = Array(text.utf8)
        Tokenizer.tokenize(own, SourceRange(0, own.count), into: &tokens)
        return (own, nil)
    }

    /// The tokens of `text`, which stands at `range` of the record (a field's value), with the
    /// hashes and shapes `Tokenizer.tokenize` gives the text, put in `tokens` (emptied first).
    /// Where the text is the range's bytes exactly, with none of the bytes `partTokens` keeps
    /// off its fast path, the tokens are sliced from one line's (their ranges then index the
    /// record); otherwise the text is tokenized.
    func valueTokens(_ text: String, at range: SourceRange, into tokens: inout [Token]) {
        if let run = readValueTokens(text, at: range, into: &tokens) { tokens.append(contentsOf: self.tokens[run]) }
    }

    /// `valueTokens(_:at:into:)` as a slice: of the record's own tokens where the value's are a
    /// run of them (nothing is copied), else of `buffer`, which is filled with them. The slice is
    /// to be let go before `buffer` is used again, so that the buffer is not copied.
    func valueTokens(_ text: String, at range: SourceRange, buffer: inout [Token]) -> ArraySlice<Token> {
        if let run = readValueTokens(text, at: range, into: &buffer) { return self.tokens[run] }
        return buffer[...]
    }

    /// Reads a value's tokens for `valueTokens`: `tokens` is emptied, and then either the indexes
    /// of the record's tokens that are the value's are returned, or its tokens are put in `tokens`.
    private func readValueTokens(_ text: String, at range: SourceRange, into tokens: inout [Token]) -> ClosedRange<Int>? {
        tokens.removeAll(keepingCapacity: true)
        var text = text
        let bytes = source.bytes
        let plain = text.withUTF8 { Meeting.isPlainCopy($0, of: range, in: bytes) }
        if plain, let own = lineTokens(exactly: range) { return own }
        text.withUTF8 { buffer in Tokenizer.tokenize(buffer, SourceRange(0, buffer.count), into: &tokens) }
        return nil
    }

    /// Whether `text` (not empty) is the bytes at `range` of `bytes` exactly, with no emphasis or
    /// code mark and nothing non-ASCII: then its tokens are the range's. The bytes are compared
    /// at once (`memcmp`), and the marks looked for through a buffer pointer, rather than byte
    /// by byte with bounds checks.
    static func isPlainCopy(_ text: UnsafeBufferPointer<UInt8>, of range: SourceRange, in bytes: [UInt8]) -> Bool {
        guard !text.isEmpty, range.start >= 0, range.end <= bytes.count, range.count == text.count, let textStart = text.baseAddress else { return false }
        return bytes.withUnsafeBufferPointer { record in
            guard let recordStart = record.baseAddress else { return false }
            return memcmp(textStart, recordStart + range.start, text.count) == 0 && Meeting.holdsNoMarks(text)
        }
    }

    /// Whether none of the bytes is an emphasis or code mark (`*`, `` ` ``, `_`) or non-ASCII: the
    /// bytes then tokenize as their plain text does (white space aside). Eight bytes are tested
    /// at once as a word, the last eight overlapping the word before when the count is not a
    /// multiple of eight; fewer than eight one at a time, through the buffer pointer (a bounds
    /// check at each byte cost as much as the test).
    static func holdsNoMarks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 8 else {
            for byte in bytes where Meeting.isMark(byte) { return false }
            return true
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // Whether a word has a zero byte: a byte's high bit is set in the result only where the
        // byte is zero or a zero byte below it borrowed, so the result is zero exactly when no
        // byte is.
        func holdsZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        // Each mark in every byte of a word: a byte of `word ^ mark` is zero where it is the mark.
        let asterisks = ones &* UInt64(UInt8(ascii: "*"))
        let backticks = ones &* UInt64(UInt8(ascii: "`"))
        let underscores = ones &* UInt64(UInt8(ascii: "_"))
        var start = 0
        while true {
            // Every word is within the bytes: `start + 8 <= count` holds at each.
            let word = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            if word & highs != 0 || holdsZero(word ^ asterisks) || holdsZero(word ^ backticks) || holdsZero(word ^ underscores) {
                return false
            }
            if start + 8 == bytes.count { return true }
            start = min(start + 8, bytes.count - 8)
        }
    }

    /// Whether a byte is one `holdsNoMarks` looks for.
    @inline(__always)
    static func isMark(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "_")
    }

    /// Whether the meeting's `key` field has a value that is not a placeholder:
    /// `meaningfulValue(key, placeholders:) != nil`, with the value's tokens sliced from its line
    /// where they can be (`valueTokens`) rather than tokenized again.
    func hasMeaningfulValue(_ key: FieldKey, placeholders: PhraseSet) -> Bool {
        guard let index = fields.firstIndex(where: { $0.key == key }), !fields[index].value.isEmpty else { return false }
        var buffer: [Token] = []
        var slice = valueTokens(fields[index].value, at: fields[index].valueRange, buffer: &buffer)
        while let last = slice.last, last.shape == .punctuation, slice.count > 1 { slice = slice.dropLast() }
        return !placeholders.matchesWhole(slice)
    }

    /// The indexes in `tokens` of the tokens of one line that run from `range.start` to exactly
    /// `range.end`, if there are such (tokens are in record order, as lines are). Only the tokens
    /// `near` are searched when given (nil: when they are not among them).
    func lineTokens(exactly range: SourceRange, near: Range<Int>? = nil) -> ClosedRange<Int>? {
        let tokens = tokens
        let searched = near.map { $0.clamped(to: tokens.indices) } ?? tokens.indices
        // The first token that does not start before the range (read through a buffer pointer:
        // `searched` is within the tokens, and so is every middle of it).
        let low = tokens.withUnsafeBufferPointer { tokens in
            var low = searched.lowerBound
            var high = searched.upperBound
            while low < high {
                let middle = low &+ (high &- low) &>> 1
                if tokens[middle].range.start < range.start { low = middle &+ 1 } else { high = middle }
            }
            return low
        }
        guard low < searched.upperBound, tokens[low].range.start == range.start else { return nil }
        let first = low
        let line = lineEnding(after: first)
        guard line < lines.count, lines[line].tokens.contains(first) else { return nil }
        var last = first
        let end = lines[line].tokens.upperBound
        while last < end, tokens[last].range.end < range.end { last += 1 }
        guard last < end, tokens[last].range.end == range.end else { return nil }
        return first...last
    }

    /// The index of the first line that ends after the token at `position` (`lines.count`: none),
    /// as a binary search of every line finds it. The search starts where the line would be if
    /// every line held as many tokens, and gallops from there to bounds before halving: in a huge
    /// record it reads a few lines near the answer rather than lines all over the record.
    func lineEnding(after position: Int) -> Int {
        let lines = lines
        let count = lines.count
        guard count > 0 else { return 0 }
        // Whether the line ends after the position: false, then true, along the lines.
        func endsAfter(_ line: Int) -> Bool { lines[line].tokens.upperBound > position }
        let total = tokens.count
        var guess = total > 0 ? Int(Double(max(0, position)) / Double(total) * Double(count)) : 0
        guess = min(max(guess, 0), count - 1)
        var low: Int
        var high: Int
        var step = 1
        if endsAfter(guess) {
            // The answer is at the guess or before: step back until a line that does not end after it.
            high = guess
            low = 0
            while true {
                let probe = high - step
                if probe < 0 { break }
                if !endsAfter(probe) {
                    low = probe + 1
                    break
                }
                high = probe
                step *= 2
            }
        } else {
            // The answer is after the guess: step on until a line that ends after it, or the end.
            low = guess + 1
            high = count
            while true {
                let probe = low + step - 1
                if probe >= count { break }
                if endsAfter(probe) {
                    high = probe
                    break
                }
                low = probe + 1
                step *= 2
            }
        }
        // The answer is in low...high (high: a line that ends after it, or the end).
        while low < high {
            let middle = low + (high - low) / 2
            if endsAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

extension Meeting {
    /// The first section that means `concept` (`sections(concept).first`, without copying out
    /// every such section).
    func firstSection(_ concept: Concept) -> Section? {
        sectionIndexes(concept).first.map { sections[$0] }
    }

    /// Whether a sentence (not a heading) holds a phrase of the set: `firstMatch(phrases) != nil`,
    /// trying the set only where the index says a phrase of it may start.
    func anySentence(holding phrases: PhraseSet, _ words: WordIndex) -> Bool {
        let sentences = sentences()
        let tokens = tokens
        var found = false
        words.forEachStart(of: phrases, in: sentences) { index, position in
            found = phrases.match(tokens[sentences[index].tokens], at: position) != nil
            return !found
        }
        return found
    }
}

extension Person {
    /// The folded hash of `;`.
    static let semicolon = Tokenizer.foldedHash(";")

    /// The tokens of what describes the person — role, agency and notes joined with ` ; ` — as
    /// `Tokenizer.tokens(of:)` would give them for the joined text, without building it, put in
    /// `tokens` (emptied first). Only the tokens' hashes and shapes are meaningful, not their
    /// ranges.
    ///
    /// A part read from the record is its range's plain text: white space collapsed, emphasis
    /// marks dropped. Where the range is ASCII with no mark (`*`, `` ` ``, `_`), only white space
    /// differs, which only separates tokens, so the record's bytes are tokenized as they stand
    /// and no string is made (as `Meeting.partTokens` does for an action's parts).
    func descriptionTokens(into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        var first = true
        if let given {
            if let role = given.role { Person.add(role, first: &first, to: &tokens) }
            if let agency = given.agency { Person.add(agency, first: &first, to: &tokens) }
            for note in given.notes { Person.add(note, first: &first, to: &tokens) }
            return
        }
        if let role = spans.role { add(role, first: &first, to: &tokens) }
        if let agency = spans.agency { add(agency, first: &first, to: &tokens) }
        for note in noteSpans { add(note, first: &first, to: &tokens) }
    }

    /// Adds a part read from the record at `range` to the description's tokens.
    private func add(_ range: SourceRange, first: inout Bool, to tokens: inout [Token]) {
        guard range.start >= 0, range.start <= range.end, range.end <= bytes.count, Person.isPlainAlready(range, bytes) else {
            Person.add(Meeting.plainText(of: range, in: bytes), first: &first, to: &tokens)
            return
        }
        if !first { tokens.append(Token(range: SourceRange(0, 0), folded: Person.semicolon, exact: Person.semicolon, shape: .punctuation)) }
        first = false
        Tokenizer.tokenize(bytes, range, into: &tokens)
    }

    /// Adds a part's text to the description's tokens, after a `;` unless it is the first.
    private static func add(_ text: String, first: inout Bool, to tokens: inout [Token]) {
        if !first { tokens.append(Token(range: SourceRange(0, 0), folded: Person.semicolon, exact: Person.semicolon, shape: .punctuation)) }
        first = false
        var text = text
        text.withUTF8 { buffer in Tokenizer.tokenize(buffer, SourceRange(0, buffer.count), into: &tokens) }
    }

    /// Whether the bytes at `range` tokenize as their plain text does: all ASCII, with no
    /// emphasis or code mark for the plain text to drop.
    static func isPlainAlready(_ range: SourceRange, _ bytes: [UInt8]) -> Bool {
        guard range.start >= 0, range.start <= range.end, range.end <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { Meeting.holdsNoMarks(UnsafeBufferPointer(rebasing: $0[range.start..<range.end])) }
    }
}

/// Whether a sorted run of distinct hashes shares at least `needed` of them with another.
/// (What `Set.intersection(_:).count >= needed` says, without hashing.)
func sharesAtLeast(_ needed: Double, _ a: ArraySlice<UInt64>, _ b: ArraySlice<UInt64>) -> Bool {
    var common = 0
    var i = a.startIndex
    var j = b.startIndex
    while i < a.endIndex, j < b.endIndex {
        if a[i] == b[j] {
            common += 1
            i += 1
            j += 1
        } else if a[i] < b[j] {
            i += 1
        } else {
            j += 1
        }
    }
    return Double(common) >= needed
}

extension Array where Element: Equatable {
    /// Removes each element equal to the one before it (on a sorted array: every duplicate).
    mutating func removeDuplicates() {
        guard count > 1 else { return }
        var end = 1
        for index in 1..<count where self[index] != self[end - 1] {
            self[end] = self[index]
            end += 1
        }
        removeLast(count - end)
    }
}

/// The first words of phrase sets' phrases, as a 4,096-bit filter on their folded hashes. A
/// token whose bit is clear starts none of the phrases, so a scan tests one bit per token and asks
/// the phrase set (which decides every match) only where a phrase may start.
struct FirstWords: Sendable {
    private(set) var bits = [UInt64](repeating: 0, count: 64)

    /// The filter of the first words of these sets' phrases. A case-sensitive set keeps its first
    /// words' exact hashes, not the folded ones the filter tests, so it lets every token through.
    init(_ sets: [PhraseSet]) {
        for set in sets {
            guard !set.caseSensitive else {
                bits = [UInt64](repeating: .max, count: 64)
                return
            }
            for hash in set.firstWords {
                let (word, bit) = FirstWords.place(hash)
                bits[word] |= bit
            }
        }
    }

    /// Whether a phrase may start with the token (false: none does).
    @inline(__always)
    func mayStart(_ token: Token) -> Bool {
        let (word, bit) = FirstWords.place(token.folded)
        return bits[word] & bit != 0
    }

    /// Where a hash stands in the filter: its top twelve bits choose one of 4,096.
    @inline(__always)
    static func place(_ hash: UInt64) -> (word: Int, bit: UInt64) {
        let position = Int(truncatingIfNeeded: hash >> 52)
        return (position >> 6, 1 << UInt64(position & 63))
    }
}

extension PhraseSet {
    /// The first match in `meeting.tokens[range]`, as `firstMatch(in:)` finds it; `first` is the
    /// filter of this set's first words.
    func firstMatch(in meeting: Meeting, _ range: Range<Int>, _ first: FirstWords) -> (index: Int, length: Int)? {
        let tokens = meeting.tokens
        return tokens.withUnsafeBufferPointer { buffer in
            first.bits.withUnsafeBufferPointer { bits in
                var index = range.lowerBound
                while index < range.upperBound {
                    let (word, bit) = FirstWords.place(buffer[index].folded)
                    if bits[word] & bit != 0, let length = match(tokens[range], at: index) {
                        return (index, length)
                    }
                    index += 1
                }
                return nil
            }
        }
    }

    /// `firstMatch(in:)`, asking the set only at the tokens that the filter of its first words
    /// (`first`) lets through: a bit read for most tokens instead of a hash table.
    func firstMatch(in tokens: ArraySlice<Token>, _ first: FirstWords) -> (index: Int, length: Int)? {
        var index = tokens.startIndex
        while index < tokens.endIndex {
            if first.mayStart(tokens[index]), let length = match(tokens, at: index) { return (index, length) }
            index += 1
        }
        return nil
    }

    /// `match(_:at:)`, after the filter of this set's first words: nil at once for most tokens.
    @inline(__always)
    func match(_ tokens: ArraySlice<Token>, at index: Int, _ first: FirstWords) -> Int? {
        first.mayStart(tokens[index]) ? match(tokens, at: index) : nil
    }
}
