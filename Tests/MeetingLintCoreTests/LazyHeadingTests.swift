import Foundation
import Testing

@testable import MeetingLintCore

/// A heading typed at the left margin straight after a list, with no blank line between
/// (`- Jane Smith — Class teacher⏎Apologies⏎- Tom Reed — GP`), as a record pasted without blank
/// lines has them. Markdown reads such a line as more of the last item (a lazy continuation);
/// the parser, told the record's headings, ends the list before it instead.
@Suite struct LazyHeadingTests {
    static let record = """
        Team Around the Child meeting
        Child: Kai D. (8)
        Date: 24/11/2026
        Present
        - Helen Ward — Family support worker
        - Jane Smith — Class teacher
        Apologies
        - Tom Reed — GP
        Kai's views
        Kai told Jane he likes football at lunchtime.
        Actions
        - Jane Smith to send the reading plan to Mum by 01/12/2026
        Next meeting: 12/01/2027

        """

    @Test func aPlainHeadingAfterAListOpensItsSection() {
        let meeting = model(Self.record)
        #expect(meeting.sections.map(\.title) == ["Present", "Apologies", "Kai's views", "Actions"])
        #expect(meeting.attendees.map(\.name) == ["Helen Ward", "Jane Smith"])
        #expect(meeting.apologies.map(\.name) == ["Tom Reed"])
    }

    @Test func aFieldAfterTheActionsIsTheRecordsNotTheActions() {
        let meeting = model(Self.record)
        #expect(meeting.nextMeetingDate.day == Day(year: 2027, month: 1, day: 12)!)
        #expect(meeting.actions.count == 1)
        #expect(RuleDocumentTests.findings(of: "review-date", in: Self.record).isEmpty)
        #expect(RuleDocumentTests.findings(of: "apologies", in: Self.record).isEmpty)
    }

    /// The heading's own marks do not matter: bold, a key with nothing after it, or none; and the
    /// people under it may be listed or not, or the list nested.
    @Test(arguments: [
        "- Helen Ward — Family support worker\n- Jane Smith — Class teacher\n**Apologies**\n- Tom Reed — GP\n",
        "- Helen Ward — Family support worker\n- Jane Smith — Class teacher\nApologies:\n- Tom Reed — GP\n",
        "- Helen Ward — Family support worker\n- Jane Smith — Class teacher\nApologies\nTom Reed — GP\n",
        "- Helen Ward — Family support worker\n- Jane Smith — Class teacher\n  - reading lead\nApologies\n- Tom Reed — GP\n",
        "1. Helen Ward — Family support worker\n2. Jane Smith — Class teacher\nApologies\n1. Tom Reed — GP\n",
    ])
    func everyKindOfHeadingEndsTheList(_ people: String) {
        let meeting = model("Child: Kai D. (8)\n\nPresent\n" + people)
        #expect(meeting.attendees.map(\.name) == ["Helen Ward", "Jane Smith"], "\(people)")
        #expect(meeting.apologies.map(\.name) == ["Tom Reed"], "\(people)")
    }

    /// A heading that names the child ends the list too, although the parser does not know the
    /// child: each name in the line is tried as theirs. One that names someone else is not the
    /// child's voice (it may be a parent's views, once the people are read).
    @Test func aHeadingNamingTheChild() {
        let record = "Child: Kai D. (8)\n\nPresent\n- Helen Ward — Family support worker\nWhat Kai said\n- He likes football at lunchtime.\n"
        let meeting = model(record)
        #expect(meeting.sections.map(\.title) == ["Present", "What Kai said"])
        #expect(meeting.attendees.map(\.name) == ["Helen Ward"])
        #expect(meeting.hasSection(.childVoice))
        let other = model("Child: Kai D. (8)\n\nPresent\n- Helen Ward — Family support worker\nWhat Tom said\n")
        #expect(other.attendees.map(\.name) == ["Helen Ward"])
        #expect(!other.hasSection(.childVoice))
    }

    /// A field of the record among the people is no one: `Date circulated:` after the list of
    /// those present (now a line of its own, no longer the last item's) is not read as someone
    /// listed without a role.
    @Test func aFieldOfTheRecordAmongThePeopleIsNoOne() {
        for people in ["Present\n- Helen Ward — Family support worker\nDate circulated: 12/06/2026\n", "Present\nHelen Ward — Family support worker\nVenue: Oak Primary\n"] {
            let meeting = model("Child: Kai D. (8)\n\n" + people)
            #expect(meeting.attendees.map(\.name) == ["Helen Ward"], "\(people)")
        }
    }

