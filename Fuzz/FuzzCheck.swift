// libFuzzer target for the whole of meetinglint's check: parser, model, every rule, suppressions
// and every reporter. Not part of the package: `scripts/fuzz SECONDS` compiles it together with
// `Sources/MeetingLintCore/**/*.swift` and the generated `EmbeddedRules.swift` into one module
// named `MeetingLintCore` (so internal API is visible) with `-sanitize=fuzzer,address`.
//
// A crash, an address-sanitizer report, a leak, a hang (`-timeout`) or a broken invariant below
// (which traps with a message) is a finding. The input is any byte sequence: SPEC 8 says no input
// may crash meetinglint or make it hang.
//
// MEETINGLINT_FUZZ_ALLOW=KEY[,KEY] lets the fuzzer go on past broken invariants already reported
// (their keys are in brackets in their messages), so one known bug does not stop it finding others.

import Foundation

/// Every rule on, whatever the profile says, so every check runs on every input.
let fuzzSettings: RuleSettings = {
    var settings = RuleSettings()
    settings.enabled = Set(Catalogue.builtIn.ruleIDs)
    return settings
}()

/// Built once: loading the catalogue parses every rule document.
let fuzzLinter = Linter(catalogue: .builtIn, settings: fuzzSettings)

/// The two option sets each reporter is run with: plain, and coloured, redacted, with a summary.
let fuzzReportOptions: [ReportOptions] = {
    var plain = ReportOptions()
    plain.catalogue = fuzzLinter.catalogue
    var everything = plain
    everything.color = true
    everything.redact = true
    everything.summary = true
    return [plain, everything]
}()

/// One reporter per format and option set, `begin()` already called. `begin()` does not depend on
/// the input, and SARIF's (every rule's description) costs more than the whole check, so each
/// input gets a copy of these (reporters are values) and runs `record` and `end` on it.
nonisolated(unsafe) let fuzzBegunReporters: [any Reporter] = fuzzReportOptions.flatMap { options in
    OutputFormat.allCases.map { format -> any Reporter in
        var reporter = format.reporter(options)
        _ = reporter.begin().utf8.count
        return reporter
    }
}

/// Invariants whose breaking is already known (`MEETINGLINT_FUZZ_ALLOW`).
let fuzzAllowed: Set<String> = Set(
    (ProcessInfo.processInfo.environment["MEETINGLINT_FUZZ_ALLOW"] ?? "").split(separator: ",").map { String($0) })

/// Stops the run with a message that says which invariant broke; libFuzzer saves the input.
func fuzzInvariant(_ key: String, _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !fuzzAllowed.contains(key), !condition() { fatalError("fuzz invariant [\(key)]: \(message())") }
}

/// Whether `treeDump()` will finish quickly. The dump is a test aid whose size is quadratic by
/// design: it indents each node by its depth, and it counts each node's and cell's column from the
/// start of its line. Lists nested 30,000 deep, or thousands of cells on one line, would make every
/// run a timeout and hide real findings, so such inputs skip the dump (they still get the check).
func treeDumpIsCheap(_ document: Document) -> Bool {
    let source = document.source
    var cost = 0
    func column(_ offset: Int) -> Int { offset - source.lineStarts[source.lineIndex(of: offset)] }
    var pending: [(Int32, Int)] = [(Document.root, 0)]
    while let (index, depth) = pending.popLast() {
        let node = document[index]
        cost += 2 * depth + column(node.range.start) + column(node.range.end)
        if node.kind == .tableRow {
            for cell in document.cells(of: index) { cost += column(cell.start) + column(cell.end) }
        }
        if cost > 20_000_000 { return false }
        var child = node.firstChild
        while child >= 0 {
            pending.append((child, depth + 1))
            child = document[child].nextSibling
        }
    }
    return true
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let source = SourceFile(path: "fuzz/input.md", bytes: bytes)

    // The parser and its tree dump: as markdown reads the record, and as a check does, told the
    // record's headings (`Meeting(parsing:settings:)`).
    func checkTree(_ document: Document) {
        if treeDumpIsCheap(document) { _ = document.treeDump() }
        let nodeCount = document.nodes.count
        for index in 0..<nodeCount {
            let node = document.nodes[index]
            fuzzInvariant(
                "node-range", node.range.start >= 0 && node.range.start <= node.range.end && node.range.end <= source.bytes.count,
                "node \(index) (\(node.kind)) has range \(node.range.start)..<\(node.range.end) in \(source.bytes.count) bytes")
            fuzzInvariant("node-links", node.firstChild < nodeCount && node.nextSibling < nodeCount, "node \(index) links outside the tree")
        }
    }
    let document = Document(parsing: source)
    checkTree(document)
    _ = Meeting(document: document, settings: fuzzLinter.model).profileID

    // The meeting model, as the rules see it.
    let meeting = Meeting(parsing: source, settings: fuzzLinter.model)
    checkTree(meeting.document)
    _ = meeting.profileID

    // The whole check, keeping the text so the HTML report of a single record shows it.
    let result = fuzzLinter.check(source, keepText: true)
    let lineLimit = source.lineStarts.count  // a span may end at the very end of the record
    for diagnostic in result.diagnostics {
        func span() -> String {
            "[\(diagnostic.rule)] spans \(diagnostic.start.line):\(diagnostic.start.column)-\(diagnostic.end.line):\(diagnostic.end.column) in a record of \(source.lineCount) lines"
        }
        fuzzInvariant("line-range", diagnostic.start.line >= 1 && diagnostic.end.line <= lineLimit, span())
        let columnsValid = diagnostic.start.column >= 1 && diagnostic.end.column >= 1
        fuzzInvariant("column-zero", columnsValid, span())
        // (A column of 0 also puts the end before the start; that is reported as column-zero.)
        if columnsValid { fuzzInvariant("span-order", diagnostic.start <= diagnostic.end, span()) }
    }

    // Every reporter, as a run of one record would use it.
    var summary = RunSummary()
    summary.add(result)
    // A report grows with the record and its findings, not with their product: a long line
    // repeated under each of thousands of findings is a hang in all but name.
    let outputLimit = 4096 * (result.diagnostics.count + 1) + 4 * size + 65536
    for begun in fuzzBegunReporters {
        var reporter = begun
        var output = reporter.record(result)
        output += reporter.end(summary)
        let count = output.utf8.count
        fuzzInvariant(
            "output-size", count <= outputLimit,
            "a report of \(count) bytes for \(size) input bytes and \(result.diagnostics.count) findings (limit \(outputLimit))")
    }
    return 0
}
