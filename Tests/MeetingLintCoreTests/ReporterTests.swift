import Foundation
import Testing

@testable import MeetingLintCore

/// Every output format, against one shared fixture: snapshots, each format checked by its
/// consumer's rules (a JSON parser, the SARIF schema, an XML parser, an RFC 4180 reader, the
/// workflow-command grammar), escaping, redaction and determinism.
@Suite struct ReporterTests {
    // MARK: - The records

    /// A path with a comma, a quote, spaces, `#` and non-ASCII: everything a path can break.
    static let sharedPath = "records/Oak Lane, \"Z\" #1 été.md"
    /// A clean record whose path a spreadsheet would run as a formula.
    static let formulaPath = "=HYPERLINK(\"http://x\")/clean.md"
    /// A record built by hand, with spans no rule makes yet, under a path with `@`, `%` and `?`.
    static let handmadePath = "@team 100%/review?.md"
    /// A record that could not be read.
    static let unreadablePath = "-old/broken,1.md"

    /// Words that stand only in the records' text (never in a path, rule or help): no redacted
    /// output may hold any of them.
    static let recordWords = [
        "Zéphyrine", "Quillfeather", "Marguerite", "Okonkwo", "Natarajan", "Zoë", "<script>alert", "'=HYPERLINK'", "HYPERLINK(“chair”",
        "%0A::error", "Tilly",
    ]

    /// The shared fixture checked with the default catalogue, read as raw bytes.
    static func shared(keepText: Bool = false) throws -> RecordResult {
        let bytes = try Snapshot.bytes("Reporting/shared.md")
        return Linter().check(SourceFile(path: sharedPath, bytes: bytes), keepText: keepText)
    }

    /// A diagnostic made by hand.
    static func diagnostic(
        _ rule: String, _ severity: Severity, _ message: String, redacted: String, from start: (Int, Int), to end: (Int, Int), line: String
    ) -> Diagnostic {
        Diagnostic(
            rule: rule, severity: severity, message: message, redactedMessage: redacted,
            help: Catalogue.builtIn.rules[rule]?.help ?? "Fix it.", guidance: Catalogue.builtIn.rules[rule]?.guidance ?? "",
            start: MeetingLintCore.SourceLocation(line: start.0, column: start.1),
            end: MeetingLintCore.SourceLocation(line: end.0, column: end.1), lineText: line)
    }

    /// The run every multi-record test uses: the fixture, a clean record, a hand-made record with
    /// a span over several lines (and one that ends at the start of the next line, and a message
    /// with line breaks and a workflow command in it) and a record that could not be read.
    static func results() throws -> [RecordResult] {
        let handmade = RecordResult(
            path: handmadePath, profile: "core-group", meetingDate: nil,
            diagnostics: [
                diagnostic(
                    "action-timescale", .error, "The action for Tilly says 'as and when',\r\nwhich is not a timescale. %0A::warning::x",
                    redacted: "This action's timescale is vague.", from: (4, 3), to: (6, 10), line: "- Tilly\u{1} to visit as and when"),
                diagnostic(
                    "plan-size", .note, "The plan has 9 actions; Tilly's family may not follow it.",
                    redacted: "The plan has 9 actions.", from: (8, 1), to: (9, 1), line: "## Plan\t(agreed)"),
            ])
        return [
            try shared(),
            RecordResult(path: formulaPath, profile: "cin", meetingDate: Day(year: 2026, month: 2, day: 1), diagnostics: []),
            handmade,
            RecordResult(path: unreadablePath, profile: "", meetingDate: nil, diagnostics: [], failure: "it could not be opened (permission denied)"),
        ]
    }

    /// A whole report: `begin`, each record, `end` with the run's summary.
    static func render(_ format: OutputFormat, _ results: [RecordResult], redact: Bool = false) -> String {
        var options = ReportOptions()
        options.redact = redact
        options.version = "0.0.0-test"
        var reporter = format.reporter(options)
        var summary = RunSummary()
        var output = reporter.begin()
        for result in results {
            summary.add(result)
            output += reporter.record(result)
        }
        return output + reporter.end(summary)
    }

