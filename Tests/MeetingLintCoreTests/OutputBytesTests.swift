import Testing

@testable import MeetingLintCore

/// The JSON escaper, which passes over eight bytes at a time, against a plain one that looks at
/// every byte.
@Suite struct OutputBytesTests {
    /// What `appendJSONEscaped` must give, a byte at a time: `"` and `\` escaped with a backslash;
    /// `\n`, `\r`, `\t` by name; other control characters and DEL as `\u00xx` (lowercase hex);
    /// U+2028 and U+2029 (E2 80 A8, E2 80 A9) as `\u2028` and `\u2029`; every other byte as it is.
    static func reference(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): output += Array("\\\"".utf8)
            case UInt8(ascii: "\\"): output += Array("\\\\".utf8)
            case UInt8(ascii: "\n"): output += Array("\\n".utf8)
            case UInt8(ascii: "\r"): output += Array("\\r".utf8)
            case UInt8(ascii: "\t"): output += Array("\\t".utf8)
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                output += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                output += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default: output.append(byte)
            }
            index += 1
        }
        return output
    }

    static func escaped(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        OutputBytes.append(to: &output) { writer in bytes.withUnsafeBufferPointer { writer.appendJSONEscaped($0) } }
        return output
    }

    /// Each special character at every offset from 0 to 15 of plain and of multi-byte text, so it
    /// falls at every place in the first two eight-byte words and across their boundary.
    @Test func matchesAByteByByteEscaper() {
        var specials = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{8}", "\u{C}", "\u{1B}", "\u{1F}", "\u{7F}",
            "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "…", "—", "é", "😀", "\"\\", "\u{2028}\u{2029}", "\r\n"]
        specials += (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        let fillers = ["abcdefghijklmnopqrstuvwxyz0123456789", "Zoë Ball — Social worker, Café “Nord” ∑ 😀 ok"]
        var cases = 0
        for filler in fillers {
            let fill = Array(filler.utf8)
            for special in specials {
                for offset in 0...15 {
                    for tail in [0, 1, 7, 8, 9, 20] {
                        let prefix = Array(fill.prefix(offset))
                        let suffix = Array(fill.dropFirst(offset).prefix(tail))
                        let input = prefix + Array(special.utf8) + suffix
                        #expect(Self.escaped(input) == Self.reference(input), "\(String(decoding: input, as: UTF8.self).debugDescription)")
                        cases += 1
                    }
                }
            }
        }
        #expect(cases > 4_000)
    }

    /// Plain ASCII and multi-byte text, of every length up to 40, pass through unchanged.
    @Test func textThatNeedsNoEscapeIsCopied() {
        for text in ["The quick brown fox jumps over the lazy dog. 0123456789 !#$%&'()*+,-./:;<=>?@[]^_`{|}~",
            "Zoë Ball — Social worker; “Café” … ∑ 😀 日本語のテキスト ‧ ‪"]
        {
            let bytes = Array(text.utf8)
            for length in 0...min(40, bytes.count) {
                let input = Array(bytes.prefix(length))
                #expect(Self.escaped(input) == input)
                #expect(Self.reference(input) == input)
            }
            #expect(Self.escaped(bytes) == bytes)
        }
    }

    /// Invalid UTF-8 and cut characters pass through byte for byte, as the reference says.
    @Test func invalidAndCutBytes() {
        let inputs: [[UInt8]] = [[0xE2], [0xE2, 0x80], [0xE2, 0x80, 0xA8], [0x41, 0xE2, 0x80], [0xFF, 0xFE, 0x22, 0x80],
            [UInt8](repeating: 0x41, count: 7) + [0xE2, 0x80, 0xA9], [UInt8](repeating: 0x41, count: 6) + [0xE2, 0x80, 0xA8, 0x5C]]
        for input in inputs {
            #expect(Self.escaped(input) == Self.reference(input), "\(input)")
        }
    }

    /// Output far longer than the first room made for it, built from every kind of piece, comes
    /// out whole and after whatever the array held.
    @Test func longOutputGrows() {
        let special = String(repeating: "a\"\u{1}\u{2028}é", count: 2_000)
        var output = Array("head".utf8)
        OutputBytes.append(to: &output) { writer in
            for value in [0, 7, -1, 10, 99, 100, Int.max, Int.min] {
                writer.appendDecimal(value)
                writer.appendLiteral(",")
            }
            writer.append(UInt8(ascii: "["))
            writer.appendJSONString(special)
            writer.appendLiteral("]")
        }
        let numbers = [0, 7, -1, 10, 99, 100, Int.max, Int.min].map { "\($0)," }.joined()
        let expected = "head" + numbers + "[\"" + String(decoding: Self.reference(Array(special.utf8)), as: UTF8.self) + "\"]"
        #expect(String(decoding: output, as: UTF8.self) == expected)
    }

    /// `JSON.string` quotes what the escaper gives.
    @Test func jsonStringQuotesTheEscapedText() {
        let text = "a\"b\\c\n\u{1}\u{7F}\u{2028}é"
        #expect(JSON.string(text) == "\"" + String(decoding: Self.reference(Array(text.utf8)), as: UTF8.self) + "\"")
    }
}
