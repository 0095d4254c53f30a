import Testing

@testable import MeetingLintCore

/// A record pasted from a word processor opens with its title as a plain line, with no `#` and
/// often no blank line after it (`CIN meeting – Jayden R (8) – 4/3/26⏎**Present:** …`): the
/// title gives the meeting's type, the child's name and the meeting's date, as a `#` title does.
@Suite struct PlainTitleLineTests {
    static let body = "**Present:** Sam Reid (SW), Mum (Leanne R), Kelly Dodds (FSW)\nUpdate\nJayden seen at school on Monday.\n"

    @Test func theFirstLineIsTheTitle() {
        let meeting = model("CIN meeting – Jayden R (8) – 4/3/26\n" + Self.body)
        #expect(meeting.profileID == "cin" && meeting.typeRecognised)
        #expect(meeting.childNames.contains("Jayden"), "\(meeting.childNames)")
        #expect(meeting.meetingDate.day == Day(year: 2026, month: 3, day: 4))
    }

    /// Text straight after the fields under the title (no blank line, no heading) is the
    /// record's: the title ended at the fields, and still gives the meeting's type.
    @Test func theTitleEndsAtItsFields() {
        let meeting = model("CIN meeting – Jayden R (8) – 4/3/26\n**Present:** Sam Reid (SW), Mum (Leanne R)\nJayden was seen at school on Monday and said he is happy.\n")
        #expect(meeting.profileID == "cin" && meeting.typeRecognised)
    }

    /// As a `#` title gives them, with a blank line after it or not.
    @Test func asAMarkedTitleGivesThem() {
        let plain = model("CIN meeting – Jayden R (8) – 4/3/26\n\n" + Self.body)
        let marked = model("# CIN meeting – Jayden R (8) – 4/3/26\n\n" + Self.body)
        #expect(plain.childNames == marked.childNames && plain.meetingDate.day == marked.meetingDate.day && plain.profileID == marked.profileID)
    }

    /// A title ending with an initial's full stop is a title still; a sentence is none.
    @Test(arguments: [("Professionals' meeting – discharge planning for Baby Noah T.", false), ("Notes of the meeting.", true), ("Meeting about A.", false), ("Meeting with Mr AB.", true)])
    func anInitialEndsNoSentence(_ line: String, _ sentence: Bool) {
        let bytes = Array(line.utf8)
        #expect(MeetingBuilder.endsAsSentence(SourceRange(0, bytes.count), in: bytes) == sentence, "\(line)")
        #expect(model(line + "\nDate: 12/11/2026\n\n**Present:** Sam Reid (SW)\n").typeRecognised == line.hasPrefix("Professionals"), "\(line)")
    }

    /// A title with a colon reads as a field whose key is no field's: first in the record, it is
    /// the title all the same.
    @Test func aTitleWithAColon() {
        let meeting = model("Multi-agency professionals meeting: Jamie (7) and Kayla (5)\nDate: 11/02/2026\n" + Self.body)
        #expect(meeting.profileID == "professionals" && meeting.typeRecognised)
        #expect(meeting.childNames.contains("Jamie"), "\(meeting.childNames)")
        // After the first line, such a line is a field: the title is the first line alone.
        let purpose = model("Team Around the Child meeting\nReason for meeting: Jamie's attendance\n" + Self.body)
        #expect(purpose.profileID == "tac")
    }

    /// A first line that names no meeting (a person, a sentence, a line ending with a full stop)
    /// is no title, and a child field or a date field comes before the title.
    @Test func otherFirstLinesAreNoTitle() {
        let person = model("Sam Reid – Social Worker\n" + Self.body)
        #expect(person.childNames.isEmpty && person.meetingDate.day == nil)
        let sentence = model("Notes of the meeting about Jayden R on 4/3/26.\n" + Self.body)
        #expect(sentence.childNames.isEmpty && sentence.meetingDate.day == nil)
        let fields = model("CIN meeting – Jayden R (8) – 4/3/26\nChild: Maisie T. (6)\nDate: 05/03/2026\n" + Self.body)
        #expect(fields.childNames.contains("Maisie") && !fields.childNames.contains("Jayden"), "\(fields.childNames)")
        #expect(fields.meetingDate.day == Day(year: 2026, month: 3, day: 5))
    }
}
