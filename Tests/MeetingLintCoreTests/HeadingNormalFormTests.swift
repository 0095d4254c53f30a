import Foundation
import Testing

@testable import MeetingLintCore

/// `TextKey.heading(bytes:)`, which passes `a`–`z` and the other bytes up to 0x7F at one test,
/// gives what the reading byte by byte through every case gives; and the splitting of an unlisted
/// heading's normal form asks only `holdsSeparator`, which is no looser than the test of any
/// separator's first byte it replaced; and a heading's possessors are read as before.
@Suite struct HeadingNormalFormTests {
    /// The normal form as it was read before the fast path: every byte through the cases.
    static func plainHeading(bytes: UnsafeBufferPointer<UInt8>) -> String {
        var nonASCII = false
        var leadingNumber = false
        let normal = String(unsafeUninitializedCapacity: bytes.count) { output in
            var count = 0
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
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
                    emitted = UInt8(ascii: "'")
                    index += 2
                case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && (bytes[index + 1] == 0x93 || bytes[index + 1] == 0x94):
                    emitted = UInt8(ascii: "-")
                    index += 2
                case 0xC2 where index < bytes.count && bytes[index] == 0xA0:
                    pendingSpace = count > 0
                    index += 1
                    continue
                case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && ((0x80...0x8B).contains(bytes[index + 1]) || bytes[index + 1] == 0xAF):
                    // The Unicode spaces too (since the tokenizer read them as spaces).
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
            leadingNumber = TextKey.hasLeadingNumber(written)
            guard !nonASCII else { return count }
            let start = leadingNumber ? TextKey.leadingNumberEnd(written) ?? 0 : 0
            var end = count
            while end > start, TextKey.isTrailingMark(output[end - 1]) { end -= 1 }
            if start > 0 {
                for offset in 0..<(end - start) { output[offset] = output[start + offset] }
            }
            return end - start
        }
        guard nonASCII else { return normal }
        var result = normal.lowercased()
        if leadingNumber { result = TextKey.dropLeadingNumber(result) }
        while let last = result.utf8.last, ":.?!;-, ".utf8.contains(last) { result.removeLast() }
        return result
    }

    /// Pieces that random headings are made of: letters of both cases, marks the normal form
    /// drops or changes, leading numbers, curly quotes, dashes, no-break spaces and other
    /// multi-byte characters, and the bytes around 0x61 and 0x7F.
    static let pieces = [
        "a", "z", "Q", "views", "Attendance", " ", "  ", "\t", "\n", "\r\n", "*", "**", "_", "`", ":", ".", "?", "!", ";", "-", ",",
        "1.", "3)", "3.1 ", "(a) ", "iv. ", "Section 3: ", "part ", "item ", "'", "’", "‘", "–", "—", "\u{00A0}", "\u{200B}", "\u{2009}", "\u{202F}", "\u{2010}", "é", "É", "ß",
        "{", "|", "}", "~", "\u{7F}", "`", "@", "[", "^", "&", "/", "+", " and ", "(", ")", "Ī", "😀",
    ]

    @Test func fastNormalFormIsThePlainOne() {
        var texts = VocabularySpeedTests.headings
        texts.append(contentsOf: ModelSpeedTests.lines)
        var generator = SplitMix64(seed: 0x5EED_4EAD)
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...9, using: &generator)
            var text = ""
            for _ in 0..<length { text += HeadingNormalFormTests.pieces.randomElement(using: &generator)! }
            texts.append(text)
        }
        // Every single byte, and every byte cut from a multi-byte character, on its own.
        var rawBytes: [[UInt8]] = (0...255).map { [UInt8($0)] }
        rawBytes.append(contentsOf: [[0xE2], [0xE2, 0x80], [0xC2], [0x41, 0xE2, 0x80], [0x61, 0xC2]])
        for text in texts { rawBytes.append(Array(text.utf8)) }
        for bytes in rawBytes {
            bytes.withUnsafeBufferPointer { buffer in
                let fast = TextKey.heading(bytes: buffer)
                let plain = HeadingNormalFormTests.plainHeading(bytes: buffer)
                #expect(fast == plain, "\(bytes)")
                #expect(Array(fast.utf8) == Array(plain.utf8), "\(bytes)")
            }
        }
    }

    /// A key that holds a heading separator holds one of the bytes the old test looked for, so
    /// dropping that test changes no answer.
    @Test func holdingASeparatorMeansHoldingItsFirstByte() {
        var texts = VocabularySpeedTests.headings
        texts.append(contentsOf: ModelSpeedTests.lines)
        var generator = SplitMix64(seed: 0xA11_5EB5)
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...9, using: &generator)
            var text = ""
            for _ in 0..<length { text += HeadingNormalFormTests.pieces.randomElement(using: &generator)! }
            texts.append(TextKey.heading(text))
        }
        var separated = 0
        for text in texts {
            let firstByte = text.utf8.contains {
                $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",")
            }
            var key = text
            let holds = key.withUTF8 { TextKey.holdsSeparator($0, Vocabulary.headingSeparators) }
            if holds { separated += 1 }
            #expect(!holds || firstByte, "\(text)")
        }
        #expect(separated > 100)
    }
    /// `forEachFit(inHeading:_:)`, which tells ASCII from other text on the bytes it then compares,
    /// gives what it gave when it asked `isASCII` first: over the corpus, random headings and
    /// headings built on each template with ASCII and other possessors.
    @Test func possessorsAreThoseReadBeforeTheMerge() {
        let vocabulary = Catalogue.builtIn.vocabulary
        func plainPossessors(_ heading: String) -> [String] {
            var found: [String] = []
            if heading.isASCII {
                let bytes = Array(heading.utf8)
                for (template, (prefix, suffix)) in vocabulary.childTemplateBytes.enumerated()
                where bytes.count > prefix.count + suffix.count && bytes.starts(with: prefix) && bytes.suffix(suffix.count).elementsEqual(suffix) {
                    let possessor = String(decoding: bytes[prefix.count..<(bytes.count - suffix.count)], as: UTF8.self).trimmingSpaces
                    if !possessor.isEmpty { found.append("\(template) \(possessor)") }
                }
                return found
            }
            let utf8 = heading.utf8
            for (template, (prefix, suffix)) in vocabulary.childTemplates.enumerated()
            where utf8.count > prefix.utf8.count + suffix.utf8.count && heading.hasPrefix(prefix) && heading.hasSuffix(suffix) {
                let possessor = String(Substring(utf8.dropFirst(prefix.utf8.count).dropLast(suffix.utf8.count))).trimmingSpaces
                if !possessor.isEmpty { found.append("\(template) \(possessor)") }
            }
            return found
        }
        var headings = (VocabularySpeedTests.headings + ModelSpeedTests.lines).map { TextKey.heading($0) }
        for (prefix, suffix) in vocabulary.childTemplates {
            for name in ["isla", "zoë", "mum and dad", " ", "", "😀 x"] { headings.append(prefix + name + suffix) }
        }
        var generator = SplitMix64(seed: 0x9055_E550)
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...6, using: &generator) { text += HeadingNormalFormTests.pieces.randomElement(using: &generator)! }
            headings.append(TextKey.heading(text))
        }
        var found = 0
        for heading in headings {
            var possessors: [String] = []
            vocabulary.forEachFit(inHeading: heading) { possessors.append("\($1) \($0)") }
            #expect(possessors == plainPossessors(heading), "\(heading)")
            found += possessors.count
        }
        #expect(found > 50)
    }
}
