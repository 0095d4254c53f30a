/// Totals over a run, gathered record by record so nothing holds every record.
public struct RunSummary: Sendable {
    /// Records checked (read or not).
    public private(set) var records = 0
    /// Records read with no findings.
    public private(set) var clean = 0
    /// Records that could not be read.
    public private(set) var unreadable = 0
    /// Findings by severity.
    public private(set) var errors = 0
    public private(set) var warnings = 0
    public private(set) var notes = 0
    /// Findings by rule.
    public private(set) var byRule: [String: Int] = [:]
    /// Records with at least one finding, by rule.
    public private(set) var recordsFailing: [String: Int] = [:]
    /// Records each rule was checked for (its profile includes it), by rule.
    public var recordsChecked: [String: Int] {
        var totals: [String: Int] = [:]
        for list in checkedLists {
            for rule in list.rules { totals[rule, default: 0] += list.records }
        }
        return totals
    }
    /// The distinct lists of rules checked, each with its number of records. Records of one
    /// profile share one list, so adding a record costs a comparison (of the same array, usually)
    /// rather than a count for each of its rules.
    private var checkedLists: [(rules: [String], records: Int)] = []
    /// Records checked, by profile.
    public private(set) var recordsByProfile: [String: Int] = [:]
    /// Records with at least one finding, by profile and rule.
    public private(set) var failingByProfile: [String: [String: Int]] = [:]
    /// Records with at least one error, by profile.
    public private(set) var recordsWithErrorsByProfile: [String: Int] = [:]

    /// An empty summary.
    public init() {}

    /// Adds one record's result.
    public mutating func add(_ result: RecordResult) {
        records += 1
        if result.failure != nil {
            unreadable += 1
            return
        }
        if result.diagnostics.isEmpty { clean += 1 }
        if !result.checkedRules.isEmpty {
            if let index = checkedLists.firstIndex(where: { $0.rules == result.checkedRules }) {
                checkedLists[index].records += 1
            } else {
                checkedLists.append((result.checkedRules, 1))
            }
        }
        recordsByProfile[result.profile, default: 0] += 1
        // Findings by rule, tallied in a short list first: a record has findings of a few rules,
        // so each rule's totals are looked up once, not once for each finding.
        var tally: [(rule: String, findings: Int)] = []
        var hasError = false
        for diagnostic in result.diagnostics {
            switch diagnostic.severity {
            case .error:
                errors += 1
                hasError = true
            case .warning: warnings += 1
            case .note: notes += 1
            }
            if let index = tally.firstIndex(where: { $0.rule == diagnostic.rule }) {
                tally[index].findings += 1
            } else {
                tally.append((diagnostic.rule, 1))
            }
        }
        if !tally.isEmpty {
            for (rule, findings) in tally {
                byRule[rule, default: 0] += findings
                recordsFailing[rule, default: 0] += 1
            }
            RunSummary.count(tally, in: &failingByProfile[result.profile, default: [:]])
        }
        if hasError { recordsWithErrorsByProfile[result.profile, default: 0] += 1 }
    }

    /// Counts a record for each rule of `tally` in one profile's records failing by rule.
    private static func count(_ tally: [(rule: String, findings: Int)], in failing: inout [String: Int]) {
        for (rule, _) in tally { failing[rule, default: 0] += 1 }
    }

    /// Records that were read.
    public var recordsRead: Int { records - unreadable }

    /// The records a rule was checked for: those whose profile includes it (all read records when
    /// the results do not say).
    public func recordsChecked(for rule: String) -> Int {
        var checked: Int?
        for list in checkedLists where list.rules.contains(rule) { checked = (checked ?? 0) + list.records }
        return max(checked ?? recordsRead, recordsFailing[rule] ?? 0)
    }

    /// Records read that have findings.
    public var recordsWithFindings: Int { recordsRead - clean }

    /// `3 errors, 5 warnings in 2 of 14 records (12 clean)`.
    public var line: String {
        var parts = [plural(errors, "error"), plural(warnings, "warning")]
        if notes > 0 { parts.append(plural(notes, "note")) }
        var text = parts.joined(separator: ", ") + " in \(recordsWithFindings) of \(plural(recordsRead, "record")) (\(clean) clean)"
        if unreadable > 0 { text += "; \(unreadable) could not be read" }
        return text
    }
}

/// `1 error`, `2 errors`.
func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
