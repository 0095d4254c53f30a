import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The exit status (SPEC 5).
public enum ExitCode: Int32, Sendable {
    /// No error-severity finding (and within `--strict` / `--max-warnings`).
    case success = 0
    /// At least one failing finding.
    case failure = 1
    /// A usage or configuration error, or an input that could not be read.
    case trouble = 2
}

/// Runs the command line: the whole program but for `main.swift`.
public struct Runner {
    /// Where output goes.
    public var standardOutput: OutputSink
    /// Where messages about the run itself go.
    public var standardError: OutputSink
    /// The environment (`NO_COLOR`).
    public var environment: [String: String]
    /// Whether standard output is a terminal (for `--color auto`).
    public var outputIsTerminal: Bool
    /// The folder relative paths are read from.
    public var workingDirectory: String

    /// A runner writing to the process's standard output and error.
    public init() {
        standardOutput = OutputSink(descriptor: 1)
        standardError = OutputSink(descriptor: 2)
        // Only `NO_COLOR` is read: copying the whole environment into a dictionary cost more
        // than a thousand records' worth of start-up.
        environment = getenv("NO_COLOR").map { ["NO_COLOR": String(cString: $0)] } ?? [:]
        outputIsTerminal = isatty(1) == 1
        workingDirectory = FileManager.default.currentDirectoryPath
    }

    /// A runner writing to the given sinks (for tests).
    public init(standardOutput: OutputSink, standardError: OutputSink, environment: [String: String] = [:], outputIsTerminal: Bool = false, workingDirectory: String = ".") {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.environment = environment
        self.outputIsTerminal = outputIsTerminal
        self.workingDirectory = workingDirectory
    }

    /// Runs a command line (without the program name) and returns the exit status: 2 if what
    /// was to go to standard output could not all be written (a full disk, a closed pipe), said on
    /// standard error, whatever else the run found.
    public func run(_ arguments: [String]) -> ExitCode {
        var status = runCommand(arguments)
        standardOutput.flush()
        if let failure = standardOutput.failure {
            standardError.write("error: the output could not be written: \(failure)\n")
            status = .trouble
        }
        standardError.flush()
        return status
    }

    /// Runs a command line, leaving standard output and standard error to be flushed.
    private func runCommand(_ arguments: [String]) -> ExitCode {
        let parsed: Arguments
        do {
            parsed = try Arguments(arguments)
        } catch {
            standardError.write("\(error)\n")
            return .trouble
        }
        switch parsed.command {
        case .version:
            standardOutput.write("meetinglint \(MeetingLint.version)\n")
            return .success
        case .help:
            standardOutput.write(Arguments.help + "\n")
            return .success
        case .rules, .explain, .new:
            return runInformation(parsed)
        case .check:
            return runCheck(parsed)
        }
    }

    /// Loads the catalogue and settings that configuration and options ask for.
    func prepare(_ arguments: Arguments) throws -> (Catalogue, RuleSettings, Configuration?) {
        var configuration: Configuration?
        let configPath: String?
        if let explicit = arguments.configPath {
            configPath = explicit
        } else {
            let start = arguments.paths.first { $0 != "-" }.map { path -> String in
                var isDirectory = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory { return path }
                let parent = path.pathDeletingLastComponent
                return parent.isEmpty ? "." : parent
            } ?? "."
            configPath = Configuration.discover(from: start)
        }
        if let configPath {
            guard let data = FileManager.default.contents(atPath: configPath) else {
                throw ConfigurationError(path: configPath, line: 0, message: "the configuration file could not be read")
            }
            configuration = try Configuration(path: configPath, text: String(decoding: data, as: UTF8.self))
        }
        var catalogue = Catalogue.builtIn
        if let folder = configuration?.rulesDirectory {
            let files = try RulePack.load(folder: folder)
            catalogue = catalogue.adding(files: files)
            try RulePack.validate(files, folder: folder, vocabulary: catalogue.vocabulary)
        }
        try configuration?.validate(against: catalogue)
        var settings = RuleSettings()
        configuration?.apply(to: &settings)
        for rule in arguments.enable + arguments.disable + arguments.severities.map(\.rule) where catalogue.rules[rule] == nil {
            let hint = Linter.closest(to: rule, in: catalogue.ruleIDs).map { " Did you mean '\($0)'?" } ?? ""
            throw UsageError("unknown rule '\(rule)'.\(hint) 'meetinglint rules' lists them")
        }
        for rule in arguments.enable { settings.enabled.insert(rule) }
        for rule in arguments.disable { settings.commandLine[rule] = .some(nil) }
        for (rule, severity) in arguments.severities { settings.commandLine[rule] = .some(severity) }
        if let profile = arguments.profile {
            guard catalogue.profiles[profile] != nil else {
                throw UsageError("unknown profile '\(profile)': use one of \(catalogue.profiles.keys.sorted().joined(separator: ", "))")
            }
            settings.profileOverride = profile
        }
        return (catalogue, settings, configuration)
    }

