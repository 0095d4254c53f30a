import Foundation
import Testing

@testable import MeetingLintCore

/// Every input in `Fixtures/Fuzz/` — the fuzzer's findings (`scripts/fuzz`) and the hand-made
/// tricky seeds it starts from (`seed-*`) — goes through the parser, the whole check with every rule
/// on and every reporter, and must finish with positions inside the record (SPEC 8: no input
/// crashes meetinglint or makes it hang). A new finding is added by saving the input here under a
/// name that says what it is.
@Suite struct FuzzRegressionTests {
    /// The folder of fuzz inputs.
    static let folder = Snapshot.fixtures.appendingPathComponent("Fuzz")

    /// Every input's file name, sorted.
    static let allInputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { !$0.hasPrefix(".") }
        .sorted()

    /// The inputs that run: every file in the folder.
    static let inputs: [String] = allInputs

    /// Every rule on, whatever the profile says, as in the fuzz target.
    static let linter: Linter = {
        var settings = RuleSettings()
        settings.enabled = Set(Catalogue.builtIn.ruleIDs)
        return Linter(catalogue: .builtIn, settings: settings)
    }()

    /// Plain, and coloured, redacted, with a summary.
    static let reportOptions: [ReportOptions] = {
        var everything = ReportOptions()
        everything.color = true
        everything.redact = true
        everything.summary = true
        return [ReportOptions(), everything]
    }()

    @Test(.timeLimit(.minutes(1)), arguments: inputs)
    func checkFinishesInsideTheRecord(_ name: String) throws {
        let bytes = try Snapshot.bytes("Fuzz/\(name)")
        Self.check(name, bytes)
    }

    /// Parses, checks and reports one input, recording an issue for each broken invariant.
    static func check(_ name: String, _ bytes: [UInt8]) {
        let source = SourceFile(path: name, bytes: bytes)

        ParserTests.checkInvariants(Document(parsing: source), name)

        let result = linter.check(source, keepText: true)
        // A span may end at the very end of the record, one line past the last line break.
        let lineLimit = source.lineStarts.count
        for diagnostic in result.diagnostics {
            let span = "[\(diagnostic.rule)] \(diagnostic.start.line):\(diagnostic.start.column)-\(diagnostic.end.line):\(diagnostic.end.column)"
            #expect(diagnostic.start.line >= 1 && diagnostic.end.line <= lineLimit, "\(span) is outside the record's \(source.lineCount) lines")
            #expect(diagnostic.start.column >= 1 && diagnostic.end.column >= 1, "\(span) has a column before the first")
            #expect(diagnostic.start <= diagnostic.end, "\(span) ends before it starts")
        }

        // The same input gives the same diagnostics (SPEC 8, deterministic).
        #expect(linter.check(source, keepText: true).diagnostics == result.diagnostics)

        var summary = RunSummary()
        summary.add(result)
        // A report grows with the record and its findings, not with their product (a long line
        // repeated under each of thousands of findings).
        let outputLimit = 4096 * (result.diagnostics.count + 1) + 4 * bytes.count + 65536
        for options in reportOptions {
            for format in OutputFormat.allCases {
                var reporter = format.reporter(options)
                let head = reporter.begin()  // the same for every input
                let count = (reporter.record(result) + reporter.end(summary)).utf8.count
                #expect(head.utf8.count + count > 0, "the \(format.rawValue) report of \(name) is empty")
                #expect(
                    count <= outputLimit,
                    "the \(format.rawValue) report of \(name) is \(count) bytes for \(bytes.count) input bytes and \(result.diagnostics.count) findings")
            }
        }
    }

    @Test func inputsExist() {
        #expect(Self.inputs.count >= 15, "the fuzz fixtures folder looks empty: \(Self.folder.path)")
    }
}
