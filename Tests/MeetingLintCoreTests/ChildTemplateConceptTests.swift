import Testing

@testable import MeetingLintCore

/// A heading that names the child by a `{child}` template means the concept of the list the
/// template stands in (`Rules/vocabulary/headings.md`): `What's going well for Kai` is a
/// strength, not the child's voice, as every template was read before.
@Suite struct ChildTemplateConceptTests {
    static let head = "---\ntype: Team Around the Child\nchild: Kai D. (8)\ndate: 24/11/2026\n---\n\n"

    @Test(arguments: [
        ("What's going well for Kai", Concept.strengths), ("What is working well for Kai", .strengths), ("Kai's strengths", .strengths),
        ("Kai's needs", .needs), ("What Kai needs", .needs), ("What the child needs", .needs), ("Worries about Kai", .risks),
        ("Concerns about the child", .risks), ("Kai's views", .childVoice), ("What Kai told us", .childVoice),
    ])
    func aTemplateMeansItsListsConcept(_ heading: String, _ concept: Concept) {
        let meeting = model(Self.head + "## \(heading)\n\nKai has a good friend in class and reads with Mrs Ellis every day.\n")
        #expect(meeting.sections.map(\.conceptSet) == [[concept]], "\(heading)")
    }

    /// A strength is no voice: the record is still asked for the child's.
    @Test func aStrengthIsNotTheChildsVoice() {
        let record = Self.head + "## What's going well for Kai\n\nKai has a good friend in class.\n"
        #expect(RuleDocumentTests.findings(of: "child-voice", in: record).count == 1)
        #expect(!model(record).hasSection(.childVoice))
    }

    /// Only the child fills a template of another concept; only a template of the child's voice
    /// names a parent's views.
    @Test func someoneElsesNeedsAreNoHeading() {
        let meeting = model(Self.head + "## Present\n\n- Shauna D. – Mum\n\n## Mum's needs\n\nShauna needs help with housing.\n\n## What's going well for Shauna\n\nShe has kept every appointment.\n\n## Shauna's views\n\nShe wants help at bedtime.\n")
        #expect(!meeting.hasSection(.needs))
        #expect(!meeting.hasSection(.strengths))
        #expect(meeting.hasSection(.familyViews))
    }
}
