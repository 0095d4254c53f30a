import Testing

@testable import MeetingLintCore

/// `Action.Part.text` reads its source through `Source.text(of:)` (so that reading it does not
/// copy the whole part): a part made of the record's bytes gives the plain text of its range, a
/// settled part the same text, a part given its text gives that text, and a part whose text is
/// set gives the new text, over the corpus's and random records' parts.
@Suite struct ActionPartTextTests {
    /// Whether `part`'s text, and that of copies of it made from the record, settled and set,
    /// is what the plain reading of each gives.
    static func readsAsPlain(_ part: Action.Part, in bytes: [UInt8]) -> Bool {
        let plain = part.range.end <= bytes.count ? Meeting.plainText(of: part.range, in: bytes) : nil
        var fromRecord = Action.Part(plainTextOf: part.range, in: bytes, origin: part.origin, lineTokens: part.lineTokens)
        guard let plain, fromRecord.text == plain, !fromRecord.isEmpty else { return false }
        fromRecord.settle()
        guard fromRecord.text == plain, fromRecord.isEmpty == plain.isEmpty else { return false }
        let given = Action.Part(text: part.text, range: part.range, origin: part.origin)
        guard given.text == part.text, given.isEmpty == part.text.isEmpty else { return false }
        var set = fromRecord
        set.text = "set: " + plain
        return set.text == "set: " + plain && fromRecord.text == plain && !set.isEmpty
    }

    @Test func textIsThePlainTextOfTheRangeOrTheGivenText() {
        var compared = 0
        var mismatches: [String] = []
        for meeting in PartLineTokensTests.meetings {
            let bytes = meeting.source.bytes
            for (_, part) in PartLineTokensTests.parts(of: meeting) where !part.isEmpty && part.range.start < part.range.end {
                // Parts given a text of their own (a status `done`) are compared as given only.
                guard part.text == Meeting.plainText(of: part.range, in: bytes) else {
                    let given = Action.Part(text: part.text, range: part.range, origin: part.origin)
                    if given.text != part.text { mismatches.append("\(meeting.source.path): \(part.text)") }
                    continue
                }
                compared += 1
                if !ActionPartTextTests.readsAsPlain(part, in: bytes) { mismatches.append("\(meeting.source.path): \(part.text)") }
            }
        }
        #expect(compared > 500)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func emptyGivenTextIsEmpty() {
        let part = Action.Part(text: "", range: SourceRange(0, 6), origin: .field)
        #expect(part.text == "")
        #expect(part.isEmpty)
    }
}
