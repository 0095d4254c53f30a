/// Appending output straight to a byte buffer: literals, decimal numbers and JSON strings, with
/// no intermediate `String`s. Reporters on the hot path (one call per record) build their text
/// this way; the bytes are exactly those the equivalent string interpolation would give.
extension [UInt8] {
    /// Appends a literal's UTF-8 bytes.
    @inline(__always)
    mutating func appendLiteral(_ literal: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends an integer in decimal, as `"\(value)"` writes it.
    mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        // The largest power of ten not above the value, then its digits from the left.
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude / divisor % 10))
            divisor /= 10
        }
    }

    /// Appends `text` as a JSON string literal, quotes included, escaped as `JSON.string(_:)` does.
    mutating func appendJSONString(_ text: String) {
        append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { appendJSONEscaped($0) }
        append(UInt8(ascii: "\""))
    }

    /// Appends UTF-8 bytes escaped for a JSON string per RFC 8259: `"` and `\`, control characters
    /// and DEL are escaped (`\n`, `\r`, `\t` by name, the rest as `\u00xx`), and so are U+2028
    /// and U+2029, which JavaScript does not allow in strings. Runs of bytes that need no escape
    /// are copied whole; they are found eight bytes at a time.
    mutating func appendJSONEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
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
                let byte = base[index]
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != 0x7F, byte != 0xE2 {
                    index += 1
                    continue
                }
                if byte == 0xE2 {
                    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; other characters from E2 pass through.
                    guard index + 2 < count, base[index + 1] == 0x80, base[index + 2] == 0xA8 || base[index + 2] == 0xA9 else {
                        index += 1
                        continue
                    }
                }
                if runStart < index { append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart)) }
                switch byte {
                case UInt8(ascii: "\""): appendLiteral("\\\"")
                case UInt8(ascii: "\\"): appendLiteral("\\\\")
                case UInt8(ascii: "\n"): appendLiteral("\\n")
                case UInt8(ascii: "\r"): appendLiteral("\\r")
                case UInt8(ascii: "\t"): appendLiteral("\\t")
                case 0xE2:
                    appendLiteral(base[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    index += 2
                default:
                    // Other control characters and DEL: `\u` and four lowercase hex digits.
                    let digits: StaticString = "0123456789abcdef"
                    appendLiteral("\\u00")
                    append(digits.utf8Start[Int(byte >> 4)])
                    append(digits.utf8Start[Int(byte & 0x0F)])
                }
                index += 1
                runStart = index
            }
        }
        if runStart < count { append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart)) }
    }
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
