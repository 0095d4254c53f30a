import Testing

@testable import MeetingLintCore

/// `Array(room:initializingWith:)`, which allocates through `reserveCapacity`, gives what
/// `Array(unsafeUninitializedCapacity:initializingWith:)` gives: the initializer is handed room
/// for exactly the capacity asked for, and the array is the elements it says it wrote.
@Suite struct ArrayRoomTests {
    static let capacities = [0, 1, 2, 7, 8, 63, 64, 65, 1000, 4097]

    /// Writes `written(capacity)` elements, each from its index, and records the room it was given.
    static func fill<T>(_ buffer: inout UnsafeMutableBufferPointer<T>, _ count: inout Int, writing written: Int, element: (Int) -> T) {
        for index in 0..<written { (buffer.baseAddress! + index).initialize(to: element(index)) }
        count = written
    }

    @Test func roomArraysAreThoseMadeUninitialised() {
        for capacity in ArrayRoomTests.capacities {
            // Room filled, half filled and left empty.
            for written in Set([capacity, capacity / 2, 0]) {
                var roomGiven = -1
                var standardRoom = -1
                let bytes = [UInt8](room: capacity) { buffer, count in
                    roomGiven = buffer.count
                    ArrayRoomTests.fill(&buffer, &count, writing: written) { UInt8(truncatingIfNeeded: $0 &* 7) }
                }
                let standard = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                    standardRoom = buffer.count
                    ArrayRoomTests.fill(&buffer, &count, writing: written) { UInt8(truncatingIfNeeded: $0 &* 7) }
                }
                #expect(bytes == standard)
                #expect(bytes.count == written)
                #expect(roomGiven == capacity)
                #expect(roomGiven == standardRoom)
                #expect(bytes.capacity >= capacity)

                let nodes = [Node](room: capacity) { buffer, count in
                    ArrayRoomTests.fill(&buffer, &count, writing: written) { index in
                        Node(kind: index % 2 == 0 ? .paragraph : .heading, range: SourceRange(index, index + 3), content: SourceRange(index + 1, index + 2))
                    }
                }
                #expect(nodes.count == written)
                #expect(nodes.map(\.range) == (0..<written).map { SourceRange($0, $0 + 3) })
                #expect(nodes.map(\.content) == (0..<written).map { SourceRange($0 + 1, $0 + 2) })
                #expect(nodes.map(\.kind) == (0..<written).map { $0 % 2 == 0 ? NodeKind.paragraph : NodeKind.heading })
            }
        }
    }

    /// An array made this way is an ordinary array: appended to and written in place afterwards.
    @Test func roomArraysGrowAndAreWritable() {
        var values = [Int32](room: 10) { buffer, count in
            ArrayRoomTests.fill(&buffer, &count, writing: 10) { Int32($0) }
        }
        values.append(contentsOf: [10, 11])
        values[0] = -1
        #expect(values == [-1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    }
}
