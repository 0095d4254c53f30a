import Foundation
import Testing

@testable import MeetingLintCore

/// Splitting text at separators, now a search for the next separator that `splitRanges` and
/// `holdsSeparator` share, gives the parts the old byte loop gave.
@Suite struct TextSplitTests {
    /// The old `TextKey.splitRanges(_:at:)`, kept as the reference.
    static func plainSplitRanges(_ bytes: UnsafeBufferPointer<UInt8>, at separators: [StaticString]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        var index = 0
        outer: while index < bytes.count {
            for separator in separators {
                let length = separator.withUTF8Buffer { $0.count }
                if length > 0, TextKey.starts(bytes, at: index, with: separator) {
                    parts.append(start..<index)
                    index += length
                    start = index
                    continue outer
                }
            }
            index += 1
        }
        parts.append(start..<bytes.count)
        return parts
    }

    static let separatorLists: [[StaticString]] = [
        [" and ", "&", "/", " + ", ","], [",", ";", " and ", "&"], [",", ";", " and ", "&", "/", " + "], ["/"], [" and ", " an"], [],
    ]

    /// Over every line of the corpus and random text made of separators, their pieces and
    /// words, with each list of separators the code splits at.
    @Test func splitRangesAndHoldsSeparatorAreThePlainSplit() {
        var texts = ModelSpeedTests.lines
        let pieces = ["a", "and", " and ", " an", "d ", "&", "/", " + ", "+", ",", ";", " ", "é", "’", "Mum", "Dad's views", "x"]
        var random = BuilderSpeedTests.Random(state: 0x5_9117)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<random.below(12) { text += pieces[random.below(pieces.count)] }
            texts.append(text)
        }
        var split = 0
        for text in texts {
            var text = text
            text.withUTF8 { bytes in
                for separators in TextSplitTests.separatorLists {
                    let expected = TextSplitTests.plainSplitRanges(bytes, at: separators)
                    #expect(TextKey.splitRanges(bytes, at: separators) == expected, "\(String(decoding: bytes, as: UTF8.self))")
                    #expect(TextKey.holdsSeparator(bytes, separators) == (expected.count > 1))
                    if expected.count > 1 { split += 1 }
                }
            }
        }
        #expect(split > 1000)
    }
}
