import Foundation
import Testing

@testable import MeetingLintCore

/// The child value's byte readings (`MeetingBuilder.asciiNames(in:)`, `asciiAllTooYoung(_:)`),
/// which keep their bytes and words in temporary room and find the parts one at a time, give what
/// the same readings gave with arrays; and `TextKey.parts(of:at:)` gives `splitRanges(_:at:)`'s
/// parts.
@Suite struct ChildValueRoomTests {
    // The readings as they were with arrays: the references.

    static func arrayAllTooYoung(_ value: String) -> Bool {
        var lower = Array(value.utf8)
        for index in lower.indices where lower[index] >= UInt8(ascii: "A") && lower[index] <= UInt8(ascii: "Z") { lower[index] |= 0x20 }
        return lower.withUnsafeBufferPointer { bytes -> Bool in
            // A date of birth would need the meeting's date; leave it to the reader.
            if TextKey.firstOffset(of: "dob", in: bytes) != nil || MeetingBuilder.holdsBornNotUnborn(bytes) || bytes.contains(UInt8(ascii: "/")) {
                return false
            }
            func isListed(_ range: Range<Int>, in listed: [[UInt8]]) -> Bool {
                listed.contains { $0.elementsEqual(UnsafeBufferPointer(rebasing: bytes[range])) }
            }
            // One buffer for every part's words, with room for a few.
            var words: [Range<Int>] = []
            words.reserveCapacity(8)
            func isTooYoung(_ part: Range<Int>) -> Bool? {
                // The part's runs of letters and digits (`alphanumericRuns(_:)`).
                words.removeAll(keepingCapacity: true)
                var start: Int?
                for index in part.lowerBound...part.upperBound {
                    var alphanumeric = false
                    if index < part.upperBound {
                        let byte = bytes[index]
                        let letter = byte | 0x20
                        alphanumeric = (letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z")) || Tokenizer.isDigit(byte)
                    }
                    if alphanumeric, start == nil { start = index }
                    if !alphanumeric, let first = start {
                        words.append(first..<index)
                        start = nil
                    }
                }
                if words.contains(where: { isListed($0, in: MeetingBuilder.youngestWordBytes) }) { return true }
                for (position, word) in words.enumerated() {
                    var digitsEnd = word.lowerBound
                    while digitsEnd < word.upperBound, Tokenizer.isDigit(bytes[digitsEnd]) { digitsEnd += 1 }
                    guard digitsEnd > word.lowerBound,
                        let age = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[word.lowerBound..<digitsEnd]), as: UTF8.self))
                    else { continue }
                    let unit = digitsEnd < word.upperBound ? digitsEnd..<word.upperBound : position + 1 < words.count ? words[position + 1] : digitsEnd..<digitsEnd
                    if isListed(unit, in: MeetingBuilder.shortAgeUnitBytes) { return true }
                    return age < 3
                }
                return nil
            }
            // Every part that is not blank too young, and one part at least; a part that gives
            // no age waits for a part that is an age alone (`Freya M., 6 months`) to give it one.
            var anyPart = false
            var unaged = 0
            for part in TextKey.splitRanges(bytes, at: MeetingBuilder.ageSeparators) {
                guard let first = part.first(where: { bytes[$0] != UInt8(ascii: " ") && bytes[$0] != UInt8(ascii: "\t") }) else { continue }
                anyPart = true
                switch isTooYoung(part) {
                case nil: unaged += 1
                case false?: return false
                case true?: if Tokenizer.isDigit(bytes[first]), unaged > 0 { unaged -= 1 }
                }
            }
            return anyPart && unaged == 0
        }
    }


    static func arrayNames(in value: String) -> ([String], Int) {
        // Asides (`(7)`, `[DOB …]`) dropped, as the characters' reading drops them.
        var kept: [UInt8] = []
        kept.reserveCapacity(value.utf8.count)
        var depth = 0
        for byte in value.utf8 {
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") { depth += 1 } else if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") { depth = max(0, depth - 1) } else if depth == 0 { kept.append(byte) }
        }
        var names: [String] = []
        // A child's name, first name and initials: room for two children's made once.
        names.reserveCapacity(6)
        var children = 0
        kept.withUnsafeBufferPointer { bytes in
            /// Whether the word at `range`, lower-cased, is one of `listed`.
            func isListed(_ range: Range<Int>, in listed: [[UInt8]]) -> Bool {
                listed.contains { word in
                    word.count == range.count && word.indices.allSatisfy { offset in
                        let byte = bytes[range.lowerBound + offset]
                        let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                        return lower == word[offset]
                    }
                }
            }
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            var words: [Range<Int>] = []
            for part in TextKey.splitRanges(bytes, at: MeetingBuilder.childSeparators) {
                // The part's words: its runs of bytes other than spaces.
                words.removeAll(keepingCapacity: true)
                var start = part.lowerBound
                for index in part.lowerBound...part.upperBound where index == part.upperBound || bytes[index] == UInt8(ascii: " ") {
                    if index > start { words.append(start..<index) }
                    start = index + 1
                }
                // `Baby Poppy W.`: the word for a baby is not a name.
                var first = 0
                while first < words.count, isListed(words[first], in: MeetingBuilder.babyWordBytes) { first += 1 }
                // Drop ages and dates of birth: `age 7`, `DOB 01/02/2019`, `7 years`.
                var end = first
                while end < words.count, !isListed(words[end], in: MeetingBuilder.ageWordBytes), !Tokenizer.isDigit(bytes[words[end].lowerBound]) { end += 1 }
                guard end > first else { continue }
                // The words joined with one space each, written straight into the string (ASCII,
                // so valid UTF-8).
                var length = end - first - 1
                for index in first..<end { length += words[index].count }
                let name = String(unsafeUninitializedCapacity: length) { output in
                    var count = 0
                    for index in first..<end {
                        if index > first {
                            output[count] = UInt8(ascii: " ")
                            count += 1
                        }
                        for offset in words[index] {
                            output[count] = bytes[offset]
                            count += 1
                        }
                    }
                    return count
                }
                children += 1
                names.append(name)
                if end - first > 1 {
                    names.append(string(words[first]))
                    // Each word's first character: its first byte, or CR LF, the one pair of
                    // ASCII bytes that is a single character.
                    let initialsText = String(unsafeUninitializedCapacity: 2 * (end - first)) { output in
                        var count = 0
                        for word in words[first..<end] {
                            output[count] = bytes[word.lowerBound]
                            count += 1
                            if bytes[word.lowerBound] == UInt8(ascii: "\r"), word.count > 1, bytes[word.lowerBound + 1] == UInt8(ascii: "\n") {
                                output[count] = UInt8(ascii: "\n")
                                count += 1
                            }
                        }
                        return count
                    }
                    if initialsText.count > 1 { names.append(initialsText) }
                }
            }
        }
        // Names are seldom long: the list is filtered only if one might be too long.
        guard names.contains(where: { $0.utf8.count >= 60 }) else { return (names, children) }
        return (names.filter { $0.utf8.count < 60 || $0.count < 60 }, children)
    }
    /// Pieces of child values: names, ages, asides, separators, baby and age words in any case,
    /// and runs of one-byte words (the most words a part can hold).
    static let pieces = [
        "Sofia", "K.", " ", "  ", "(7)", "[DOB 01/02/2019]", "(", ")", "[", "]", ",", ";", " and ", "&", "/", " + ", "Baby", "UNBORN",
        "infant", "newborn", "aged", "Age", "DOB", "d.o.b.", "(dob", "born", "7", "2", "18mths", "5 months", "3 weeks", "m", "w", "Leo",
        "\t", "\r\n", "\r", "x", "a b c d e f", "1 2 3", "-", ".", String(repeating: "Long", count: 20), String(repeating: "a ", count: 40),
    ]

    /// Random ASCII values made of `pieces`, some long enough that the temporary room is not on
    /// the stack, with the corpus's ASCII lines and a few edge cases.
    static func values() -> [String] {
        var values = ModelSpeedTests.lines.filter { $0.isASCII }
        values.append(contentsOf: ["", " ", "a", "(", ")", "7", "and", " and ", "a a", String(repeating: "b ", count: 2_000), String(repeating: "Leo (2), ", count: 300)])
        var generator = SplitMix64(seed: 0xC41D_2007)
        for round in 0..<6_000 {
            var value = ""
            let count = round % 100 == 0 ? 400 : Int.random(in: 1...12, using: &generator)
            for _ in 0..<count { value += ChildValueRoomTests.pieces.randomElement(using: &generator)! }
            values.append(value)
        }
        return values
    }

    @Test func namesInRoomAreTheNamesInArrays() {
        var names = 0
        for value in ChildValueRoomTests.values() {
            let room = MeetingBuilder.asciiNames(in: value)
            let arrays = ChildValueRoomTests.arrayNames(in: value)
            #expect(room.0 == arrays.0, "\(value)")
            #expect(room.1 == arrays.1, "\(value)")
            names += room.0.count
        }
        #expect(names > 3_000)
    }

    @Test func agesInRoomAreTheAgesInArrays() {
        var tooYoung = 0
        for value in ChildValueRoomTests.values() {
            let room = MeetingBuilder.asciiAllTooYoung(value)
            #expect(room == ChildValueRoomTests.arrayAllTooYoung(value), "\(value)")
            if room { tooYoung += 1 }
        }
        #expect(tooYoung > 100)
    }

    @Test func partsAreTheSplitRanges() {
        let separatorSets: [[StaticString]] = [MeetingBuilder.childSeparators, MeetingBuilder.ageSeparators, Vocabulary.headingSeparators, [], [","]]
        var parts = 0
        for value in ChildValueRoomTests.values() + ["", ",", ",,", " and ", "a and b and ", "/+ + /"] {
            var text = value
            text.withUTF8 { bytes in
                for separators in separatorSets {
                    let found = Array(TextKey.parts(of: bytes, at: separators))
                    #expect(found == TextKey.splitRanges(bytes, at: separators), "\(value)")
                    parts += found.count
                }
            }
        }
        #expect(parts > 10_000)
    }
}
