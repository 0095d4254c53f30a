#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Recognises a line shaped like a field: `Key: value`, `**Key:** value`, `**Key**: value`,
/// `__Key__: value`, `**Key: value**`.
///
/// The key is up to eight words of letters, digits and light punctuation, starting with a letter;
/// the value may be empty. `Start time: 10:00` splits at the first colon; `https://…` is not a
/// field. Whether a key means anything is for the model to decide.
enum FieldLineShape {
    /// The longest key, in bytes.
    static let maximumKeyLength = 60

    static func match(_ bytes: [UInt8], _ range: SourceRange) -> (key: SourceRange, value: SourceRange)? {
        bytes.withUnsafeBufferPointer { match($0, range) }
    }

    /// `match(_:_:)` on bytes the caller holds a pointer to (the block parser's).
    ///
    /// Inlined, it passes over most lines of prose without a call: a key starts with a letter,
    /// after at most three `*` or `_`, and every field has a colon after its key (nowhere else:
    /// the bytes before the key are emphasis). `matchKey` reads the rest.
    @inline(__always)
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, _ range: SourceRange) -> (key: SourceRange, value: SourceRange)? {
        guard range.start < range.end, let base = bytes.baseAddress else { return nil }
        let first = bytes[range.start]
        guard isLetter(first) || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return nil }
        guard memchr(base + range.start, Int32(UInt8(ascii: ":")), range.end - range.start) != nil else { return nil }
        return matchKey(bytes, range)
    }

    /// `match(_:_:)` of a line that has a colon.
    private static func matchKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: SourceRange) -> (key: SourceRange, value: SourceRange)? {
        let maximumKeyLength = FieldLineShape.maximumKeyLength
        var index = range.start
        let end = range.end
        var emphasis = 0
        let marker = index < end ? bytes[index] : 0
        while index < end, emphasis < 3, marker == UInt8(ascii: "*") || marker == UInt8(ascii: "_"), bytes[index] == marker {
            emphasis += 1
            index += 1
        }
        let keyStart = index
        guard index < end, isLetter(bytes[index]) else { return nil }
        var words = 1
        var keyEnd = -1
        var closedEmphasis = false
        // The key is read up to `maximumKeyLength` bytes past its start.
        let limit = min(end, keyStart + maximumKeyLength + 1)
        while index < limit {
            let byte = bytes[index]
            // Letters, digits and multi-byte characters, most of a key, need no other test.
            if isLetterOrDigit(byte) {
                index += 1
                continue
            }
            if byte == UInt8(ascii: ":") {
                keyEnd = index
                break
            }
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") {
                // `**Key**:` — emphasis closes just before the colon.
                var after = index
                while after < end, bytes[after] == byte { after += 1 }
                while after < end, bytes[after] == UInt8(ascii: " ") { after += 1 }
                if emphasis > 0, byte == marker, after < end, bytes[after] == UInt8(ascii: ":") {
                    keyEnd = index
                    closedEmphasis = true
                    index = after
                    break
                }
                // `next_meeting:`, `__next_meeting__:` — an underscore inside the key is part of it.
                guard byte == UInt8(ascii: "_") else { return nil }
            }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                if index > keyStart, bytes[index - 1] != UInt8(ascii: " "), bytes[index - 1] != UInt8(ascii: "\t") { words += 1 }
                if words > 8 { return nil }
            } else if !isKeyByte(byte, emphasised: emphasis > 0) {
                return nil
            }
            index += 1
        }
        guard keyEnd > keyStart, index < end, bytes[index] == UInt8(ascii: ":") else { return nil }
        var trimmedKeyEnd = keyEnd
        while trimmedKeyEnd > keyStart, bytes[trimmedKeyEnd - 1] == UInt8(ascii: " ") { trimmedKeyEnd -= 1 }
        var valueStart = index + 1
        if valueStart < end, bytes[valueStart] == UInt8(ascii: "/") { return nil }
        if emphasis > 0, !closedEmphasis {
            // `**Key:** value` — the emphasis closes after the colon.
            var run = 0
            while valueStart < end, run < emphasis, bytes[valueStart] == marker {
                valueStart += 1
                run += 1
            }
        }
        while valueStart < end, bytes[valueStart] == UInt8(ascii: " ") || bytes[valueStart] == UInt8(ascii: "\t") { valueStart += 1 }
        var valueEnd = end
        while valueEnd > valueStart, bytes[valueEnd - 1] == UInt8(ascii: " ") || bytes[valueEnd - 1] == UInt8(ascii: "\t") { valueEnd -= 1 }
        if emphasis > 0, !closedEmphasis {
            // `**Key: value**` — the whole line is bold.
            var run = 0
            while valueEnd > valueStart, run < emphasis, bytes[valueEnd - 1] == marker {
                valueEnd -= 1
                run += 1
            }
            while valueEnd > valueStart, bytes[valueEnd - 1] == UInt8(ascii: " ") || bytes[valueEnd - 1] == UInt8(ascii: "\t") { valueEnd -= 1 }
        }
        return (SourceRange(keyStart, trimmedKeyEnd), SourceRange(valueStart, valueEnd))
    }

    /// An ASCII letter or digit, or any byte of a multi-byte character: one bit test on one of
    /// two words (by whether the byte is below 64) where three range tests took twice the
    /// instructions, for every byte of every key read.
    @inline(__always)
    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        if byte >= 0x80 { return true }
        // Bits 48–57 of the low word are `0`–`9`; bits 1–26 and 33–58 of the high word are
        // `A`–`Z` and `a`–`z`.
        let bits: UInt64 = byte < 64 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_07FF_FFFE
        return bits >> UInt64(byte & 63) & 1 != 0
    }

    /// An ASCII letter or the lead byte of a multi-byte character.
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte >= 0xC0
    }

    private static func isKeyByte(_ byte: UInt8, emphasised: Bool) -> Bool {
        if byte >= 0x80 { return true }
        if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") { return true }
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
        switch byte {
        case UInt8(ascii: "'"), UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"),
            UInt8(ascii: "&"), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "_"):
            return true
        case UInt8(ascii: ","):
            return emphasised
        default:
            return false
        }
    }
}
