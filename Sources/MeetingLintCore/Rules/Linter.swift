/// Checks records: parse, build the model, run every rule that applies, apply suppressions, and
/// turn findings into diagnostics. A value shared read-only by every worker of a run.
public struct Linter: Sendable {
    /// The rules, profiles and vocabulary.
    public let catalogue: Catalogue
    /// How rules are turned on and set.
    public let settings: RuleSettings
    let model: ModelSettings
    /// Makes each profile's plan the first time a record of the profile is checked.
    let planMaker: PlanMaker
    /// For each profile, the ids of the rules checked, sorted (shared by every result).
    let checkedRules: [String: [String]]

    /// For each profile, the checks that run and their severity and context (every plan made).
    var plans: [String: [Step]] {
        var plans: [String: [Step]] = [:]
        for profile in catalogue.profiles.values { plans[profile.id] = planMaker.plan(for: profile) }
        return plans
    }

    /// One check to run for a profile: a class, so walking a plan for every record retains one
    /// reference per step instead of copying the check, rule id and context.
    final class Step: Sendable {
        let check: any Check
        let rule: String
        let severity: Severity
        let context: CheckContext
        /// The rule's document, looked up once.
        let document: Rule?

        init(check: any Check, rule: String, severity: Severity, context: CheckContext, document: Rule?) {
            self.check = check
            self.rule = rule
            self.severity = severity
            self.context = context
            self.document = document
        }

        /// The check's findings for one record. (A method of the step, so that the step's own
        /// context is passed without being retained and let go around the call, as it was when
        /// read from the step in the linter's loop.)
        func findings(_ meeting: Meeting, _ words: WordIndex) -> [Finding] {
            check.check(meeting, words, context)
        }
    }

    /// A rule document held by reference: findings carry it from check to diagnostic without
    /// copying the document's many fields for each finding.
    final class Rule: Sendable {
        let document: RuleDocument
        var id: String { document.id }
        init(_ document: RuleDocument) { self.document = document }
    }

    /// A finding with its rule and severity, on its way to being a diagnostic. A struct, not a
    /// tuple: a tuple holding a `Finding` was copied through its type's metadata, at about 200
    /// instructions a copy, several times for each finding.
    struct Found {
        let rule: Rule
        let severity: Severity
        let finding: Finding

        init(_ rule: Rule, _ severity: Severity, _ finding: Finding) {
            self.rule = rule
            self.severity = severity
            self.finding = finding
        }
    }

    /// What a record of one profile needs from the linter: the profile, its plan and the rules
    /// it checks. A class, looked up once a record by the record's profile id: finding the plan
    /// and the rules by the profile's id again, and copying the profile (retaining each of its
    /// fields), cost a thousand instructions a record.
    final class ProfileRun: @unchecked Sendable {
        let profile: Profile
        let checkedRules: [String]
        /// Makes the plan; nil for a profile that has none (one the catalogue does not have).
        private let maker: PlanMaker?
        /// The plan, once made: set and read under the maker's lock.
        private var made: [Step]?

        init(profile: Profile, maker: PlanMaker?, checkedRules: [String]) {
            self.profile = profile
            self.maker = maker
            self.checkedRules = checkedRules
        }

        /// The checks a record of the profile runs, made by the first record that asks.
        var plan: [Step]? {
            guard let maker else { return nil }
            maker.lock.lock()
            defer { maker.lock.unlock() }
            if let made { return made }
            let plan = maker.planLocked(for: profile)
            made = plan
            return plan
        }
    }

    /// Makes a profile's plan when a record of the profile is first checked, not for every
    /// profile when the linter is made: a practitioner checking one draft waits for one profile's
    /// plan, not five. Each plan is made once, under `lock`, and its checks' contexts are sealed
    /// before the lock is let go, so every record then reads them without a lock.
    final class PlanMaker: @unchecked Sendable {
        let lock = Lock()
        private let catalogue: Catalogue
        private let settings: RuleSettings
        /// Every check, with its rule id: the built-in ones, then a rule pack's.
        private let checks: [(id: String, check: any Check)]
        /// Plans made, by profile id.
        private var plans: [String: [Step]] = [:]
        /// Parameter values read so far (`CheckContext.Reading`), shared by every plan.
        private var readings: [String: CheckContext.Reading] = [:]
        /// Rule documents looked up so far, shared by every plan and the linter.
        private var documents: [String: Rule] = [:]

