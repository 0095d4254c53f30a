import Foundation
import Testing

@testable import MeetingLintCore

/// A throwaway folder of records for command-line tests.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("meetinglint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }
}

/// Runs the command line in-process and returns (status, standard output, standard error).
func run(_ arguments: [String], in directory: String = ".", environment: [String: String] = [:]) -> (ExitCode, String, String) {
    let output = OutputSink()
    let errors = OutputSink()
    let runner = Runner(standardOutput: output, standardError: errors, environment: environment, workingDirectory: directory)
    let status = runner.run(arguments)
    return (status, output.collected ?? "", errors.collected ?? "")
}

/// The `meetinglint` executable built beside the test bundle, if it is there.
func builtBinary() -> URL? {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = folder.appendingPathComponent("meetinglint")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        folder = folder.deletingLastPathComponent()
    }
    return nil
}

/// A record that meets every standard for its profile: the `tac` profile's example.
let cleanRecord = Catalogue.builtIn.profiles["tac"]?.example ?? ""

@Suite struct DriverTests {
    /// README's example record gives the output README shows, excerpt and summary line alike.
    @Test func readmeExampleOutputIsTheRealOutput() throws {
        let readme = try String(contentsOf: Snapshot.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        func block(_ fence: String, after marker: String) throws -> String {
            let start = try #require(readme.range(of: marker)).upperBound
            let open = try #require(readme.range(of: "```" + fence + "\n", range: start..<readme.endIndex)).upperBound
            let close = try #require(readme.range(of: "\n```", range: open..<readme.endIndex)).lowerBound
            return String(readme[open..<close])
        }
        let record = try block("markdown", after: "A record is a markdown file:")
        let shown = try block("text", after: "and meetinglint says")
        let scratch = try Scratch()
        let path = try scratch.write("leo.md", record + "\n")
        let output = run([path, "--color", "never"]).1.replacingOccurrences(of: scratch.path + "/", with: "")
        for paragraph in shown.components(separatedBy: "\n\n") {
            #expect(output.contains(paragraph + "\n"), "README shows output meetinglint does not give:\n\(paragraph)")
        }
        let summary = try #require(readme.range(of: "ending with the summary line `"))
        let line = readme[summary.upperBound...].prefix { $0 != "`" }
        #expect(output.hasSuffix("\n" + line + "\n"), "README's summary line is not the real one")
    }

    @Test func cleanRecordExitsZero() throws {
        let scratch = try Scratch()
        let path = try scratch.write("clean.md", cleanRecord)
        let (status, output, errors) = run([path])
        #expect(status == .success, "\(output)\(errors)")
        #expect(output.hasSuffix("0 errors, 0 warnings in 0 of 1 record (1 clean)\n"))
    }

    @Test func errorsExitOne() throws {
        let scratch = try Scratch()
        let path = try scratch.write("bad.md", cleanRecord.replacingOccurrences(of: "## Contingency plan", with: "## Notes"))
        let (status, output, _) = run([path, "--format", "oneline"])
        #expect(status == .failure)
        #expect(output.contains("\(path):1:1: error: The record has no contingency plan"))
    }

    @Test func unreadableInputExitsTwoButTheRestIsStillChecked() throws {
        let scratch = try Scratch()
        let good = try scratch.write("a.md", cleanRecord)
        let missing = scratch.path + "/missing.md"
        let (status, output, errors) = run([good, missing])
        #expect(status == .trouble)
        #expect(errors.contains("missing.md: error: No such file or directory"))
        #expect(output.contains("in 0 of 1 record (1 clean)"))
    }

    @Test func binaryFilesAreReportedNotChecked() throws {
        let scratch = try Scratch()
        let path = scratch.path + "/image.md"
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: path))
        let (status, _, errors) = run([path])
        #expect(status == .trouble)
        #expect(errors.contains("is not a text file"))
    }

    /// A record saved as UTF-16 ("Unicode" in Notepad and Word) is named as such, with how to fix
    /// it, rather than called binary for the NUL bytes of its ASCII letters; the run goes on.
    @Test func utf16RecordsAreNamedAndNotChecked() throws {
        let scratch = try Scratch()
        let text = "# Child in Need review\n\nChair: Ms R. Okafor\n"
        var little: [UInt8] = [0xFF, 0xFE]
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        try Data(little).write(to: URL(fileURLWithPath: scratch.path + "/little.md"))
        try Data(big).write(to: URL(fileURLWithPath: scratch.path + "/big.md"))
        let clean = try scratch.write("clean.md", cleanRecord)
        let (status, output, errors) = run([scratch.path + "/little.md", scratch.path + "/big.md", clean, "--format", "oneline"])
        #expect(status == .trouble)
        for name in ["little.md", "big.md"] {
            #expect(errors.contains("\(name): error: is saved as UTF-16 text (\"Unicode\" in Notepad and Word), so it was not checked: save it again as UTF-8 text and check it again"))
        }
        #expect(!errors.contains("binary"))
        #expect(output.contains("in 0 of 1 record (1 clean)"))
        // UTF-8 with its own byte-order mark is checked as ever.
        let marked = scratch.path + "/marked.md"
        try Data([0xEF, 0xBB, 0xBF] + Array(cleanRecord.utf8)).write(to: URL(fileURLWithPath: marked))
        #expect(run([marked]).0 == .success)
    }

    @Test func usageErrorsExitTwo() {
        #expect(run(["--format", "xml"]).0 == .trouble)
        #expect(run(["--bogus"]).2.contains("unknown option '--bogus'"))
        #expect(run(["--disable", "child-vioce"]).2.contains("Did you mean 'child-voice'?"))
        #expect(run(["--jobs", "0"]).0 == .trouble)
        #expect(run(["explain"]).0 == .trouble)
    }

    @Test func versionAndHelp() {
        #expect(run(["--version"]).1 == "meetinglint \(MeetingLint.version)\n")
        let help = run(["--help"])
        #expect(help.0 == .success && help.1.contains("meetinglint explain RULE"))
    }

    @Test func strictAndMaxWarnings() throws {
        let scratch = try Scratch()
        let path = try scratch.write("warn.md", cleanRecord.replacingOccurrences(of: "## Purpose", with: "## Notes"))
        #expect(run([path]).0 == .success)
        #expect(run([path, "--strict"]).0 == .failure)
        #expect(run([path, "--max-warnings", "1"]).0 == .success)
        #expect(run([path, "--max-warnings", "0"]).0 == .failure)
        // The warning is there, and --quiet leaves it out (and out of the counts).
        #expect(run([path, "--format", "oneline"]).1.contains("warning: The record does not say why the meeting was held"))
        let quiet = run([path, "--quiet", "--format", "oneline"])
        #expect(quiet.0 == .success && quiet.1 == "0 errors, 0 warnings in 0 of 1 record (1 clean)\n")
    }

    @Test func standardInputWithAName() throws {
        let binary = try #require(builtBinary(), "the meetinglint binary is built beside the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["-", "--stdin-name", "draft.md", "--format", "oneline"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("# Notes\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(text.hasPrefix("draft.md:1:1: "))
    }

    @Test func foldersAreWalkedInSortedOrderSkippingHiddenFoldersAndOtherFiles() throws {
        let scratch = try Scratch()
        try scratch.write("b/two.md", "# Two\n")
        try scratch.write("a/one.markdown", "# One\n")
        try scratch.write("a/notes.txt", "# Not a record\n")
        try scratch.write(".hidden/three.md", "# Hidden\n")
        try scratch.write("Z.MD", "# Upper\n")
        let (_, output, _) = run([scratch.path, "--format", "json"])
        let paths = output.components(separatedBy: "\"path\":\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(paths == [scratch.path + "/Z.MD", scratch.path + "/a/one.markdown", scratch.path + "/b/two.md"].map { Substring($0) })
    }

    /// Every item of a walk, as `file:PATH` or `problem:PATH`, relative to the scratch folder.
    static func walk(_ paths: [String], in scratch: Scratch) -> [String] {
        var walker = FileWalker(paths)
        var items: [String] = []
        while let item = walker.next() {
            switch item {
            case .file(let path): items.append("file:" + path.replacingOccurrences(of: scratch.path + "/", with: ""))
            case .problem(let problem): items.append("problem:" + problem.path.replacingOccurrences(of: scratch.path + "/", with: ""))
            }
        }
        return items
    }

    @Test func aFolderIsWalkedInNameOrderAndAFileNamedTwiceIsCheckedOnce() throws {
        let scratch = try Scratch()
        try scratch.write("a/b.md", "# B\n")
        try scratch.write("a-x/c.md", "# C\n")
        try scratch.write("a/z/d.md", "# D\n")
        try scratch.write("a/e.md", "# E\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/a/gone.md", withDestinationPath: scratch.path + "/nowhere.md")
        // Names in byte order within each folder, a subfolder where its name falls, and a problem
        // where the walk meets it.
        #expect(Self.walk([scratch.path], in: scratch) == ["file:a/b.md", "file:a/e.md", "problem:a/gone.md", "file:a/z/d.md", "file:a-x/c.md"])
        // A file named as well as found, and a folder given twice or inside another, count once.
        let named = Self.walk([scratch.path + "/a/e.md", scratch.path + "/a/", scratch.path + "/a/z", scratch.path + "/a"], in: scratch)
        #expect(named == ["file:a/b.md", "file:a/e.md", "problem:a/gone.md", "file:a/z/d.md"])
    }

    @Test func aFolderIsReadOnlyWhenTheWalkReachesIt() throws {
        // The walk holds only the folders it is in, not every path: a record written into a folder
        // the walk has not reached yet is still found.
        let scratch = try Scratch()
        try scratch.write("a/one.md", "# One\n")
        try FileManager.default.createDirectory(atPath: scratch.path + "/b", withIntermediateDirectories: true)
        var walker = FileWalker([scratch.path])
        #expect(walker.next() == .file(scratch.path + "/a/one.md"))
        try scratch.write("b/two.md", "# Two\n")
        #expect(walker.next() == .file(scratch.path + "/b/two.md"))
        #expect(walker.next() == nil)
    }

    @Test func symbolicLinkLoopsAreFollowedOnce() throws {
        let scratch = try Scratch()
        try scratch.write("records/one.md", "# One\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/records/loop", withDestinationPath: scratch.path + "/records")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/records/gone.md", withDestinationPath: scratch.path + "/nowhere.md")
        let (status, output, errors) = run([scratch.path + "/records", "--format", "oneline"])
        #expect(output.hasSuffix("in 1 of 1 record (0 clean); 1 could not be read\n"))
        #expect(errors.contains("gone.md: error: is a symbolic link to something that does not exist"))
        #expect(status == .trouble)
    }

    @Test func jsonIsOneDocumentInTheSpecShape() throws {
        let scratch = try Scratch()
        let path = try scratch.write("r.md", "# Notes\n")
        let (_, output, _) = run([path, "--format", "json", "--summary"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["tool"] as? String == "meetinglint")
        let records = try #require(object["records"] as? [[String: Any]])
        let diagnostic = try #require((records.first?["diagnostics"] as? [[String: Any]])?.first)
        #expect(Set(diagnostic.keys) == ["rule", "severity", "message", "line", "column", "endLine", "endColumn", "help", "guidance"])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["records"] as? Int == 1 && summary["clean"] as? Int == 0)
        #expect(summary["byRule"] is [String: Int] && summary["compliance"] is [String: Any])
    }

    @Test func colourOnlyWhenAskedOrOnATerminal() throws {
        let scratch = try Scratch()
        let path = try scratch.write("r.md", "# Notes\n")
        #expect(!run([path]).1.contains("\u{1B}["))
        #expect(run([path, "--color", "always"]).1.contains("\u{1B}["))
        let terminal = Runner(standardOutput: OutputSink(), standardError: OutputSink(), environment: ["NO_COLOR": "1"], outputIsTerminal: true)
        _ = terminal.run([path])
        #expect(!(terminal.standardOutput.collected ?? "").contains("\u{1B}["))
        let colourful = Runner(standardOutput: OutputSink(), standardError: OutputSink(), environment: [:], outputIsTerminal: true)
        _ = colourful.run([path])
        #expect((colourful.standardOutput.collected ?? "").contains("\u{1B}["))
    }

    @Test func outputIsTheSameWhateverTheJobs() throws {
        let scratch = try Scratch()
        for index in 0..<40 {
            try scratch.write("r\(index).md", index % 3 == 0 ? cleanRecord : "# Notes \(index)\n- Tom to do it ASAP\n")
        }
        let one = run([scratch.path, "--jobs", "1", "--format", "json"]).1
        let four = run([scratch.path, "--jobs", "4", "--format", "json"]).1
        #expect(one == four)
        #expect(one.contains("\"records\":40"))
    }

    /// Results come out in the walk's order whatever the threads' speeds, each item is checked
    /// once, and the writer (which checks items too) never waits on itself: with no items, one,
    /// and a walk's problem among them. Item 0 is slow, so the workers fill the window ahead of
    /// it and wait for the writer.
    @Test(.timeLimit(.minutes(1)), arguments: [2, 3, 8], [0, 1, 600])
    func resultsComeOutInOrderWhateverTheThreadsSpeeds(_ jobs: Int, _ count: Int) {
        let items = (0..<count).map { index in
            index == 5 ? FileWalker.Item.problem(FileWalker.Problem(path: "r5.md", reason: "unreadable")) : .file("r\(index).md")
        }
        let checked = CheckCounter()
        var order: [String] = []
        Runner.forEachResult(items: AnyIterator(items.makeIterator()), jobs: jobs, check: { item in
            checked.add()
            switch item {
            case .problem(let problem):
                return RecordResult(path: problem.path, profile: "", meetingDate: nil, diagnostics: [], failure: problem.reason)
            case .file(let path):
                // Uneven work, so results finish out of order; the first item slowest of all.
                if path == "r0.md" { usleep(20_000) }
                if path.hasSuffix("3.md") || path.hasSuffix("7.md") { usleep(200) }
                return RecordResult(path: path, profile: "", meetingDate: nil, diagnostics: [], failure: nil)
            }
        }, consume: { order.append($0.path) })
        #expect(order == (0..<count).map { "r\($0).md" })
        #expect(checked.value == count)
    }

    @Test func informationCommands() {
        let rules = run(["rules"])
        #expect(rules.0 == .success && rules.1.contains("child-voice") && rules.1.contains("error"))
        let explain = run(["explain", "child-voice"])
        #expect(explain.1.contains("## Why") && !explain.1.contains("↓"))
        #expect(run(["explain", "nope"]).0 == .trouble)
        let blank = run(["new", "core-group"])
        #expect(blank.1.contains("type: Child protection core group"))
        #expect(run(["new", "nope"]).0 == .trouble)
    }

    /// Runs the built binary in `directory` and returns (status, standard output, standard error).
    static func runBinary(_ binary: URL, _ arguments: [String], in directory: String) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text, errorText)
    }

    @Test func aWalkOfTheCurrentFolderNamesPathsAsNamingTheFolderDoes() throws {
        let binary = try #require(builtBinary(), "the meetinglint binary is built beside the tests")
        let scratch = try Scratch()
        try scratch.write("recs/a.md", "# Notes\n- Tom to do it ASAP\n")
        try scratch.write("top.md", "# Top\n")
        let walked = try Self.runBinary(binary, ["--format", "oneline"], in: scratch.path)
        let paths = Set(walked.1.split(separator: "\n").compactMap { $0.split(separator: ":").first.map(String.init) }.filter { $0.hasSuffix(".md") })
        #expect(paths == ["recs/a.md", "top.md"])
        // A file named as well as found in `.` is checked once.
        let twice = try Self.runBinary(binary, [".", "recs/a.md", "./top.md", "--format", "oneline"], in: scratch.path)
        #expect(twice.1 == walked.1)
        // A baseline written from one walk matches the other.
        _ = try Self.runBinary(binary, ["--write-baseline", "b.json"], in: scratch.path)
        let accepted = try Self.runBinary(binary, ["recs", "top.md", "--baseline", "b.json", "--format", "oneline"], in: scratch.path)
        #expect(accepted.0 == 0 && accepted.1 == "0 errors, 0 warnings in 0 of 2 records (2 clean)\n" && accepted.2 == "", "\(accepted)")
        let github = try Self.runBinary(binary, ["--format", "github"], in: scratch.path)
        #expect(github.1.contains("::error file=recs/a.md,line=1,"))
        // A name given for standard input is cleaned the same way.
        #expect(try Self.runBinary(binary, ["-", "--stdin-name", "./draft.md", "--format", "oneline"], in: scratch.path).1.hasPrefix("draft.md:1:1: "))
    }

    @Test func aPacksFieldAliasesResolveItsRequiredFields() throws {
        let scratch = try Scratch()
        try scratch.write(".meetinglint", "rules-dir = local\n")
        try scratch.write("local/fields.md", "---\nkind: vocabulary\n---\n## lead-professional\n- family navigator\n")
        try scratch.write("local/navigator.md", """
            ---
            kind: rule
            id: local-navigator
            severity: error
            summary: A family navigator is named.
            check: required-field
            field: family navigator
            message: The record does not name the family navigator.
            ---
            """)
        // The record names its lead professional under the canonical key; the pack calls it family navigator.
        let path = try scratch.write("r.md", cleanRecord)
        let (status, output, errors) = run([path, "--format", "oneline"])
        #expect(status == .success, "\(output)\(errors)")
        #expect(!output.contains("[local-navigator]"))
        let without = try scratch.write("s.md", cleanRecord.replacingOccurrences(of: "lead-professional: Jane Smith, Class teacher, Oak Primary School\n", with: ""))
        #expect(run([without, "--format", "oneline"]).1.contains("error: The record does not name the family navigator. [local-navigator]"))
    }

    @Test func embedRulesSkipsOnlyEngineYes() throws {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var tool: URL?
        for _ in 0..<4 where tool == nil {
            tool = ["embed-rules-tool", "embed-rules"].map { folder.appendingPathComponent($0) }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            folder = folder.deletingLastPathComponent()
        }
        let binary = try #require(tool, "embed-rules is built beside the tests")
        let scratch = try Scratch()
        try scratch.write("rules/by-engine.md", "---\nkind: rule\nid: by-engine\nengine: yes\n---\n")
        try scratch.write("rules/not-engine.md", "---\nkind: rule\nid: not-engine\nengine: no\n---\n")
        try scratch.write("rules/plain.md", "---\nkind: rule\nid: plain\n---\n")
        let (status, _, errors) = try Self.runBinary(binary, [scratch.path + "/rules", scratch.path + "/out.swift"], in: scratch.path)
        #expect(status == 0, "\(errors)")
        let source = try String(contentsOfFile: scratch.path + "/out.swift", encoding: .utf8)
        let registry = try #require(source.components(separatedBy: "enum Registry").last)
        #expect(registry.contains("NotEngine()") && registry.contains("Plain()") && !registry.contains("ByEngine()"))
    }

    @Test(arguments: ["tac", "cin", "core-group", "professionals", "generic"])
    func everyProfilesExamplePassesClean(_ profile: String) throws {
        let scratch = try Scratch()
        let example = run(["new", profile, "--example"]).1
        let path = try scratch.write("\(profile).md", example)
        let (status, output, _) = run([path, "--format", "oneline"])
        #expect(status == .success)
        #expect(output == "0 errors, 0 warnings in 0 of 1 record (1 clean)\n", "\(output)")
    }

    @Test(arguments: ["tac", "cin", "core-group", "professionals", "generic"])
    func everyProfilesBlankTemplateIsReportedIncomplete(_ profile: String) throws {
        let scratch = try Scratch()
        let path = try scratch.write("\(profile).md", run(["new", profile]).1)
        let (status, output, _) = run([path, "--format", "oneline"])
        #expect(status == .failure)
        #expect(output.contains("[meeting-date]") && output.contains("[child-voice]") && output.contains("[contingency]"))
    }
}

