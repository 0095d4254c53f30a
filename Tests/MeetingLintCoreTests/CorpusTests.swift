import Foundation
import Testing

@testable import MeetingLintCore

/// The bundled corpus: realistic meeting records in `Corpus/`, each beside a `.expected` file
/// holding the exact diagnostics a careful auditor expects (`LINE:COLUMN SEVERITY RULE`, one a
/// line; `#` starts a comment; comments only means the record must be clean).
///
/// Every record is checked with the default linter and no configuration, and its diagnostics
/// must match its expectations exactly, both ways.
@Suite struct CorpusTests {
    /// One expected or actual diagnostic, as the corpus writes it.
    struct Expectation: Hashable, Comparable, CustomStringConvertible {
        var line: Int
        var column: Int
        var severity: String
        var rule: String

        var description: String { "\(line):\(column) \(severity) \(rule)" }

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.line, lhs.column, lhs.rule, lhs.severity) < (rhs.line, rhs.column, rhs.rule, rhs.severity)
        }
    }

    /// The corpus folder.
    static let corpus = Snapshot.packageRoot.appendingPathComponent("Corpus")

    /// The names (without extension) of the files directly in `Corpus/` ending in `ext`.
    static func names(withExtension ext: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return entries.filter { $0.hasSuffix("." + ext) && !$0.hasPrefix(".") }
            .map { String($0.dropLast(ext.count + 1)) }
            .sorted()
    }

    /// Every record in the corpus.
    static let records = names(withExtension: "md")

    /// Reads an expectations file: the diagnostics, and the problems with its lines.
    static func readExpectations(_ name: String) throws -> (expected: [Expectation], problems: [String]) {
        let url = corpus.appendingPathComponent(name + ".expected")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        var expected: [Expectation] = []
        var problems: [String] = []
        let severities: Set<String> = ["error", "warning", "note"]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            let position = parts.first?.split(separator: ":").map(String.init) ?? []
            guard parts.count == 3, position.count == 2,
                  let lineNumber = Int(position[0]), let column = Int(position[1]),
                  lineNumber >= 1, column >= 1, severities.contains(parts[1]), !parts[2].isEmpty
            else {
                problems.append("\(name).expected:\(index + 1): cannot read '\(line)'; write 'LINE:COLUMN SEVERITY RULE'")
                continue
            }
            expected.append(Expectation(line: lineNumber, column: column, severity: parts[1], rule: parts[2]))
        }
        return (expected, problems)
    }

    /// The linter `meetinglint Corpus` uses: the built-in rules with `Corpus/.meetinglint` and
    /// its example rule pack (`Corpus/local-rules`).
    static let linter: Linter = {
        let arguments = (try? Arguments(["--config", corpus.appendingPathComponent(".meetinglint").path])) ?? (try? Arguments([]))
        guard let arguments, let (catalogue, settings, _) = try? Runner().prepare(arguments) else { return Linter() }
        return Linter(catalogue: catalogue, settings: settings)
    }()

    /// Checks a record as `meetinglint Corpus` does.
    static func check(_ name: String) throws -> RecordResult {
        let path = "Corpus/\(name).md"
        let bytes = Array(try Data(contentsOf: corpus.appendingPathComponent(name + ".md")))
        return linter.check(SourceFile(path: path, bytes: bytes))
    }

    @Test func theCorpusConfigurationLoadsItsRulePack() {
        #expect(Self.linter.catalogue.rules["northfield-cin-review"] != nil)
        #expect(Self.linter.catalogue.rules["northfield-wording"] != nil)
    }

    /// The items of `lhs` not matched by an item of `rhs`, counting repeats.
    static func subtracting(_ lhs: [Expectation], _ rhs: [Expectation]) -> [Expectation] {
        var remaining = Dictionary(rhs.map { ($0, 1) }, uniquingKeysWith: +)
        var result: [Expectation] = []
        for item in lhs {
            if let count = remaining[item], count > 0 {
                remaining[item] = count - 1
            } else {
                result.append(item)
            }
        }
        return result
    }

    @Test func corpusIsThere() {
        #expect(Self.records.count >= 16, "Corpus/ at \(Self.corpus.path) holds \(Self.records.count) records; expected at least 16")
    }

    @Test func everyRecordHasExpectationsAndEveryExpectationARecord() {
        let records = Set(Self.records)
        let expectations = Set(Self.names(withExtension: "expected"))
        for name in records.subtracting(expectations).sorted() {
            Issue.record("Corpus/\(name).md has no Corpus/\(name).expected")
        }
        for name in expectations.subtracting(records).sorted() {
            Issue.record("Corpus/\(name).expected has no Corpus/\(name).md")
        }
    }

    @Test(arguments: records)
    func recordMatchesExpectations(_ name: String) throws {
        let url = Self.corpus.appendingPathComponent(name + ".expected")
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("Corpus/\(name).md has no Corpus/\(name).expected")
            return
        }
        let (expected, problems) = try Self.readExpectations(name)
        for problem in problems { Issue.record("\(problem)") }
        #expect(expected == expected.sorted(), "Corpus/\(name).expected is not sorted by line, column, then rule")

        let result = try Self.check(name)
        #expect(result.failure == nil, "Corpus/\(name).md could not be read: \(result.failure ?? "")")
        let actual = result.diagnostics.map {
            Expectation(line: $0.start.line, column: $0.start.column, severity: $0.severity.rawValue, rule: $0.rule)
        }.sorted()

        let missing = Self.subtracting(expected.sorted(), actual)
        let unexpected = Self.subtracting(actual, expected.sorted())
        #expect(
            missing.isEmpty,
            "Corpus/\(name).md: expected but not reported:\n\(missing.map { "  \($0)" }.joined(separator: "\n"))"
        )
        #expect(
            unexpected.isEmpty,
            "Corpus/\(name).md: reported but not expected:\n\(unexpected.map { "  \($0)" }.joined(separator: "\n"))"
        )
    }

    @Test func corpusCoversEveryRule() throws {
        var covered: [String: [String]] = [:]
        for name in Self.names(withExtension: "expected") {
            for expectation in try Self.readExpectations(name).expected {
                covered[expectation.rule, default: []].append(name)
            }
        }
        // The built-in rules and the example rule pack's.
        let known = Set(Self.linter.catalogue.rules.keys)
        for rule in known.sorted() where covered[rule] == nil {
            Issue.record("No record in Corpus/ is expected to trigger '\(rule)'")
        }
        for rule in Set(covered.keys).subtracting(known).sorted() {
            Issue.record("Corpus expectations name '\(rule)', which is not a rule: \(covered[rule] ?? [])")
        }
    }

    @Test func corpusHasCleanRecordsForEveryProfile() throws {
        var clean: Set<String> = []
        var seen: [String: Int] = [:]
        for name in Self.records {
            let result = try Self.check(name)
            seen[result.profile, default: 0] += 1
            let url = Self.corpus.appendingPathComponent(name + ".expected")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            if try Self.readExpectations(name).expected.isEmpty { clean.insert(result.profile) }
        }
        for profile in ["tac", "cin", "core-group", "professionals"] {
            #expect((seen[profile] ?? 0) >= 3, "Corpus/ has \(seen[profile] ?? 0) '\(profile)' records; expected at least 3")
            #expect(clean.contains(profile), "Corpus/ has no record of profile '\(profile)' expected to be clean")
        }
        #expect((seen["generic"] ?? 0) >= 1, "Corpus/ has no 'generic' record")
    }
}
