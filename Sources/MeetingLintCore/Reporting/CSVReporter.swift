/// The `csv` format: the audit team's spreadsheet, one row per record (SPEC 6), in RFC 4180.
///
///     path,profile,meeting_date,errors,warnings,notes,total,action-owner,apologies,…
///     records/a.md,tac,2026-03-14,2,1,0,3,1,0,…
///
/// Each rule of the catalogue has a column (sorted by id) holding the record's count of findings
/// for it. Records that could not be read have no row (standard error names them). Lines end in
/// CRLF; a field holding `,`, `"`, CR or LF is quoted, with quotes doubled. A field a spreadsheet
/// would run as a formula — starting with `=`, `+`, `-`, `@`, tab or CR — gets a leading `'`.
/// There is no byte-order mark, so other tools read the header as written.
struct CSVReporter: Reporter {
    let options: ReportOptions
    /// The rule ids, in column order.
    let ruleIDs: [String]

    init(options: ReportOptions) {
        self.options = options
        ruleIDs = options.catalogue.ruleIDs
    }

    func begin() -> String {
        CSVReporter.row(["path", "profile", "meeting_date", "errors", "warnings", "notes", "total"] + ruleIDs)
    }

    func record(_ result: RecordResult) -> String {
        guard result.failure == nil else { return "" }
        var counts: [String: Int] = [:]
        for diagnostic in result.diagnostics { counts[diagnostic.rule, default: 0] += 1 }
        var cells = [result.path, result.profile, result.meetingDate?.iso ?? ""]
        cells += [result.count(.error), result.count(.warning), result.count(.note), result.diagnostics.count].map(String.init)
        cells += ruleIDs.map { String(counts[$0] ?? 0) }
        return CSVReporter.row(cells)
    }

    func end(_ summary: RunSummary) -> String { "" }

    /// One CSV line, ending in CRLF.
    static func row(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field: neutralised if a spreadsheet would run it, then quoted if it needs to be.
    static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingScalar("\"", with: "\"\"") + "\""
    }
}
