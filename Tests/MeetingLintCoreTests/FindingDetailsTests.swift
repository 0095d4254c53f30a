import Foundation
import Testing

@testable import MeetingLintCore

/// The cheaper readings give what the plain ones give: a run that works out only the
/// parts of each finding's line its formats read writes the same bytes, in every format, as one
/// that works out all of them.
@Suite struct FindingDetailsTests {
    /// Every rule on, for every profile.
    static let linter: Linter = {
        var settings = RuleSettings()
        settings.enabled = Set(Catalogue.builtIn.ruleIDs)
        return Linter(settings: settings)
    }()

    /// The corpus's and awkward records, and records with long lines (whose excerpts are cut),
    /// non-ASCII text, invalid UTF-8 and findings several to a line.
    static func sources() -> [SourceFile] {
        var sources = WordIndexSpeedTests.meetings().map(\.source)
        let long = String(repeating: "The family said that Tom to do it ASAP and é 😀 words ", count: 12)
        let texts = [
            "# Notes\n- Tom to do it ASAP\n",
            "# Actions\n- " + long + "\n- All agencies to " + long + " by next week\n",
            "---\ndate: 31/02/2026\n---\n# Actions\n\t-  Everyone to see the SW   ASAP \r\n- \(long)\(long)\n",
            "# Discussion\n" + long + " The SW and the IRO said the CIN plan will step down to TAF; it is what it is. " + long + "\n",
            "# Plan\n| Action | Owner | By |\n|---|---|---|\n| " + long + " | Someone | soon |\n",
            "<!-- meetinglint-disable-file not-a-rule -->\n# Notes\n- Tom to do it ASAP\n<!-- unclosed",
            "# Notes\n- Tom to do it ASAP\n<!-- unclosed é\n",
            "# Notes\n```\ncode " + long + "\n",
            "---\ndate: 01/02/2026\n",
        ]
        for (index, text) in texts.enumerated() { sources.append(SourceFile(path: "extra\(index).md", text: text)) }
        var bytes = Array("# Actions\n- Tom to do it ASAP ".utf8) + [0xFF, 0xC3] + Array(" then é\n- Jo to ring ".utf8)
        bytes += Array(repeating: UInt8(ascii: "x"), count: 300) + [0xE2, 0x82]
        sources.append(SourceFile(path: "invalid.md", bytes: bytes))
        return sources
    }

    /// A format's whole output for results, written record by record as the runner writes it.
    static func output(_ format: OutputFormat, _ options: ReportOptions, _ results: [RecordResult]) -> [UInt8] {
        var reporter = format.reporter(options)
        var output = Array(reporter.begin().utf8)
        var summary = RunSummary()
        for result in results {
            summary.add(result)
            reporter.record(result, into: &output)
        }
        output += Array(reporter.end(summary).utf8)
        return output
    }

    /// Every format, plain, redacted and with a summary, writes the same bytes from diagnostics
    /// made with only its `details` as from diagnostics made with all of them.
    @Test func everyFormatWritesTheSameWithOnlyTheDetailsItReads() {
        let linter = FindingDetailsTests.linter
        let sources = FindingDetailsTests.sources()
        let full = sources.map { linter.check($0, details: .all) }
        #expect(full.reduce(0) { $0 + $1.diagnostics.count } > 100)
        #expect(full.contains { $0.diagnostics.contains(where: \.excerptCutsStart) })
        // Findings as checks make them, and stretched to end where the next line starts (spans
        // some formats show to the end of their start line; checks seldom make them).
        func stretched(_ results: [RecordResult]) -> [RecordResult] {
            results.map { result in
                var result = result
                for index in result.diagnostics.indices {
                    result.diagnostics[index].end = SourceLocation(line: result.diagnostics[index].start.line + 1, column: 1)
                }
                return result
            }
        }
        for format in OutputFormat.allCases {
            let partial = sources.map { linter.check($0, details: format.details) }
            for (full, partial) in [(full, partial), (stretched(full), stretched(partial))] {
                FindingDetailsTests.compare(format, full, partial)
            }
        }
    }

    /// Compares a format's output, plain, redacted and with a summary, for two readings of the
    /// same records.
    static func compare(_ format: OutputFormat, _ full: [RecordResult], _ partial: [RecordResult]) {
        for (redact, summary) in [(false, false), (true, false), (false, true)] {
            var options = ReportOptions()
            options.redact = redact
            options.summary = summary
            let expected = FindingDetailsTests.output(format, options, full)
            let got = FindingDetailsTests.output(format, options, partial)
            // Compared first, so a difference is named rather than printed byte by byte.
            let same = got == expected
            #expect(same, "\(format) redact: \(redact) summary: \(summary)")
            // One record at a time too (the HTML report of a single record differs).
            for index in full.indices {
                let alone = FindingDetailsTests.output(format, options, [partial[index]]) == FindingDetailsTests.output(format, options, [full[index]])
                #expect(alone, "\(format) \(full[index].path)")
            }
        }
    }

