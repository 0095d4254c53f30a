/// Checks records: parse, build the model, run every rule that applies, apply suppressions, and
/// turn findings into diagnostics. A value shared read-only by every worker of a run.
public struct Linter: Sendable {
    /// The rules, profiles and vocabulary.
    public let catalogue: Catalogue
    /// How rules are turned on and set.
    public let settings: RuleSettings
    let model: ModelSettings
    /// For each profile, the checks that run and their severity and context, resolved once.
    let plans: [String: [Step]]
    /// For each profile, the ids of the rules checked, sorted (shared by every result).
    let checkedRules: [String: [String]]

    /// One check to run for a profile.
    struct Step: Sendable {
        let check: any Check
        let rule: String
        let severity: Severity
        let context: CheckContext
    }

    /// The rule ids the engine itself reports, not a check.
    public static let engineRules = ["record-format", "unknown-rule", "unused-suppression"]

    /// Creates a linter from a catalogue and settings.
    public init(catalogue: Catalogue = .builtIn, settings: RuleSettings = RuleSettings()) {
        self.catalogue = catalogue
        self.settings = settings
        model = ModelSettings(
            vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles, defaultProfile: settings.defaultProfile,
            dateOrder: settings.dateOrder, holidays: settings.holidays)
        var checks: [(id: String, check: any Check)] = Registry.checks.map { (id: type(of: $0).id, check: $0) }
        // A rule pack's rules carry their check in their document. `RulePack.validate` has
        // already reported any that cannot be read (the command line stops there), so none is
        // dropped here in a run.
        for rule in catalogue.rules.values.sorted(by: { $0.id < $1.id }) where !rule.declarative.isEmpty {
            if let check = try? DeclarativeCheck(document: rule, vocabulary: catalogue.vocabulary) { checks.append((rule.id, check)) }
        }
        var plans: [String: [Step]] = [:]
        for profile in catalogue.profiles.values {
            var plan: [Step] = []
            for (id, check) in checks {
                guard let document = catalogue.rules[id], let severity = settings.severity(of: document, in: profile) else { continue }
                let context = CheckContext(parameters: settings.parameters(of: document, in: profile), vocabulary: catalogue.vocabulary, profile: profile)
                plan.append(Step(check: check, rule: id, severity: severity, context: context))
            }
            plans[profile.id] = plan
        }
        self.plans = plans
        var checkedRules: [String: [String]] = [:]
        for profile in catalogue.profiles.values {
            let engine = Linter.engineRules.filter { id in
                catalogue.rules[id].map { settings.severity(of: $0, in: profile) != nil } ?? false
            }
            checkedRules[profile.id] = ((plans[profile.id] ?? []).map(\.rule) + engine).sorted()
        }
        self.checkedRules = checkedRules
    }

    /// Checks one record. Never fails: a record that is not text gets a failure, not a crash.
    public func check(_ source: SourceFile, keepText: Bool = false) -> RecordResult {
        let document = Document(parsing: source)
        var meeting = Meeting(document: document, settings: model)
        if let override = settings.profileOverride { meeting.profileID = override }
        let profile = catalogue.profiles[meeting.profileID] ?? catalogue.profiles["generic"] ?? Linter.fallbackProfile

        var findings: [(rule: RuleDocument, severity: Severity, finding: Finding)] = []
        if let plan = plans[profile.id] {
            for step in plan {
                let found = step.check.check(meeting, step.context)
                guard !found.isEmpty, let document = catalogue.rules[step.rule] else { continue }
                for finding in found {
                    findings.append((document, finding.severityCap.map { min($0, step.severity) } ?? step.severity, finding))
                }
            }
        }
        if let format = catalogue.rules["record-format"], let severity = settings.severity(of: format, in: profile) {
            for problem in document.problems { findings.append((format, severity, Linter.finding(for: problem))) }
        }
        findings = applySuppressions(findings, meeting: meeting, profile: profile)

        let locations = source.locations(of: findings.flatMap { [$0.finding.range.start, $0.finding.range.end] })
        var lines: [Int: (length: Int, hash: UInt64)] = [:]
        var diagnostics = findings.map { entry -> Diagnostic in
            let start = locations[entry.finding.range.start] ?? SourceLocation(line: 1, column: 1)
            let end = entry.finding.range.isEmpty ? start : locations[entry.finding.range.end] ?? start
            // Each line is measured and hashed once, however many findings it has.
            let line = lines[start.line] ?? Linter.measure(line: start.line, in: source)
            lines[start.line] = line
            let (text, column) = Linter.excerpt(at: entry.finding.range.start, column: start.column, line: start.line, in: source)
            var made = diagnostic(entry.rule, entry.severity, entry.finding, start: start, end: end, lineText: text)
            made.lineTextColumn = column
            made.lineLength = line.length
            made.lineHash = line.hash
            return made
        }
        diagnostics.sort(by: Diagnostic.ordered)
        var result = RecordResult(
            path: source.path, profile: profile.id, meetingDate: meeting.meetingDate.day, diagnostics: diagnostics,
            text: keepText ? String(decoding: source.bytes, as: UTF8.self) : nil)
        result.checkedRules = checkedRules[profile.id] ?? []
        return result
    }

