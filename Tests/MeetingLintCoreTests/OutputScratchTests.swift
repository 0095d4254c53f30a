import Testing

@testable import MeetingLintCore

/// The JSON reporter writes each record into memory it keeps from one record to the next
/// (`OutputScratch`), and keeps escaped texts in the room of those they replace
/// (`JSONStringMemo.store`): a run's lines are those of a fresh reporter for each record.
@Suite struct OutputScratchTests {
    /// Records of every size around the scratch's room (none, a few bytes, past 4 KB, past 1 MiB
    /// and back), whose help texts repeat, change, clash in the memo and grow past its room.
    static func results() -> [RecordResult] {
        var generator = SplitMix64(seed: 0x7363_7261_7463)
        let rules = Catalogue.builtIn.ruleIDs
        let pieces = ["a", "é", "\"", "\\", "\n", "\u{2028}", "\u{7F}", "help ", String(repeating: "x", count: 100)]
        func text(_ most: Int) -> String {
            (0..<Int.random(in: 0...most, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        var results: [RecordResult] = []
        for round in 0..<200 {
            var diagnostics: [Diagnostic] = []
            let count = round % 50 == 7 ? 0 : Int.random(in: 0...30, using: &generator)
            for _ in 0..<count {
                let rule = rules.randomElement(using: &generator)!
                let help = Bool.random(using: &generator) ? (Catalogue.builtIn.rules[rule]?.help ?? "") : text(8)
                diagnostics.append(Diagnostic(
                    rule: rule, severity: [.error, .warning, .note].randomElement(using: &generator)!, message: text(20), redactedMessage: "r",
                    help: help, guidance: Catalogue.builtIn.rules[rule]?.guidance ?? "",
                    start: SourceLocation(line: Int.random(in: 1...500, using: &generator), column: 1),
                    end: SourceLocation(line: 600, column: Int.random(in: 1...200, using: &generator)), lineText: ""))
            }
            if round == 60 || round == 61 {
                diagnostics.append(Diagnostic(
                    rule: "jargon", severity: .warning, message: String(repeating: "m\"", count: 700_000), redactedMessage: "r",
                    help: String(repeating: "h", count: 5000 + round), guidance: "", start: SourceLocation(line: 1, column: 1),
                    end: SourceLocation(line: 1, column: 2), lineText: ""))
            }
            results.append(RecordResult(path: "record-\(round).md", profile: ["tac", "cin", "generic"][round % 3], meetingDate: nil, diagnostics: diagnostics))
        }
        return results
    }

    @Test func aRunsLinesAreThoseOfFreshReporters() {
        for redact in [false, true] {
            var options = ReportOptions()
            options.redact = redact
            var kept = JSONReporter(options: options)
            _ = kept.begin()
            var run: [UInt8] = []
            var fresh: [UInt8] = []
            for (index, result) in OutputScratchTests.results().enumerated() {
                kept.record(result, into: &run)
                var reporter = JSONReporter(options: options)
                // A fresh reporter's first record starts its line without a comma.
                if index > 0 {
                    var ignored: [UInt8] = []
                    reporter.record(RecordResult(path: "", profile: "", meetingDate: nil, diagnostics: []), into: &ignored)
                }
                reporter.record(result, into: &fresh)
                #expect(run == fresh, "record \(index)")
                if run != fresh { return }
            }
        }
    }
}