    /// A diagnostic made with some details is the full one with the others at their defaults.
    @Test func leftOutDetailsKeepTheirDefaults() {
        let linter = FindingDetailsTests.linter
        let choices: [DiagnosticDetails] = [[], .excerpt, .line, .all]
        for source in FindingDetailsTests.sources() {
            let full = linter.check(source).diagnostics
            #expect(full == linter.check(source, details: .all).diagnostics)
            for details in choices {
                let expected = full.map { diagnostic in
                    var diagnostic = diagnostic
                    if !details.contains(.excerpt) {
                        diagnostic.lineText = ""
                        diagnostic.lineTextColumn = 1
                    }
                    if !details.contains(.line) {
                        diagnostic.lineLength = -1
                        diagnostic.lineHash = 0
                    }
                    return diagnostic
                }
                #expect(linter.check(source, details: details).diagnostics == expected, "\(source.path) \(details.rawValue)")
            }
        }
    }

    /// The runner asks for the line's hash whenever a baseline is read or written, whatever the
    /// format: a baseline written with `json` output is the one written with `text` output, and
    /// it accepts the same findings.
    @Test func baselinesAreTheSameWhateverTheFormat() throws {
        let scratch = try Scratch()
        try scratch.write("a.md", "# Notes\n- Tom to do it ASAP\n- Everyone to see the SW\n")
        try scratch.write("b.md", "# Actions\n- All agencies to start soon\n")
        let fromText = scratch.path + "/text.json"
        let fromJSON = scratch.path + "/json.json"
        let fromCSV = scratch.path + "/csv.json"
        _ = run([scratch.path, "--write-baseline", fromText, "--format", "text"])
        _ = run([scratch.path, "--write-baseline", fromJSON, "--format", "json"])
        _ = run([scratch.path, "--write-baseline", fromCSV, "--format", "csv", "--report", "junit=" + scratch.path + "/r.xml"])
        let text = try String(contentsOfFile: fromText, encoding: .utf8)
        #expect(!text.isEmpty)
        #expect(try String(contentsOfFile: fromJSON, encoding: .utf8) == text)
        #expect(try String(contentsOfFile: fromCSV, encoding: .utf8) == text)
        #expect(!text.contains("0000000000000000"))
        for format in ["json", "csv", "oneline", "sarif"] {
            let accepted = run([scratch.path, "--baseline", fromText, "--format", format])
            #expect(accepted.0 == .success, "\(format): \(accepted.2)")
            #expect(accepted.2 == "", "\(format)")
        }
    }

    /// Each format's output from the command line, checked with only the details it reads, is
    /// what the same format writes as a report beside `text` output (checked with every detail).
    @Test func runnerOutputsMatchFullDetails() throws {
        let scratch = try Scratch()
        let folder = scratch.path + "/records"
        for (index, source) in FindingDetailsTests.sources().enumerated() {
            try scratch.write(String(format: "records/r%03d.md", index), String(decoding: source.bytes, as: UTF8.self))
        }
        var compared = 0
        for format in OutputFormat.allCases {
            let report = scratch.path + "/report.out"
            let alone = run([folder, "--format", format.rawValue, "--jobs", "2"])
            _ = run([folder, "--format", "text", "--report", "\(format.rawValue)=\(report)"])
            let expected = try String(contentsOfFile: report, encoding: .utf8)
            #expect(alone.1 == expected, "\(format)")
            #expect(!expected.isEmpty)
            compared += 1
        }
        #expect(compared == OutputFormat.allCases.count)
    }

    /// Positions put in order through the bitmap are what sorting them gives: positions of every
    /// lookup's size among records of every size, with repeats and positions out of range (which
    /// fall back to the sort) too.
    @Test func positionsPutInOrderAsSortingPutsThem() {
        var generator = SplitMix64(seed: 0x7065_7266_34)
        var bitmapped = 0
        for round in 0..<3000 {
            let tokenCount = [0, 1, 63, 64, 65, 200, 1000, 4096, 5000][round % 9] + Int.random(in: 0...3, using: &generator)
            let size = Int.random(in: 0...min(600, max(1, tokenCount)), using: &generator)
            var positions: [Int]
            if tokenCount > 0, round % 5 != 0 {
                // Distinct positions, in runs each in order, as the chains give them.
                var all = Array(0..<tokenCount)
                all.shuffle(using: &generator)
                let chosen = Array(all.prefix(size))
                let runs = max(1, Int.random(in: 1...8, using: &generator))
                positions = []
                for run in 0..<runs { positions += chosen.enumerated().filter { $0.offset % runs == run }.map(\.element).sorted() }
            } else {
                positions = (0..<size).map { _ in Int.random(in: -2...(tokenCount + 2), using: &generator) }
            }
            if round % 7 == 0, let first = positions.first { positions.append(first) }
            var expected = positions
            expected.sort()
            var got = positions
            WordIndex.putInOrder(&got, tokenCount: tokenCount)
            #expect(got == expected, "\(tokenCount) \(positions)")
            if positions.count >= 16, (tokenCount + 63) >> 6 <= positions.count * 4, Set(positions).count == positions.count,
                positions.allSatisfy({ $0 >= 0 && $0 < tokenCount })
            {
                bitmapped += 1
            }
        }
        #expect(bitmapped > 500)
    }
}