    func runCheck(_ arguments: Arguments) -> ExitCode {
        let catalogue: Catalogue
        let settings: RuleSettings
        let configuration: Configuration?
        do {
            (catalogue, settings, configuration) = try prepare(arguments)
        } catch {
            standardError.write("\(error)\n")
            return .trouble
        }
        let linter = Linter(catalogue: catalogue, settings: settings)
        var walker = FileWalker(arguments.paths.isEmpty ? ["."] : arguments.paths)
        if let configuration, !configuration.exclude.isEmpty {
            let patterns = configuration.exclude
            let base = configuration.directory
            walker.isExcluded = { path in ExcludePattern.matches(path, patterns: patterns, base: base) }
        }
        // The first two items, to know whether the run is of one record (an HTML report then shows it).
        var firstItems: [FileWalker.Item] = []
        while firstItems.count < 2, let item = walker.next() { firstItems.append(item) }
        var items = firstItems.makeIterator()
        let single = firstItems.count == 1 && firstItems.allSatisfy { if case .file = $0 { true } else { false } }

        var options = ReportOptions()
        options.redact = arguments.redact
        options.summary = arguments.summary
        options.catalogue = catalogue
        let colourWanted: Bool
        switch arguments.color {
        case .always: colourWanted = true
        case .never: colourWanted = false
        case .auto: colourWanted = outputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty
        }
        options.color = colourWanted && (environment["NO_COLOR"] ?? "").isEmpty || arguments.color == .always

        // What can fail comes before any output begins, so a bad baseline or an unwritable file
        // leaves no half-written report behind: the baseline is read, then every file to write is
        // opened (and emptied only once all of them have opened).
        var baseline: Baseline?
        if let path = arguments.baseline {
            do {
                baseline = try Baseline(path: path)
            } catch {
                standardError.write("\(error)\n")
                return .trouble
            }
        }
        var targets = arguments.reports.map { (path: $0.path, what: "report file") }
        if let path = arguments.writeBaseline { targets.append((path, "baseline")) }
        var files: [OutputSink]
        do {
            files = try OutputSink.files(targets)
        } catch {
            standardError.write("\(error)\n")
            return .trouble
        }
        let baselineSink = arguments.writeBaseline == nil ? nil : files.removeLast()
        var accepted: [Baseline.Key: Int]? = baselineSink == nil ? nil : [:]

        var outputs: [(reporter: any Reporter, sink: OutputSink)] = [(arguments.format.reporter(options), standardOutput)]
        var plainOptions = options
        plainOptions.color = false
        for (report, sink) in zip(arguments.reports, files) { outputs.append((report.format.reporter(plainOptions), sink)) }
        for index in outputs.indices { outputs[index].sink.write(outputs[index].reporter.begin()) }

        var summary = RunSummary()
        var unreadable = 0
        // Cleaned as a path given would be (`./draft.md` is `draft.md`), so baselines match either way.
        let stdinName = arguments.stdinName.map(FileWalker.clean) ?? "<stdin>"
        let keepText = single && (arguments.format == .html || arguments.reports.contains { $0.format == .html })
        // Only the parts of each finding's line that some output or baseline reads are worked
        // out (baselines key findings by the line's hash).
        var wanted = arguments.reports.reduce(arguments.format.details) { $0.union($1.format.details) }
        if baseline != nil || baselineSink != nil { wanted.insert(.line) }
        let details = wanted
        let quiet = arguments.quiet
        // One record needs no threads.
        let jobs = single ? 1 : arguments.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        func consume(_ result: RecordResult) {
            var result = result
            // The new baseline holds every current finding, those the old one accepts included.
            if accepted != nil {
                for diagnostic in result.diagnostics { accepted?[Baseline.key(diagnostic, path: result.path), default: 0] += 1 }
            }
            baseline?.filter(&result)
            if quiet { result.diagnostics = result.diagnostics.filter { $0.severity == .error } }
            if let failure = result.failure {
                standardError.write("\(result.path): error: \(failure)\n")
                unreadable += 1
            }
            summary.add(result)
            for index in outputs.indices {
                let sink = outputs[index].sink
                sink.write { buffer in outputs[index].reporter.record(result, into: &buffer) }
            }
        }
        // Paths that could not be walked are reported like records that could not be read, in
        // every format, where the walk met them.
        var remaining = walker
        Runner.forEachResult(items: AnyIterator { items.next() ?? remaining.next() }, jobs: jobs, check: { item in
            switch item {
            case .file(let path):
                return Runner.checkOne(path, linter: linter, stdinName: stdinName, keepText: keepText, details: details)
            case .problem(let problem):
                return RecordResult(path: problem.path, profile: "", meetingDate: nil, diagnostics: [], failure: problem.reason)
            }
        }, consume: consume)
        var unwritten = false
        for index in outputs.indices {
            outputs[index].sink.write(outputs[index].reporter.end(summary))
            outputs[index].sink.flush()
            // Standard output's failure is told by `run`.
            if index > 0, let failure = outputs[index].sink.failure {
                standardError.write("\(OutputFileError(path: arguments.reports[index - 1].path, what: "report file", reason: failure))\n")
                unwritten = true
            }
        }
        if let baseline, let path = arguments.baseline {
            let stale = baseline.stale
            // Each entry on its own line while they are few; past that, only the count.
            if stale.count <= Runner.staleEntriesListed {
                for (key, count) in stale {
                    let what = count == 1 ? "a '\(key.rule)' finding that is" : plural(count, "'\(key.rule)' finding") + " that are"
                    standardError.write("\(key.path): note: the baseline accepts \(what) no longer there\n")
                }
            }
            let findings = stale.reduce(0) { $0 + $1.count }
            if findings > 0 {
                standardError.write(
                    "note: \(plural(findings, "finding")) listed in \(path) \(findings == 1 ? "is" : "are") no longer there; "
                        + "to drop \(findings == 1 ? "it" : "them"), run again with --write-baseline \(path) on the same files\n")
            }
        }
        if let baselineSink, let path = arguments.writeBaseline, let accepted {
            baselineSink.write(Baseline.text(accepted))
            baselineSink.flush()
            if let failure = baselineSink.failure {
                standardError.write("\(OutputFileError(path: path, what: "baseline", reason: failure))\n")
                return .trouble
            }
            standardError.write("note: wrote \(plural(accepted.values.reduce(0, +), "finding")) to the baseline \(path)\n")
            return unreadable > 0 || unwritten ? .trouble : .success
        }
        if unreadable > 0 || unwritten { return .trouble }
        if summary.errors > 0 { return .failure }
        if arguments.strict, summary.warnings > 0 { return .failure }
        if let limit = arguments.maxWarnings, summary.warnings > limit { return .failure }
        return .success
    }

