import Foundation
import Testing

@testable import MeetingLintCore

/// The checks' tests of whether bytes can be read as their plain text, made through buffer
/// pointers, answer as the byte-by-byte loops they replaced (kept here as the reference): whether
/// bytes hold a mark or a non-ASCII byte, whether a field's value is the record's bytes at its
/// range, and which of a line's tokens a range covers.
@Suite struct PlainBytesTests {
    /// The loop `Meeting.holdsNoMarks` replaced (as in `readPartTokens` and `Person.isPlainAlready`).
    static func referenceHoldsNoMarks(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        for index in range {
            let byte = bytes[index]
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "_") || byte >= 0x80 { return false }
        }
        return true
    }

    /// The loop `Meeting.isPlainCopy` replaced (as in `readValueTokens`).
    static func referenceIsPlainCopy(_ own: [UInt8], _ range: SourceRange, _ bytes: [UInt8]) -> Bool {
        guard range.start >= 0, range.end <= bytes.count, range.count == own.count, !own.isEmpty else { return false }
        for offset in 0..<own.count {
            let byte = own[offset]
            if byte != bytes[range.start + offset] || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "_")
                || byte >= 0x80
            {
                return false
            }
        }
        return true
    }

    /// The search `Meeting.lineTokens(exactly:near:)` made before it read the tokens through a
    /// buffer pointer.
    static func referenceLineTokens(_ meeting: Meeting, _ range: SourceRange, near: Range<Int>?) -> ClosedRange<Int>? {
        let tokens = meeting.tokens
        let searched = near.map { $0.clamped(to: tokens.indices) } ?? tokens.indices
        var low = searched.lowerBound
        var high = searched.upperBound
        while low < high {
            let middle = low + (high - low) / 2
            if tokens[middle].range.start < range.start { low = middle + 1 } else { high = middle }
        }
        guard low < searched.upperBound, tokens[low].range.start == range.start else { return nil }
        let first = low
        let line = meeting.lineEnding(after: first)
        guard line < meeting.lines.count, meeting.lines[line].tokens.contains(first) else { return nil }
        var last = first
        let end = meeting.lines[line].tokens.upperBound
        while last < end, tokens[last].range.end < range.end { last += 1 }
        guard last < end, tokens[last].range.end == range.end else { return nil }
        return first...last
    }

    @Test func marksAreFoundAsByteByByte() {
        var random = BuilderSpeedTests.Random(state: 0x6d61_726b_73)
        var clean = 0
        for pieces in 0..<400 {
            var bytes = BuilderSpeedTests.awkwardText(&random, pieces: pieces % 40)
            // Some texts of plain words only, so that both answers are seen often.
            if pieces % 3 == 0 { bytes = bytes.filter { $0 < 0x80 && $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "`") && $0 != UInt8(ascii: "_") } }
            for _ in 0..<8 {
                let start = random.below(bytes.count + 1)
                let end = start + random.below(bytes.count - start + 1)
                let fast = bytes.withUnsafeBufferPointer { Meeting.holdsNoMarks(UnsafeBufferPointer(rebasing: $0[start..<end])) }
                #expect(fast == PlainBytesTests.referenceHoldsNoMarks(bytes, start..<end), "\(Array(bytes[start..<end]))")
                #expect(Person.isPlainAlready(SourceRange(start, end), bytes) == fast)
                if fast, end > start { clean += 1 }
            }
        }
        #expect(clean > 200)
    }

    /// A mark or a non-ASCII byte is found at every place of texts of every length up to three
    /// blocks of sixteen and a bit (in the first block, the overlapping last one, and between).
    @Test func marksAreFoundAtEveryPlace() {
        for count in 0...50 {
            let clean = (0..<count).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            #expect(clean.withUnsafeBufferPointer { Meeting.holdsNoMarks($0) })
            for place in 0..<count {
                for mark in [UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "_"), 0x80, 0xC3, 0xFF] {
                    var bytes = clean
                    bytes[place] = mark
                    #expect(!bytes.withUnsafeBufferPointer { Meeting.holdsNoMarks($0) }, "\(bytes)")
                }
                // Bytes next to the marks' values are not marks.
                for near in [UInt8(ascii: ")"), UInt8(ascii: "+"), UInt8(ascii: "^"), UInt8(ascii: "a"), 0x7F, 0x00, UInt8(ascii: " ")] {
                    var bytes = clean
                    bytes[place] = near
                    #expect(bytes.withUnsafeBufferPointer { Meeting.holdsNoMarks($0) }, "\(bytes)")
                }
            }
        }
    }

    /// A value is the record's bytes at its range as the loop said: over random texts and ranges,
    /// ranges outside the record, of another length, empty, and copies that differ in one byte.
    @Test func plainCopiesAreFoundAsByteByByte() {
        var random = BuilderSpeedTests.Random(state: 0x636f_7079)
        var copies = 0
        for pieces in 0..<400 {
            var bytes = BuilderSpeedTests.awkwardText(&random, pieces: pieces % 30)
            if pieces % 2 == 0 { bytes = bytes.filter { $0 < 0x80 && $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "`") && $0 != UInt8(ascii: "_") } }
            for _ in 0..<8 {
                let start = random.below(bytes.count + 1)
                let end = start + random.below(bytes.count - start + 1)
                var own = Array(bytes[start..<end])
                switch random.below(5) {
                case 0 where !own.isEmpty: own[random.below(own.count)] ^= UInt8(1 << random.below(8))
                case 1: own.append(UInt8(ascii: "x"))
                default: break
                }
                var ranges = [SourceRange(start, end), SourceRange(start - 1, end - 1), SourceRange(start, end + 1), SourceRange(-1, own.count - 1)]
                ranges.append(SourceRange(bytes.count - own.count + 1, bytes.count + 1))
                for range in ranges {
                    let fast = own.withUnsafeBufferPointer { Meeting.isPlainCopy($0, of: range, in: bytes) }
                    #expect(fast == PlainBytesTests.referenceIsPlainCopy(own, range, bytes), "\(own) at \(range.start)..<\(range.end)")
                    if fast { copies += 1 }
                }
            }
        }
        #expect(copies > 200)
    }

    /// Over the corpus (and shuffled records), every field value's, action part's, line's and
    /// token's range, and some ranges near them, find the tokens the plain search finds, with and
    /// without the action's tokens to search near.
    @Test func lineTokensAreFoundAsByTheIndexedSearch() {
        var found = 0
        var random = BuilderSpeedTests.Random(state: 0x6c69_6e65)
        for meeting in CheckSpeedTests.meetings() {
            var ranges: [(SourceRange, Range<Int>?)] = []
            for field in meeting.fields { ranges.append((field.valueRange, nil)) }
            for action in meeting.actions {
                for part in [action.owner, action.what, action.dueText, action.measure, action.status].compactMap({ $0 }) {
                    ranges.append((part.range, action.tokens))
                    ranges.append((part.range, nil))
                }
            }
            for line in meeting.lines { ranges.append((line.range, nil)) }
            let tokens = meeting.tokens
            for _ in 0..<min(200, tokens.count) {
                let first = random.below(tokens.count)
                let last = min(tokens.count - 1, first + random.below(6))
                let range = SourceRange(tokens[first].range.start + random.below(2) - random.below(2), tokens[last].range.end)
                ranges.append((range, nil))
                ranges.append((range, max(0, first - 3)..<(last + random.below(8))))
            }
            for (range, near) in ranges {
                let fast = meeting.lineTokens(exactly: range, near: near)
                #expect(fast == PlainBytesTests.referenceLineTokens(meeting, range, near: near))
                if fast != nil { found += 1 }
            }
        }
        #expect(found > 1000)
    }
}
