import Testing

@testable import MeetingLintCore

/// A record's unknown rule ids get their suggestion worked out once each, however many comments
/// repeat them: every comment's message is the one the nearest rule id gives it.
@Suite struct SuppressionSuggestionTests {
    @Test func repeatedUnknownIdsGetTheirOwnSuggestions() {
        var settings = RuleSettings()
        settings.enabled = Set(Catalogue.builtIn.ruleIDs)
        let linter = Linter(settings: settings)
        var generator = SplitMix64(seed: 0x7375_6767_6573)
        let ids = ["action-ownr", "siblngs", "xyz", "child-vioce", "jargon", "action-ownr", "ALL", "plain-languag", "é-rule"]
        for _ in 0..<30 {
            var text = "# Meeting\n\n"
            var named: [String] = []
            for _ in 0..<Int.random(in: 1...25, using: &generator) {
                let id = ids.randomElement(using: &generator)!
                named.append(id)
                text += "<!-- meetinglint-disable-next-line \(id) -->\nSome text.\n"
            }
            let result = linter.check(SourceFile(path: "test.md", text: text))
            let got = result.diagnostics.filter { $0.rule == "unknown-rule" }.map(\.message).sorted()
            let expected = named.filter { Catalogue.builtIn.rules[$0] == nil && $0 != "all" }.map { id in
                let suggestion = Linter.closest(to: id, in: Catalogue.builtIn.ruleIDs).map { " Did you mean '\($0)'?" } ?? ""
                return "This comment names '\(id)', which is not a meetinglint rule, so it turns nothing off.\(suggestion)"
            }.sorted()
            #expect(got == expected)
        }
    }
}