    /// How many stale baseline entries are listed one by one; past this, only their count.
    static let staleEntriesListed = 10

    /// Checks one path (or standard input for `-`).
    static func checkOne(_ path: String, linter: Linter, stdinName: String, keepText: Bool, details: DiagnosticDetails = .all) -> RecordResult {
        let shownPath = path == "-" ? stdinName : path
        let read = path == "-" ? RecordReader.readStandardInput() : RecordReader.read(path)
        switch read {
        case .failure(let failure):
            return RecordResult(path: shownPath, profile: "", meetingDate: nil, diagnostics: [], failure: failure.description)
        case .success(let bytes):
            return linter.check(SourceFile(path: shownPath, bytes: bytes), keepText: keepText, details: details)
        }
    }

    /// Checks the walk's items on `jobs` threads and hands results to `consume` in the walk's order,
    /// holding at most a small window of items taken and results finished, so memory stays flat
    /// however many files there are. The walk itself is only ever read by one thread at a time.
    static func forEachResult(
        items: AnyIterator<FileWalker.Item>, jobs: Int, check: @escaping @Sendable (FileWalker.Item) -> RecordResult,
        consume: (RecordResult) -> Void
    ) {
        guard jobs > 1 else {
            for item in items { consume(check(item)) }
            return
        }
        let queue = OrderedResults(items: items, window: jobs * 8)
        let group = DispatchGroup()
        for _ in 1..<jobs {
            group.enter()
            startThread {
                while let (index, item) = queue.take() { queue.put(index, check(item)) }
                group.leave()
            }
        }
        // This thread is a worker too, and the writer: it hands on every result that is ready in
        // order, checks an item while there is room, and waits only when it can do neither. (A
        // writer thread of its own would be woken for every record and take a core's time from
        // the workers.)
        writing: while true {
            while let result = queue.nextReady() { consume(result) }
            switch queue.tryTake() {
            case .item(let index, let item):
                queue.put(index, check(item))
            case .full, .finished:
                guard let result = queue.next() else { break writing }
                consume(result)
            }
        }
        group.wait()
    }

