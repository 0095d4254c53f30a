import Foundation
import Testing

@testable import MeetingLintCore

// A Child in Need review after a domestic abuse incident, as a local authority records it
// (`Corpus/r6-cin-domestic-abuse-review.md`): bold pseudo-headings, a `Not invited` list, a safety
// plan in conditional sentences (`If Lee comes to the house, Mum will call 999`), and feedback to
// the children named in the sentence that gives it.

@Suite struct DomesticAbuseRecordTests {
    static let head = "---\ntype: Child in Need review\nchild: Ruby K. (8)\ndate: 14/10/2026\n---\n"
        + "**Attendees**\n- Kirsty K. – Mum\n- Hannah Wilde – Social Worker (chair)\n- Jo Pearce – Family Support Worker (minutes)\n\n"

    /// A conditional sentence names its owner after the condition's comma.
    @Test(arguments: [
        ("If Lee comes to the house, Mum will call 999 and Hannah will arrange a strategy discussion the same day.", "Mum"),
        ("Should Lee breach the order, Mum will ring 999 immediately.", "Mum"),
        ("In the event of a breach, Hannah Wilde will hold a strategy discussion the same day.", "Hannah Wilde"),
    ])
    func aConditionalSentenceNamesItsOwnerAfterTheCondition(_ line: String, _ owner: String) throws {
        let meeting = model(Self.head + "**Safety plan**\n" + line + "\n")
        let action = try #require(meeting.actions.first, "\(line)")
        #expect(action.owner?.text == owner, "\(line)")
    }

    /// Without an owner after the condition there is still none.
    @Test func aConditionWithoutAnOwnerNamesNone() throws {
        let meeting = model(Self.head + "**Safety plan**\nIf Lee comes to the house, the police will be called.\n")
        let action = try #require(meeting.actions.first)
        #expect(action.owner == nil)
    }

    /// A sentence that opens with the name of someone listed names who will tell the child.
    @Test func aListedPersonFirstInTheSentenceGivesTheFeedback() {
        let tail = "**Next review**\n13/01/2027.\n\n"
        #expect(RuleDocumentTests.findings(of: "family-feedback", in: Self.head + tail + "Jo will share the outcome of the meeting with the children in a child-friendly way.\n").isEmpty)
        #expect(!RuleDocumentTests.findings(of: "family-feedback", in: Self.head + tail + "Someone will share the outcome of the meeting with the children.\n").isEmpty)
    }

    /// The outcome or plan shared with the child, or explained to them, is feedback.
    @Test(arguments: [
        "Outcome to be shared with the children by Mum, supported by Jo.", "Jo and Mum will do a words and pictures explanation of the plan with Ruby.",
    ])
    func sharingTheOutcomeWithTheChildIsFeedback(_ line: String) {
        #expect(RuleDocumentTests.findings(of: "family-feedback", in: Self.head + line + "\n").isEmpty, "\(line)")
    }

    /// `**Kirsty's views**`, a bold line naming a listed parent's views, is the family's views, as
    /// `## Kirsty's views` was; the views of someone not listed are not.
    @Test(arguments: ["**Kirsty's views**", "**Kirsty’s wishes and feelings**", "**What Kirsty told us**", "**3. What Kirsty said**"])
    func aParentsViewsInBoldAreTheFamilysViews(_ heading: String) {
        let views = "\n\nShe said things feel calmer at home.\n"
        #expect(RuleDocumentTests.findings(of: "family-views", in: Self.head + heading + views).isEmpty, "\(heading)")
        let other = heading.replacingOccurrences(of: "Kirsty", with: "Lee")
        #expect(!RuleDocumentTests.findings(of: "family-views", in: Self.head + other + views).isEmpty, "\(other)")
    }

    @Test(arguments: [
        ("**What the children have told us**", Concept.childVoice), ("**What the children said**", .childVoice), ("**Views of Mum**", .familyViews),
        ("**Progress since the last review**", .previousActions), ("**Review of the Child in Need plan**", .previousActions),
    ])
    func headings(_ heading: String, _ concept: Concept) {
        #expect(model(Self.head + heading + "\nRuby drew her house of worries.\n").hasSection(concept), "\(heading)")
    }

    /// A `Clare's Law disclosure` is the police telling a parent about a partner's past: no
    /// concern raised. A child's disclosure still raises one.
    @Test func aClaresLawDisclosureIsNoConcern() {
        #expect(RuleDocumentTests.findings(of: "safeguarding-referral", in: Self.head + "**Updates**\nMum has applied for a Clare's Law disclosure about her new partner.\n").isEmpty)
        #expect(!RuleDocumentTests.findings(of: "safeguarding-referral", in: Self.head + "**Updates**\nRuby made a disclosure to her teacher about her new partner.\n").isEmpty)
    }

    /// `Minutes will be emailed securely … within 5 working days` says how and when.
    @Test func emailedMinutesAreCirculation() {
        #expect(RuleDocumentTests.findings(of: "circulation", in: Self.head + "Minutes will be emailed securely (Egress) to all within 5 working days.\n").isEmpty)
    }

    /// The domestic abuse acronyms a family may not know.
    @Test func domesticAbuseAcronymsAreJargon() {
        let messages = RuleDocumentTests.messages(of: "jargon", in: Self.head + "**Updates**\nA DVPN was issued and a DVPO granted. The DASH score was 16.\n")
        #expect(messages.count == 3 && messages[0].contains("Domestic Violence Protection Notice") && messages[2].contains("how much danger"), "\(messages)")
    }
}