    static let extensions: [OutputFormat: String] = [
        .text: "txt", .oneline: "oneline.txt", .json: "json", .sarif: "sarif", .junit: "junit.xml", .github: "github.txt",
        .csv: "csv", .html: "html",
    ]

    // MARK: - The fixture

    @Test func fixtureHasWhatTheReportsNeed() throws {
        let bytes = try Snapshot.bytes("Reporting/shared.md")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF line ends only")
        #expect(!text.hasSuffix("\n"), "no final newline")
        #expect(text.contains("\t") && text.contains("é") && text.contains("😊") && text.contains("“"))
        let result = try Self.shared()
        #expect(Set(result.diagnostics.map(\.severity)) == Set(Severity.allCases), "every severity")
        #expect(result.diagnostics.contains { $0.rule == "action-owner" && $0.severity == .error })
        #expect(result.diagnostics.contains { $0.rule == "attendees" && $0.message.contains("<script>") })
        #expect(result.diagnostics.contains { $0.rule == "attendees" && $0.message.contains("%0A::error") })
        #expect(result.diagnostics.contains { $0.rule == "unused-suppression" && $0.severity == .note })
        // A column past multibyte text counts code points.
        let emoji = try #require(result.diagnostics.first { $0.message.contains("😊") })
        #expect(emoji.end.column == emoji.lineText.unicodeScalars.count + 1)
    }

    // MARK: - Snapshots

    @Test(arguments: OutputFormat.allCases)
    func snapshot(_ format: OutputFormat) throws {
        Snapshot.assert(Self.render(format, try Self.results()), matches: "Reporting/records.\(Self.extensions[format] ?? format.rawValue)")
    }

    @Test(arguments: [OutputFormat.text, .json, .html, .sarif])
    func redactedSnapshot(_ format: OutputFormat) throws {
        Snapshot.assert(
            Self.render(format, try Self.results(), redact: true), matches: "Reporting/redacted.\(Self.extensions[format] ?? format.rawValue)")
    }

    @Test func singleRecordHTMLSnapshot() throws {
        Snapshot.assert(Self.render(.html, [try Self.shared(keepText: true)]), matches: "Reporting/single.html")
        Snapshot.assert(Self.render(.html, [try Self.shared(keepText: true)], redact: true), matches: "Reporting/single-redacted.html")
    }

    // MARK: - JSON and SARIF

    @Test func jsonParses() throws {
        let object = try JSONSerialization.jsonObject(with: Data(Self.render(.json, try Self.results()).utf8))
        let records = try #require((object as? [String: Any])?["records"] as? [[String: Any]])
        #expect(records.map { $0["path"] as? String } == [Self.sharedPath, Self.formulaPath, Self.handmadePath])
    }

    static func schema() throws -> JSONSchemaValidator {
        // In CI the shared folder stands beside the repository.
        let beside = Snapshot.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")
        let url = FileManager.default.fileExists(atPath: beside.path) ? beside : URL(fileURLWithPath: "/work/shared/schemas/sarif-schema-2.1.0.json")
        return try JSONSchemaValidator(contentsOf: url)
    }

