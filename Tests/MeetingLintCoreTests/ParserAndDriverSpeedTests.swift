import Foundation
import Testing

@testable import MeetingLintCore

/// The shortcuts around the model (the parser's short way for common lines, the walk's byte
/// order and record names, reading a file, the JSON reporter's memo of literals, the summary's
/// rule slots), each checked against the plain way it replaces, kept here as the reference.
@Suite struct ParserAndDriverSpeedTests {
    // MARK: - Parser

    /// Every record of the bundled corpus and every parser and fuzz fixture.
    static var corpus: [SourceFile] { ParserSpeedTests.sources }

    /// Every field of every node, the cells and the problems: two parses are the same only if
    /// these are.
    static func fullDump(_ document: Document) -> [String] {
        var lines = document.nodes.map { node in
            "\(node.kind) \(node.range) \(node.content) \(node.key) \(node.level) \(node.task) \(node.isHeader) \(node.isDelimiter) "
                + "\(node.indent) \(node.cellStart) \(node.cellCount) \(node.parent) \(node.firstChild) \(node.lastChild) \(node.nextSibling)"
        }
        lines.append("cells \(document.cells)")
        lines.append("problems \(document.problems)")
        return lines
    }

    /// The short way for blank and plain lines outside containers gives the tree the long way
    /// gives, on the corpus.
    @Test func shortcutsGiveTheLongWaysTreeOnTheCorpus() {
        #expect(ParserAndDriverSpeedTests.corpus.count > 50)
        for source in ParserAndDriverSpeedTests.corpus {
            let short = ParserAndDriverSpeedTests.fullDump(Document(parsing: source, shortcuts: true))
            let long = ParserAndDriverSpeedTests.fullDump(Document(parsing: source, shortcuts: false))
            #expect(short == long, "\(source.path)")
        }
    }