    static let fallbackProfile: Profile = Profile(
        document: DataDocument(path: "profiles/generic.md", text: "---\nkind: profile\nid: generic\nname: multi-agency\n---\n"))!

    static func finding(for problem: ParseProblem) -> Finding {
        switch problem.kind {
        case .invalidUTF8:
            return Finding(
                problem.range, "Part of this record is not readable text (it is not UTF-8), so some of it may not be checked.",
                help: "Save the record again as UTF-8 text (in Word: Save As, Plain Text, Unicode UTF-8).")
        case .unclosedFrontMatter:
            return Finding(
                problem.range, "The details block at the top opens with '---' but is never closed, so it was read as ordinary text.",
                help: "Add a line of three dashes '---' after the last detail (the line after 'date:', 'type:' and the rest).")
        case .unclosedCodeBlock:
            return Finding(
                problem.range, "A block fenced with ``` is never closed, so everything after it was skipped.",
                help: "Add a closing ``` line after the block, or remove the opening one.")
        case .unclosedComment:
            return Finding(
                problem.range, "A hidden comment opened with '<!--' is never closed, so everything after it was skipped.",
                help: "Close the comment with '-->', or remove '<!--'.")
        }
    }

    /// A line's length in code points and the hash of its text with white space collapsed.
    static func measure(line: Int, in source: SourceFile) -> (length: Int, hash: UInt64) {
        let range = source.lineContent(line - 1)
        var length = 0
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var pendingSpace = false
        var started = false
        for index in range.start..<range.end {
            let byte = source.bytes[index]
            if byte & 0xC0 != 0x80 { length += 1 }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                pendingSpace = started
                continue
            }
            if pendingSpace { hash = (hash ^ UInt64(UInt8(ascii: " "))) &* 0x100_0000_01b3 }
            pendingSpace = false
            started = true
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return (length, hash)
    }

    /// The window of a line a diagnostic carries: the whole line when short, otherwise up to
    /// `Diagnostic.excerptLimit` code points from a little before the finding; and the column the
    /// window starts at.
    static func excerpt(at offset: Int, column: Int, line: Int, in source: SourceFile) -> (String, Int) {
        let range = source.lineContent(line - 1)
        guard range.count > Diagnostic.excerptLimit else { return (source.text(range), 1) }
        let bytes = source.bytes
        let clamped = min(max(offset, range.start), range.end)
        // Back up to 40 code points before the finding, then forward to the limit.
        var start = clamped
        var back = 0
        while start > range.start, back < 40 {
            start -= 1
            if bytes[start] & 0xC0 != 0x80 { back += 1 }
        }
        while start > range.start, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var end = start
        var count = 0
        while end < range.end, count < Diagnostic.excerptLimit {
            end += 1
            while end < range.end, bytes[end] & 0xC0 == 0x80 { end += 1 }
            count += 1
        }
        return (source.text(SourceRange(start, end)), max(1, column - back))
    }

    /// Turns a finding into a diagnostic with user-facing positions.
    func diagnostic(_ rule: RuleDocument, _ severity: Severity, _ finding: Finding, start: SourceLocation, end: SourceLocation, lineText: String) -> Diagnostic {
        Diagnostic(
            rule: rule.id, severity: severity, message: finding.message, redactedMessage: finding.redactedMessage,
            help: finding.help ?? rule.help, guidance: rule.guidance, start: start, end: end, lineText: lineText)
    }