@Suite struct ConfigurationTests {
    @Test func settingsApply() throws {
        let scratch = try Scratch()
        try scratch.write(".meetinglint", """
            # meetinglint settings
            profile = tac                 # records without a type
            date-order = mdy

            [rules]
            jargon = off
            action-measurable = error

            [profile tac]
            review-within = 8 weeks
            """)
        let config = try Configuration(path: scratch.path + "/.meetinglint", text: String(contentsOfFile: scratch.path + "/.meetinglint", encoding: .utf8))
        try config.validate(against: .builtIn)
        var settings = RuleSettings()
        config.apply(to: &settings)
        #expect(settings.defaultProfile == "tac" && settings.dateOrder == .mdy)
        #expect(settings.configured["jargon"] == .some(nil))
        #expect(settings.configured["action-measurable"] == .some(.error))
        #expect(settings.profileParameters["tac"]?["review-within"] == "8 weeks")
    }

    @Test(arguments: [
        ("colour = red\n", 1, "unknown setting 'colour'"),
        ("\n\nprofile = tac\n[rules]\nchild-vioce = off\n", 5, "unknown rule 'child-vioce'. Did you mean 'child-voice'?"),
        ("[rules]\njargon = loud\n", 2, "'loud' is not a severity"),
        ("date-order = dym\n", 1, "not a date order"),
        ("[profile tac]\nreview-within = soon\n", 2, "not a length of time"),
        ("[profile tac]\nreveiw-within = 8 weeks\n", 2, "unknown parameter 'reveiw-within'"),
        ("[profile nope]\nreview-within = 8 weeks\n", 2, "unknown profile 'nope'"),
        ("[settings]\n", 1, "unknown section"),
        ("working-days-exclude = 2026-12-25, Christmas\n", 1, "'Christmas' is not a date"),
        ("just words\n", 1, "expected 'key = value'"),
    ])
    func errorsNameTheLine(_ text: String, _ line: Int, _ message: String) throws {
        let scratch = try Scratch()
        try scratch.write(".meetinglint", text)
        try scratch.write("r.md", "# Notes\n")
        let (status, _, errors) = run([scratch.path + "/r.md"])
        #expect(status == .trouble)
        #expect(errors.contains("\(scratch.path)/.meetinglint:\(line): error:"), "\(errors)")
        #expect(errors.contains(message), "\(errors)")
    }

