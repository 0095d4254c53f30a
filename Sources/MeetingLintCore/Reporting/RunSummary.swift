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
    public var byRule: [String: Int] { Dictionary(uniqueKeysWithValues: zip(rules, findingsByRule)) }
    /// Records with at least one finding, by rule.
    public var recordsFailing: [String: Int] { Dictionary(uniqueKeysWithValues: zip(rules, recordsFailingByRule)) }
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
    public var recordsByProfile: [String: Int] { Dictionary(uniqueKeysWithValues: profiles.map { ($0.name, $0.records) }) }
    /// Records with at least one finding, by profile and rule.
    public var failingByProfile: [String: [String: Int]] {
        var result: [String: [String: Int]] = [:]
        for profile in profiles where profile.failing.contains(where: { $0 > 0 }) {
            result[profile.name] = Dictionary(uniqueKeysWithValues: zip(rules, profile.failing).filter { $0.1 > 0 })
        }
        return result
    }
    /// Records with at least one error, by profile.
    public var recordsWithErrorsByProfile: [String: Int] {
        Dictionary(uniqueKeysWithValues: profiles.filter { $0.withErrors > 0 }.map { ($0.name, $0.withErrors) })
    }

    // The totals are kept in arrays by the position of each rule and profile seen, so a record
    // costs one dictionary look-up for each finding and one for its profile, rather than several
    // string-keyed dictionary updates for each rule it fails.

    /// Every rule with findings (a rule is given a position on its first finding), in the order
    /// first seen, and each one's position.
    private var rules: [String] = []
    private var rulePositions: [String: Int] = [:]
    /// A rule's position by `TextSlot` of its id (-1 for none), checked against `rules`: the same
    /// few ids come in every record, and this finds them without hashing every byte.
    private var rulesBySlot = [Int](repeating: -1, count: TextSlot.count)
    /// Findings, records failing, and the last record that failed (to count each record once),
    /// by rule position.
    private var findingsByRule: [Int] = []
    private var recordsFailingByRule: [Int] = []
    private var lastFailingRecord: [Int] = []
    /// Every profile seen, in the order first seen, with its records, records with errors and
    /// records failing by rule position (as long as `rules` was when last counted into).
    private var profiles: [(name: String, records: Int, withErrors: Int, failing: [Int])] = []
    private var profilePositions: [String: Int] = [:]
    /// A profile's position by `TextSlot` of its name (-1 for none), as `rulesBySlot` is for rules.
    private var profilesBySlot = [Int](repeating: -1, count: TextSlot.count)

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
        let profile = position(ofProfile: result.profile)
        profiles[profile].records += 1
        var hasError = false
        // Indexed rather than iterated, so no diagnostic is copied.
        for index in result.diagnostics.indices {
            switch result.diagnostics[index].severity {
            case .error:
                errors += 1
                hasError = true
            case .warning: warnings += 1
            case .note: notes += 1
            }
            let rule = position(ofRule: result.diagnostics[index].rule)
            findingsByRule[rule] += 1
            if lastFailingRecord[rule] != records {
                lastFailingRecord[rule] = records
                recordsFailingByRule[rule] += 1
                if profiles[profile].failing.count <= rule {
                    profiles[profile].failing.append(contentsOf: repeatElement(0, count: rules.count - profiles[profile].failing.count))
                }
                profiles[profile].failing[rule] += 1
            }
        }
        if hasError { profiles[profile].withErrors += 1 }
    }

    /// The position of a rule's totals, made on first sight.
    private mutating func position(ofRule rule: String) -> Int {
        let slot = TextSlot.of(rule)
        if let slot, rulesBySlot[slot] >= 0, rules[rulesBySlot[slot]] == rule { return rulesBySlot[slot] }
        if let position = rulePositions[rule] {
            if let slot { rulesBySlot[slot] = position }
            return position
        }
        if let slot { rulesBySlot[slot] = rules.count }
        rulePositions[rule] = rules.count
        rules.append(rule)
        findingsByRule.append(0)
        recordsFailingByRule.append(0)
        lastFailingRecord.append(0)
        return rules.count - 1
    }

    /// The position of a profile's totals, made on first sight.
    private mutating func position(ofProfile profile: String) -> Int {
        let slot = TextSlot.of(profile)
        if let slot, profilesBySlot[slot] >= 0, profiles[profilesBySlot[slot]].name == profile { return profilesBySlot[slot] }
        if let position = profilePositions[profile] {
            if let slot { profilesBySlot[slot] = position }
            return position
        }
        if let slot { profilesBySlot[slot] = profiles.count }
        profilePositions[profile] = profiles.count
        profiles.append((profile, 0, 0, []))
        return profiles.count - 1
    }

    /// Records that were read.
    public var recordsRead: Int { records - unreadable }

    /// The records a rule was checked for: those whose profile includes it (all read records when
    /// the results do not say).
    public func recordsChecked(for rule: String) -> Int {
        var checked: Int?
        for list in checkedLists where list.rules.contains(rule) { checked = (checked ?? 0) + list.records }
        let failing = rulePositions[rule].map { recordsFailingByRule[$0] } ?? 0
        return max(checked ?? recordsRead, failing)
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
