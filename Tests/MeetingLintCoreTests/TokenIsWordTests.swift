import Testing

@testable import MeetingLintCore

/// `Token.isWord`, one comparison of the shape's raw value, says what naming the three word shapes
/// said, for every shape there is.
@Suite struct TokenIsWordTests {
    @Test func isWordIsTheThreeWordShapes() {
        var shapes = 0
        for raw in UInt8.min...UInt8.max {
            guard let shape = Token.Shape(rawValue: raw) else { continue }
            shapes += 1
            let token = Token(range: SourceRange(0, 1), folded: 0, exact: 0, shape: shape)
            #expect(token.isWord == (shape == .word || shape == .upperWord || shape == .initial), "\(shape)")
        }
        #expect(shapes == 6)
    }
}