    /// A file that cannot be read has no line to name.
    @Test func anUnreadableConfigurationNamesNoLine() throws {
        let scratch = try Scratch()
        let path = try scratch.write("r.md", "# Notes\n")
        let (status, _, errors) = run([path, "--config", scratch.path + "/missing.ini"])
        #expect(status == .trouble)
        #expect(errors == "\(scratch.path)/missing.ini: error: the configuration file could not be read\n")
    }

    @Test func discoveredInAParentFolderAndOverriddenOnTheCommandLine() throws {
        let scratch = try Scratch()
        try scratch.write(".meetinglint", "[rules]\nmeeting-date = off\n")
        let path = try scratch.write("team/records/r.md", "# Notes\n")
        #expect(!run([path, "--format", "oneline"]).1.contains("[meeting-date]"))
        #expect(run([path, "--format", "oneline", "--enable", "meeting-date"]).1.contains("[meeting-date]"))
        #expect(run([path, "--format", "oneline", "--severity", "meeting-date=note"]).1.contains("note: The record does not say when"))
        let other = try scratch.write("other.ini", "[rules]\napologies = off\n")
        let explicit = run([path, "--format", "oneline", "--config", other]).1
        #expect(explicit.contains("[meeting-date]") && !explicit.contains("[apologies]"))
    }

