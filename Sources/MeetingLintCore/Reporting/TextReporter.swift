/// The compiler-style `text` format and its first-line-only `oneline` form (SPEC 6).
///
///     Corpus/tac.md:12:1: error: This action does not say who will do it. [action-owner]
///        12 | - Refer A. to the counselling service by 28/03/2026.
///           | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
///       help: Start the action with the person's name, …
///       guidance: NCSCP, Essential components …
struct TextReporter: Reporter {
    let options: ReportOptions
    /// Whether to print the source line, help and guidance under each first line.
    let excerpts: Bool

    func begin() -> String { "" }

    func record(_ result: RecordResult) -> String {
        var output = ""
        for diagnostic in result.diagnostics {
            output += headline(result.path, diagnostic) + "\n"
            guard excerpts else { continue }
            if !options.redact { output += excerpt(diagnostic) }
            output += "  " + paint("help:", .bold) + " " + diagnostic.help + "\n"
            if !diagnostic.guidance.isEmpty { output += "  " + paint("guidance:", .bold) + " " + diagnostic.guidance + "\n" }
            output += "\n"
        }
        return output
    }

    func end(_ summary: RunSummary) -> String {
        var output = ""
        if options.summary { output += SummaryTable(summary: summary, catalogue: options.catalogue).text() }
        let style: Style = summary.errors > 0 ? .red : summary.warnings > 0 ? .yellow : .green
        output += paint(summary.line, style) + "\n"
        return output
    }

    /// `PATH:LINE:COL: SEVERITY: MESSAGE [RULE]`.
    func headline(_ path: String, _ diagnostic: Diagnostic) -> String {
        let message = options.redact ? diagnostic.redactedMessage : diagnostic.message
        let severity: Style = diagnostic.severity == .error ? .red : diagnostic.severity == .warning ? .yellow : .cyan
        return paint("\(path):\(diagnostic.start.line):\(diagnostic.start.column):", .bold) + " "
            + paint(diagnostic.severity.rawValue + ":", severity) + " " + message + " " + paint("[\(diagnostic.rule)]", .dim)
    }

    /// The widest excerpt shown, in columns: a longer line shows a window around the span.
    static let excerptWidth = 120

    /// The UTF-8 bytes of `…`, shown where a long line is cut.
    static let ellipsis = Array("…".utf8)

    /// `count` copies of an ASCII mark (`String(repeating:count:)` goes a character at a time).
    static func run(of mark: UInt8, _ count: Int) -> String {
        String(decoding: [UInt8](repeating: mark, count: max(0, count)), as: UTF8.self)
    }

    /// The source line with the span underlined. Tabs show as four spaces; a long line shows only
    /// a window around the span, with `…` where it is cut. Works only on the excerpt the
    /// diagnostic carries, so a line with thousands of findings costs no more than its length.
    func excerpt(_ diagnostic: Diagnostic) -> String {
        let number = String(diagnostic.start.line)
        let gutter = TextReporter.run(of: UInt8(ascii: " "), number.utf8.count)
        let scalars = Array(diagnostic.lineText.unicodeScalars)
        let offset = diagnostic.lineTextColumn - 1
        let lineLength = diagnostic.startLineLength
        // Columns of the whole line (1-based, end exclusive).
        let spanStart = max(1, diagnostic.start.column)
        let spanEnd = diagnostic.end.line == diagnostic.start.line ? max(spanStart + 1, diagnostic.end.column) : lineLength + 1
        var first = offset + 1
        var last = offset + scalars.count + 1
        if last - first > TextReporter.excerptWidth {
            first = max(first, spanStart - 20)
            last = min(last, first + TextReporter.excerptWidth)
        }
        // The shown text is built as UTF-8, counting its scalars (its columns) as it grows.
        var bytes: [UInt8] = []
        bytes.reserveCapacity((last - first) * 2 + 8)
        var width = 0
        if first > 1 {
            bytes.append(contentsOf: TextReporter.ellipsis)
            width = 1
        }
        var startColumn = width
        var endColumn = startColumn
        var column = first
        while column < last {
            if column == spanStart { startColumn = width }
            if column == spanEnd { endColumn = width }
            let scalar = scalars[column - 1 - offset]
            if scalar == "\t" {
                bytes.append(contentsOf: [0x20, 0x20, 0x20, 0x20])
                width += 4
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                bytes.append(0x20)
                width += 1
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
                width += 1
            }
            column += 1
        }
        if spanStart >= last { startColumn = width }
        if spanEnd >= last { endColumn = width }
        if last <= lineLength { bytes.append(contentsOf: TextReporter.ellipsis) }
        let shown = String(decoding: bytes, as: UTF8.self)
        let underline = TextReporter.run(of: UInt8(ascii: " "), startColumn) + TextReporter.run(of: UInt8(ascii: "^"), max(1, endColumn - startColumn))
        return "  " + paint(number + " |", .blue) + " " + shown + "\n" + "  " + paint(gutter + " |", .blue) + " "
            + paint(underline, diagnostic.severity == .error ? .red : diagnostic.severity == .warning ? .yellow : .cyan) + "\n"
    }

    enum Style: String {
        case bold = "1", dim = "2", red = "1;31", yellow = "1;33", cyan = "1;36", blue = "34", green = "32"
    }

    func paint(_ text: String, _ style: Style) -> String {
        options.color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

/// The `--summary` table: per rule, the records failing it and the compliance rate; per profile.
struct SummaryTable {
    let summary: RunSummary
    let catalogue: Catalogue

    /// Compliance as a whole percentage of the records read.
    static func rate(failing: Int, of total: Int) -> Int {
        guard total > 0 else { return 100 }
        return Int((Double(total - failing) / Double(total) * 100).rounded(.down))
    }

    func text() -> String {
        var output = "Compliance by standard (\(plural(summary.recordsRead, "record")) read):\n"
        let rules = summary.recordsFailing.keys.sorted()
        let profiles = summary.recordsByProfile.keys.sorted()
        // One column for both tables, wide enough for every name in either (a name is never cut).
        let width = max(12, (rules + profiles).map(\.count).max() ?? 0)
        for rule in rules {
            let failing = summary.recordsFailing[rule] ?? 0
            let padded = rule.padded(to: width)
            let checked = summary.recordsChecked(for: rule)
            output += "  \(padded)  \(failing) of \(checked) failing, \(SummaryTable.rate(failing: failing, of: checked))% compliant\n"
        }
        if rules.isEmpty { output += "  every record meets every standard checked\n" }
        output += "By meeting type:\n"
        for profile in profiles {
            let total = summary.recordsByProfile[profile] ?? 0
            let withErrors = summary.recordsWithErrorsByProfile[profile] ?? 0
            output += "  \(profile.padded(to: width))  \(plural(total, "record")), \(withErrors) with errors, \(SummaryTable.rate(failing: withErrors, of: total))% without errors\n"
        }
        return output + "\n"
    }
}
