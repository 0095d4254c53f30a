import Testing

@testable import MeetingLintCore

/// The field-line key loop tests each byte with `FieldLineShape.isLetterOrDigit`, a bit test that
/// replaced three range tests; the range tests are kept here as the reference.
@Suite struct KeyByteClassTests {
    @Test func theBitTestHoldsTheBytesTheRangeTestsHold() {
        for value in 0...255 {
            let byte = UInt8(value)
            let ranges = (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte >= 0x80
            #expect(FieldLineShape.isLetterOrDigit(byte) == ranges, "byte \(value)")
        }
    }
}
