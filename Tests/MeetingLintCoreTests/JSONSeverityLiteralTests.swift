import Foundation
import Testing

@testable import MeetingLintCore

/// The JSON reporter writes a finding's severity as a literal (with the keys around it) rather
/// than escaping its name through the memo: each severity, in every order and next to other
/// texts, gives the bytes the plain reading (`JSON.string` of the severity's name) gives.
@Suite struct JSONSeverityLiteralTests {
    /// A finding with the given severity, rule and help.
    static func diagnostic(_ severity: Severity, rule: String, help: String) -> Diagnostic {
        Diagnostic(
            rule: rule, severity: severity, message: "A \"quoted\" message\nwith a line break.", redactedMessage: "Redacted.",
            help: help, guidance: "https://example.org/guidance", start: SourceLocation(line: 3, column: 1),
            end: SourceLocation(line: 3, column: 12), lineText: "some line")
    }

    /// The record's line as the plain reading writes it: each string escaped by `JSON.string`.
    static func plain(_ result: RecordResult, first: Bool) -> String {
        var line = (first ? "\n" : ",\n") + "{\"path\":" + JSON.string(result.path) + ",\"profile\":" + JSON.string(result.profile)
        line += ",\"diagnostics\":["
        for (index, diagnostic) in result.diagnostics.enumerated() {
            line += (index == 0 ? "{\"rule\":" : ",{\"rule\":") + JSON.string(diagnostic.rule)
            line += ",\"severity\":" + JSON.string(diagnostic.severity.rawValue)
            line += ",\"message\":" + JSON.string(diagnostic.message)
            line += ",\"line\":\(diagnostic.start.line),\"column\":\(diagnostic.start.column)"
            line += ",\"endLine\":\(diagnostic.end.line),\"endColumn\":\(diagnostic.end.column)"
            line += ",\"help\":" + JSON.string(diagnostic.help) + ",\"guidance\":" + JSON.string(diagnostic.guidance) + "}"
        }
        return line + "]}"
    }

    @Test func everySeverityIsWrittenAsItsEscapedName() {
        var reporter = JSONReporter(options: ReportOptions())
        var generator = SystemRandomNumberGenerator()
        var first = true
        for round in 0..<200 {
            // Severities in a random order, with help that is sometimes a severity's own name
            // (the memo is still used for help, and must not be confused by it).
            let count = Int.random(in: 0...6, using: &generator)
            let diagnostics = (0..<count).map { _ in
                let severity = Severity.allCases.randomElement(using: &generator)!
                let help = Bool.random(using: &generator) ? Severity.allCases.randomElement(using: &generator)!.rawValue : "Fix it \(round)."
                return JSONSeverityLiteralTests.diagnostic(severity, rule: "rule-\(round % 7)", help: help)
            }
            let result = RecordResult(path: "records/\(round).md", profile: "tac", meetingDate: nil, diagnostics: diagnostics)
            var output: [UInt8] = []
            reporter.record(result, into: &output)
            #expect(String(decoding: output, as: UTF8.self) == JSONSeverityLiteralTests.plain(result, first: first))
            first = false
        }
    }
}
