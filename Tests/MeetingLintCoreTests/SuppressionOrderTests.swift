import Testing

@testable import MeetingLintCore

/// Which comment turned a finding off does not depend on the order a dictionary happens to
/// keep: comments left open are read in the order they were opened.
@Suite struct SuppressionOrderTests {
    @Test func openCommentsAreCreditedInTheOrderTheyOpened() {
        let text = """
            ---
            type: Team Around the Child review
            date: 14/03/2026
            ---
            <!-- meetinglint-disable all, all, action-owner, action-timescale, jargon, siblings -->
            <!-- meetinglint-disable plan-size, attendees, apologies -->
            ## Actions
            - All agencies ASAP

            """
        let linter = Linter(settings: RuleSettings())
        let first = linter.check(SourceFile(path: "test.md", text: text)).diagnostics
        #expect(first.contains { $0.rule == "unused-suppression" })
        for _ in 0..<30 {
            // Other dictionaries made in between move the next one's storage.
            let filler = Dictionary(uniqueKeysWithValues: (0..<Int.random(in: 1...64)).map { ("\($0)", $0) })
            #expect(!filler.isEmpty)
            #expect(linter.check(SourceFile(path: "test.md", text: text)).diagnostics == first)
        }
        // The first comment's `all` takes every finding: its other ids turned nothing off.
        let unused = first.filter { $0.rule == "unused-suppression" }.map(\.message)
        #expect(unused.contains { $0.contains("'action-owner'") })
    }
}