    @Test func excludePatterns() throws {
        let scratch = try Scratch()
        try scratch.write(".meetinglint", "exclude = archive/**, *.draft.md\n")
        try scratch.write("archive/old.md", "# Old\n")
        try scratch.write("live/new.md", "# New\n")
        try scratch.write("live/new.draft.md", "# Draft\n")
        let output = run([scratch.path, "--format", "oneline"]).1
        #expect(output.contains("live/new.md") && !output.contains("archive") && !output.contains("draft"))
    }

    @Test func reviewWithinFromTheProfileSection() throws {
        let scratch = try Scratch()
        try scratch.write(".meetinglint", "[profile tac]\nreview-within = 8 weeks\n")
        let path = try scratch.write("r.md", cleanRecord)
        let output = run([path, "--format", "oneline"]).1
        #expect(output.contains("[review-date]") && output.contains("within 8 weeks"))
    }

    @Test func holidaysCountForCirculation() throws {
        let scratch = try Scratch()
        // The meeting is on Saturday 14 March; five working days run to Friday 20 March.
        let record = cleanRecord.replacingOccurrences(of: "circulated: 18/03/2026", with: "circulated: 23/03/2026")
        let path = try scratch.write("r.md", record)
        #expect(run([path, "--format", "oneline"]).1.contains("[circulation]"))
        // With Monday 16 March a bank holiday, the fifth working day is Monday 23 March.
        try scratch.write(".meetinglint", "working-days-exclude = 2026-03-16\n")
        let withHoliday = run([path, "--format", "oneline"])
        #expect(withHoliday.0 == .success && !withHoliday.1.contains("[circulation]"), "\(withHoliday)")
    }
}