    func runInformation(_ arguments: Arguments) -> ExitCode {
        let catalogue: Catalogue
        do {
            (catalogue, _, _) = try prepare(arguments)
        } catch {
            standardError.write("\(error)\n")
            return .trouble
        }
        switch arguments.command {
        case .rules:
            standardOutput.write(Information.rulesTable(catalogue))
            return .success
        case .explain(let rule):
            guard let document = catalogue.rules[rule] else {
                let hint = Linter.closest(to: rule, in: catalogue.ruleIDs).map { " Did you mean '\($0)'?" } ?? ""
                standardError.write("error: unknown rule '\(rule)'.\(hint) 'meetinglint rules' lists them\n")
                return .trouble
            }
            standardOutput.write(Information.explain(document))
            return .success
        case .new(let profile, let example):
            let id = profile ?? "generic"
            guard let found = catalogue.profiles[id] else {
                standardError.write("error: unknown profile '\(id)': use one of \(catalogue.profiles.keys.sorted().joined(separator: ", "))\n")
                return .trouble
            }
            standardOutput.write(Templates.record(for: found, catalogue: catalogue, example: example))
            return .success
        default:
            return .trouble
        }
    }
}

/// The walk's items handed out to workers, and their finished results waiting to be written in
/// order; workers block when too far ahead of the writer.
///
/// Two locks: `walking` is held while the walk is read, and `condition` guards the rest. The walk
/// reads the file system (a folder's names, a `.gitignore`), and while it held the one lock, a
/// thread storing or writing a result had to wait for it and was put to sleep. No thread waits on
/// `condition` while it holds `walking`, so the writer may wait for `walking` without deadlock.
final class OrderedResults: @unchecked Sendable {
    private let walking = Lock()
    private let condition = Condition()
    /// Read only while `walking` is held.
    private var items: AnyIterator<FileWalker.Item>
    /// Under `condition`.
    private var exhausted = false
    /// Finished results waiting to be written, the result of item `index` at `index % window`:
    /// an item is only taken while it is less than `window` ahead of the next to write, so no
    /// two waiting results share a slot (and no result is hashed into a dictionary under the lock).
    /// Under `condition`, as are the two counts.
    private var slots: [RecordResult?]
    /// Changed only while both locks are held, so the holder of `walking` may count on it.
    private var nextToTake = 0
    /// Changed by the writer; it only grows.
    private var nextToEmit = 0
    private let window: Int

    init(items: AnyIterator<FileWalker.Item>, window: Int) {
        self.items = items
        self.window = max(1, window)
        slots = Array(repeating: nil, count: max(1, window))
    }

    /// The next item to check and its place in the order, or nil when the walk is over.
    func take() -> (Int, FileWalker.Item)? {
        while true {
            condition.lock()
            while !exhausted, nextToTake >= nextToEmit + window { condition.wait() }
            let over = exhausted
            condition.unlock()
            if over { return nil }
            walking.lock()
            defer { walking.unlock() }
            // Another thread may have taken the room meanwhile; then wait for room again.
            switch takeWhileWalking() {
            case .item(let index, let item): return (index, item)
            case .finished: return nil
            case .full: continue
            }
        }
    }

    /// What `tryTake` found.
    enum Taken {
        /// An item to check, and its place in the order.
        case item(Int, FileWalker.Item)
        /// No room: too far ahead of the writer.
        case full
        /// The walk is over.
        case finished
    }

    /// The next item to check, without waiting for room (for the writer, which makes the room).
    /// It may wait for another thread's step of the walk.
    func tryTake() -> Taken {
        walking.lock()
        defer { walking.unlock() }
        return takeWhileWalking()
    }

