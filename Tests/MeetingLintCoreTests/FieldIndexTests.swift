import Testing

@testable import MeetingLintCore

/// `Meeting.fieldIndex(_:)` finds the field `field(_:)` gives, and the dates the builder reads
/// from fields found by index are those read from the fields themselves (the old reading, kept
/// here as the reference), over the corpus and records written to reach every branch.
@Suite struct FieldIndexTests {
    static let extra = [
        "---\ntitle: Review 3 March 2026\n---\n# Minutes\n",
        "# CIN review 04/03/2026\n\nNext meeting: in 6 weeks\n\nCirculated: 31/02/2026\n",
        "Date: TBC\nNext meeting: 14 May\nPrevious meeting: 2 April 2026\n",
        "Title: Core group 12/01/2026\nNext meeting: to be arranged\n",
        "Date: 1 June 2026\nDate: 2 June 2026\nCirculated: 3 June 2026\n",
    ]

    @Test func fieldsFoundByIndexAreTheFieldsFound() {
        var checked = 0
        for text in PeopleSpeedTests.texts() + FieldIndexTests.extra {
            let builder = PeopleSpeedTests.builder(text)
            let meeting = builder.meeting
            for key in FieldKey.allCases {
                let byIndex = meeting.fieldIndex(key).map { meeting.fields[$0] }
                let found = meeting.field(key)
                #expect(byIndex?.keyRange == found?.keyRange && byIndex?.valueRange == found?.valueRange && byIndex?.value == found?.value)
            }
            // The dates as the builder read them when it copied each field out.
            let bytes = meeting.source.bytes
            let order = builder.settings.dateOrder
            var tokens: [Token] = []
            func fact(of field: Field) -> DateFact { MeetingBuilder.dateFact(of: field.valueRange, bytes: bytes, order: order, tokens: &tokens) }
            if let field = meeting.field(.date) {
                #expect(meeting.meetingDate == fact(of: field))
            } else if let title = meeting.field(.title), case .valid(let day, let range) = fact(of: title) {
                #expect(meeting.meetingDate == .valid(day, range))
            }
            if let field = meeting.field(.nextMeeting), case .valid = fact(of: field) {
                #expect(meeting.nextMeetingDate == fact(of: field))
            }
            if let field = meeting.field(.circulated) { #expect(meeting.circulatedDate == fact(of: field)) }
            if meeting.field(.previousMeeting) != nil { #expect(meeting.isReview) }
            checked += 1
        }
        #expect(checked > 20)
    }
}