@Suite struct RulePackTests {
    @Test func aPacksDeclarativeRulesRun() throws {
        let scratch = try Scratch()
        try scratch.write(".meetinglint", "rules-dir = local\nexclude = local/**\n")
        try scratch.write("local/safety-plan.md", """
            ---
            kind: rule
            id: local-safety-plan
            severity: error
            summary: A safety plan section is recorded.
            guidance: Northfield partnership, standard 4
            help: Add a 'Safety plan' section.
            check: required-section
            heading: Safety plan, Family safety plan
            message: The record has no safety plan.
            ---
            """)
        try scratch.write("local/wording.md", """
            ---
            kind: rule
            id: local-wording
            severity: warning
            summary: Avoid 'non-compliant'.
            check: avoid-phrase
            phrase: non-compliant, non compliant
            replacement: did not take part in
            message: Describe what happened instead of 'non-compliant'.
            ---
            """)
        try scratch.write("local/review.md", """
            ---
            kind: rule
            id: local-review
            severity: warning
            profiles: tac
            summary: Reviews within 8 weeks.
            check: max-interval
            from: date
            to: next-meeting
            within: 8 weeks
            message: Northfield reviews Team Around the Child plans within 8 weeks.
            ---
            """)
        let path = try scratch.write("r.md", cleanRecord.replacingOccurrences(of: "Kelly said the mornings", with: "Kelly was non-compliant and said the mornings"))
        let (status, output, errors) = run([scratch.path, "--format", "oneline"])
        #expect(status == .failure, "\(errors)")
        #expect(output.contains("\(path):1:1: error: The record has no safety plan. [local-safety-plan]"))
        #expect(output.contains("warning: Describe what happened instead of 'non-compliant'. ('non-compliant') [local-wording]"))
        #expect(output.contains("[local-review]"))
        #expect(!output.contains("local/"), "the pack's own documents are not records")
        #expect(run(["rules", "--config", scratch.path + "/.meetinglint"]).1.contains("local-safety-plan"))
    }