    static func sarif(_ results: [RecordResult], redact: Bool = false) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(render(.sarif, results, redact: redact).utf8))
        return try #require(object as? [String: Any])
    }

    @Test func sarifValidatesAgainstTheOfficialSchema() throws {
        let validator = try Self.schema()
        for redact in [false, true] {
            let errors = validator.validate(try Self.sarif(try Self.results(), redact: redact))
            #expect(errors.isEmpty, "\(errors.prefix(10).joined(separator: "\n"))")
        }
        // An empty run is valid too.
        #expect(validator.validate(try Self.sarif([])).isEmpty)
    }

    @Test func schemaValidatorRejectsInvalidSARIF() throws {
        let validator = try Self.schema()
        let valid = try Self.sarif(try Self.results())
        func broken(_ change: (inout [String: Any]) -> Void) -> [String: Any] {
            var copy = valid
            change(&copy)
            return copy
        }
        func run(_ log: [String: Any], _ change: ([String: Any]) -> [String: Any]) -> [String: Any] {
            var log = log
            var runs = log["runs"] as? [[String: Any]] ?? []
            runs[0] = change(runs[0])
            log["runs"] = runs
            return log
        }
        func firstResult(_ change: @escaping (inout [String: Any]) -> Void) -> [String: Any] {
            run(valid) { run in
                var run = run
                var results = run["results"] as? [[String: Any]] ?? []
                change(&results[0])
                run["results"] = results
                return run
            }
        }
        let cases: [(String, [String: Any])] = [
            ("no version", broken { $0["version"] = nil }),
            ("wrong version", broken { $0["version"] = "2.0.0" }),
            ("unknown top-level property", broken { $0["extra"] = true }),
            ("runs not an array", broken { $0["runs"] = "none" }),
            ("unknown level", firstResult { $0["level"] = "fatal" }),
            ("no message", firstResult { $0["message"] = nil }),
            ("message without text or id", firstResult { $0["message"] = ["markdown": "x"] }),
            ("negative rule index", firstResult { $0["ruleIndex"] = -2 }),
            ("line 0", firstResult { result in
                var locations = result["locations"] as? [[String: Any]] ?? []
                var physical = locations[0]["physicalLocation"] as? [String: Any] ?? [:]
                physical["region"] = ["startLine": 0]
                locations[0]["physicalLocation"] = physical
                result["locations"] = locations
            }),
            ("uri with a space", firstResult { result in
                result["locations"] = [["physicalLocation": ["artifactLocation": ["uri": "a b.md"]]]]
            }),
            ("fingerprint not a string", firstResult { $0["partialFingerprints"] = ["x": 1] }),
            ("bad column kind", run(valid) { run in
                var run = run
                run["columnKind"] = "bytes"
                return run
            }),
            ("tool without a driver", run(valid) { run in
                var run = run
                run["tool"] = [:] as [String: Any]
                return run
            }),
        ]
        for (name, log) in cases {
            #expect(!validator.validate(log).isEmpty, "the schema accepted a SARIF log with \(name)")
        }
    }

    @Test func schemaValidatorKeywords() {
        let schema: [String: Any] = [
            "definitions": [
                "id": ["type": "string", "pattern": "^[a-z-]+$", "minLength": 2],
                "count": ["type": ["integer", "null"], "minimum": 0],
            ],
            "type": "object",
            "required": ["id"],
            "additionalProperties": false,
            "properties": [
                "id": ["$ref": "#/definitions/id"],
                "count": ["$ref": "#/definitions/count"],
                "tags": ["type": "array", "uniqueItems": true, "minItems": 1, "items": ["enum": ["a", "b", 1]]],
                "when": ["type": "string", "format": "date-time"],
                "link": ["type": "string", "format": "uri"],
                "flag": ["type": "boolean"],
                "either": ["oneOf": [["type": "string"], ["type": "integer"], ["type": "number", "minimum": 10]]],
                "any": ["anyOf": [["required": ["x"]], ["required": ["y"]]], "allOf": [["type": "object"]]],
            ],
        ]
        let validator = JSONSchemaValidator(schema: schema)
        let good: [String: Any] = [
            "id": "action-owner", "count": NSNull(), "tags": ["a", 1], "when": "2026-03-14T09:30:00Z", "link": "https://example.org/x",
            "flag": true, "either": "s", "any": ["y": 1],
        ]
        #expect(validator.validate(good).isEmpty, "\(validator.validate(good))")
        let bad: [(String, Any)] = [
            ("id", "Action Owner"), ("id", "a"), ("count", -1), ("count", 1.5), ("tags", ["a", "a"]), ("tags", [String]()), ("tags", ["c"]),
            ("when", "14/03/2026"), ("link", "not a uri"), ("flag", 1), ("either", 12), ("any", ["z": 1]), ("other", 1),
        ]
        for (key, value) in bad {
            var instance = good
            instance[key] = value
            #expect(!validator.validate(instance).isEmpty, "accepted \(key) = \(value)")
        }
        var missing = good
        missing["id"] = nil
        #expect(!validator.validate(missing).isEmpty)
        #expect(!JSONSchemaValidator(schema: ["$ref": "#/definitions/nothing"]).validate(1).isEmpty)
    }

    @Test func sarifDescribesEveryRuleAndPointsResultsAtThem() throws {
        let log = try Self.sarif(try Self.results())
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == SARIFReporter.schemaURI)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "meetinglint")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == Catalogue.builtIn.ruleIDs)
        for rule in rules {
            let help = rule["help"] as? [String: Any]
            #expect(!((help?["text"] as? String) ?? "").isEmpty && !((help?["markdown"] as? String) ?? "").isEmpty, "\(rule["id"] ?? "")")
            #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
            #expect((rule["fullDescription"] as? [String: Any])?["text"] is String)
            #expect(["error", "warning", "note"].contains((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String ?? ""))
        }
        let results = try #require(run["results"] as? [[String: Any]])
        let diagnostics = try Self.results().flatMap(\.diagnostics)
        #expect(results.count == diagnostics.count)
        for (result, diagnostic) in zip(results, diagnostics) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            #expect(result["level"] as? String == diagnostic.severity.rawValue)
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let region = try #require(location?["region"] as? [String: Int])
            #expect(region == [
                "startLine": diagnostic.start.line, "startColumn": diagnostic.start.column, "endLine": diagnostic.end.line,
                "endColumn": diagnostic.end.column,
            ])
            #expect((result["partialFingerprints"] as? [String: String])?["meetinglint/v1"] != nil)
        }
        let uris = Set(results.compactMap {
            (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
                .flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String }
        })
        #expect(uris == ["records/Oak%20Lane,%20%22Z%22%20%231%20%C3%A9t%C3%A9.md", "@team%20100%25/review%3F.md"])
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        #expect((invocation["toolExecutionNotifications"] as? [Any])?.count == 1)
    }

    @Test func sarifURIs() {
        #expect(SARIFReporter.uri("a/b c.md") == "a/b%20c.md")
        #expect(SARIFReporter.uri("a%b#c?d.md") == "a%25b%23c%3Fd.md")
        #expect(SARIFReporter.uri("minutes/Zoë.md") == "minutes/Zo%C3%AB.md")
        #expect(SARIFReporter.uri("x:y.md") == "x%3Ay.md")
        #expect(SARIFReporter.uri("/tmp/a b.md") == "file:///tmp/a%20b.md")
    }

    @Test func sarifLineHashIsFNVOfPathRuleAndLineAsBaselinesWriteIt() {
        // The value the fingerprint has always had (FNV-1a of "a.md", 0, "x", 0 and the line's hash
        // as eight bytes, lowest first), now computed with `TextKey.fnv` and `Diagnostic.hex`.
        #expect(SARIFReporter.lineHash(path: "a.md", rule: "x", line: 0x0123_4567_89ab_cdef) == "c76127af4bf4fcbd")
        #expect(Diagnostic.hex(0xab) == "00000000000000ab" && Diagnostic.hex(.max) == "ffffffffffffffff")
    }

    @Test func startLineLengthFallsBackToTheExcerpt() {
        var diagnostic = Self.diagnostic("attendees", .warning, "m", redacted: "m", from: (1, 1), to: (2, 1), line: "Zoë said")
        #expect(diagnostic.startLineLength == 8)
        diagnostic.lineLength = 300
        #expect(diagnostic.startLineLength == 300)
    }

    @Test func sarifFingerprintsSurviveEditsElsewhere() throws {
        let text = String(decoding: try Snapshot.bytes("Reporting/shared.md"), as: UTF8.self)
        let edited = text.replacingOccurrences(of: "## Attendees", with: "\r\n\r\n## Attendees")
        func fingerprints(_ text: String) throws -> [String: String] {
            let result = Linter().check(SourceFile(path: Self.sharedPath, text: text))
            let log = try Self.sarif([result])
            let results = ((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
            var found: [String: String] = [:]
            for (result, diagnostic) in zip(results, result.diagnostics) where diagnostic.start.line > 1 {
                found[diagnostic.rule + " " + diagnostic.lineText] = (result["partialFingerprints"] as? [String: String])?["meetinglint/v1"]
            }
            return found
        }
        let before = try fingerprints(text)
        let after = try fingerprints(edited)
        #expect(!before.isEmpty)
        #expect(before == after)
        // Identical findings on identical lines are told apart by an occurrence number.
        let twice = RecordResult(
            path: "a.md", profile: "tac", meetingDate: nil,
            diagnostics: [
                Self.diagnostic("attendees", .warning, "m", redacted: "m", from: (3, 1), to: (3, 5), line: "- Sam"),
                Self.diagnostic("attendees", .warning, "m", redacted: "m", from: (4, 1), to: (4, 5), line: "- Sam"),
            ])
        let results = ((try Self.sarif([twice])["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let prints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["meetinglint/v1"] }
        #expect(prints.count == 2 && prints[0] != prints[1])
        // A line's hash ignores its indentation and line end, so re-indenting keeps the fingerprint.
        let indented = Linter.measure(line: 1, in: SourceFile(path: "a.md", text: "  text \r\n"))
        let plain = Linter.measure(line: 1, in: SourceFile(path: "a.md", text: "text"))
        #expect(indented.hash == plain.hash && indented.length == 7 && plain.length == 4)
        #expect(SARIFReporter.lineHash(path: "a.md", rule: "x", line: indented.hash) == SARIFReporter.lineHash(path: "a.md", rule: "x", line: plain.hash))
        #expect(SARIFReporter.lineHash(path: "a.md", rule: "x", line: plain.hash) != SARIFReporter.lineHash(path: "a.md", rule: "y", line: plain.hash))
    }

    // MARK: - XML: JUnit and HTML

    @Test func junitIsWellFormedInTheUsualLayout() throws {
        let results = try Self.results()
        let outline = XMLOutline(parsing: Self.render(.junit, results))
        #expect(outline.isWellFormed, "\(outline.error ?? "")")
        #expect(outline.elements.first?.name == "testsuites")
        #expect(outline.elements.first?.attributes["name"] == "meetinglint")
        let suites = outline.elements(named: "testsuite")
        #expect(suites.map { $0.attributes["name"] } == results.map(\.path))
        for (suite, result) in zip(suites, results) where result.failure == nil {
            #expect(suite.attributes["failures"] == String(result.diagnostics.count))
            #expect(suite.attributes["tests"] == String(max(1, result.diagnostics.count)))
        }
        let cases = outline.elements(named: "testcase")
        #expect(cases.count == results.reduce(0) { $0 + max(1, $1.diagnostics.count) })
        #expect(cases.allSatisfy { $0.attributes["name"]?.hasPrefix("meetinglint") == true })
        let failures = outline.elements(named: "failure")
        let diagnostics = results.flatMap(\.diagnostics)
        #expect(failures.map { $0.attributes["type"] } == diagnostics.map(\.severity.rawValue))
        // Messages read back exactly, line breaks and all; the body starts LINE:COL.
        #expect(failures.map { $0.attributes["message"] } == diagnostics.map(\.message))
        for (failure, diagnostic) in zip(failures, diagnostics) {
            #expect(failure.text.hasPrefix("\(diagnostic.start.line):\(diagnostic.start.column): \(diagnostic.message)\nhelp: \(diagnostic.help)"))
        }
        #expect(outline.elements(named: "error").count == 1)
        // The clean record has one passing case.
        let clean = cases.filter { $0.attributes["classname"] == Self.formulaPath }
        #expect(clean.count == 1 && clean.first?.attributes["name"] == "meetinglint")
    }

    @Test func xmlEscapingDropsWhatXMLForbids() {
        #expect(XML.escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
        #expect(XML.escape("x\u{1}y\u{0}z\u{FFFE}\u{1B}") == "xyz")
        #expect(XML.escape("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
        #expect(XML.escape("a\tb\nc\rd", inAttribute: false) == "a\tb\nc&#13;d")
    }

    @Test func htmlIsWellFormedPolyglotXHTML() throws {
        let pages = [
            Self.render(.html, try Self.results()), Self.render(.html, try Self.results(), redact: true),
            Self.render(.html, [try Self.shared(keepText: true)]), Self.render(.html, []),
        ]
        for page in pages {
            let outline = XMLOutline(parsing: page)
            #expect(outline.isWellFormed, "\(outline.error ?? "")")
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""))
            // Self-contained: no scripts, no external files.
            #expect(outline.elements(named: "script").isEmpty && outline.elements(named: "link").isEmpty && outline.elements(named: "img").isEmpty)
            #expect(!page.contains("src=") && !page.contains("url(") && !page.contains("@import"))
            // Only XML's own named entities.
            let entities = page.matches(of: /&([a-zA-Z][a-zA-Z0-9]*);/).map { String($0.output.1) }
            #expect(Set(entities).isSubset(of: ["amp", "lt", "gt", "quot", "apos"]), "\(Set(entities))")
        }
    }

    @Test func htmlEscapesEveryDangerousString() throws {
        let single = Self.render(.html, [try Self.shared(keepText: true)])
        let multi = Self.render(.html, try Self.results())
        for page in [single, multi] {
            #expect(page.range(of: "<script", options: .caseInsensitive) == nil)
            #expect(!page.contains("a,b\"c") && !page.contains("\"Z\""))
            #expect(page.contains("&lt;script&gt;"))
        }
        // The record's own text is there, escaped, with its line numbers and marks.
        #expect(single.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(single.contains("a,b&quot;c") && single.contains("=HYPERLINK(“chair”, “joined late”)"))
        let outline = XMLOutline(parsing: single)
        let lines = outline.elements.filter { $0.name == "div" && $0.attributes["class"]?.hasPrefix("line") == true && $0.attributes["id"] != nil }
        let recordLines = String(decoding: try Snapshot.bytes("Reporting/shared.md"), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.count == recordLines.count)
        let marked = outline.elements(named: "mark")
        #expect(marked.contains { $0.attributes["class"] == "mark-error" } && marked.contains { $0.attributes["class"] == "mark-note" })
        // The emoji line's mark covers the whole entry after the list marker, in code points.
        #expect(marked.contains { $0.text.hasSuffix("Quillfeather 😊") })
        // Each line's text reads back as the record's line, tabs and all.
        let texts = outline.elements.filter { $0.name == "code" && $0.attributes["class"] == "text" }.map(\.text)
        #expect(texts == recordLines)
    }

    @Test func htmlKeepsOnlyATopTenOfRecords() {
        var reporter = HTMLReporter(options: ReportOptions())
        for index in 0..<25 {
            let errors = (index * 7) % 5
            let warnings = index % 3
            var diagnostics: [Diagnostic] = []
            for _ in 0..<errors { diagnostics.append(Self.diagnostic("action-owner", .error, "m", redacted: "m", from: (1, 1), to: (1, 2), line: "")) }
            for _ in 0..<warnings { diagnostics.append(Self.diagnostic("attendees", .warning, "m", redacted: "m", from: (1, 1), to: (1, 2), line: "")) }
            _ = reporter.record(RecordResult(path: "r\(index).md", profile: "tac", meetingDate: nil, diagnostics: diagnostics))
        }
        #expect(reporter.top.count == HTMLReporter.topCount)
        let ranks = reporter.top.map { ($0.errors, $0.warnings) }
        #expect(zip(ranks, ranks.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(reporter.top.first?.errors == 4)
    }

    // MARK: - CSV

    @Test func csvRoundTripsThroughAnRFC4180Reader() throws {
        let results = try Self.results()
        let text = Self.render(.csv, results)
        let rows = try CSVParser.rows(text)
        let header = try #require(rows.first)
        #expect(header == ["path", "profile", "meeting_date", "errors", "warnings", "notes", "total"] + Catalogue.builtIn.ruleIDs)
        #expect(rows.allSatisfy { $0.count == header.count })
        let read = results.filter { $0.failure == nil }
        #expect(rows.count == read.count + 1)
        for (row, result) in zip(rows.dropFirst(), read) {
            let startsFormula = ["=", "+", "-", "@"].contains { result.path.hasPrefix($0) }
            #expect(row[0] == (startsFormula ? "'" : "") + result.path)
            #expect(row[1] == result.profile)
            #expect(row[2] == (result.meetingDate?.iso ?? ""))
            #expect(Array(row[3...6]) == [result.count(.error), result.count(.warning), result.count(.note), result.diagnostics.count].map(String.init))
            for (column, rule) in header.enumerated().dropFirst(7) {
                #expect(row[column] == String(result.diagnostics.filter { $0.rule == rule }.count))
            }
        }
        #expect(rows[1][2] == "2026-03-14")
        // Cells a spreadsheet would run start with a quote.
        for row in rows.dropFirst() {
            for cell in row where ["=", "+", "-", "@", "\t", "\r"].contains(where: { cell.hasPrefix($0) }) {
                Issue.record("cell \(cell) would run as a formula")
            }
        }
    }

    @Test func csvFields() {
        #expect(CSVReporter.field("plain") == "plain")
        #expect(CSVReporter.field("a,b\"c") == "\"a,b\"\"c\"")
        #expect(CSVReporter.field("=1+2") == "'=1+2")
        #expect(CSVReporter.field("-1,2") == "\"'-1,2\"")
        #expect(CSVReporter.field("\tx") == "'\tx")
        #expect(CSVReporter.field("\rx") == "\"'\rx\"")
        #expect(CSVReporter.field("line\nbreak") == "\"line\nbreak\"")
    }

    // MARK: - GitHub

    /// A workflow command: `::KIND PROPERTIES::MESSAGE`, properties with `:` and `,` escaped.
    static var command: Regex<(Substring, Substring, Substring, Substring)> { /^::(error|warning|notice) ((?:[A-Za-z]+=[^,:\r\n]*)(?:,[A-Za-z]+=[^,:\r\n]*)*)::([^\r\n]*)$/ }

    /// Undoes the runner's escaping of a message or property.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",").replacingOccurrences(of: "%25", with: "%")
    }

    @Test func githubLinesAreWorkflowCommands() throws {
        let results = try Self.results()
        let output = Self.render(.github, results)
        #expect(output.hasSuffix("\n") && !output.contains("\r"))
        let lines = output.split(separator: "\n").map(String.init)
        let diagnostics = results.flatMap(\.diagnostics)
        // One line per finding, one for the unreadable record, one summary.
        #expect(lines.count == diagnostics.count + 2)
        var messages: [String] = []
        for line in lines {
            let match = try #require(line.wholeMatch(of: Self.command), "not a workflow command: \(line)")
            let message = String(match.output.3)
            // Every % in a message starts one of the runner's escapes, so nothing in the record can
            // become a line break, and no `::` in it can start a command of its own. (The runner
            // ends the properties at the first `::` after the name — the regex's `[^,:]` — so a
            // `::` later in the message is text; `%3A` there would be shown as it is.)
            #expect(message.matches(of: /%(?!25|0A|0D)/).isEmpty, "\(message)")
            messages.append(Self.unescape(message))
            let properties = Dictionary(
                String(match.output.2).split(separator: ",").map { part -> (String, String) in
                    let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
                    return (pair[0], Self.unescape(pair.count > 1 ? pair[1] : ""))
                }, uniquingKeysWith: { first, _ in first })
            #expect(properties["title"]?.hasPrefix("meetinglint") == true)
            if let file = properties["file"] { #expect(results.map(\.path).contains(file)) }
        }
        #expect(Array(messages.prefix(diagnostics.count + 1).filter { !$0.hasPrefix("The record could not be read") }) == diagnostics.map(\.message))
        // The injected `%0A::error::` stays inert: escaped as %250A, on its command's own line.
        #expect(output.contains("%250A::error"))
        #expect(!lines.contains { $0.hasPrefix("::error::") })
        // Severity mapping, spans over several lines and the summary notice.
        #expect(lines.contains { $0.hasPrefix("::notice file=") } && lines.contains { $0.hasPrefix("::warning file=") })
        let multiLine = try #require(lines.first { $0.contains("title=meetinglint action-timescale") })
        #expect(multiLine.contains("line=4,endLine=6,") && !multiLine.contains("col=") && !multiLine.contains("endColumn="))
        let endsAtNextLine = try #require(lines.first { $0.contains("title=meetinglint plan-size") })
        #expect(endsAtNextLine.contains("line=8,col=1,endLine=8,endColumn=17,"))
        #expect(multiLine.hasSuffix("%0D%0Awhich is not a timescale. %250A::warning::x"))
        let summary = try #require(lines.last)
        #expect(summary.hasPrefix("::notice title=meetinglint::") && summary.contains("2 of 3 records"))
        // The path's comma, and the title's colon if it had one, are escaped in properties.
        #expect(lines.contains { $0.contains("file=records/Oak Lane%2C \"Z\" #1 été.md,") })
        #expect(lines.contains { $0.contains("file=-old/broken%2C1.md,") })
    }

    @Test func githubSummaryWarnsWhenAnnotationsAreCut() {
        let many = (1...12).map { Self.diagnostic("attendees", .warning, "m", redacted: "m", from: ($0, 1), to: ($0, 2), line: "- x") }
        let output = Self.render(.github, [RecordResult(path: "a.md", profile: "tac", meetingDate: nil, diagnostics: many)])
        #expect(output.split(separator: "\n").last?.contains("only the first 10") == true)
    }

    // MARK: - What each format may show

    @Test(arguments: [OutputFormat.github, .sarif, .junit])
    func ciFormatsHoldNoExcerpts(_ format: OutputFormat) throws {
        let results = try Self.results()
        let output = Self.render(format, results)
        for diagnostic in results.flatMap(\.diagnostics) {
            let line = diagnostic.lineText.trimmingCharacters(in: .whitespaces)
            guard line.count > 8, !diagnostic.message.contains(line) else { continue }
            for shown in [line, JSON.string(line).dropFirst().dropLast().description, XML.escape(line), GitHubReporter.data(line)] {
                #expect(!output.contains(shown), "\(format) shows the line '\(line)'")
            }
        }
    }

    @Test(arguments: OutputFormat.allCases)
    func redactedFormatsHoldNoRecordWords(_ format: OutputFormat) throws {
        var results = try Self.results()
        results[0] = try Self.shared(keepText: true)
        let output = Self.render(format, results, redact: true)
        // Every encoding a word could take in this format.
        for word in Self.recordWords {
            let encodings = [word, XML.escape(word), JSON.string(word).dropFirst().dropLast().description, SARIFReporter.uri(word), GitHubReporter.data(word)]
            for shown in encodings {
                #expect(!output.contains(shown), "\(format) --redact shows '\(word)'")
            }
        }
        // Paths stay.
        #expect(output.contains("Oak Lane") || output.contains("Oak%20Lane"))
    }

    /// The redaction test means something only where the words are there without --redact: every
    /// format but `csv` (whose rows hold counts, never the record's words) quotes the record.
    @Test(arguments: OutputFormat.allCases)
    func unredactedFormatsDoQuoteTheRecord(_ format: OutputFormat) throws {
        var results = try Self.results()
        results[0] = try Self.shared(keepText: true)
        let output = Self.render(format, results)
        let shown = Self.recordWords.filter { word in
            [word, XML.escape(word), JSON.string(word).dropFirst().dropLast().description, SARIFReporter.uri(word), GitHubReporter.data(word)]
                .contains { output.contains($0) }
        }
        if format == .csv {
            #expect(shown.isEmpty, "csv shows \(shown)")
        } else {
            #expect(shown.count >= 2, "\(format) shows only \(shown) of the record's words without --redact")
        }
    }
}