    /// Drops findings that suppression comments cover; reports unknown rule ids and unused suppressions.
    func applySuppressions(
        _ findings: [(rule: RuleDocument, severity: Severity, finding: Finding)], meeting: Meeting, profile: Profile
    ) -> [(rule: RuleDocument, severity: Severity, finding: Finding)] {
        guard !meeting.suppressions.isEmpty else { return findings }
        let source = meeting.source
        struct Cover {
            var rule: String
            var lines: ClosedRange<Int>
            var suppression: Int
            var ruleRange: SourceRange
        }
        var covers: [Cover] = []
        var extra: [(rule: RuleDocument, severity: Severity, finding: Finding)] = []
        var openDisables: [String: (line: Int, suppression: Int, range: SourceRange)] = [:]
        let lastLine = max(1, source.lineCount)
        func add(_ rule: String, lines: ClosedRange<Int>, suppression: Int, range: SourceRange) {
            covers.append(Cover(rule: rule, lines: lines, suppression: suppression, ruleRange: range))
        }
        // The 1-based line of an offset (what `source.location(of:).line` says, without counting columns).
        func line(of offset: Int) -> Int { source.lineIndex(of: min(max(0, offset), source.bytes.count)) + 1 }
        for (index, suppression) in meeting.suppressions.enumerated() {
            let commentStart = line(of: suppression.range.start)
            let commentEnd = line(of: suppression.range.end)
            for (id, range) in suppression.rules {
                guard catalogue.rules[id] != nil || id == "all" else {
                    if let unknown = catalogue.rules["unknown-rule"], let severity = settings.severity(of: unknown, in: profile) {
                        let suggestion = Linter.closest(to: id, in: catalogue.ruleIDs).map { " Did you mean '\($0)'?" } ?? ""
                        extra.append((unknown, severity, Finding(
                            range, "This comment names '\(id)', which is not a meetinglint rule, so it turns nothing off.\(suggestion)",
                            redacted: "This comment names a rule that meetinglint does not have, so it turns nothing off.",
                            help: "Use a rule id from 'meetinglint rules'.")))
                    }
                    continue
                }
                switch suppression.scope {
                case .file: add(id, lines: 1...lastLine, suppression: index, range: range)
                case .nextLine: add(id, lines: (commentEnd + 1)...(commentEnd + 1), suppression: index, range: range)
                case .disable: openDisables[id] = (commentStart, index, range)
                case .enable:
                    if let open = openDisables.removeValue(forKey: id) {
                        add(id, lines: open.line...max(open.line, commentStart), suppression: open.suppression, range: open.range)
                    }
                }
            }
        }
        for (id, open) in openDisables { add(id, lines: open.line...lastLine, suppression: open.suppression, range: open.range) }

        var used = Set<Int>()
        var kept: [(rule: RuleDocument, severity: Severity, finding: Finding)] = []
        for entry in findings {
            let findingLine = line(of: entry.finding.range.start)
            if let cover = covers.first(where: { ($0.rule == entry.rule.id || $0.rule == "all") && $0.lines.contains(findingLine) }) {
                used.insert(cover.suppression * 1000 + (meeting.suppressions[cover.suppression].rules.firstIndex { $0.range == cover.ruleRange } ?? 0))
                continue
            }
            kept.append(entry)
        }
        if let unused = catalogue.rules["unused-suppression"], let severity = settings.severity(of: unused, in: profile) {
            for cover in covers {
                let suppression = meeting.suppressions[cover.suppression]
                let key = cover.suppression * 1000 + (suppression.rules.firstIndex { $0.range == cover.ruleRange } ?? 0)
                guard !used.contains(key) else { continue }
                used.insert(key)
                extra.append((unused, severity, Finding(
                    cover.ruleRange, "This comment turns off '\(cover.rule)', but nothing here would be reported by it.",
                    help: "Remove the comment (or the rule's name from it) so that stale exceptions do not pile up.")))
            }
        }
        return kept + extra
    }

    /// The rule id nearest to a mistyped one, if it is close: the fewest characters to insert,
    /// delete or change. Rule ids are ASCII, where a byte is a character, so ASCII ids are compared
    /// byte by byte without splitting them into characters.
    static func closest(to id: String, in ids: [String]) -> String? {
        func distance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
            var previous = Array(0...b.count)
            var current = previous
            for (i, x) in a.enumerated() {
                current[0] = i + 1
                for (j, y) in b.enumerated() {
                    current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
                }
                swap(&previous, &current)
            }
            return previous[b.count]
        }
        // `\r\n` is one character of two bytes.
        func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") } }
        let targetIsASCII = isASCII(id)
        let targetBytes = Array(id.utf8)
        let target = targetIsASCII ? [] : Array(id)
        let best = ids.map { candidate in
            (candidate, targetIsASCII && isASCII(candidate) ? distance(targetBytes, Array(candidate.utf8)) : distance(targetIsASCII ? Array(id) : target, Array(candidate)))
        }.min { $0.1 < $1.1 }
        guard let best, best.1 <= max(2, id.count / 3) else { return nil }
        return best.0
    }
}
