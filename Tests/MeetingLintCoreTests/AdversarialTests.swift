import Foundation
import Testing

@testable import MeetingLintCore

/// Inputs meant to break a linter (SPEC 8, issue 5): each gets a clear diagnostic, or is reported
/// as unreadable with exit status 2, while the rest of the run goes on. None may crash or hang.
/// (Speed is measured by `scripts/benchmark`, not here: these tests only prove the run finishes
/// and says something sensible.)
@Suite struct AdversarialTests {
    static let linter = Linter()

    /// Checks bytes in-process with every rule and renders every format.
    static func check(_ bytes: [UInt8], name: String = "input.md") -> RecordResult {
        let result = linter.check(SourceFile(path: name, bytes: bytes), keepText: true)
        for format in OutputFormat.allCases { _ = ReporterTests.render(format, [result]) }
        return result
    }

    @Test func invalidUTF8GetsARecordFormatFinding() {
        let result = Self.check(Array("# Notes\nDate: 14/03/2026 \u{1}".utf8) + [0xFF, 0xFE, 0x80] + Array(" end\n".utf8))
        let format = result.diagnostics.first { $0.rule == "record-format" }
        #expect(format?.start.line == 2)
        #expect(format?.message.contains("not UTF-8") == true)
    }

    /// An owner with an invalid byte is read as its text reads (the byte as U+FFFD) however much
    /// white space it holds: an owner whose spaces make its text shorter than its bytes was once
    /// tokenized from the record's bytes instead, and its invalid byte hashed differently.
    @Test func anOwnerWithAnInvalidByteIsReadAsItsText() {
        func ownerFindings(_ spaces: String) -> [String] {
            let record = Array("---\ntype: Team Around the Child\ndate: 14/03/2026\n---\n# Notes\n## Attendees\n- Zo".utf8) + [0xFF]
                + Array(" — Social worker\n- Tom Reed — Teacher\n## Actions\n- Refer A. to CAMHS\n  Owner: Zo".utf8) + [0xFF]
                + Array("\(spaces)Ball\n  By: 28/03/2026\n".utf8)
            return Self.check(record).diagnostics.filter { $0.rule == "owner-known" }.map(\.message)
        }
        let one = ownerFindings(" ")
        #expect(one.count == 1)
        #expect(ownerFindings("   ") == one)
        #expect(ownerFindings("\t ") == one)
    }

    @Test func emptyAndWhitespaceOnlyRecordsAreReportedAsMissingEverything() {
        for bytes in [[UInt8](), Array(" \n\t\n   \r\n\n".utf8)] {
            let rules = Set(Self.check(bytes).diagnostics.map(\.rule))
            #expect(rules.isSuperset(of: ["meeting-date", "attendees", "child-voice", "contingency", "review-date"]))
            #expect(Self.check(bytes).diagnostics.allSatisfy { $0.start == SourceLocation(line: 1, column: 1) })
        }
    }

