/// Output built as bytes through a pointer: literals, decimal numbers and JSON strings, with no
/// intermediate `String`s. Reporters on the hot path (one call per record) build their text this
/// way; the bytes are exactly those the equivalent string interpolation would give.
///
/// Appending to an `[UInt8]` checks the array's uniqueness and capacity at every call, which cost
/// more than the bytes themselves for a record's dozens of short pieces; here each piece makes room
/// once (one comparison) and the bytes go straight to memory.
struct OutputBytes {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes have been written.
    private(set) var count = 0

    private init(capacity: Int) {
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    /// Writing into memory allocated already (and owned by the caller until the writing is done).
    private init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    /// Appends to `output` the bytes `body` writes, in one go.
    static func append(to output: inout [UInt8], _ body: (inout OutputBytes) -> Void) {
        var bytes = OutputBytes(capacity: 4096)
        defer { bytes.base.deallocate() }
        body(&bytes)
        output.append(contentsOf: UnsafeBufferPointer(start: bytes.base, count: bytes.count))
    }

    /// `append(to:_:)`, writing first into `scratch`'s memory, which is kept for the next call:
    /// allocating 4 KB for each record cost more than several of its pieces.
    static func append(to output: inout [UInt8], using scratch: OutputScratch, _ body: (inout OutputBytes) -> Void) {
        var bytes = OutputBytes(base: scratch.base, capacity: scratch.capacity)
        body(&bytes)
        output.append(contentsOf: UnsafeBufferPointer(start: bytes.base, count: bytes.count))
        // The writing may have moved to larger memory (letting the scratch's go): kept, unless it
        // grew large for one huge record, so that what a run holds stays small.
        if bytes.capacity > OutputScratch.largestKept {
            bytes.base.deallocate()
            scratch.base = .allocate(capacity: OutputScratch.initialCapacity)
            scratch.capacity = OutputScratch.initialCapacity
        } else {
            scratch.base = bytes.base
            scratch.capacity = bytes.capacity
        }
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if extra > capacity - count { grow(extra) }
    }

    @inline(never)
    private mutating func grow(_ extra: Int) {
        let size = max(capacity * 2, count + extra)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        larger.initialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = size
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends bytes the caller has made room for.
    @inline(__always)
    private mutating func appendReserved(_ start: UnsafePointer<UInt8>, count length: Int) {
        (base + count).initialize(from: start, count: length)
        count += length
    }

    /// Appends a literal's UTF-8 bytes.
    @inline(__always)
    mutating func appendLiteral(_ literal: StaticString) {
        reserve(literal.utf8CodeUnitCount)
        appendReserved(literal.utf8Start, count: literal.utf8CodeUnitCount)
    }

    /// Appends an integer in decimal, as `"\(value)"` writes it.
    mutating func appendDecimal(_ value: Int) {
        // A sign and at most 20 digits.
        reserve(21)
        // Lines and columns, nearly all the numbers written, are mostly one or two digits.
        if value >= 0, value < 100 {
            if value >= 10 {
                base[count] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10)
                count += 1
            }
            base[count] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10)
            count += 1
            return
        }
        if value < 0 { append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        // The largest power of ten not above the value, then its digits from the left.
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        while divisor > 0 {
            base[count] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude / divisor % 10)
            count += 1
            divisor /= 10
        }
    }

    /// Appends `text` as a JSON string literal, quotes included, escaped as `JSON.string(_:)` does.
    mutating func appendJSONString(_ text: String) {
        append(UInt8(ascii: "\""))
        // Read in place where the text is stored as UTF-8 (no copy, no retain); copied otherwise.
        if text.utf8.withContiguousStorageIfAvailable({ appendJSONEscaped($0) }) == nil {
            var copy = text
            copy.withUTF8 { appendJSONEscaped($0) }
        }
        append(UInt8(ascii: "\""))
    }

    /// Appends `text` as a JSON string literal, as `appendJSONString(_:)` does, escaping it only
    /// the first time `memo` sees it: for texts that come back record after record (a rule's id,
    /// help and guidance, a severity, a profile), which are then copied whole.
    mutating func appendJSONString(_ text: String, memo: inout JSONStringMemo) {
        guard let slot = TextSlot.of(text) else {
            appendJSONString(text)
            return
        }
        if memo.appendLiteral(slot, of: text, to: &self) { return }
        let start = count
        appendJSONString(text)
        memo.store(text, literal: UnsafeBufferPointer(start: base + start, count: count - start), in: slot)
    }

