import Testing

@testable import MeetingLintCore

/// Timed minutes pasted as plain lines (`10:04 – Apologies`): a time and a dash before a
/// plain-line heading are set aside, as they are in a `##` heading, so the line opens its
/// section; straight after a list too.
@Suite struct TimedPlainHeadingTests {
    static let record = """
        ---
        type: TAC
        child: Theo (5)
        date: 03/02/2026
        ---

        10:00 — Attendance and introductions
        - Helen Price – Family Support Worker
        - Gemma T. – Mum
        10:04 – Apologies
        - Dr Sam Reid – GP
        10:06 - Theo's views
        Helen saw Theo at nursery on 01/02/2026. Theo said he likes the sand tray.
        9.30am – Contingency
        If Theo's speech has not improved by the review, Helen will ask for an assessment.

        """

    @Test func aTimedPlainLineOpensItsSection() {
        let meeting = model(Self.record)
        #expect(meeting.sections.map(\.title) == ["10:00 — Attendance and introductions", "10:04 – Apologies", "10:06 - Theo's views", "9.30am – Contingency"])
        #expect(meeting.attendees.map(\.name) == ["Helen Price", "Gemma T."])
        #expect(meeting.apologies.map(\.name) == ["Dr Sam Reid"])
        #expect(meeting.hasSection(.childVoice) && meeting.hasSection(.contingency))
    }

    /// A time with no dash, a date, or a time before words that name no heading is no heading.
    @Test(arguments: ["10:04 Apologies", "24/11/2026 – Apologies", "10:04 – Jane arrived late", "10:04 – 10:30 Apologies", "1030 – Apologies"])
    func otherLinesThatOpenWithANumberAreNoHeading(_ line: String) {
        let meeting = model("Child: Theo (5)\n\nPresent\n" + line + "\nJane Smith – Class teacher\n")
        #expect(meeting.sections.map(\.title) == ["Present"], "\(line)")
    }

    @Test(arguments: [("10:05 — Actions", "Actions"), ("9.30am - Apologies", "Apologies"), ("9:30 PM – Plan", "Plan"), ("10:05 Actions", "10:05 Actions"), ("Actions", "Actions")])
    func theTimeIsSetAside(_ line: String, _ text: String) {
        let bytes = Array(line.utf8)
        let range = MeetingBuilder.afterTime(SourceRange(0, bytes.count), bytes)
        #expect(String(decoding: bytes[range.start..<range.end], as: UTF8.self) == text, "\(line)")
    }
}