    @Test func aBinaryFileIsUnreadableAndTheRunGoesOn() throws {
        let scratch = try Scratch()
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00] + [UInt8](repeating: 0, count: 100)).write(to: scratch.url.appendingPathComponent("a.md"))
        try scratch.write("b.md", cleanRecord)
        let (status, output, errors) = run([scratch.path, "--format", "oneline"])
        #expect(status == .trouble)
        #expect(errors.contains("a.md: error: is not a text file"))
        #expect(output.hasSuffix("0 errors, 0 warnings in 0 of 1 record (1 clean); 1 could not be read\n"))
    }

    @Test func aFiftyMegabyteRecord() {
        // A realistic record's sections, repeated to 50 MB.
        var text = "---\ntype: Team Around the Child\ndate: 14/03/2026\n---\n"
        let section = "## Updates\nSchool reported that A. attended 18 of 20 days; Mum said mornings are easier.\n- Tom Reed (school) to share attendance weekly.\n| Action | Who | By when |\n|---|---|---|\n| Refer to CAMHS | Jane Smith | 28/03/2026 |\n\n"
        let copies = 50_000_000 / section.utf8.count + 1
        text.reserveCapacity(copies * section.utf8.count + 100)
        for _ in 0..<copies { text += section }
        let result = Self.linter.check(SourceFile(path: "big.md", text: text))
        #expect(result.meetingDate == Day(year: 2026, month: 3, day: 14))
        #expect(result.diagnostics.contains { $0.rule == "contingency" })
    }

    @Test func aSingleTenMegabyteLine() {
        let line = String(repeating: "Mum and A. attended; all agencies to monitor ASAP 31/02/2026 CAMHS. ", count: 10_000_000 / 68)
        let result = Self.check(Array(("# Notes\n" + line).utf8))
        #expect(result.diagnostics.contains { $0.rule == "date-sanity" && $0.start.line == 2 })
        #expect(result.diagnostics.contains { $0.rule == "jargon" && $0.start.line == 2 })
    }

    /// One attendance line naming 20,000 people, and a plan whose owners are all unknown: read in
    /// time linear in the line (each entry's tokens are found, not searched for from the start),
    /// and each owner checked against the people's roles through an index, not person by person.
    @Test(.timeLimit(.minutes(1))) func anAttendanceLineOfTwentyThousandPeople() {
        let entries = (0..<20_000).map { "Worker \($0) (SW)" }.joined(separator: ", ")
        let text = "## Attendees\n\(entries)\n\n## Actions\n" + (0..<2_000).map { "- Visitor \($0) to phone Mum by 3 May 2026.\n" }.joined()
        let meeting = model(text)
        #expect(meeting.attendees.count == 20_000)
        #expect(meeting.attendees.last?.name == "Worker 19999")
        let result = Self.linter.check(SourceFile(path: "input.md", text: text))
        #expect(result.diagnostics.filter { $0.rule == "owner-known" }.count == 2_000)
    }

    @Test func aListNestedTenThousandDeep() {
        var text = "## Actions\n" + String(repeating: "- ", count: 10_000) + "Tom to do it\n"
        text += String(repeating: "> ", count: 10_000) + "quoted\n"
        // And 2,000 lines each indented one step deeper than the last.
        for depth in 0..<2_000 { text += String(repeating: "  ", count: depth) + "- step \(depth)\n" }
        text += "\n- Tom Reed to refer A. to CAMHS\n"
        let result = Self.check(Array(text.utf8))
        // The staircase's top item is an action, and so is the item after it: the model got through.
        let untimed = result.diagnostics.filter { $0.rule == "action-timescale" }.map(\.start.line)
        #expect(untimed == [4, 2_005])
    }

    @Test func aTableOfFiveThousandColumns() {
        let header = "| " + (0..<5_000).map { "Column \($0)" }.joined(separator: " | ") + " |\n"
        let delimiter = "|" + String(repeating: "---|", count: 5_000) + "\n"
        let row = "| " + (0..<5_000).map { "cell \($0)" }.joined(separator: " | ") + " |\n"
        let result = Self.check(Array(("## Actions\n" + header + delimiter + row + row).utf8))
        #expect(result.diagnostics.contains { $0.rule == "action-owner" })
    }

    @Test func aHundredThousandHeadings() {
        var text = ""
        text.reserveCapacity(2_000_000)
        for index in 0..<100_000 { text += index % 2 == 0 ? "## Apologies\n" : "### Heading \(index)\n" }
        let result = Self.linter.check(SourceFile(path: "headings.md", text: text))
        #expect(result.diagnostics.contains { $0.rule == "apologies" })
    }

    @Test func frontMatterNeverClosed() {
        let result = Self.check(Array("---\ntype: TAC\ndate: 14/03/2026\n\n## Attendees\n- Jane Smith — Class teacher\n".utf8))
        #expect(result.diagnostics.contains { $0.rule == "record-format" && $0.start.line == 1 })
        // The rest of the record is still read.
        #expect(!result.diagnostics.contains { $0.rule == "attendees" && $0.start.line == 1 })
    }

    @Test func linksThatDangleOrLoopAndPathsThatDoNotExist() throws {
        let scratch = try Scratch()
        try scratch.write("records/ok.md", cleanRecord)
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/records/gone.md", withDestinationPath: scratch.path + "/nowhere.md")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/records/again", withDestinationPath: scratch.path + "/records")
        let (status, output, errors) = run([scratch.path + "/records", scratch.path + "/missing.md", "--format", "oneline"])
        #expect(status == .trouble)
        #expect(errors.contains("gone.md: error: is a symbolic link to something that does not exist"))
        #expect(errors.contains("missing.md: error: No such file or directory"))
        #expect(output.hasSuffix("in 0 of 1 record (1 clean); 2 could not be read\n"))
    }

    /// A named pipe (FIFO) named on the command line is not a file: reported at once, where
    /// opening it to read once waited for ever for something to write to it. In a folder, the
    /// walk passes over it, as over any other thing that is not a file or a folder.
    @Test func aNamedPipeIsNotAFileAndIsNotWaitedOn() throws {
        let scratch = try Scratch()
        try scratch.write("records/ok.md", cleanRecord)
        let pipe = scratch.path + "/records/pipe.md"
        try #require(mkfifo(pipe, 0o644) == 0)
        // Should the run wait on the pipe for a writer, one comes after 10 s and counts itself, so
        // that this test fails rather than hanging the suite. (Opening a pipe to write without
        // waiting succeeds only while something has it open to read.)
        let rescues = CheckCounter()
        DispatchQueue.global().asyncAfter(deadline: .now() + 10) {
            let writer = open(pipe, O_WRONLY | O_NONBLOCK)
            if writer >= 0 {
                rescues.add()
                close(writer)
            }
        }
        let named = run([pipe, scratch.path + "/records/ok.md", "--format", "oneline"])
        #expect(rescues.value == 0, "the run waited for something to write to the pipe")
        #expect(named.0 == .trouble)
        #expect(named.2.contains("pipe.md: error: is not a file"))
        #expect(named.1.hasSuffix("0 errors, 0 warnings in 0 of 1 record (1 clean); 1 could not be read\n"))
        let walked = run([scratch.path + "/records", "--format", "oneline"])
        #expect(walked.0 == .success)
        #expect(walked.1 == "0 errors, 0 warnings in 0 of 1 record (1 clean)\n")
    }

    /// A record or folder whose name is not UTF-8 (Latin-1 `é`, byte E9, from an old archive) is
    /// reported by name, with the bad byte shown as U+FFFD and how to fix it, where it was once
    /// reported as "No such file or directory"; a file of another kind with such a name is passed
    /// over, as it would be with any name; the rest is checked.
    @Test func namesThatAreNotUTF8AreReportedNotMissing() throws {
        let scratch = try Scratch()
        try scratch.write("records/ok.md", cleanRecord)
        func path(_ name: [UInt8]) -> [CChar] { (Array((scratch.path + "/records/").utf8) + name + [0]).map { CChar(bitPattern: $0) } }
        let record: [UInt8] = Array("Zo".utf8) + [0xE9] + Array(".md".utf8)
        let folder: [UInt8] = Array("Ren".utf8) + [0xE9]
        let other: [UInt8] = Array("notes-".utf8) + [0xE9] + Array(".txt".utf8)
        for name in [record, other] {
            let descriptor = open(path(name), O_WRONLY | O_CREAT | O_EXCL, 0o644)
            try #require(descriptor >= 0)
            _ = cleanRecord.utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count - 1) }
            close(descriptor)
        }
        try #require(mkdir(path(folder), 0o755) == 0)
        try #require(symlink(scratch.path + "/records/ok.md", path(folder + Array("/inner.md".utf8))) == 0)
        let (status, output, errors) = run([scratch.path + "/records", "--format", "oneline"])
        #expect(status == .trouble)
        let reason = "could not be opened: its name is in an older text encoding, not UTF-8 (� marks the letters to retype): rename it"
        #expect(errors == "\(scratch.path)/records/Ren\u{FFFD}: error: \(reason)\n\(scratch.path)/records/Zo\u{FFFD}.md: error: \(reason)\n")
        #expect(output == "0 errors, 0 warnings in 0 of 1 record (1 clean); 2 could not be read\n")
        // Named on the command line, such a name reaches the walk with U+FFFD for its bad byte
        // (as the standard library reads arguments): no such file, and the likely reason said.
        let named = run([scratch.path + "/records/Zo\u{FFFD}.md", scratch.path + "/records/missing.md"])
        #expect(named.2 == """
            \(scratch.path)/records/Zo\u{FFFD}.md: error: No such file or directory: if its name is in an older text encoding, not UTF-8 (� marks the letters to retype), rename it
            \(scratch.path)/records/missing.md: error: No such file or directory

            """)
    }

    /// Records are opened without blocking (so that a named pipe is not waited on). A file system
    /// that then answers a read with "try again" (`EAGAIN`) gets a reading that waits, as a file's
    /// does, not a failure; a descriptor the reader did not open is left as it is. Shown with a
    /// pipe set not to block, written to after the first read has been tried.
    @Test func aReadThatSaysTryAgainWaitsOnTheReadersOwnDescriptor() throws {
        for opened in [true, false] {
            var ends: [Int32] = [0, 0]
            try #require(pipe(&ends) == 0)
            let (reader, writer) = (ends[0], ends[1])
            _ = fcntl(reader, F_SETFL, fcntl(reader, F_GETFL) | O_NONBLOCK)
            if opened {
                // Written once the reading has begun; the reading end is closed only once the
                // writing is done, whatever the reading did.
                let written = DispatchSemaphore(value: 0)
                DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) {
                    _ = "Date: 14/03/2026\n".utf8CString.withUnsafeBufferPointer { write(writer, $0.baseAddress, $0.count - 1) }
                    close(writer)
                    written.signal()
                }
                let result = RecordReader.readAll(reader, sizeHint: 64, opened: true)
                written.wait()
                #expect(try result.get() == Array("Date: 14/03/2026\n".utf8))
                #expect(fcntl(reader, F_GETFL) & O_NONBLOCK == 0)
            } else {
                // Nothing written, the writing end open: the read says "try again", and so does the reader.
                let result = RecordReader.readAll(reader, sizeHint: 64, opened: false)
                close(writer)
                guard case .failure(.system(let reason)) = result else {
                    Issue.record("a descriptor not the reader's own was changed or waited on: \(result)")
                    close(reader)
                    continue
                }
                #expect(reason == String(cString: strerror(EAGAIN)))
                #expect(fcntl(reader, F_GETFL) & O_NONBLOCK != 0)
            }
            close(reader)
        }
    }

    @Test func aFolderThatCannotBeRead() throws {
        let scratch = try Scratch()
        try scratch.write("ok.md", cleanRecord)
        let folder = scratch.path + "/locked"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        chmod(folder, 0)
        defer { chmod(folder, 0o755) }
        let arguments = [folder, scratch.path + "/ok.md", "--format", "oneline"]
        var status: Int32
        var output: String
        var errors: String
        if geteuid() == 0 {
            // Root reads any folder whatever its mode: run the binary as `nobody` instead.
            let binary = try #require(builtBinary(), "the meetinglint binary is built beside the tests")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            status = process.terminationStatus
        } else {
            let result = run(arguments)
            (status, output, errors) = (result.0.rawValue, result.1, result.2)
        }
        #expect(status == ExitCode.trouble.rawValue)
        #expect(errors.contains("locked: error: is a folder that could not be opened: Permission denied"))
        #expect(output.hasSuffix("in 0 of 1 record (1 clean); 1 could not be read\n"))
    }
}

/// The tool never changes what it reads (SPEC 8, harmless).
@Suite struct HarmlessTests {
    @Test func checkingLeavesEveryFileByteIdenticalAndUntouched() throws {
        let scratch = try Scratch()
        let corpus = Snapshot.packageRoot.appendingPathComponent("Corpus")
        var before: [String: (Data, Date)] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".md") {
            let target = scratch.url.appendingPathComponent(name)
            try FileManager.default.copyItem(at: corpus.appendingPathComponent(name), to: target)
        }
        // Give every copy an old modification time, so a rewrite would show.
        let old = Date(timeIntervalSince1970: 1_700_000_000)
        for name in try FileManager.default.contentsOfDirectory(atPath: scratch.path) {
            let path = scratch.path + "/" + name
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path)
            before[name] = (try Data(contentsOf: URL(fileURLWithPath: path)), old)
        }
        for format in OutputFormat.allCases {
            _ = run([scratch.path, "--format", format.rawValue, "--summary"])
        }
        for (name, (data, date)) in before {
            let path = scratch.path + "/" + name
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == data, "\(name) changed")
            let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
            #expect(modified == date, "\(name) was written to")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).count == before.count, "no files were added")
    }

    @Test func noNetworkingIsLinkedOrUsed() throws {
        // The package declares no dependencies, and no source imports or calls a networking API.
        let manifest = try String(contentsOf: Snapshot.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(!manifest.contains(".package("))
        let sources = Snapshot.packageRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 20)
        let forbidden = ["FoundationNetworking", "URLSession", "URLRequest", "socket(", "connect(", "getaddrinfo", "NWConnection", "CFSocket", "Stream.getStreamsToHost"]
        for file in files {
            let text = try String(contentsOfFile: sources.path + "/" + file, encoding: .utf8)
            for word in forbidden { #expect(!text.contains(word), "\(file) uses \(word)") }
        }
    }
}

/// The same input gives byte-identical output for every format, whatever `--jobs` is (SPEC 8).
@Suite struct DeterminismTests {
    @Test(arguments: OutputFormat.allCases)
    func everyFormatIsTheSameWhateverTheJobs(_ format: OutputFormat) throws {
        let corpus = Snapshot.packageRoot.appendingPathComponent("Corpus").path
        let one = run([corpus, "--format", format.rawValue, "--summary", "--jobs", "1"])
        let three = run([corpus, "--format", format.rawValue, "--summary", "--jobs", "3"])
        #expect(one.1 == three.1)
        #expect(one.0 == .failure && three.0 == .failure)
        #expect(one.1.count > 1_000)
    }

    @Test func theBuiltBinaryChecksTheCorpusEndToEnd() throws {
        let binary = try #require(builtBinary(), "the meetinglint binary is built beside the tests")
        let corpus = Snapshot.packageRoot.appendingPathComponent("Corpus").path
        let process = Process()
        process.executableURL = binary
        process.arguments = [corpus, "--format", "json"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let records = try #require(object["records"] as? [[String: Any]])
        let expected = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".md") }.count
        #expect(records.count == expected)
        // The binary agrees with the library the corpus tests check.
        #expect(String(decoding: data, as: UTF8.self) == run([corpus, "--format", "json"]).1)
    }
}