    @Test func aBadPackIsAConfigurationError() throws {
        let scratch = try Scratch()
        try scratch.write(".meetinglint", "rules-dir = local\n")
        try scratch.write("local/bad.md", "---\nkind: rule\nid: local-bad\ncheck: required-everything\nmessage: x\n---\n")
        let (status, _, errors) = run([scratch.path])
        #expect(status == .trouble)
        #expect(errors.contains("unknown check 'required-everything'"))
        try scratch.write("local/bad.md", "---\nkind: rule\nid: child-voice\ncheck: required-field\nfield: child\nmessage: x\n---\n")
        #expect(run([scratch.path]).2.contains("same id as a built-in rule"))
    }
}

@Suite struct SuppressionTests {
    static func rules(_ text: String) -> [String] {
        Linter().check(SourceFile(path: "s.md", text: text)).diagnostics.map { "\($0.start.line):\($0.rule)" }
    }

    @Test func scopes() {
        let record = """
            <!-- meetinglint-disable-file meeting-date -- date to be confirmed -->
            ## Actions
            <!-- meetinglint-disable-next-line action-owner -- agreed at the strategy meeting -->
            - Refer A. to CAMHS by 28/03/2026.
            - Refer A. to the dentist by 28/03/2026.
            <!-- meetinglint-disable action-timescale -->
            - Tom Reed to visit.
            <!-- meetinglint-enable action-timescale -->
            - Tom Reed to phone.
            """
        let found = Self.rules(record)
        #expect(!found.contains { $0.hasSuffix(":meeting-date") })
        #expect(!found.contains("4:action-owner") && found.contains("5:action-owner"))
        #expect(!found.contains("7:action-timescale") && found.contains("9:action-timescale"))
    }

    @Test func unknownAndUnusedSuppressions() {
        let found = Self.rules("---\ndate: 14/03/2026\n---\n<!-- meetinglint-disable-file meeting-date, sibling -->\n")
        #expect(found.contains("4:unused-suppression") && found.contains("4:unknown-rule"))
    }
}