        init(catalogue: Catalogue, settings: RuleSettings, checks: [(id: String, check: any Check)]) {
            self.catalogue = catalogue
            self.settings = settings
            self.checks = checks
        }

        /// The ids of the profiles whose plans have been made, sorted.
        var madeProfileIDs: [String] {
            lock.lock()
            defer { lock.unlock() }
            return plans.keys.sorted()
        }

        /// The ids of the rules whose checks the profile's plan runs, in the plan's order.
        func ruleIDs(for profile: Profile) -> [String] {
            checks.indices.compactMap { index in severity(of: index, in: profile).map { _ in checks[index].id } }
        }

        /// The severity the profile gives the rule of `checks[index]`, or nil where the profile's
        /// plan does not run it: the one test for both the plan and the rules it says it checks.
        private func severity(of index: Int, in profile: Profile) -> Severity? {
            catalogue.rules[checks[index].id].flatMap { settings.severity(of: $0, in: profile) }
        }

        /// The profile's plan, made now unless it was made before.
        func plan(for profile: Profile) -> [Step] {
            lock.lock()
            defer { lock.unlock() }
            return planLocked(for: profile)
        }

        /// The rule's document, made once. Call with the lock held, or before the maker is shared.
        func ruleLocked(_ id: String) -> Rule? {
            if let known = documents[id] { return known }
            guard let document = catalogue.rules[id] else { return nil }
            let made = Rule(document)
            documents[id] = made
            return made
        }

        /// `plan(for:)`, with the lock held.
        func planLocked(for profile: Profile) -> [Step] {
            if let known = plans[profile.id] { return known }
            var plan: [Step] = []
            for index in checks.indices {
                guard let severity = severity(of: index, in: profile), let document = catalogue.rules[checks[index].id] else { continue }
                let (id, check) = checks[index]
                let context = CheckContext(
                    parameters: settings.parameters(of: document, in: profile), vocabulary: catalogue.vocabulary, profile: profile,
                    readings: &readings)
                // What the check derives from the context, made now and then read by every record
                // without a lock.
                check.prepare(context)
                context.seal()
                plan.append(Step(check: check, rule: id, severity: severity, context: context, document: ruleLocked(id)))
            }
            plans[profile.id] = plan
            return plan
        }
    }

    /// Each catalogue profile's run, by the catalogue's key for it.
    let runs: [String: ProfileRun]
    /// The run of a record whose profile the catalogue does not have: generic's, or else the
    /// fallback profile's.
    let otherRun: ProfileRun

