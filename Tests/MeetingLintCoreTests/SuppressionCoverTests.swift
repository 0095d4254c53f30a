import Foundation
import Testing

@testable import MeetingLintCore

/// With many suppression covers, a finding tries only the covers naming its rule or `all`
/// (`Linter.uncoveredByRule`) rather than every cover (`Linter.uncovered`, the plain reading):
/// both keep the same findings and mark the same covers used, for random covers and findings,
/// rules repeated, covers overlapping, covers naming `all`, and covers naming no rule found.
@Suite struct SuppressionCoverTests {
    /// A finding's description, to compare.
    static func described(_ kept: [Linter.Found]) -> [String] {
        kept.map { "\($0.rule.id) \($0.finding.range.start) \($0.finding.message)" }
    }

    @Test func byRuleKeepsAndMarksWhatTryingEveryCoverDoes() {
        let documents = Catalogue.builtIn.rules.values.sorted { $0.id < $1.id }.prefix(8).map { Linter.Rule($0) }
        var generator = SystemRandomNumberGenerator()
        let line: (Int) -> Int = { $0 / 10 + 1 }
        var compared = 0
        for round in 0..<400 {
            let coverCount = round % 4 == 0 ? Int.random(in: 0...Linter.fewCovers, using: &generator) : Int.random(in: 0...60, using: &generator)
            let covers = (0..<coverCount).map { _ -> Linter.Cover in
                let rule: String
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: rule = "all"
                case 1: rule = "no-such-rule"
                default: rule = documents.randomElement(using: &generator)!.id
                }
                let first = Int.random(in: 1...40, using: &generator)
                let last = first + Int.random(in: 0...(round % 3 == 0 ? 40 : 3), using: &generator)
                return Linter.Cover(rule: rule, lines: first...last, ruleRange: SourceRange(0, 1))
            }
            // Findings a rule at a time, as checks give them, and sometimes interleaved.
            var findings: [Linter.Found] = []
            for _ in 0..<Int.random(in: 0...80, using: &generator) {
                let rule = round % 2 == 0 && !findings.isEmpty && Bool.random(using: &generator)
                    ? findings[findings.count - 1].rule : documents.randomElement(using: &generator)!
                let start = Int.random(in: 0...450, using: &generator)
                findings.append(Linter.Found(rule, .warning, Finding(SourceRange(start, start + 1), "finding \(findings.count)")))
            }
            var usedPlain = [Bool](repeating: false, count: covers.count)
            var usedByRule = [Bool](repeating: false, count: covers.count)
            let plain = Linter.uncovered(findings, covers: covers, used: &usedPlain, line: line)
            let byRule = Linter.uncoveredByRule(findings, covers: covers, used: &usedByRule, line: line)
            #expect(SuppressionCoverTests.described(byRule) == SuppressionCoverTests.described(plain))
            #expect(usedByRule == usedPlain)
            compared += findings.count
        }
        #expect(compared > 1_000)
    }
}
