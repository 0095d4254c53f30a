/// The normal forms that headings and keys are compared in.
public enum TextKey {
    /// A heading's normal form (SPEC 2.2): lower case, curly apostrophes straight, emphasis and
    /// code marks gone, a leading number (`3.`, `3)`, `3.1`, `Section 3:`, `Agenda item 4:`, `(a)`) gone, a trailing
    /// colon and punctuation gone, runs of spaces as one. Works on UTF-8 bytes.
    public static func heading(_ text: String) -> String {
        var text = text
        return text.withUTF8 { heading(bytes: $0) }
    }

    /// `heading(_:)` on UTF-8 bytes. The normal form is written straight into the string's storage
    /// and, where it is plain ASCII (the common case), cut there too.
    public static func heading(bytes: UnsafeBufferPointer<UInt8>) -> String {
        var nonASCII = false
        var leadingNumber = false
        // Never longer than the bytes: a space is written only for white space passed over, and
        // the quotes, dashes and no-break spaces read as one byte or none.
        let normal = String(unsafeUninitializedCapacity: bytes.count) { output in
            let written = writeHeading(bytes, into: output)
            (nonASCII, leadingNumber) = (written.nonASCII, written.leadingNumber)
            return written.count
        }
        guard nonASCII else { return normal }
        var result = normal.lowercased()
        if leadingNumber { result = dropLeadingNumber(result) }
        // Trailing colons, full stops, question and exclamation marks, dashes.
        while let last = result.utf8.last, ":.?!;-, ".utf8.contains(last) { result.removeLast() }
        return result
    }

    /// `heading(bytes:)` where the text is plain ASCII (nearly every heading), lent to `body` as
    /// bytes in temporary room (on the stack unless the heading is long) rather than made into a
    /// string: for a reader that may need only its hash. For other text `body` is given nil, and
    /// the reader makes the string.
    @inline(__always)
    static func withHeading<Result>(bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { room in
            let written = writeHeading(bytes, into: room)
            return body(written.nonASCII ? nil : UnsafeBufferPointer(rebasing: room[0..<written.count]))
        }
    }

    /// Writes `heading(bytes:)`'s normal form of `bytes` into `output` (room for `bytes.count`
    /// bytes at least; the form is never longer): for plain ASCII text the whole normal form, its
    /// length returned; for other text (`nonASCII`) the bytes before lower-casing and cutting,
    /// which `heading(bytes:)` finishes on the string, and whether they may start with a number.
    @inline(__always)
    static func writeHeading(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> (count: Int, nonASCII: Bool, leadingNumber: Bool) {
        var nonASCII = false
        var count = 0
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            // `a`–`z` and the rest up to 0x7F stand as they are: most of a heading's bytes,
            // passed at one test rather than through the cases below.
            if byte &- 0x61 <= 0x7F - 0x61 {
                if pendingSpace {
                    output[count] = UInt8(ascii: " ")
                    count += 1
                    pendingSpace = false
                }
                output[count] = byte
                count += 1
                continue
            }
            var emitted = byte
            switch byte {
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"):
                continue
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                pendingSpace = count > 0
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                emitted = byte | 0x20
            case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && (bytes[index + 1] == 0x98 || bytes[index + 1] == 0x99):
                // U+2018/2019 quotes read as `'`.
                emitted = UInt8(ascii: "'")
                index += 2
            case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && (bytes[index + 1] == 0x93 || bytes[index + 1] == 0x94):
                // U+2013/2014 dashes read as `-`.
                emitted = UInt8(ascii: "-")
                index += 2
            case 0xC2 where index < bytes.count && bytes[index] == 0xA0:
                // A no-break space is a space.
                pendingSpace = count > 0
                index += 1
                continue
            case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && Tokenizer.isSpaceAfterE280(bytes[index + 1]):
                // So are the Unicode spaces U+2000-U+200B and U+202F (a zero-width space pasted
                // before a heading's first word, too), as the tokenizer reads them.
                pendingSpace = count > 0
                index += 2
                continue
            default:
                if byte >= 0x80 { nonASCII = true }
            }
            if pendingSpace {
                output[count] = UInt8(ascii: " ")
                count += 1
                pendingSpace = false
            }
            output[count] = emitted
            count += 1
        }
        let written = UnsafeBufferPointer(rebasing: output[0..<count])
        let leadingNumber = hasLeadingNumber(written)
        // Text that is not plain ASCII is finished on the string (`heading(bytes:)`).
        guard !nonASCII else { return (count, true, leadingNumber) }
        // Plain ASCII: the normal form is cut from the bytes, in place.
        let start = leadingNumber ? leadingNumberEnd(written) ?? 0 : 0
        var end = count
        while end > start, isTrailingMark(output[end - 1]) { end -= 1 }
        if start > 0 {
            for offset in 0..<(end - start) { output[offset] = output[start + offset] }
        }
        return (end - start, false, leadingNumber)
    }