    /// Parsed with the record's headings, a record gives the same tree whether or not the
    /// parser takes its shortcuts for common lines: each corpus record, and the same with its
    /// blank lines and heading marks taken out, as a record pasted from a word processor is.
    @Test func theShortcutsGiveTheSameTree() throws {
        let vocabulary = Catalogue.builtIn.vocabulary
        var compared = 0
        for name in CorpusTests.records {
            let text = try String(contentsOf: CorpusTests.corpus.appendingPathComponent(name + ".md"), encoding: .utf8)
            let stripped = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.map { line -> Substring in
                var line = line
                while line.first == "#" { line = line.dropFirst() }
                return line.drop { $0 == " " }
            }.joined(separator: "\n")
            for variant in [text, stripped] {
                let source = SourceFile(path: name, text: variant)
                let short = Document(parsing: source, shortcuts: true) { MeetingBuilder.isLazyHeading(vocabulary, $0, $1) }
                let long = Document(parsing: source, shortcuts: false) { MeetingBuilder.isLazyHeading(vocabulary, $0, $1) }
                #expect(ParserAndDriverSpeedTests.fullDump(short) == ParserAndDriverSpeedTests.fullDump(long), "\(name)")
                compared += 1
            }
        }
        #expect(compared > 100)
    }

    /// A list item rarely ends with a full stop, so a long item does not keep the heading after
    /// it as more of its text (as a long line of prose would).
    @Test func aLongItemBeforeTheHeading() {
        let record = "Child: Kai D. (8)\n\nActions\n- Jane Smith to send the reading plan to Mum and Dad by 01/12/2026\nContingency plan\nIf Kai's reading does not improve, Jane will ask for an assessment.\n"
        let meeting = model(record)
        #expect(meeting.sections.map(\.title) == ["Actions", "Contingency plan"])
        #expect(meeting.hasSection(.contingency))
    }

    /// What goes on from the item is still the item's: text in small letters, a line after a
    /// comma, an indented line, an action's own fields (its owner, its date), words that name no
    /// heading, and lines in a block quote.
    @Test(arguments: [
        "- Jane Smith to ring the GP\nabout the referral\n",
        "- Jane Smith to ring the GP, the school,\nPlan\n",
        "- Jane Smith to ring the GP\n  Apologies\n",
        "- Ring the GP about the referral\nOwner: Jane Smith\n",
        "- Ring the GP about the referral\nDate: 12/12/2026\n",
        "- Jane Smith to ring the GP\nSoon after the meeting\n",
    ])
    func whatGoesOnFromTheItemStaysItsOwn(_ body: String) {
        let source = SourceFile(path: "test.md", text: "Child: Kai D. (8)\n\n" + body)
        let told = Document(parsing: source, shortcuts: true) { MeetingBuilder.isLazyHeading(Catalogue.builtIn.vocabulary, $0, $1) }
        let plain = Document(parsing: source)
        #expect(ParserAndDriverSpeedTests.fullDump(told) == ParserAndDriverSpeedTests.fullDump(plain), "\(body)")
    }

    /// A heading straight after a quote ends it too (`> "I want to see Dad."⏎Kirsty's views`, a
    /// child's words quoted in a record pasted with no blank lines): the lines after it are the
    /// heading's section, not more of the quote.
    @Test func aHeadingAfterAQuoteEndsIt() throws {
        let record = """
            Child: Kai D. (8)
            Present
            - Helen Ward — Family support worker
            - Kirsty D. — Mum
            Kai's views
            Kai said:
            > "I like it better now it's quiet at home."
            He wants to keep seeing his mentor.
            Kirsty's views
            Kirsty said the children are happier.
            Apologies
            - Tom Reed — GP

            """
        let meeting = model(record)
        #expect(meeting.sections.map(\.title) == ["Present", "Kai's views", "Kirsty's views", "Apologies"])
        #expect(meeting.hasSection(.familyViews) && meeting.apologies.map(\.name) == ["Tom Reed"])
        let source = SourceFile(path: "test.md", text: "> - Jane Smith to ring the GP\nApologies\n")
        let document = Document(parsing: source, shortcuts: true) { MeetingBuilder.isLazyHeading(Catalogue.builtIn.vocabulary, $0, $1) }
        let topLevel = Array(document.children(of: Document.root))
        try #require(topLevel.map { document[$0].kind } == [.blockQuote, .paragraph])
        #expect(document.text(document[topLevel[1]].range) == "Apologies")
    }

    /// Without the record's headings the parser reads markdown as CommonMark does: the line is
    /// more of the item.
    @Test func theParserAloneReadsALazyLineAsTheItems() {
        let document = Document(parsing: SourceFile(path: "test.md", text: "- Jane Smith — Class teacher\nApologies\n- Tom Reed — GP\n"))
        let lists = document.nodes.filter { $0.kind == .list }
        #expect(lists.count == 1)
        #expect(document.nodes.filter { $0.kind == .listItem }.count == 2)
    }

    /// Told the headings, it ends the list: two lists, and the heading a paragraph between them
    /// at the top of the record.
    @Test func toldTheHeadingsTheParserEndsTheList() throws {
        let source = SourceFile(path: "test.md", text: "- Jane Smith — Class teacher\nApologies\n- Tom Reed — GP\n")
        let document = Document(parsing: source, shortcuts: true) { MeetingBuilder.isLazyHeading(Catalogue.builtIn.vocabulary, $0, $1) }
        let topLevel = Array(document.children(of: Document.root))
        try #require(topLevel.map { document[$0].kind } == [.list, .paragraph, .list])
        #expect(document.text(document[topLevel[1]].range) == "Apologies")
    }
}
