import Testing

@testable import MeetingLintCore

/// Minutes often put a task in the passive, its owner after `by`: `Referral to be made to the
/// drug and alcohol service by KR within 5 working days`. Such an action was reported as giving
/// no owner.
@Suite struct PassiveOwnerTests {
    static let head = "---\ndate: 19/05/2026\n---\n## Present\n- Kate Rowe – Social Worker (KR)\n- Hannah T – Mum\n- Sue Barker – Health Visitor\n\n## Actions\n"

    static func owner(_ action: String) -> String? { model(head + "- " + action + "\n").actions.first?.owner?.text }

    /// After `be … by`: someone the meeting knows, initials it gave, a family word, a role, an
    /// organisation, or a name of two words; the longest that fits, before a timescale.
    @Test(arguments: [
        ("Referral to be made to the drug and alcohol service by KR within 5 working days.", "KR"),
        ("Referral to be made by Kate within 5 working days.", "Kate"),
        ("Assessment to be completed by the social worker by 12/06/2026.", "social worker"),
        ("Mum to be supported by the health visitor to attend clinic weekly.", "health visitor"),
        ("Damp to be inspected by Housing by 29/05/2026.", "Housing"),
        ("Bedtime routine to be kept by Mum every night.", "Mum"),
        ("Referral to be made by Tom Reed by 29/05/2026.", "Tom Reed"),
    ])
    func thePassivesByNamesTheOwner(_ action: String, _ owner: String) {
        #expect(Self.owner(action) == owner, "\(action)")
    }

    /// A date or time after `by`, a meeting, a way of sending, or no `be` before it: no owner.
    @Test(arguments: [
        "Assessment to be completed by 12/06/2026.", "Visit to be done by the end of May.", "Referral to be made by Friday.",
        "Referral to be made by Christmas Eve.", "Plan to be reviewed by the TAF in 6 weeks.", "Report to be sent by email by 01/06/2026.",
        "Referral to be made by next TAF.", "Referral made by KR last week. Assessment to follow.", "Referral to be made. Chased by KR.",
    ])
    func otherWordsAfterByNameNoOwner(_ action: String) {
        #expect(Self.owner(action) == nil, "\(action): \(Self.owner(action) ?? "")")
    }

    /// `action-owner` no longer reports such an action; `owner-known` looks for a name it was not told.
    @Test func theRulesReadThePassivesOwner() {
        let record = Self.head + "- Referral to be made by KR within 5 working days.\n- Referral to be made by Tom Reed by 29/05/2026.\n"
        #expect(RuleDocumentTests.findings(of: "action-owner", in: record).isEmpty)
        #expect(RuleDocumentTests.findings(of: "owner-known", in: record).map(\.line) == [11])
    }
}
