import Testing

@testable import MeetingLintCore

// A child protection core group for a baby, minuted item by item by business support
// (`Corpus/r7-core-group-baby-items.md`): `## Item 4 – Freya's lived experience`, the child
// named with a date of birth, an actions table with a responsible agency, and what will happen
// if things do not change.

/// A child's date of birth, with the meeting's date, says whether they are too young to be
/// told the outcome: before, only an age did (`Poppy (5 months)`).
@Suite struct DateOfBirthTests {
    static let date = "**Date:** 18/11/2026\n"

    @Test(arguments: [
        "**Child:** Freya M. (born 03/05/2026, 6 months)\n", "**Child:** Freya M. (DOB 03/05/2026)\n",
        "**Child's name and DOB:** Freya M., 03/05/2026\n", "**Child:** Freya M.\n**DOB:** 03/05/2026\n",
        "**Child:** Freya M.\n**Date of birth:** 03/05/2026\n", "| Child | Freya M. |\n|---|---|\n| DOB | 03/05/2026 |\n",
        "**Name of child:** Freya M., 6 months\n", "Child: Freya M. (DOB 20/11/2023)\n",
    ])
    func aChildBornUnderThreeYearsBeforeTheMeetingIsTooYoungToBeTold(_ child: String) {
        #expect(model("# Core group\n\n" + child + Self.date).childrenTooYoungToBeTold, "\(child)")
    }

    /// An older child, a date of birth with no meeting date to measure it from, and two
    /// children of whom one is given no date of birth, are not too young.
    @Test(arguments: [
        ("**Child:** Freya M. (DOB 03/05/2020)\n", true), ("**Child:** Freya M. (DOB 03/05/2026)\n", false),
        ("**Child:** Freya M. (DOB 03/05/2026) and Leo M.\n", true), ("**Child:** Freya M. (DOB 18/11/2023)\n", true),
        ("**Name of child:** Freya M., 6 years\n", true), ("**Child:** Freya M., Leo M. (2)\n", true),
        // A date that is no date of birth, and two children of whom one is given a date of birth.
        ("**Child:** Sofia K. (7) – on a plan since 12/03/2026\n", true), ("**Child:** Sofia K. (case opened 01/09/2025)\n", true),
        ("**Child's name and DOB:** Mia (DOB 01/01/2025) and Leo (8)\n", true),
    ])
    func otherChildrenAreNotTooYoung(_ child: String, dated: Bool) {
        let meeting = model("# Core group\n\n" + child + (dated ? Self.date : ""))
        #expect(!meeting.childrenTooYoungToBeTold, "\(child)")
    }

    /// So a core group for a baby whose parents attended asks no one to tell the baby.
    @Test func noOneIsAskedToTellABaby() {
        let record = "# Core group\n\n**Child:** Freya M.\n**DOB:** 03/05/2026\n" + Self.date
            + "\n## Present\n- Rachel Owusu – Social Worker\n- Chloe M. – Mother\n"
        #expect(RuleDocumentTests.findings(of: "family-feedback", in: record).isEmpty)
        let older = record.replacingOccurrences(of: "03/05/2026", with: "03/05/2019")
        #expect(!RuleDocumentTests.findings(of: "family-feedback", in: older).isEmpty)
    }
}

/// The core group's headings and columns.
@Suite struct CoreGroupItemsWordingTests {
    static let head = "# Core group\n\n**Child:** Freya M.\n**Date:** 18/11/2026\n\n"

    @Test(arguments: [
        "Day in the life of Freya", "What life is like for Freya", "Freya's daily lived experience",
        "Voice and lived experience of the child", "Lived experience of Freya", "Item 4 – Day in the life of Freya",
    ])
    func aBabysDayIsTheChildsVoice(_ heading: String) {
        let meeting = model(Self.head + "## \(heading)\n\nFreya was clean and alert and reached for Mum.\n")
        #expect(meeting.sections.contains { $0.conceptSet.contains(.childVoice) }, "\(heading)")
    }

    @Test func theParentsContributionIsTheirViews() {
        let meeting = model(Self.head + "## Item 5 – Parents' contribution\n\nMum said she is trying her best.\n")
        #expect(meeting.sections.contains { $0.conceptSet.contains(.familyViews) })
    }

    @Test(arguments: ["What will happen if things do not change", "If nothing changes", "If things don't change"])
    func whatHappensIfNothingChangesIsTheContingency(_ heading: String) {
        let meeting = model(Self.head + "## \(heading)\n\nRachel will ask for a legal planning meeting within 5 working days.\n")
        #expect(meeting.sections.contains { $0.conceptSet.contains(.contingency) }, "\(heading)")
    }

    /// An agency named in a `Responsible agency` column owns the action.
    @Test func aResponsibleAgencyColumnNamesTheOwner() {
        let record = Self.head + "## Plan\n\n| Ref | Action | Responsible agency | By when |\n|---|---|---|---|\n"
            + "| 1 | Weekend home visit | Children's Services | 06/12/2026 |\n"
        #expect(RuleDocumentTests.findings(of: "action-owner", in: record).isEmpty)
        let none = record.replacingOccurrences(of: "Responsible agency", with: "Notes")
        #expect(!RuleDocumentTests.findings(of: "action-owner", in: none).isEmpty)
    }
}