    /// … and on random records made of lines that start every kind of block, next to each other
    /// in any order, with spaces, tabs, CR LF and lines without an end.
    @Test func shortcutsGiveTheLongWaysTreeOnRandomRecords() {
        let lines = [
            "", " ", "\t", "Plain text", "Key: value", "**Chair:** Ann", "text | with pipe", "| a | b |", "|---|---|", "a | b", "--- | ---",
            "# Heading", "## Heading ##", "##Attendance", "Heading", "===", "---", "***", "___", "- item", "* item", "+ item", "1. first",
            "2) second", "- [ ] task", "- [x] done", "> quote", ">", "  indented text", "    code-ish", "\tTabbed", "```", "```swift", "~~~",
            "<!-- comment -->", "<!-- open", "still comment -->", "-->", "Ünïcode line", "é: value", "12 apples", "-", "- ", "1.", "text  ",
            "| lone pipe", "\u{FEFF}bom text", "a\u{0}b",
        ]
        var generator = SplitMix64(seed: 0x10_5e_ed)
        for round in 0..<4_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...30, using: &generator) {
                text += lines.randomElement(using: &generator)!
                text += Int.random(in: 0..<6, using: &generator) == 0 ? "\r\n" : "\n"
            }
            if Bool.random(using: &generator) { text.removeLast() }
            let source = SourceFile(path: "random", text: text)
            let short = ParserAndDriverSpeedTests.fullDump(Document(parsing: source, shortcuts: true))
            let long = ParserAndDriverSpeedTests.fullDump(Document(parsing: source, shortcuts: false))
            #expect(short == long, "round \(round): \(text.debugDescription)")
            if short != long { return }
        }
    }

    /// The walk from the root, the order the model reads nodes in, written through pointers (or,
    /// where the parser made the nodes in that order, their indexes written out): the same nodes
    /// in the same order as the walk with a growing array (kept here), on the corpus and on
    /// random records, whose pieces make the trees the parser rewrites (setext headings, tables
    /// whose header line was a paragraph's, lazy lines).
    @Test func everyNodeInOrderIsTheGrowingArraysWalk() {
        func plainWalk(_ document: Document) -> [Int32] {
            var result: [Int32] = []
            var pending: [Int32] = []
            var current = document.nodes[0].firstChild
            while true {
                if current < 0 {
                    guard let resumed = pending.popLast() else { break }
                    current = resumed
                    continue
                }
                result.append(current)
                let node = document.nodes[Int(current)]
                if node.firstChild >= 0 {
                    if node.nextSibling >= 0 { pending.append(node.nextSibling) }
                    current = node.firstChild
                } else {
                    current = node.nextSibling
                }
            }
            return result
        }
        var sources = ParserAndDriverSpeedTests.corpus
        let pieces = [
            "- ", "  - ", "> ", "1. ", "text", "# H", "| a | b |", "|---|---|", "", "```", "Key: v", "   ", "<!--", "-->", "===", "---",
            "a | b", "1) ", "* ", "\t", "**B**", "- [ ] ", "~~~",
        ]
        var generator = SplitMix64(seed: 0x77_61_6c_6b)
        for _ in 0..<1_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...25, using: &generator) {
                for _ in 0..<Int.random(in: 1...3, using: &generator) { text += pieces.randomElement(using: &generator)! }
                text += "\n"
            }
            sources.append(SourceFile(path: "random", text: text))
        }
        sources.append(SourceFile(path: "empty", text: ""))
        for source in sources {
            let document = Document(parsing: source)
            #expect(document.descendants(of: Document.root) == plainWalk(document), "\(source.path)")
            // The parser keeps every tree in order: the walk is never needed.
            #expect(document.nodesInDocumentOrder, "\(source.path)")
            // The walk, for a tree that was not (which the parser never makes).
            var walked = document
            walked.nodesInDocumentOrder = false
            #expect(walked.descendants(of: Document.root) == plainWalk(document), "\(source.path)")
        }
    }

    // MARK: - Walk

    /// Names and paths made of pieces that sort differently as bytes, characters and code units.
    static func randomNames(count: Int, seed: UInt64) -> [String] {
        let pieces = ["a", "b", "A", "Z", "0", "9", ".", "-", "_", "/", " ", "é", "e\u{301}", "É", "😀", "ß", "\u{212A}", "md", "MD", "~", "\u{7F}"]
        var generator = SplitMix64(seed: seed)
        var names: [String] = [""]
        for _ in 0..<count {
            var name = ""
            for _ in 0..<Int.random(in: 0...8, using: &generator) { name += pieces.randomElement(using: &generator)! }
            names.append(name)
            // A prefix of another name now and then: a shorter name comes first.
            if Bool.random(using: &generator), let last = names.last, !last.isEmpty { names.append(String(last.dropLast())) }
        }
        return names
    }

    /// The walk's order is byte order, as comparing the UTF-8 views gives it.
    @Test func walkOrderIsTheUTF8ViewsOrder() {
        let names = ParserAndDriverSpeedTests.randomNames(count: 600, seed: 0x0d_e7)
        for (index, left) in names.enumerated() {
            for right in names[max(0, index - 40)...min(names.count - 1, index + 40)] {
                #expect(FileWalker.order(left, right) == left.utf8.lexicographicallyPrecedes(right.utf8), "\(left.debugDescription) \(right.debugDescription)")
            }
        }
        #expect(names.sorted(by: FileWalker.order) == names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    /// Record names are those whose lower-cased name ends in `.md` or `.markdown`.
    @Test func recordNamesAreThoseTheLowerCasedNameGives() {
        func plain(_ name: String) -> Bool {
            let lower = name.lowercased()
            return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
        }
        var names = ["a.md", "A.MD", "a.Md", "x.markdown", "X.MarkDown", "x.mar\u{212A}down", "x.m\u{212A}", ".md", "md", "x.mdx", "é.md", "É.MD",
                     "x.md ", "x.md\u{301}", "x.MD\u{301}", "x.markdown\r\n", "x.md\n", "x.", "", ".MARKDOWN", "x.m d", "notes.txt", "x.İmd"]
        names += ParserAndDriverSpeedTests.randomNames(count: 2_000, seed: 0x6e_61_6d)
        names += names.map { $0 + ".md" } + names.map { $0 + ".MarkDown" }
        for name in names { #expect(FileWalker.isRecordName(name) == plain(name), "\(name.debugDescription)") }
    }

    // MARK: - Reading

    /// A file is read whole, at every size around the reader's buffer and a read's end, and a
    /// NUL byte in its first 8 KiB makes it binary.
    @Test func filesAreReadWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("perf3-io-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SplitMix64(seed: 0x72_65_61_64)
        for size in [0, 1, 2, 3, 7, 8, 4095, 4096, 4097, 8191, 8192, 8193, 65535, 65536, 65537, 200_000] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 1...255, using: &generator) }
            let url = folder.appendingPathComponent("record-\(size).md")
            try Data(bytes).write(to: url)
            guard case .success(let read) = RecordReader.read(url.path) else {
                Issue.record("\(size) bytes: not read")
                continue
            }
            #expect(read == bytes, "\(size) bytes")
            if size > 0 {
                var binary = bytes
                binary[min(size - 1, 8191)] = 0
                try Data(binary).write(to: url)
                if case .failure(.binary) = RecordReader.read(url.path) {} else { Issue.record("\(size) bytes with a NUL: not binary") }
            }
        }
        if case .failure(.notAFile) = RecordReader.read(folder.path) {} else { Issue.record("a folder read as a file") }
        if case .failure(.system) = RecordReader.read(folder.appendingPathComponent("missing.md").path) {} else { Issue.record("a missing file read") }
    }

    /// A descriptor whose size is not known (a pipe, as standard input may be) is read to its end
    /// whatever the hint.
    @Test func pipesAreReadToTheirEnd() {
        for size in [0, 1, 100, 4096, 60_000] {
            for hint in [0, 1, size, 1 << 16] {
                var ends: [Int32] = [0, 0]
                guard pipe(&ends) == 0 else {
                    Issue.record("no pipe")
                    return
                }
                let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 % 200 + 1) }
                let writeEnd = ends[1]
                // Written from another thread: a pipe holds only so much.
                let writer = Thread {
                    bytes.withUnsafeBytes { raw in
                        var offset = 0
                        while offset < raw.count {
                            let written = write(writeEnd, raw.baseAddress! + offset, raw.count - offset)
                            if written <= 0 { break }
                            offset += written
                        }
                    }
                    close(writeEnd)
                }
                writer.start()
                let read = RecordReader.readAll(ends[0], sizeHint: hint)
                close(ends[0])
                guard case .success(let got) = read else {
                    Issue.record("\(size) bytes, hint \(hint): not read")
                    continue
                }
                #expect(got == bytes, "\(size) bytes, hint \(hint)")
            }
        }
    }

    // MARK: - JSON

    /// Texts that come back, written through the memo, give the bytes `JSON.string` gives: over
    /// more texts than the memo has slots, texts equal to one another in separate storage, and
    /// every character the escaper treats differently.
    @Test func memoisedLiteralsAreTheEscapedTexts() {
        let pieces = ["a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{7F}", "\u{2028}", "\u{2029}", "’", "é", "😀", "-", "'", "0",
                      "Add a 'Siblings' section", "NCSCP, Essential components (clarity)"]
        var generator = SplitMix64(seed: 0x6a_73_6f_6e)
        var texts: [String] = [""]
        for _ in 0..<(TextSlot.count * 3) {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) { text += pieces.randomElement(using: &generator)! }
            texts.append(text)
        }
        var memo = JSONStringMemo()
        for _ in 0..<20_000 {
            var text = texts.randomElement(using: &generator)!
            // The same text in storage of its own now and then.
            if Bool.random(using: &generator) { text = String(decoding: Array(text.utf8), as: UTF8.self) }
            var output: [UInt8] = []
            OutputBytes.append(to: &output) { $0.appendJSONString(text, memo: &memo) }
            #expect(output == Array(JSON.string(text).utf8), "\(text.debugDescription)")
        }
    }

    /// Numbers are written as string interpolation writes them, the one- and two-digit ones the
    /// short way included.
    @Test func decimalsAreTheInterpolatedNumbers() {
        var values = Array(-1_200...1_200) + [Int.max, Int.min, Int.max - 1, Int.min + 1, 1_000_000, 99_999, 100_000]
        var generator = SplitMix64(seed: 0x64_65_63)
        for _ in 0..<2_000 { values.append(Int(bitPattern: UInt(truncatingIfNeeded: generator.next()))) }
        for value in values {
            var output: [UInt8] = []
            OutputBytes.append(to: &output) { $0.appendDecimal(value) }
            #expect(output == Array("\(value)".utf8), "\(value)")
        }
    }

    // MARK: - Start-up

    /// A rule document's outline reads lines ending in LF, CR LF or nothing, blank ones among them.
    @Test func outlinesReadEveryLineEnd() {
        let text = "---\r\nid: first\n\"quoted\": 'value'\r\n---\n\n## Items\r\n- one\n-  two  \r\n\n```\n- not an item\n```\n### Last\n- three"
        let outline = DataOutline(text: text)
        #expect(outline.fields.map { "\($0.key)=\($0.value)" } == ["id=first", "\"quoted\"=value"])
        #expect(outline.sections.map { "\($0.title):\($0.items.joined(separator: ","))" } == ["Items:one,two", "Last:three"])
        #expect(DataOutline(text: "").sections.isEmpty)
        #expect(DataOutline(text: "\n\n## A\n- x\n").items("a") == ["x"])
        // Fences of either kind hide headings and items; only `##` and `###` open a section, and
        // only `- ` at the line's start an item.
        let fenced = DataOutline(text: "## A\n~~~\n## not a section\n- not an item\n~~~\n- a\n-b\n#### deeper\n- c\n   - indented\n#no\n`x`\n```md\n### hidden\n```\n### B\n-   \n- d")
        #expect(fenced.sections.map { "\($0.title):\($0.items.joined(separator: ","))" } == ["A:a,c", "B:d"])
    }

    /// The runner reads `NO_COLOR` from the environment as the whole environment has it.
    @Test func theRunnerReadsNoColorFromTheEnvironment() {
        #expect(Runner().environment["NO_COLOR"] == ProcessInfo.processInfo.environment["NO_COLOR"])
    }

    // MARK: - Summary

    /// The summary's totals by rule and profile are those a plain count by dictionary gives,
    /// over more rules than there are slots (so slots clash) and rule ids equal in separate storage.
    @Test func summaryTotalsAreThePlainCounts() {
        let rules = (0..<(TextSlot.count + 150)).map { "rule-\($0)" } + ["a", "ab", "x-long-rule-name-of-many-bytes"]
        let profiles = ["tac", "cin", "cp", "generic", "", "a-long-profile-name-indeed"]
        var generator = SplitMix64(seed: 0x73_75_6d)
        var summary = RunSummary()
        var findings: [String: Int] = [:]
        var failing: [String: Int] = [:]
        var byProfile: [String: Int] = [:]
        for _ in 0..<3_000 {
            var diagnostics: [Diagnostic] = []
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                var rule = rules.randomElement(using: &generator)!
                if Bool.random(using: &generator) { rule = String(decoding: Array(rule.utf8), as: UTF8.self) }
                diagnostics.append(
                    Diagnostic(
                        rule: rule, severity: Severity.allCases.randomElement(using: &generator)!, message: "m", redactedMessage: "m", help: "", guidance: "",
                        start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1), lineText: ""))
            }
            let profile = profiles.randomElement(using: &generator)!
            summary.add(RecordResult(path: "r.md", profile: profile, meetingDate: nil, diagnostics: diagnostics))
            byProfile[profile, default: 0] += 1
            for diagnostic in diagnostics { findings[diagnostic.rule, default: 0] += 1 }
            for rule in Set(diagnostics.map(\.rule)) { failing[rule, default: 0] += 1 }
        }
        #expect(summary.byRule == findings)
        #expect(summary.recordsFailing == failing)
        #expect(summary.recordsByProfile == byProfile)
    }
}
