import Testing

@testable import MeetingLintCore

// A Team Around the Family review that a 14-year-old attended in part, written in plain words
// for him and his dad (`Corpus/r6-taf-young-person-review.md`): `What we agreed last time`,
// `In Tyler's words`, a `Who came` table whose paediatrician `sent a report`, and the next
// meeting's section followed by a paragraph about going through the plan with him.

@Suite struct YoungPersonRecordTests {
    static let head = "---\ntype: Team Around the Family review\nchild: Tyler M. (14)\ndate: 19/11/2026\n---\n"

    @Test(arguments: [
        ("## What we agreed last time", Concept.previousActions), ("## What we said we would do", .previousActions),
        ("## What I think", .childVoice), ("## What I want to happen", .childVoice), ("## What Dad thinks", .familyViews),
        ("## Why are we here?", .purpose), ("## Who was here", .attendance), ("## What happens if the plan isn't working", .contingency),
    ])
    func plainWordHeadings(_ heading: String, _ concept: Concept) {
        #expect(model(Self.head + heading + "\nTyler goes to boxing every Friday.\n").hasSection(concept), "\(heading)")
    }

    /// `Report sent` in the Attended column: the person was not there.
    @Test(arguments: ["Report sent", "Sent a report", "Report only"])
    func aReportSentIsAnApology(_ value: String) {
        let record = Self.head + "## Who came\n| Name | Role | Attended |\n|---|---|---|\n| Darren M. | Dad | Yes |\n| Dr Anil Rao | Paediatrician | \(value) |\n"
        #expect(RuleDocumentTests.findings(of: "apologies", in: record).isEmpty, "\(value)")
        #expect(model(record).apologies.map(\.name) == ["Dr Anil Rao"], "\(value)")
    }

    /// `YP:` names the young person.
    @Test func theYoungPersonsKey() {
        #expect(model("**YP:** Tyler M., 14\n**Date:** 19/11/2026\n").childNames.first == "Tyler M.")
    }

    /// A next meeting still to be confirmed sets no date, whatever a later paragraph of its
    /// section dates; a first line that gives the date sets it, whatever it leaves to be confirmed.
    @Test func aDateToBeConfirmedSetsNone() {
        let later = "\n\nSam will go through this plan with Tyler at school on 20/11/2026.\n"
        let unset = model(Self.head + "## Next meeting\nAfter the ADHD assessment (date to be confirmed)." + later)
        guard case .unset = unset.nextMeetingDate else {
            Issue.record("\(unset.nextMeetingDate)")
            return
        }
        let set = model(Self.head + "## Next meeting\n14/01/2027 at Greenway Academy (room to be confirmed)." + later)
        guard case .valid(let day, _) = set.nextMeetingDate else {
            Issue.record("\(set.nextMeetingDate)")
            return
        }
        #expect(day == Day(year: 2027, month: 1, day: 14))
    }
}
