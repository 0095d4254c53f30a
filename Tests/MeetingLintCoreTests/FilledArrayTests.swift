import Testing

@testable import MeetingLintCore

/// `Array(filledWith:count:)`, which allocates through `reserveCapacity`, gives what
/// `Array(repeating:count:)` gives, for the element types the checks and tables fill.
@Suite struct FilledArrayTests {
    static let counts = [0, 1, 2, 7, 8, 63, 64, 65, 1000, 4097]

    @Test func filledArraysAreThoseRepeated() {
        for count in FilledArrayTests.counts {
            #expect([UInt64](filledWith: 0, count: count) == [UInt64](repeating: 0, count: count))
            #expect([UInt64](filledWith: .max, count: count) == [UInt64](repeating: .max, count: count))
            #expect([Int32](filledWith: -1, count: count) == [Int32](repeating: -1, count: count))
            #expect([Int](filledWith: -1, count: count) == [Int](repeating: -1, count: count))
            #expect([UInt8](filledWith: 2, count: count) == [UInt8](repeating: 2, count: count))
            #expect([Bool](filledWith: false, count: count) == [Bool](repeating: false, count: count))
            #expect([Bool?](filledWith: nil, count: count) == [Bool?](repeating: nil, count: count))
            // (`Testing` has a `SourceLocation` of its own.)
            let location = MeetingLintCore.SourceLocation(line: 1, column: 1)
            let filled = [MeetingLintCore.SourceLocation](filledWith: location, count: count)
            let repeated = [MeetingLintCore.SourceLocation](repeating: location, count: count)
            #expect(filled == repeated)
            // Room for them all at once: no growing while filled.
            #expect([UInt64](filledWith: 0, count: count).capacity >= count)
        }
    }

    /// A table filled this way is written in place once made (it is not shared).
    @Test func filledArraysAreWritable() {
        var links = [Int32](filledWith: -1, count: 100)
        links.withUnsafeMutableBufferPointer { links in
            for index in links.indices where index % 3 == 0 { links[index] = Int32(index) }
        }
        let expected: [Int32] = (0..<100).map { index in index % 3 == 0 ? Int32(index) : -1 }
        #expect(links == expected)
    }
}