    /// Takes the next item if there is room; `walking` must be held. The walk's step runs
    /// outside `condition`.
    private func takeWhileWalking() -> Taken {
        condition.lock()
        if exhausted {
            condition.unlock()
            return .finished
        }
        let full = nextToTake >= nextToEmit + window
        condition.unlock()
        // Room only grows while `walking` is held: only its holder takes.
        if full { return .full }
        let item = items.next()
        condition.lock()
        defer { condition.unlock() }
        guard let item else {
            exhausted = true
            condition.broadcast()
            return .finished
        }
        nextToTake += 1
        return .item(nextToTake - 1, item)
    }

    /// Stores a finished result, waking the writer only if it is the one it waits for.
    func put(_ index: Int, _ result: RecordResult) {
        condition.lock()
        slots[index % window] = result
        if index == nextToEmit { condition.broadcast() }
        condition.unlock()
    }

    /// The next result in order if it is ready, without waiting.
    func nextReady() -> RecordResult? {
        condition.lock()
        defer { condition.unlock() }
        guard let result = slots[nextToEmit % window] else { return nil }
        slots[nextToEmit % window] = nil
        nextToEmit += 1
        condition.broadcast()
        return result
    }

    /// The next result in order, waiting for it if need be; nil when every item's result is out.
    func next() -> RecordResult? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result = slots[nextToEmit % window] {
                slots[nextToEmit % window] = nil
                nextToEmit += 1
                condition.broadcast()
                return result
            }
            if exhausted, nextToEmit >= nextToTake { return nil }
            condition.wait()
        }
    }
}

/// Buffered output to a file descriptor (or a string, for tests).
public final class OutputSink: @unchecked Sendable {
    private var buffer: [UInt8] = []
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// Everything written, when the sink collects rather than writes (tests).
    public private(set) var collected: String?
    /// Why writing failed (`No space left on device`, …), if it did: what was to be written from
    /// then on is dropped.
    public private(set) var failure: String?

    /// A sink writing to an open descriptor.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        ownsDescriptor = false
    }

    /// A sink collecting text in memory.
    public init() {
        descriptor = -1
        ownsDescriptor = false
        collected = ""
    }

    /// A sink writing to a descriptor it closes when done.
    private init(owning descriptor: Int32) {
        self.descriptor = descriptor
        ownsDescriptor = true
    }

    /// Sinks writing to files, one for each target, in order — or none: if one cannot be opened,
    /// throws an `OutputFileError` naming it and the system's reason. Each file is created if need
    /// be, but emptied only once every one has opened, so a failure destroys nothing.
    static func files(_ targets: [(path: String, what: String)]) throws -> [OutputSink] {
        var descriptors: [Int32] = []
        for target in targets {
            let opened = open(target.path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
            guard opened >= 0 else {
                let reason = String(cString: strerror(errno))
                for descriptor in descriptors { close(descriptor) }
                throw OutputFileError(path: target.path, what: target.what, reason: reason)
            }
            descriptors.append(opened)
        }
        // A terminal or a pipe (`/dev/stderr`) cannot be emptied, and need not be.
        for descriptor in descriptors { _ = ftruncate(descriptor, 0) }
        return descriptors.map { OutputSink(owning: $0) }
    }

    deinit {
        flush()
        if ownsDescriptor { close(descriptor) }
    }

    /// Adds text; writes it out once enough has gathered.
    public func write(_ text: String) {
        if collected != nil {
            collected? += text
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Lets `body` append bytes to what has gathered (no `String` in between); writes it out
    /// once enough has gathered.
    func write(_ body: (inout [UInt8]) -> Void) {
        if collected != nil {
            var bytes: [UInt8] = []
            body(&bytes)
            collected? += String(decoding: bytes, as: UTF8.self)
            return
        }
        body(&buffer)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes out what has gathered.
    public func flush() {
        guard descriptor >= 0, !buffer.isEmpty else { return }
        if failure == nil {
            var offset = 0
            buffer.withUnsafeBytes { raw in
                while offset < raw.count {
                    let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = String(cString: strerror(errno))
                        break
                    }
                    offset += written
                }
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A file meetinglint was asked to write (a report, a baseline) that could not be opened.
struct OutputFileError: Error, CustomStringConvertible {
    /// The file as given.
    var path: String
    /// What it was to hold: `report file`, `baseline`.
    var what: String
    /// The system's reason (`Permission denied`, `No such file or directory`, …).
    var reason: String

    /// `path: error: the report file could not be written: reason`.
    var description: String { "\(path): error: the \(what) could not be written: \(reason)" }
}