    /// The words a heading's number may follow (`Section 3:`, `Agenda item 4 -`), in the normal
    /// form: dropped with the number (`dropLeadingNumber(_:)`), and set aside before a plain
    /// line's heading (`MeetingBuilder.afterLabel`).
    static let numberLabels: [StaticString] = ["section ", "part ", "item ", "agenda item "]

    /// Whether normalised heading bytes may start with a number or item marker worth dropping:
    /// a digit, `(`, one of `numberLabels`, or a letter or roman numeral before `.` or `)`.
    static func hasLeadingNumber<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "(") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) { return true }
        // Only a label whose first letter the heading opens with is compared.
        for label in numberLabels where label.utf8Start[0] == first && starts(bytes, at: 0, with: label) { return true }
        var index = 0
        while index < bytes.count, index < 5, bytes[index] == UInt8(ascii: "i") || bytes[index] == UInt8(ascii: "v") || bytes[index] == UInt8(ascii: "x") {
            index += 1
        }
        if index == 0, bytes.count > 1, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") { index = 1 }
        return index > 0 && index < bytes.count && (bytes[index] == UInt8(ascii: ")") || bytes[index] == UInt8(ascii: "."))
    }

    /// A field key's normal form (SPEC 2.1): lower case, curly apostrophes straight, without
    /// spaces, hyphens, underscores, emphasis, a trailing colon or question mark.
    public static func field(_ text: String) -> String {
        var text = text
        return text.withUTF8 { field(bytes: $0) }
    }

    /// `field(_:)` on UTF-8 bytes. The normal form is written straight into the string's storage
    /// (it is never longer than the bytes: each byte gives one byte or none, a curly apostrophe's
    /// three give one), rather than into an array first and then copied.
    static func field(bytes: UnsafeBufferPointer<UInt8>) -> String {
        var nonASCII = false
        let result = String(unsafeUninitializedCapacity: bytes.count) { output in
            var count = 0
            var index = 0
            @inline(__always) func emit(_ byte: UInt8) {
                output[count] = byte
                count += 1
            }
            /// The next byte, if any, passed over.
            @inline(__always) func next() -> UInt8? {
                guard index < bytes.count else { return nil }
                index += 1
                return bytes[index - 1]
            }
            while let byte = next() {
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                    continue
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    emit(byte | 0x20)
                case 0xE2:
                    let second = next()
                    let third = next()
                    if second == 0x80, third == 0x98 || third == 0x99 {
                        emit(UInt8(ascii: "'"))
                    } else if second == 0x80, let third, Tokenizer.isSpaceAfterE280(third) {
                        // A Unicode space is passed over, as a space is.
                        continue
                    } else {
                        emit(byte)
                        if let second { emit(second) }
                        if let third { emit(third) }
                        nonASCII = true
                    }
                case 0xC2:
                    let second = next()
                    if second != 0xA0 {
                        emit(byte)
                        if let second { emit(second) }
                        nonASCII = true
                    }
                default:
                    if byte >= 0x80 { nonASCII = true }
                    emit(byte)
                }
            }
            while count > 0, output[count - 1] == UInt8(ascii: ":") || output[count - 1] == UInt8(ascii: "?") || output[count - 1] == UInt8(ascii: ".") {
                count -= 1
            }
            return count
        }
        return nonASCII ? result.lowercased() : result
    }

    /// Runs of white space as one space, trimmed.
    public static func collapseSpaces(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(UInt8(ascii: " ")) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `bytes` hold `literal` at `offset`.
    @inline(__always)
    static func starts<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at offset: Int, with literal: StaticString) -> Bool where Bytes.Index == Int {
        literal.withUTF8Buffer { literal in
            guard offset + literal.count <= bytes.count else { return false }
            for index in 0..<literal.count where bytes[bytes.startIndex + offset + index] != literal[index] { return false }
            return true
        }
    }

    /// `dropLeadingNumber(_:)` on the bytes of a plain ASCII normal form: where the text after the
    /// number starts, or nil if there is none to drop.
    static func leadingNumberEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        @inline(__always) func isDigit(_ index: Int) -> Bool { bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") }
        @inline(__always) func isLetter(_ index: Int) -> Bool {
            let lower = bytes[index] | 0x20
            return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
        }
        var rest = 0
        for prefix in numberLabels where starts(bytes, at: rest, with: prefix) {
            let after = rest + prefix.utf8CodeUnitCount
            if after < count, isDigit(after) || (count - after > 1 && isLetter(after) && !isLetter(after + 1)) {
                rest = after
            }
        }
        var index = rest
        var hadOpenParen = false
        if index < count, bytes[index] == UInt8(ascii: "(") {
            hadOpenParen = true
            index += 1
        }
        let numberStart = index
        while index < count, isDigit(index) || bytes[index] == UInt8(ascii: ".") { index += 1 }
        // A clock time (`10:06`, `10:06am`) is a number too.
        if index > numberStart, index < count, bytes[index] == UInt8(ascii: ":"), index + 1 < count, isDigit(index + 1) {
            index += 1
            while index < count, isDigit(index) { index += 1 }
            for suffix: StaticString in ["am", "pm"] where starts(bytes, at: index, with: suffix) { index += 2 }
        }
        var consumedNumber = index > numberStart && isDigit(numberStart)
        if !consumedNumber, index < count, isLetter(index) {
            // A single letter or roman numeral item marker: `a)`, `(b)`, `iv.`
            var letterEnd = index
            while letterEnd < count, bytes[letterEnd] == UInt8(ascii: "i") || bytes[letterEnd] == UInt8(ascii: "v") || bytes[letterEnd] == UInt8(ascii: "x") {
                letterEnd += 1
            }
            if letterEnd == index { letterEnd = index + 1 }
            if letterEnd < count,
                bytes[letterEnd] == UInt8(ascii: ")") || (bytes[letterEnd] == UInt8(ascii: ".") && letterEnd < count - 1 && bytes[letterEnd + 1] == UInt8(ascii: " "))
            {
                index = letterEnd
                consumedNumber = true
            }
        }
        guard consumedNumber else { return nil }
        var after = index
        if after < count, bytes[after] == UInt8(ascii: ")") || bytes[after] == UInt8(ascii: ":") || bytes[after] == UInt8(ascii: "-") || bytes[after] == UInt8(ascii: ".") {
            after += 1
        } else if hadOpenParen {
            return nil
        }
        // A number must be followed by a space (`3. Actions`, `3 Actions`), not be the whole heading.
        guard after < count, bytes[after] == UInt8(ascii: " ") else { return nil }
        while after < count, bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: "-") { after += 1 }
        guard after < count else { return nil }
        return after
    }

    /// Drops `3.`, `3)`, `3.1`, `3:`, `(3)`, `(a)`, `a)`, `Section 3:`, `Part 2 -`, `Agenda item 4:`
    /// and the like.
    static func dropLeadingNumber(_ text: String) -> String {
        var rest = Substring(text)
        for label in numberLabels {
            let prefix = label.description
            guard rest.hasPrefix(prefix) else { continue }
            let after = rest.dropFirst(prefix.count)
            if let first = after.first, first.isNumber || (after.count > 1 && first.isLetter && !after.dropFirst().first!.isLetter) {
                rest = after
            }
        }
        var index = rest.startIndex
        var hadOpenParen = false
        if index < rest.endIndex, rest[index] == "(" {
            hadOpenParen = true
            index = rest.index(after: index)
        }
        let numberStart = index
        while index < rest.endIndex, rest[index].isNumber || rest[index] == "." { index = rest.index(after: index) }
        // A clock time (`10:06`, `10:06am`) is a number too.
        if index > numberStart, index < rest.endIndex, rest[index] == ":" {
            let afterColon = rest.index(after: index)
            if afterColon < rest.endIndex, rest[afterColon].isNumber {
                index = afterColon
                while index < rest.endIndex, rest[index].isNumber { index = rest.index(after: index) }
                for suffix in ["am", "pm"] where rest[index...].hasPrefix(suffix) { index = rest.index(index, offsetBy: 2) }
            }
        }
        var consumedNumber = index > numberStart && rest[numberStart].isNumber
        if !consumedNumber, index < rest.endIndex, rest[index].isLetter {
            // A single letter or roman numeral item marker: `a)`, `(b)`, `iv.`
            var letterEnd = index
            while letterEnd < rest.endIndex, "ivx".contains(rest[letterEnd]) { letterEnd = rest.index(after: letterEnd) }
            if letterEnd == index { letterEnd = rest.index(after: index) }
            if letterEnd < rest.endIndex, rest[letterEnd] == ")" || (rest[letterEnd] == "." && letterEnd < rest.index(before: rest.endIndex) && rest[rest.index(after: letterEnd)] == " ") {
                index = letterEnd
                consumedNumber = true
            }
        }
        guard consumedNumber else { return text }
        var after = index
        if after < rest.endIndex, rest[after] == ")" || rest[after] == ":" || rest[after] == "-" || rest[after] == "." {
            after = rest.index(after: after)
        } else if hadOpenParen {
            return text
        }
        // A number must be followed by a space (`3. Actions`, `3 Actions`), not be the whole heading.
        guard after < rest.endIndex, rest[after] == " " else { return text }
        while after < rest.endIndex, rest[after] == " " || rest[after] == "-" { after = rest.index(after: after) }
        guard after < rest.endIndex else { return text }
        return String(rest[after...])
    }

    /// Splits text at every occurrence of any separator, on UTF-8 bytes (no Foundation). The
    /// separators are literals, compared in place: nothing is allocated but the parts.
    public static func split(_ text: String, at separators: [StaticString]) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            splitRanges(bytes, at: separators).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// `split(_:at:)` on bytes: where each part stands, in order (offsets into `bytes`).
    static func splitRanges(_ bytes: UnsafeBufferPointer<UInt8>, at separators: [StaticString]) -> [Range<Int>] {
        let firsts = firstBytes(of: separators)
        var parts: [Range<Int>] = []
        var start = 0
        while let (offset, length) = nextSeparator(in: bytes, from: start, separators, firsts: firsts) {
            parts.append(start..<offset)
            start = offset + length
        }
        parts.append(start..<bytes.count)
        return parts
    }

    /// `splitRanges(_:at:)`'s parts one at a time, found as they are asked for: no array is made
    /// of them (a record's child value is split twice as the model is built).
    static func parts(of bytes: UnsafeBufferPointer<UInt8>, at separators: [StaticString]) -> SeparatedParts {
        SeparatedParts(bytes: bytes, separators: separators, firsts: firstBytes(of: separators))
    }

    /// Where each part of bytes split at separators stands, in order: `TextKey.parts(of:at:)`.
    struct SeparatedParts: Sequence, IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        let separators: [StaticString]
        let firsts: SIMD4<UInt64>
        /// Where the next part starts.
        var start = 0
        /// Whether the last part (the one after the last separator) has been given.
        var finished = false

        mutating func next() -> Range<Int>? {
            guard !finished else { return nil }
            if let (offset, length) = TextKey.nextSeparator(in: bytes, from: start, separators, firsts: firsts) {
                let part = start..<offset
                start = offset + length
                return part
            }
            finished = true
            return start..<bytes.count
        }
    }

    /// Whether `bytes` hold one of `separators`: whether `splitRanges(_:at:)` would find more
    /// than one part, found without listing the parts.
    static func holdsSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ separators: [StaticString]) -> Bool {
        nextSeparator(in: bytes, from: 0, separators, firsts: firstBytes(of: separators)) != nil
    }

    /// The bytes the separators start with, a bit each, so that most bytes are passed over at
    /// one test.
    @inline(__always)
    static func firstBytes(of separators: [StaticString]) -> SIMD4<UInt64> {
        var firsts = SIMD4<UInt64>()
        for separator in separators {
            guard let first = separator.withUTF8Buffer({ $0.first }) else { continue }
            firsts[Int(first >> 6)] |= UInt64(1) << UInt64(first & 63)
        }
        return firsts
    }

    /// Where the first separator at or after `start` stands, and its length (the first of
    /// `separators` that stands at the first offset where one does). `firsts` is
    /// `firstBytes(of: separators)`.
    @inline(__always)
    static func nextSeparator(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ separators: [StaticString], firsts: SIMD4<UInt64>) -> (Int, Int)? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            guard firsts[Int(byte >> 6)] & (UInt64(1) << UInt64(byte & 63)) != 0 else {
                index += 1
                continue
            }
            for separator in separators {
                let length = separator.withUTF8Buffer { $0.count }
                if length > 0, starts(bytes, at: index, with: separator) { return (index, length) }
            }
            index += 1
        }
        return nil
    }

    /// Whether text holds a literal, compared on UTF-8 bytes.
    static func holds(_ text: String, _ literal: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { firstOffset(of: literal, in: $0) != nil }
    }

    /// Whether text holds a lower-case ASCII word in any case (`Unborn`, `UNBORN`), compared on
    /// UTF-8 bytes.
    static func holdsFolded(_ text: String, _ word: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            word.withUTF8Buffer { word in
                guard let first = word.first, bytes.count >= word.count else { return false }
                for start in 0...(bytes.count - word.count) where bytes[start] | 0x20 == first {
                    var offset = 1
                    while offset < word.count, bytes[start + offset] | 0x20 == word[offset] { offset += 1 }
                    if offset == word.count { return true }
                }
                return false
            }
        }
    }

    /// `range` of `bytes` without the spaces and tabs at either end: what `String.trimmingSpaces`
    /// leaves, read on bytes (for `Rules/` documents' items, read at every start).
    static func trimmingSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var (low, high) = (range.lowerBound, range.upperBound)
        while low < high, bytes[low] == UInt8(ascii: " ") || bytes[low] == UInt8(ascii: "\t") { low += 1 }
        while high > low, bytes[high - 1] == UInt8(ascii: " ") || bytes[high - 1] == UInt8(ascii: "\t") { high -= 1 }
        return low..<high
    }

    /// Where a literal first stands in UTF-8 bytes (an index of `utf8`), if it does.
    static func firstOffset<Bytes: RandomAccessCollection<UInt8>>(of literal: StaticString, in utf8: Bytes) -> Int? where Bytes.Index == Int {
        literal.withUTF8Buffer { literal in
            guard literal.count > 0, utf8.count >= literal.count else { return nil }
            for start in utf8.startIndex...(utf8.endIndex - literal.count) where utf8[start] == literal[0] {
                if utf8[start..<(start + literal.count)].elementsEqual(literal) { return start }
            }
            return nil
        }
    }

    /// FNV-1a of bytes: how normalised keys are looked up without building strings.
    @inline(__always)
    static func fnv<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        // A string's bytes are read through a buffer where they are stored as one (a native
        // string's are): walked through its UTF-8 view's indexes, the hash of each heading and
        // key of the vocabulary cost about forty instructions a byte at start-up.
        if let hash = bytes.withContiguousStorageIfAvailable({ buffer in fnvBytes(buffer) }) { return hash }
        return fnvBytes(bytes)
    }

    @inline(__always)
    private static func fnvBytes<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The hash of `heading(_:)`'s result, computed from bytes without building a string where
    /// the text is plain ASCII (the common case): the normal form is made in temporary storage,
    /// and hashed as it is written.
    static func headingHash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { output in
            var count = 0
            var pendingSpace = false
            // The hash of the normal form so far, and of it up to its last byte that is no trailing
            // mark (`isTrailingMark`): what is left once trailing marks are dropped.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var kept = hash
            for byte in bytes {
                var emitted = byte
                // `a`–`z` and the rest up to 0x7F stand as they are and are no trailing mark: most
                // of a heading's bytes, passed at one test.
                if byte &- 0x61 <= 0x7F - 0x61 {
                    if pendingSpace {
                        output[count] = UInt8(ascii: " ")
                        count += 1
                        hash = (hash ^ UInt64(UInt8(ascii: " "))) &* 0x100_0000_01b3
                        pendingSpace = false
                    }
                    output[count] = byte
                    count += 1
                    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                    kept = hash
                    continue
                }
                switch byte {
                case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"):
                    continue
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    pendingSpace = count > 0
                    continue
                case 0x80...0xFF:
                    return fnv(heading(bytes: bytes).utf8)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    emitted = byte | 0x20
                default:
                    break
                }
                if pendingSpace {
                    output[count] = UInt8(ascii: " ")
                    count += 1
                    hash = (hash ^ UInt64(UInt8(ascii: " "))) &* 0x100_0000_01b3
                    pendingSpace = false
                }
                output[count] = emitted
                count += 1
                hash = (hash ^ UInt64(emitted)) &* 0x100_0000_01b3
                if !isTrailingMark(emitted) { kept = hash }
            }
            // The rest as `heading(bytes:)` does it for plain ASCII, on the same bytes: a leading
            // number (seldom) is dropped and the rest hashed again.
            let normal = UnsafeBufferPointer(rebasing: output[0..<count])
            guard hasLeadingNumber(normal), let start = leadingNumberEnd(normal) else { return kept }
            var end = count
            while end > start, isTrailingMark(normal[end - 1]) { end -= 1 }
            return fnv(normal[start..<end])
        }
    }

    /// The marks `heading(_:)` drops from the end: `:.?!;-, `.
    @inline(__always)
    static func isTrailingMark(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: "-"), UInt8(ascii: ","), UInt8(ascii: " "):
            return true
        default:
            return false
        }
    }

    /// The hash of `field(_:)`'s result, computed from bytes where they are plain ASCII. `field`
    /// drops what it skips and then a trailing `:`, `?` or `.`, so a trailing run of any of those
    /// bytes goes altogether.
    static func fieldHash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var end = bytes.count
        while end > 0 {
            switch bytes[end - 1] {
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "*"), UInt8(ascii: "?"), UInt8(ascii: "."):
                end -= 1
                continue
            default:
                break
            }
            break
        }
        for index in 0..<end {
            let byte = bytes[index]
            // `a`–`z` and the rest up to 0x7F are hashed as they are: most of a key's bytes, at one test.
            if byte &- 0x61 <= 0x7F - 0x61 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                continue
            case 0x80...0xFF:
                return fnv(field(String(decoding: bytes, as: UTF8.self)).utf8)
            default:
                hash = (hash ^ UInt64(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)) &* 0x100_0000_01b3
            }
        }
        return hash
    }
}