@Suite struct BaselineAndGitTests {
    @Test func baselineAcceptsKnownFindingsAndSurvivesEditsElsewhere() throws {
        let scratch = try Scratch()
        let record = cleanRecord.replacingOccurrences(of: "1. Omar Aziz (Early Help) to start", with: "1. All agencies to start")
        let path = try scratch.write("r.md", record)
        let baseline = scratch.path + "/baseline.json"
        #expect(run([path]).0 == .failure)
        let written = run([path, "--write-baseline", baseline])
        #expect(written.0 == .success && written.2.contains("wrote 1 finding"))
        #expect(run([path, "--baseline", baseline]).0 == .success)
        // An edit above the finding moves it down a line: still accepted.
        try scratch.write("r.md", record.replacingOccurrences(of: "## Purpose\n", with: "## Purpose\nA new first line.\n"))
        #expect(run([path, "--baseline", baseline]).0 == .success)
        // A new finding is not.
        try scratch.write("r.md", record.replacingOccurrences(of: "3. Priya Shah to see", with: "3. Everyone to see"))
        #expect(run([path, "--baseline", baseline]).0 == .failure)
        // Fixed: the entry is stale and reported so the baseline can shrink.
        try scratch.write("r.md", cleanRecord)
        let fixed = run([path, "--baseline", baseline])
        #expect(fixed.0 == .success)
        #expect(fixed.2 == "\(path): note: the baseline accepts a 'action-owner' finding that is no longer there\n"
            + "note: 1 finding listed in \(baseline) is no longer there; to drop it, run again with --write-baseline \(baseline) on the same files\n")
    }

    @Test func aNewBaselineHoldsEveryCurrentFindingEvenWithAnOldOne() throws {
        let scratch = try Scratch()
        try scratch.write("a.md", "# Notes\n- Tom to do it ASAP\n")
        try scratch.write("b.md", "# Other\n")
        let first = scratch.path + "/first.json"
        let second = scratch.path + "/second.json"
        let written = run([scratch.path, "--write-baseline", first])
        let count = try #require(written.2.split(separator: " ").dropFirst(2).first)
        let again = run([scratch.path, "--baseline", first, "--write-baseline", second])
        #expect(again.2 == "note: wrote \(count) findings to the baseline \(second)\n")
        #expect(try String(contentsOfFile: first, encoding: .utf8) == String(contentsOfFile: second, encoding: .utf8))
        // The old baseline may be rewritten in place: it is read before it is emptied.
        #expect(run([scratch.path, "--baseline", first, "--write-baseline", first]).2 == "note: wrote \(count) findings to the baseline \(first)\n")
        #expect(try String(contentsOfFile: first, encoding: .utf8) == String(contentsOfFile: second, encoding: .utf8))
    }

    @Test func onlyRecordsReadCanMakeBaselineEntriesStale() throws {
        let scratch = try Scratch()
        let a = try scratch.write("a.md", "# Notes\n- Tom to do it ASAP\n")
        let b = try scratch.write("b.md", "# Other\n")
        let baseline = scratch.path + "/baseline.json"
        _ = run([scratch.path, "--write-baseline", baseline])
        // Checking one record says nothing about the other's entries.
        let one = run([a, "--baseline", baseline])
        #expect(one.0 == .success && one.2 == "", "\(one.2)")
        // A record that could not be read is not tested either.
        try Data([0x00, 0x01]).write(to: URL(fileURLWithPath: b))
        #expect(!run([scratch.path, "--baseline", baseline]).2.contains("no longer there"))
        // Past ten entries, one line says how many.
        try scratch.write("b.md", cleanRecord)
        let fixed = run([scratch.path, "--baseline", baseline])
        #expect(fixed.0 == .success)
        let lines = fixed.2.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("note: ") && lines[0].hasSuffix(
            " findings listed in \(baseline) are no longer there; to drop them, run again with --write-baseline \(baseline) on the same files"), "\(fixed.2)")
    }

    @Test func baselineMessagesSayWhatIsWrongWithoutALineNumber() throws {
        let scratch = try Scratch()
        let path = try scratch.write("r.md", cleanRecord)
        let missing = scratch.path + "/nope.json"
        #expect(run([path, "--baseline", missing]).2 == "\(missing): error: cannot read the baseline file: No such file or directory\n")
        let damaged = try scratch.write("damaged.json", "{\"findings\":[{\"path\":\"r.md\",\"rule\":\"x\"}]}")
        #expect(run([path, "--baseline", damaged]).2 == "\(damaged): error: this baseline file is damaged (an entry has no path, rule or line); make a new one with --write-baseline FILE\n")
        let other = try scratch.write("other.json", "[1, 2]")
        #expect(run([path, "--baseline", other]).2 == "\(other): error: this is not a meetinglint baseline (write one with --write-baseline)\n")
        let unwritable = scratch.path + "/no/such/folder/b.json"
        #expect(run([path, "--write-baseline", unwritable]).2 == "\(unwritable): error: the baseline could not be written: No such file or directory\n")
        #expect(run([path, "--report", "html=\(unwritable)"]).2 == "\(unwritable): error: the report file could not be written: No such file or directory\n")
    }

    @Test func aBadBaselineOrOutputFileLeavesNoOutputBegun() throws {
        let scratch = try Scratch()
        let path = try scratch.write("r.md", cleanRecord)
        let report = try scratch.write("out.html", "an earlier report")
        let nope = scratch.path + "/nope.json"
        let bad = run([path, "--format", "json", "--report", "html=\(report)", "--baseline", nope])
        #expect(bad.0 == .trouble && bad.1 == "")
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "an earlier report")
        // A baseline that cannot be written stops the run before it starts, and empties no report.
        let unwritable = scratch.path + "/no/such/folder/b.json"
        let cannot = run([path, "--format", "sarif", "--report", "html=\(report)", "--write-baseline", unwritable])
        #expect(cannot.0 == .trouble && cannot.1 == "")
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "an earlier report")
    }

    /// Output that cannot all be written (`/dev/full`: every write fails with "No space left on
    /// device") is said, and the run ends with status 2, for standard output, a report file and
    /// a baseline alike: it once ended as if all was written (status 0 for a clean record).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func outputThatCannotBeWrittenIsSaidAndFailsTheRun() throws {
        let scratch = try Scratch()
        let path = try scratch.write("r.md", cleanRecord)
        let full = "/dev/full"
        let report = run([path, "--report", "json=\(full)"])
        #expect(report.0 == .trouble)
        #expect(report.2 == "\(full): error: the report file could not be written: No space left on device\n")
        #expect(report.1.hasSuffix("0 errors, 0 warnings in 0 of 1 record (1 clean)\n"))
        let baseline = run([path, "--write-baseline", full])
        #expect(baseline.0 == .trouble)
        #expect(baseline.2 == "\(full): error: the baseline could not be written: No space left on device\n")
        for arguments in [[path], ["rules"], ["--version"]] {
            let descriptor = open(full, O_WRONLY)
            try #require(descriptor >= 0)
            defer { close(descriptor) }
            let errors = OutputSink()
            let status = Runner(standardOutput: OutputSink(descriptor: descriptor), standardError: errors).run(arguments)
            #expect(status == .trouble, "\(arguments)")
            #expect(errors.collected == "error: the output could not be written: No space left on device\n", "\(arguments)")
        }
        // Written in full, the same runs succeed.
        #expect(run([path, "--report", "json=\(scratch.path)/r.json"]).0 == .success)
        #expect(run([path, "--write-baseline", "\(scratch.path)/b.json"]).0 == .success)
    }

    @Test func aGitIgnoredDanglingLinkIsSkipped() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path + "/.git", withIntermediateDirectories: true)
        try scratch.write(".gitignore", "gone.md\n")
        try scratch.write("r.md", cleanRecord)
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/gone.md", withDestinationPath: scratch.path + "/nowhere.md")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/also-gone.md", withDestinationPath: scratch.path + "/nowhere.md")
        let (status, output, errors) = run([scratch.path, "--format", "oneline"])
        #expect(output == "0 errors, 0 warnings in 0 of 1 record (1 clean); 1 could not be read\n")
        #expect(errors == "\(scratch.path)/also-gone.md: error: is a symbolic link to something that does not exist\n")
        #expect(status == .trouble)
        try scratch.write(".gitignore", "gone.md\nalso-gone.md\n")
        #expect(run([scratch.path, "--format", "oneline"]).0 == .success)
    }

    @Test func aBrokenBaselineIsAnError() throws {
        let scratch = try Scratch()
        let path = try scratch.write("r.md", cleanRecord)
        let bad = try scratch.write("b.json", "[1, 2]")
        #expect(run([path, "--baseline", bad]).0 == .trouble)
    }

    @Test func gitIgnoredRecordsAreSkippedInsideAWorkTree() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path + "/.git", withIntermediateDirectories: true)
        try scratch.write(".gitignore", "drafts/\n*.tmp.md\n/top-only.md\n!keep.tmp.md\n")
        try scratch.write("records/a.md", "# A\n")
        try scratch.write("records/b.tmp.md", "# B\n")
        try scratch.write("records/keep.tmp.md", "# Keep\n")
        try scratch.write("records/drafts/c.md", "# C\n")
        try scratch.write("records/top-only.md", "# D\n")
        try scratch.write("top-only.md", "# E\n")
        try scratch.write("records/sub/.gitignore", "ignored.md\n")
        try scratch.write("records/sub/ignored.md", "# F\n")
        try scratch.write("records/sub/kept.md", "# G\n")
        let output = run([scratch.path, "--format", "json"]).1
        let paths = output.components(separatedBy: "\"path\":\"").dropFirst().map { String($0.prefix { $0 != "\"" }).replacingOccurrences(of: scratch.path + "/", with: "") }
        #expect(paths == ["records/a.md", "records/keep.tmp.md", "records/sub/kept.md", "records/top-only.md"])
        // Named explicitly, an ignored file is still checked.
        #expect(run([scratch.path + "/records/b.tmp.md", "--format", "oneline"]).1.contains("b.tmp.md:1:1"))
    }

    @Test func globMatching() {
        #expect(GitIgnore.match(Array("*.md".utf8)[...], Array("a.md".utf8)[...]))
        #expect(!GitIgnore.match(Array("*.md".utf8)[...], Array("x/a.md".utf8)[...]))
        #expect(GitIgnore.match(Array("**/a.md".utf8)[...], Array("x/y/a.md".utf8)[...]))
        #expect(GitIgnore.match(Array("x/**".utf8)[...], Array("x/y/a.md".utf8)[...]))
        #expect(GitIgnore.match(Array("[ab]?.md".utf8)[...], Array("bz.md".utf8)[...]))
        #expect(!GitIgnore.match(Array("[!ab]?.md".utf8)[...], Array("bz.md".utf8)[...]))
        #expect(ExcludePattern.matches("records/archive/2019/a.md", patterns: ["archive/**"], base: "records"))
        #expect(!ExcludePattern.matches("records/live/a.md", patterns: ["archive/**"], base: "records"))
    }
}

