import Testing

@testable import MeetingLintCore

/// A check's findings are moved out of its array last first and put back in order
/// (`Linter.reverse(_:from:)`): the reversal is the standard library's, and the linter's findings
/// for the corpus are those a plain copy of every check's findings in order gives.
@Suite struct FindingOrderTests {
    @Test func reversingInPlaceIsReversing() {
        var generator = SplitMix64(seed: 0x7265_7665_7273)
        for count in 0..<12 {
            for first in -1...(count + 1) {
                // Texts on the heap, so that a wrong move would show as a wrong or freed text.
                let words = (0..<count).map { _ in String(repeating: "word\(Int.random(in: 0...99, using: &generator)) ", count: 5) }
                var reversed = words
                Linter.reverse(&reversed, from: first)
                let start = min(max(0, first), count)
                let expected = Array(words[..<start]) + words[start...].reversed()
                #expect(reversed == expected, "\(count) \(first)")
            }
        }
    }

    /// Every step's findings, gathered in plan order by copying them (the plain reading) and put
    /// in output order (by place, rule and message, equal ones kept in order), are the linter's
    /// diagnostics, for records with no suppression comment and no format problem.
    @Test func findingsAreGatheredInOrder() {
        let linter = CheckSpeedTests.linter
        var compared = 0
        for meeting in CheckSpeedTests.meetings() where meeting.suppressions.isEmpty && meeting.document.problems.isEmpty {
            guard let plan = linter.plans[meeting.profileID] else { continue }
            let source = meeting.source
            let words = WordIndex(meeting)
            var expected: [(line: Int, column: Int, rule: String, text: String)] = []
            for step in plan where step.document != nil {
                for finding in step.check.check(meeting, words, step.context) {
                    let start = source.location(of: finding.range.start)
                    let end = finding.range.isEmpty ? start : source.location(of: finding.range.end)
                    let text = "\(finding.message) | \(finding.redactedMessage) | \(end.line):\(end.column)"
                    expected.append((start.line, start.column, step.rule, text))
                }
            }
            let order = expected.indices.sorted { a, b in
                let (x, y) = (expected[a], expected[b])
                if (x.line, x.column) != (y.line, y.column) { return (x.line, x.column) < (y.line, y.column) }
                if x.rule != y.rule { return x.rule < y.rule }
                let (first, second) = (x.text.prefix { $0 != "|" }, y.text.prefix { $0 != "|" })
                if first != second { return first < second }
                return a < b
            }
            let got = linter.check(source).diagnostics.map { "\($0.rule) \($0.message) | \($0.redactedMessage) | \($0.end.line):\($0.end.column)" }
            #expect(got == order.map { "\(expected[$0].rule) \(expected[$0].text)" })
            compared += 1
        }
        #expect(compared > 20)
    }
}