    /// The engine's own rules' documents, looked up once.
    let engineDocuments: [String: Rule]
    /// The catalogue's rule ids, sorted once (`Catalogue.ruleIDs` sorts them at each call).
    let ruleIDs: [String]

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
        let planMaker = PlanMaker(catalogue: catalogue, settings: settings, checks: checks)
        self.planMaker = planMaker
        var engineDocuments: [String: Rule] = [:]
        for id in Linter.engineRules { engineDocuments[id] = planMaker.ruleLocked(id) }
        self.engineDocuments = engineDocuments
        ruleIDs = catalogue.ruleIDs
        var checkedRules: [String: [String]] = [:]
        for profile in catalogue.profiles.values {
            let engine = Linter.engineRules.filter { id in
                catalogue.rules[id].map { settings.severity(of: $0, in: profile) != nil } ?? false
            }
            checkedRules[profile.id] = (planMaker.ruleIDs(for: profile) + engine).sorted()
        }
        self.checkedRules = checkedRules
        var runs: [String: ProfileRun] = [:]
        for (key, profile) in catalogue.profiles {
            runs[key] = ProfileRun(profile: profile, maker: planMaker, checkedRules: checkedRules[profile.id] ?? [])
        }
        self.runs = runs
        let other = catalogue.profiles["generic"] ?? Linter.fallbackProfile
        otherRun = ProfileRun(profile: other, maker: checkedRules[other.id] == nil ? nil : planMaker, checkedRules: checkedRules[other.id] ?? [])
    }

    /// Checks one record. Never fails: a record that is not text gets a failure, not a crash.
    /// `details` are the parts of each diagnostic's start line to work out (the rest keep their
    /// defaults): a run asks only for what its outputs read.
    public func check(_ source: SourceFile, keepText: Bool = false, details: DiagnosticDetails = .all) -> RecordResult {
        var meeting = Meeting(parsing: source, settings: model)
        let document = meeting.document
        if let override = settings.profileOverride { meeting.profileID = override }
        // (What `catalogue.profiles[meeting.profileID] ?? catalogue.profiles["generic"] ?? Linter.fallbackProfile`
        // gives, with its plan and rules: the profile is read in place from the run.)
        let run = runs[meeting.profileID] ?? otherRun

        var findings: [Found] = []
        // Room for a record's usual findings at once, rather than growing a step at a time.
        findings.reserveCapacity(32)
        if let plan = run.plan {
            let words = WordIndex(meeting)
            for step in plan {
                var found = step.findings(meeting, words)
                guard !found.isEmpty, let document = step.document else { continue }
                // Each finding moved out of the check's array, last first, and the step's run of
                // them put back in order after: copying them out in order retained every text of
                // each, and letting the array go released them again.
                let first = findings.count
                while let finding = found.popLast() {
                    findings.append(Found(document, finding.severityCap.map { min($0, step.severity) } ?? step.severity, finding))
                }
                Linter.reverse(&findings, from: first)
            }
        }
        if !document.problems.isEmpty, let format = engineDocuments["record-format"],
            let severity = settings.severity(of: format.document, in: run.profile)
        {
            for problem in document.problems { findings.append(Found(format, severity, Linter.finding(for: problem))) }
        }
        findings = applySuppressions(findings, meeting: meeting, run: run)

        // Each finding's start and end, located in one walk along the record in offset order.
        var offsets: [Int] = []
        offsets.reserveCapacity(findings.count * 2)
        // (Each read in place by index: `for entry in findings` copied every finding out, retaining
        // its texts, to read two numbers.)
        for index in findings.indices {
            let range = findings[index].finding.range
            offsets.append(range.start)
            offsets.append(range.end)
        }
        let locations = Linter.locations(of: offsets, in: source)
        // Lines measured so far: a record's findings stand on few lines, so a short array looked
        // through costs less than a dictionary made for each record.
        var lines: [(line: Int, length: Int, hash: UInt64)] = []
        let measuring = details.contains(.line)
        let excerpting = details.contains(.excerpt)
        if measuring { lines.reserveCapacity(findings.count) }
        var diagnostics: [Diagnostic] = []
        diagnostics.reserveCapacity(findings.count)
        // Each finding read in place, not copied out with its message and help.
        for index in findings.indices {
            let range = findings[index].finding.range
            let start = locations[2 * index]
            let end = range.isEmpty ? start : locations[2 * index + 1]
            let (text, column) = excerpting ? Linter.excerpt(at: range.start, column: start.column, line: start.line, in: source) : ("", 1)
            // Set in place once appended: setting a local first copied it into the array.
            diagnostics.append(diagnostic(findings[index].rule, findings[index].severity, findings[index].finding, start: start, end: end, lineText: text))
            diagnostics[diagnostics.count - 1].lineTextColumn = column
            guard measuring else { continue }
            // Each line is measured and hashed once, however many findings it has.
            let line: (length: Int, hash: UInt64)
            if let known = lines.first(where: { $0.line == start.line }) {
                line = (known.length, known.hash)
            } else {
                line = Linter.measure(line: start.line, in: source)
                lines.append((start.line, line.length, line.hash))
            }
            diagnostics[diagnostics.count - 1].lineLength = line.length
            diagnostics[diagnostics.count - 1].lineHash = line.hash
        }
        Linter.sort(&diagnostics)
        var result = RecordResult(
            path: source.path, profile: run.profile.id, meetingDate: meeting.meetingDate.day, diagnostics: diagnostics,
            text: keepText ? String(decoding: source.bytes, as: UTF8.self) : nil)
        result.checkedRules = run.checkedRules
        return result
    }

    /// Reverses `array[first...]` in place, each element moved (swapped through the buffer: the
    /// array's own `swapAt`, and reversing a slice of it, copied the elements and retained their
    /// texts).
    static func reverse<Element>(_ array: inout [Element], from first: Int) {
        guard array.count - first > 1 else { return }
        array.withUnsafeMutableBufferPointer { buffer in
            var low = max(0, first)
            var high = buffer.count - 1
            while low < high {
                buffer.swapAt(low, high)
                low += 1
                high -= 1
            }
        }
    }

    /// The locations of byte offsets, in the order given: what `SourceFile.location(of:)` says for
    /// each, with columns counted once along each line (offsets are visited in increasing order).
    static func locations(of offsets: [Int], in source: SourceFile) -> [SourceLocation] {
        var result = [SourceLocation](filledWith: SourceLocation(line: 1, column: 1), count: offsets.count)
        guard !offsets.isEmpty else { return result }
        let order = Linter.order(of: offsets)
        let bytes = source.bytes
        var lineIndex = -1
        var lineStart = 0
        var position = 0
        var column = 1
        var previous = -1
        var previousLocation = SourceLocation(line: 1, column: 1)
        for slot in order {
            let offset = offsets[slot]
            if offset == previous {
                result[slot] = previousLocation
                continue
            }
            let clamped = min(max(0, offset), bytes.count)
            let index = source.lineIndex(of: clamped)
            if index != lineIndex {
                lineIndex = index
                lineStart = source.lineStarts[index]
                position = lineStart
                column = 1
            }
            if clamped > position {
                column += Linter.codePoints(in: bytes, from: position, to: clamped)
                position = clamped
            }
            var shown = column
            if clamped < bytes.count, clamped > lineStart, bytes[clamped] & 0xC0 == 0x80 { shown -= 1 }
            previous = offset
            previousLocation = SourceLocation(line: index + 1, column: max(1, shown))
            result[slot] = previousLocation
        }
        return result
    }

    /// The number of code points that start in `bytes[start..<end]` (bytes that are not UTF-8
    /// continuation bytes, `10xxxxxx`): eight bytes at a time, as a line's columns are counted
    /// from its start to each finding on it.
    static func codePoints(in bytes: [UInt8], from start: Int, to end: Int) -> Int {
        guard start >= 0, start < end, end <= bytes.count else { return 0 }
        return bytes.withUnsafeBytes { raw in
            var count = 0
            var position = start
            while position + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                // A continuation byte has its top bit set and the next one clear.
                let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
                count += 8 - continuations.nonzeroBitCount
                position += 8
            }
            while position < end {
                if raw[position] & 0xC0 != 0x80 { count += 1 }
                position += 1
            }
            return count
        }
    }

    /// The indexes of `offsets` in increasing order of their offsets (equal ones in either order).
    /// A record has few findings: they are sorted by insertion, in place, rather than through a
    /// sort taking a closure.
    static func order(of offsets: [Int]) -> [Int] {
        guard offsets.count <= 64 else { return offsets.indices.sorted { offsets[$0] < offsets[$1] } }
        var order = Array(offsets.indices)
        order.withUnsafeMutableBufferPointer { order in
            offsets.withUnsafeBufferPointer { offsets in
                for next in order.indices.dropFirst() {
                    let slot = order[next]
                    let offset = offsets[slot]
                    var place = next
                    while place > 0, offsets[order[place - 1]] > offset {
                        order[place] = order[place - 1]
                        place -= 1
                    }
                    order[place] = slot
                }
            }
        }
        return order
    }

    /// Sorts diagnostics into output order (`Diagnostic.ordered`), keeping the order of equal
    /// ones: their indexes are sorted, then the diagnostics swapped into place (a copy of the
    /// array to read from would copy every diagnostic, each retaining its texts).
    static func sort(_ diagnostics: inout [Diagnostic]) {
        guard diagnostics.count > 1 else { return }
        // `Diagnostic.ordered` on two indexes, reading the fields in place: a call to it per
        // comparison would copy both diagnostics.
        func ordered(_ a: Int, _ b: Int) -> Bool {
            let x = diagnostics[a].start
            let y = diagnostics[b].start
            if x.line != y.line { return x.line < y.line }
            if x.column != y.column { return x.column < y.column }
            if diagnostics[a].rule != diagnostics[b].rule { return diagnostics[a].rule < diagnostics[b].rule }
            return diagnostics[a].message < diagnostics[b].message
        }
        var sorted = true
        for index in 1..<diagnostics.count where ordered(index, index - 1) {
            sorted = false
            break
        }
        if sorted { return }
        // The same order, then the order found: by place on integers, the texts compared only
        // where two stand at one place.
        let places = diagnostics.map { ($0.start.line, $0.start.column) }
        var order = diagnostics.indices.sorted { a, b in
            if places[a] != places[b] { return places[a] < places[b] }
            if diagnostics[a].rule != diagnostics[b].rule { return diagnostics[a].rule < diagnostics[b].rule }
            if diagnostics[a].message != diagnostics[b].message { return diagnostics[a].message < diagnostics[b].message }
            return a < b
        }
        // Place `k` takes the diagnostic at `order[k]`: each cycle of the permutation is walked
        // once, the diagnostic from its start carried along by swaps to the place that takes it.
        // (The buffer's swaps move diagnostics; the array's copy them.)
        diagnostics.withUnsafeMutableBufferPointer { buffer in
            for start in order.indices where order[start] != start {
                var current = start
                while order[current] != start {
                    let next = order[current]
                    buffer.swapAt(current, next)
                    order[current] = current
                    current = next
                }
                order[current] = current
            }
        }
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
        // Read through the buffer: indexing the array re-read it and checked bounds at each byte.
        source.bytes.withUnsafeBufferPointer { bytes in
            for byte in bytes[range.start..<range.end] {
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
    /// (The rule is passed by reference: a copy of its document would retain each of its fields.)
    func diagnostic(_ rule: Rule, _ severity: Severity, _ finding: Finding, start: SourceLocation, end: SourceLocation, lineText: String) -> Diagnostic {
        Diagnostic(
            rule: rule.document.id, severity: severity, message: finding.message, redactedMessage: finding.redactedMessage,
            help: finding.help ?? rule.document.help, guidance: rule.document.guidance, start: start, end: end, lineText: lineText)
    }

    /// Drops findings that suppression comments cover; reports unknown rule ids and unused suppressions.
    /// (The profile is read from its run where needed: passed by itself, it was copied for every
    /// record, retaining each of its fields.)
    func applySuppressions(_ findings: [Found], meeting: Meeting, run: ProfileRun) -> [Found] {
        guard !meeting.suppressions.isEmpty else { return findings }
        let profile = run.profile
        let source = meeting.source
        var covers: [Cover] = []
        var extra: [Found] = []
        var openDisables: [String: (line: Int, range: SourceRange, order: Int)] = [:]
        var opened = 0
        let lastLine = max(1, source.lineCount)
        func add(_ rule: String, lines: ClosedRange<Int>, range: SourceRange) {
            covers.append(Cover(rule: rule, lines: lines, ruleRange: range))
        }
        // The suggestion for each unknown id, worked out once per record: a record may repeat the
        // same mistyped id in hundreds of comments.
        // (Kept as the message's ending, empty for none: a dictionary of optionals had its type
        // looked up at run time for each record.)
        var suggestions: [String: String] = [:]
        func suggestion(for id: String) -> String {
            if let known = suggestions[id] { return known }
            let found = Linter.closest(to: id, in: ruleIDs).map { " Did you mean '\($0)'?" } ?? ""
            suggestions[id] = found
            return found
        }
        // The 1-based line of an offset (what `source.location(of:).line` says, without counting columns).
        func line(of offset: Int) -> Int { source.lineIndex(of: min(max(0, offset), source.bytes.count)) + 1 }
        for suppression in meeting.suppressions {
            let commentStart = line(of: suppression.range.start)
            let commentEnd = line(of: suppression.range.end)
            if suppression.rules.isEmpty, let unknown = engineDocuments["unknown-rule"], let severity = settings.severity(of: unknown.document, in: profile) {
                extra.append(Found(unknown, severity, Finding(
                    suppression.range, "This comment names no rule, so it turns nothing off.",
                    help: "Name the rule to turn off, with the reason after '--': <!-- meetinglint-disable-file siblings -- only child -->.")))
                continue
            }
            for (id, range) in suppression.rules {
                guard catalogue.rules[id] != nil || id == "all" else {
                    if let unknown = engineDocuments["unknown-rule"], let severity = settings.severity(of: unknown.document, in: profile) {
                        let ending = suggestion(for: id)
                        extra.append(Found(unknown, severity, Finding(
                            range, "This comment names '\(id)', which is not a meetinglint rule, so it turns nothing off.\(ending)",
                            redacted: "This comment names a rule that meetinglint does not have, so it turns nothing off.",
                            help: "Use a rule id from 'meetinglint rules'.")))
                    }
                    continue
                }
                switch suppression.scope {
                case .file: add(id, lines: 1...lastLine, range: range)
                case .nextLine: add(id, lines: (commentEnd + 1)...(commentEnd + 1), range: range)
                case .disable:
                    openDisables[id] = (commentStart, range, opened)
                    opened += 1
                case .enable:
                    if let open = openDisables.removeValue(forKey: id) {
                        add(id, lines: open.line...max(open.line, commentStart), range: open.range)
                    }
                }
            }
        }
        // Those never closed, in the order they were opened (a dictionary's order differs from one
        // to the next, and a finding is credited to the first cover that holds it).
        for (id, open) in openDisables.sorted(by: { $0.value.order < $1.value.order }) { add(id, lines: open.line...lastLine, range: open.range) }

        // Each rule id named in a comment makes one cover at most, so whether it turned anything
        // off is kept by cover.
        var used = [Bool](filledWith: false, count: covers.count)
        let kept = covers.count <= Linter.fewCovers
            ? Linter.uncovered(findings, covers: covers, used: &used, line: line)
            : Linter.uncoveredByRule(findings, covers: covers, used: &used, line: line)
        if let unused = engineDocuments["unused-suppression"], let severity = settings.severity(of: unused.document, in: profile) {
            for (index, cover) in covers.enumerated() where !used[index] {
                extra.append(Found(unused, severity, Finding(
                    cover.ruleRange, "This comment turns off '\(cover.rule)', but nothing here would be reported by it.",
                    help: "Remove the comment (or the rule's name from it) so that stale exceptions do not pile up.")))
            }
        }
        return kept + extra
    }

    /// What a suppression comment turns off: a rule (or `all`) over some lines, named at `ruleRange`.
    struct Cover {
        var rule: String
        var lines: ClosedRange<Int>
        var ruleRange: SourceRange
    }

    /// The most covers whose every one is tried for every finding (`uncovered`); above it,
    /// findings try only those naming their rule or `all` (`uncoveredByRule`), which costs a
    /// dictionary of the covers first.
    static let fewCovers = 8

    /// The findings that no cover holds, in order; `used` marks each cover that holds one. A cover
    /// holds a finding when it names the finding's
    /// rule or `all` and its lines hold the finding's line (`line(of:)` of its start); a finding
    /// is credited to the first such cover. Every cover is tried for every finding.
    static func uncovered(
        _ findings: [Found], covers: [Cover], used: inout [Bool], line: (Int) -> Int
    ) -> [Found] {
        var kept: [Found] = []
        for entry in findings {
            // The finding's line is found only when a cover names its rule: a huge record's
            // findings are many, and finding a line searches all of its lines.
            var findingLine = -1
            if let cover = covers.firstIndex(where: { cover in
                guard cover.rule == entry.rule.id || cover.rule == "all" else { return false }
                if findingLine < 0 { findingLine = line(entry.finding.range.start) }
                return cover.lines.contains(findingLine)
            }) {
                used[cover] = true
                continue
            }
            kept.append(entry)
        }
        return kept
    }

    /// `uncovered(_:covers:used:line:)`, each finding trying only the covers naming its
    /// rule and those naming `all`, the two lists read together in the covers' order. (Trying
    /// every cover compared two strings a cover: a huge record's thousands of findings and
    /// hundreds of comments made millions.)
    static func uncoveredByRule(
        _ findings: [Found], covers: [Cover], used: inout [Bool], line: (Int) -> Int
    ) -> [Found] {
        var coversByRule: [String: [Int]] = [:]
        var coversOfAll: [Int] = []
        for (index, cover) in covers.enumerated() {
            if cover.rule == "all" {
                coversOfAll.append(index)
            } else {
                coversByRule[cover.rule, default: []].append(index)
            }
        }
        // The covers of the last finding's rule: findings come a rule at a time, and a rule's
        // document is one object, whose id does not change.
        var lastRule: Rule?
        var ruleCovers: [Int] = []
        // A rule with many covers (its own and `all`'s) has them searched, not walked: each of
        // thousands of findings once tried thousands of covers. Made once for each such rule.
        var searched: [String: FirstCovers] = [:]
        var ruleSearch: FirstCovers?
        var kept: [Found] = []
        for entry in findings {
            if entry.rule !== lastRule {
                lastRule = entry.rule
                ruleCovers = coversByRule[entry.rule.id] ?? []
                ruleSearch = nil
                if ruleCovers.count + coversOfAll.count > Linter.walkedCovers {
                    if let made = searched[entry.rule.id] {
                        ruleSearch = made
                    } else {
                        let made = FirstCovers(ruleCovers + coversOfAll, of: covers)
                        searched[entry.rule.id] = made
                        ruleSearch = made
                    }
                }
            }
            if let ruleSearch {
                let found = ruleSearch.first(holding: line(entry.finding.range.start))
                if found >= 0 {
                    used[found] = true
                } else {
                    kept.append(entry)
                }
                continue
            }
            var findingLine = -1
            var found = -1
            var inRule = 0
            var inAll = 0
            while inRule < ruleCovers.count || inAll < coversOfAll.count {
                let index: Int
                if inAll >= coversOfAll.count || (inRule < ruleCovers.count && ruleCovers[inRule] < coversOfAll[inAll]) {
                    index = ruleCovers[inRule]
                    inRule += 1
                } else {
                    index = coversOfAll[inAll]
                    inAll += 1
                }
                if findingLine < 0 { findingLine = line(entry.finding.range.start) }
                if covers[index].lines.contains(findingLine) {
                    found = index
                    break
                }
            }
            if found >= 0 {
                used[found] = true
                continue
            }
            kept.append(entry)
        }
        return kept
    }

    /// The most covers a finding walks through in `uncoveredByRule`; above it, they are searched
    /// (`FirstCovers`).
    static let walkedCovers = 32

    /// The first (lowest-index) of some covers that holds a line, by a binary search: the covers'
    /// line ranges cut the lines into stretches, each held by the same covers throughout, and each
    /// stretch keeps the first cover holding it. For a rule with many covers, so that a finding
    /// costs a search, not a walk through every cover (thousands of comments turning a rule off
    /// here and there, and thousands of its findings elsewhere, cost their product).
    struct FirstCovers {
        /// The first line of each stretch, in increasing order; a stretch runs up to the next one's.
        private let starts: [Int]
        /// The first cover holding each stretch (an index into the covers), or -1.
        private let first: [Int]

        /// The stretches of the covers at `indexes` (each once) of `covers`.
        init(_ indexes: [Int], of covers: [Cover]) {
            var bounds: [Int] = []
            bounds.reserveCapacity(indexes.count * 2)
            for index in indexes {
                let lines = covers[index].lines
                bounds.append(lines.lowerBound)
                if lines.upperBound < Int.max { bounds.append(lines.upperBound + 1) }
            }
            bounds.sort()
            var starts: [Int] = []
            starts.reserveCapacity(bounds.count)
            for bound in bounds where starts.last != bound { starts.append(bound) }
            var first = [Int](repeating: -1, count: starts.count)
            // Each stretch is given the first cover holding it, the covers taken lowest index
            // first; `next` skips the stretches given already (a union-find: every stretch is
            // given once, so the whole costs about as much as the covers and stretches).
            var next = Array(0...starts.count)
            for index in indexes.sorted() {
                let lines = covers[index].lines
                let end = lines.upperBound < Int.max ? FirstCovers.place(of: lines.upperBound + 1, in: starts) : starts.count
                var stretch = FirstCovers.place(of: lines.lowerBound, in: starts)
                while true {
                    // The first stretch at or after `stretch` not given yet, halving the paths read.
                    while next[stretch] != stretch {
                        next[stretch] = next[next[stretch]]
                        stretch = next[stretch]
                    }
                    guard stretch < end else { break }
                    first[stretch] = index
                    next[stretch] = stretch + 1
                }
            }
            self.starts = starts
            self.first = first
        }

        /// The index in `starts` of the first value not below `value`.
        static func place(of value: Int, in starts: [Int]) -> Int {
            starts.partitionPoint { $0 < value }
        }

        /// The first cover holding `line`, or -1.
        func first(holding line: Int) -> Int {
            // The last stretch starting at or before the line.
            let after = FirstCovers.place(of: line + 1, in: starts)
            return after == 0 ? -1 : first[after - 1]
        }
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
        let target = targetIsASCII ? [] : Array(id)
        let length = targetIsASCII ? id.utf8.count : target.count
        let limit = max(2, length / 3)
        var best: (id: String, distance: Int)?
        for candidate in ids {
            let candidateIsASCII = isASCII(candidate)
            // The distance is at least the difference in length: a candidate too long or too short
            // to be near is passed over without the table (an unclosed comment can name thousands).
            guard abs((candidateIsASCII ? candidate.utf8.count : candidate.count) - length) <= limit else { continue }
            if targetIsASCII && candidateIsASCII {
                // Only a candidate nearer than the best so far, and within the limit, can be the
                // answer: the table is given up once every distance in a row is beyond that.
                let bound = min(limit, (best?.distance ?? Int.max) - 1)
                guard bound >= 0 else { continue }
                let found = Linter.asciiDistance(id, candidate, atMost: bound)
                if found <= bound { best = (candidate, found) }
                continue
            }
            let found = distance(targetIsASCII ? Array(id) : target, Array(candidate))
            if found < best?.distance ?? Int.max { best = (candidate, found) }
        }
        guard let best, best.distance <= limit else { return nil }
        return best.id
    }

    /// The fewest bytes to insert, delete or change to make one ASCII text the other: the
    /// distance `closest(to:in:)` compares ASCII ids by. Read in place, one row of the table kept
    /// on the stack: copying each candidate's bytes into an array and the table's two rows cost
    /// most of a record's time when its comments name unknown rules. A distance beyond `bound` is
    /// answered as some number beyond it, once a row of the table is all beyond it (a row's least
    /// value never falls in the rows after it).
    static func asciiDistance(_ first: String, _ second: String, atMost bound: Int = Int.max) -> Int {
        var first = first
        var second = second
        return first.withUTF8 { a in
            second.withUTF8 { b in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: b.count + 1) { row in
                    // `row[j]`: the distance from the bytes of `a` read so far to `b[..<j]`.
                    for j in 0...b.count { row.initializeElement(at: j, to: j) }
                    for i in 0..<a.count {
                        // `diagonal`: the row before's value at `j`, where this row's is written over it.
                        var diagonal = row[0]
                        row[0] = i + 1
                        var least = row[0]
                        let x = a[i]
                        for j in 0..<b.count {
                            let above = row[j + 1]
                            let value = Swift.min(above + 1, row[j] + 1, diagonal + (x == b[j] ? 0 : 1))
                            row[j + 1] = value
                            least = Swift.min(least, value)
                            diagonal = above
                        }
                        if least > bound { return least }
                    }
                    return row[b.count]
                }
            }
        }
    }
}