@Suite struct ExcerptTests {
    @Test func aLongLineShowsAWindowAroundTheSpan() throws {
        let scratch = try Scratch()
        let line = String(repeating: "The plan was discussed at length. ", count: 200) + "Review on 31/02/2026 as agreed. " + String(repeating: "More text. ", count: 200)
        let path = try scratch.write("long.md", "# Notes\n" + line + "\n")
        let output = run([path, "--disable", "meeting-date"]).1
        let excerpt = try #require(output.split(separator: "\n").first { $0.hasPrefix("  2 | ") })
        #expect(excerpt.count < 140, "excerpt of \(excerpt.count) characters")
        #expect(excerpt.contains("31/02/2026") && excerpt.hasPrefix("  2 | …") && excerpt.hasSuffix("…"))
        let underline = try #require(output.split(separator: "\n").first { $0.contains("^^^^^^^^^^") })
        let column = excerpt.distance(from: excerpt.startIndex, to: try #require(excerpt.range(of: "31/02/2026")).lowerBound)
        #expect(underline.distance(from: underline.startIndex, to: try #require(underline.firstIndex(of: "^"))) == column)
    }
}

@Suite struct SummaryTests {
    @Test func complianceIsOverTheRecordsAStandardAppliesTo() throws {
        let scratch = try Scratch()
        try scratch.write("tac.md", cleanRecord)
        let professionals = try #require(Catalogue.builtIn.profiles["professionals"]?.example)
        try scratch.write("mapm.md", professionals.replacingOccurrences(of: "## Family Group Conference\nConsidered; Dawn does not want one now. To be offered again at the review.\n", with: ""))
        let output = run([scratch.path, "--format", "json", "--summary"]).1
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        let compliance = try #require(summary["compliance"] as? [String: [String: Int]])
        // The Family Group Conference standard applies to the professionals' meeting only.
        #expect(compliance["family-group-conference"] == ["recordsChecked": 1, "recordsFailing": 1, "compliance": 0])
        let text = run([scratch.path, "--summary", "--format", "oneline"]).1
        #expect(text.contains("family-group-conference  1 of 1 failing, 0% compliant"))
    }

    /// A meeting type's name is never cut to fit the column: with no standard failing, the
    /// column was 12 wide and `professionals` was shown as `professional`.
    @Test func meetingTypesAreNamedWhole() throws {
        let scratch = try Scratch()
        let professionals = try #require(Catalogue.builtIn.profiles["professionals"]?.example)
        try scratch.write("mapm.md", professionals)
        let text = run([scratch.path, "--summary", "--format", "oneline"]).1
        #expect(text.contains("Compliance by standard (1 record read):\n  every record meets every standard checked\n"), "\(text)")
        #expect(text.contains("By meeting type:\n  professionals  1 record, 0 with errors, 100% without errors\n"), "\(text)")
    }
}

/// A count of items checked, shared by threads.
final class CheckCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() {
        lock.lock()
        count += 1
        lock.unlock()
    }
    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