    /// Appends bytes.
    @inline(__always)
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        reserve(bytes.count)
        appendReserved(start, count: bytes.count)
    }

    /// Appends UTF-8 bytes escaped for a JSON string per RFC 8259: `"` and `\`, control characters
    /// and DEL are escaped (`\n`, `\r`, `\t` by name, the rest as `\u00xx`), and so are U+2028
    /// and U+2029, which JavaScript does not allow in strings. Runs of bytes that need no escape
    /// are copied whole; they are found eight bytes at a time.
    mutating func appendJSONEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        // No byte takes more than six (`\u00xx`; U+2028's three bytes become six).
        reserve(bytes.count * 6)
        let raw = UnsafeRawPointer(source)
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            // A word of eight bytes that cannot need an escape is passed over whole; otherwise its
            // bytes are looked at one by one.
            var stop = count
            if index + 8 <= count {
                guard JSONBytes.mayNeedEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) else {
                    index += 8
                    continue
                }
                stop = index + 8
            }
            while index < stop {
                let byte = source[index]
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != 0x7F, byte != 0xE2 {
                    index += 1
                    continue
                }
                if byte == 0xE2 {
                    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; other characters from E2 pass through.
                    guard index + 2 < count, source[index + 1] == 0x80, source[index + 2] == 0xA8 || source[index + 2] == 0xA9 else {
                        index += 1
                        continue
                    }
                }
                if runStart < index { appendReserved(source + runStart, count: index - runStart) }
                switch byte {
                case UInt8(ascii: "\""): appendEscape("\\\"")
                case UInt8(ascii: "\\"): appendEscape("\\\\")
                case UInt8(ascii: "\n"): appendEscape("\\n")
                case UInt8(ascii: "\r"): appendEscape("\\r")
                case UInt8(ascii: "\t"): appendEscape("\\t")
                case 0xE2:
                    appendEscape(source[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    index += 2
                default:
                    // Other control characters and DEL: `\u` and four lowercase hex digits.
                    let digits: StaticString = "0123456789abcdef"
                    appendEscape("\\u00")
                    appendReserved(digits.utf8Start + Int(byte >> 4), count: 1)
                    appendReserved(digits.utf8Start + Int(byte & 0x0F), count: 1)
                }
                index += 1
                runStart = index
            }
        }
        if runStart < count { appendReserved(source + runStart, count: count - runStart) }
    }

    /// Appends an escape the caller has made room for.
    @inline(__always)
    private mutating func appendEscape(_ escape: StaticString) {
        appendReserved(escape.utf8Start, count: escape.utf8CodeUnitCount)
    }
}

/// Memory a reporter writes each record's bytes into before they are appended to the output
/// (`OutputBytes.append(to:using:_:)`), kept from one record to the next. It belongs to one
/// reporter, which writes one output a record at a time.
final class OutputScratch {
    fileprivate var base: UnsafeMutablePointer<UInt8>
    fileprivate var capacity: Int
    /// The room made at first.
    static let initialCapacity = 4096
    /// The most room kept after a record (a huge record's is let go).
    static let largestKept = 1 << 20

    init() {
        base = .allocate(capacity: OutputScratch.initialCapacity)
        capacity = OutputScratch.initialCapacity
    }

    deinit { base.deallocate() }
}

/// Word-at-a-time tests for the JSON escaper.
enum JSONBytes {
    /// Whether any of the eight bytes of `word` is below 0x20, `"`, `\`, or 0x7F and above (DEL,
    /// and every byte of a non-ASCII character, among them U+2028 and U+2029). It may also answer
    /// yes for a word that turns out to need nothing, never no for one that does.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let quote = (quotes &- ones) & ~quotes & highs
        let backslash = (backslashes &- ones) & ~backslashes & highs
        let high = ((word &+ ones) | word) & highs
        return control | quote | backslash | high != 0
    }
}

/// Picks a slot of a small table for a text, from a quick hash of its length and its first and
/// last eight bytes: far cheaper than a dictionary's hash of every byte, for tables whose slots
/// are checked against the text itself (a clash only costs a miss).
enum TextSlot {
    /// The slot (`0..<count`) for a text's UTF-8 bytes.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        var hash = UInt64(truncatingIfNeeded: count)
        if count >= 8, let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            hash ^= raw.loadUnaligned(as: UInt64.self)
            hash = (hash &* 0x9E37_79B9_7F4A_7C15) ^ raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else {
            for byte in bytes { hash = hash &* 31 &+ UInt64(byte) }
        }
        return Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 54)
    }

    /// The slot for a text, or nil if its bytes cannot be read in place.
    @inline(__always)
    static func of(_ text: String) -> Int? {
        text.utf8.withContiguousStorageIfAvailable { of($0) }
    }

    /// How many slots there are (the top ten bits of the hash). A run's findings repeat about a
    /// hundred and thirty texts (rule ids, help, guidance): with 256 slots they clashed often
    /// enough that most lookups of the JSON memo that missed did so because another text held
    /// the slot, and escaped and stored the text again.
    static let count = 1024
}

/// JSON string literals already escaped, for `OutputBytes.appendJSONString(_:memo:)`: one text
/// and its literal in each of `TextSlot.count` slots. A text is always compared whole with the one
/// in its slot before that slot's literal is used, so a clash only costs escaping again; the table
/// never grows, so memory stays flat however many texts pass through it.
struct JSONStringMemo {
    private var texts = [String](repeating: "", count: TextSlot.count)
    /// Each slot's literal, quotes included; empty while the slot holds nothing.
    private var literals = [[UInt8]](repeating: [], count: TextSlot.count)

    /// Appends the literal kept in `slot` if it is `text`'s; false if the slot holds another text
    /// or none.
    @inline(__always)
    func appendLiteral(_ slot: Int, of text: String, to output: inout OutputBytes) -> Bool {
        guard !literals[slot].isEmpty, texts[slot] == text else { return false }
        literals[slot].withUnsafeBufferPointer { output.appendBytes($0) }
        return true
    }

    /// The longest literal whose room a slot keeps for the next one.
    static let largestKept = 4096

    /// Keeps `text`'s literal in `slot`, in place of what it held: written into the room of the
    /// literal it replaces (a text met once, such as help naming a date, would otherwise make an
    /// array each time), unless that room is large.
    mutating func store(_ text: String, literal: UnsafeBufferPointer<UInt8>, in slot: Int) {
        texts[slot] = text
        if literals[slot].capacity <= JSONStringMemo.largestKept {
            literals[slot].removeAll(keepingCapacity: true)
            literals[slot].append(contentsOf: literal)
        } else {
            literals[slot] = Array(literal)
        }
    }
}
