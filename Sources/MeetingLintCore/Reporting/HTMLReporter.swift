/// The `html` format: one self-contained page for people (SPEC 6) — the run's totals, compliance
/// per standard as a bar chart, results per meeting type, the records with the most findings, each
/// record's findings and, for a single record, the record itself with the problems marked in place.
///
/// The page is polyglot XHTML: it parses as XML (quoted attributes, self-closed void elements, no
/// named entities but XML's five) and as HTML. It has inline CSS only: no scripts, fonts or other
/// files. Every path, message and piece of record text is escaped. Severity is shown by a word as
/// well as a colour. With `--redact` it shows no excerpt and no record text; paths stay.
///
/// How it streams: the summary needs the whole run, but holding every record's findings until
/// the end would make memory grow with the run. So each record's section is written as the record
/// arrives, and `end(_:)` writes the summary after them, using only `RunSummary`'s totals and a
/// running list of the ten records with the most findings. The page is a flex column, and CSS
/// `order` draws the summary above the records. Because assistive technology reads in document
/// order, the header at the top links to the summary.
struct HTMLReporter: Reporter {
    let options: ReportOptions
    /// How many records the "most findings" table lists.
    static let topCount = 10

    /// A record in the running "most findings" list.
    struct Ranked: Equatable {
        var index: Int
        var path: String
        var profile: String
        var errors: Int
        var warnings: Int
        var notes: Int

        /// Most errors first, then most warnings, then most notes, then the order read.
        static func before(_ lhs: Ranked, _ rhs: Ranked) -> Bool {
            if lhs.errors != rhs.errors { return lhs.errors > rhs.errors }
            if lhs.warnings != rhs.warnings { return lhs.warnings > rhs.warnings }
            if lhs.notes != rhs.notes { return lhs.notes > rhs.notes }
            return lhs.index < rhs.index
        }
    }

    /// Records seen so far (each section's anchor is `record-N`).
    private var count = 0
    /// The records with the most findings so far, at most `topCount`, best first.
    private(set) var top: [Ranked] = []

    init(options: ReportOptions) { self.options = options }

    // MARK: - Reporter

    func begin() -> String {
        var output = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n<head>\n"
        output += "<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
        output += "<meta name=\"generator\" content=\"meetinglint \(escape(options.version))\" />\n"
        output += "<title>Meeting records report &#8212; meetinglint</title>\n<style>\n" + HTMLReporter.css + "</style>\n</head>\n<body>\n"
        output += "<div class=\"page\">\n<header class=\"masthead\">\n"
        output += "<p class=\"tool\">meetinglint \(escape(options.version))</p>\n<h1>Meeting records report</h1>\n"
        output += "<p class=\"lede\">How these records of multi-agency meetings about children meet the recording standards in the practice guidance.</p>\n"
        output += "<nav class=\"jump\"><a href=\"#summary\">Summary</a> <a href=\"#records\">Findings by record</a></nav>\n"
        if options.redact {
            output += "<p class=\"redacted\"><strong>Redacted.</strong> This report leaves out the records&#8217; text and the words findings would quote. Paths are shown.</p>\n"
        }
        output += "</header>\n<section class=\"records\" id=\"records\" aria-labelledby=\"records-title\">\n"
        output += "<h2 id=\"records-title\">Findings by record</h2>\n"
        return output
    }

    mutating func record(_ result: RecordResult) -> String {
        count += 1
        let anchor = "record-\(count)"
        if result.failure == nil, !result.diagnostics.isEmpty {
            let entry = Ranked(
                index: count, path: result.path, profile: result.profile, errors: result.count(.error),
                warnings: result.count(.warning), notes: result.count(.note))
            if top.count < HTMLReporter.topCount || Ranked.before(entry, top[top.count - 1]) {
                top.append(entry)
                top.sort(by: Ranked.before)
                if top.count > HTMLReporter.topCount { top.removeLast() }
            }
        }
        return recordSection(result, anchor: anchor)
    }

    func end(_ summary: RunSummary) -> String {
        var output = "</section>\n"
        output += "<section class=\"summary\" id=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Summary</h2>\n"
        output += totals(summary)
        if summary.recordsRead == 1 {
            // Shares of one record are all 0% or 100%: list the standards it misses instead.
            output += standardsNotMet(summary)
        } else {
            output += complianceChart(summary)
            output += profiles(summary)
            output += mostFindings()
        }
        output += "</section>\n"
        output += "<footer class=\"colophon\"><p>Made by meetinglint \(escape(options.version)). Columns count characters; "
        output += "a finding about something missing from the whole record points at line 1.</p></footer>\n"
        output += "</div>\n</body>\n</html>\n"
        return output
    }

    // MARK: - Summary sections

    /// The run's totals as a row of figures, and the summary line.
    func totals(_ summary: RunSummary) -> String {
        var figures: [(String, Int, String)] = [
            ("Records checked", summary.recordsRead, "plain"), ("Clean", summary.clean, "ok"),
            ("Errors", summary.errors, "error"), ("Warnings", summary.warnings, "warning"), ("Notes", summary.notes, "note"),
        ]
        if summary.unreadable > 0 { figures.append(("Could not be read", summary.unreadable, "error")) }
        var output = "<ul class=\"figures\">\n"
        for (label, value, style) in figures {
            output += "<li class=\"figure figure-\(style)\"><span class=\"value\">\(value)</span> <span class=\"label\">\(label)</span></li>\n"
        }
        output += "</ul>\n<p class=\"total-line\">\(escape(summary.line)).</p>\n"
        return output
    }

    /// For each standard with findings, the share of records that meet it, as horizontal bars,
    /// worst first.
    func complianceChart(_ summary: RunSummary) -> String {
        var output = "<h3>Compliance by standard</h3>\n"
        let read = summary.recordsRead
        guard read > 0 else { return output + "<p class=\"empty\">No record was read.</p>\n" }
        let rules = summary.recordsFailing.map { (rule: $0.key, failing: $0.value) }
            .sorted { ($0.failing, $1.rule) > ($1.failing, $0.rule) }
        guard !rules.isEmpty else {
            return output + "<p class=\"empty ok-text\">Every record meets every standard checked.</p>\n"
        }
        output += "<p class=\"explain\">For each standard with findings, the share of the records it applies to (of the \(plural(read, "record")) read) that meet it; standards not listed are met by every record.</p>\n"
        output += "<ol class=\"chart\">\n"
        for (rule, failing) in rules {
            // Rates are over the records the standard applies to (`family-informed`: professionals' meetings).
            let checked = summary.recordsChecked(for: rule)
            let meeting = checked - failing
            let rate = SummaryTable.rate(failing: failing, of: checked)
            let band = rate >= 90 ? "high" : rate >= 60 ? "mid" : "low"
            let summaryText = options.catalogue.rules[rule]?.summary ?? ""
            output += "<li class=\"bar-row\">\n<div class=\"bar-label\"><code>\(escape(rule))</code>"
            if !summaryText.isEmpty { output += " <span class=\"rule-summary\">\(escape(summaryText))</span>" }
            output += "</div>\n"
            output += "<div class=\"bar-track\" aria-hidden=\"true\"><div class=\"bar-fill bar-\(band)\" style=\"width: \(rate)%\"></div></div>\n"
            output += "<div class=\"bar-value\"><strong>\(rate)%</strong> <span>\(meeting) of \(checked) meet it</span></div>\n</li>\n"
        }
        return output + "</ol>\n"
    }

    /// For a report on one record: the standards it does not meet, with how many findings each.
    func standardsNotMet(_ summary: RunSummary) -> String {
        var output = "<h3>Standards this record does not meet</h3>\n"
        guard !summary.byRule.isEmpty else { return output + "<p class=\"empty ok-text\">The record meets every standard checked.</p>\n" }
        output += "<ul class=\"unmet\">\n"
        for (rule, count) in summary.byRule.sorted(by: { $0.key < $1.key }) {
            output += "<li><code>\(escape(rule))</code>"
            if let text = options.catalogue.rules[rule]?.summary, !text.isEmpty { output += " <span class=\"rule-summary\">\(escape(text))</span>" }
            output += " <span class=\"unmet-count\">\(plural(count, "finding"))</span></li>\n"
        }
        return output + "</ul>\n"
    }

    /// Records, records with errors and the share without errors, by meeting type.
    func profiles(_ summary: RunSummary) -> String {
        var output = "<h3>By meeting type</h3>\n"
        let ids = summary.recordsByProfile.keys.sorted()
        guard !ids.isEmpty else { return output + "<p class=\"empty\">No record was read.</p>\n" }
        output += "<table class=\"grid\">\n<thead><tr><th scope=\"col\">Meeting type</th><th scope=\"col\" class=\"num\">Records</th>"
        output += "<th scope=\"col\" class=\"num\">With errors</th><th scope=\"col\" class=\"num\">Without errors</th></tr></thead>\n<tbody>\n"
        for id in ids {
            let total = summary.recordsByProfile[id] ?? 0
            let withErrors = summary.recordsWithErrorsByProfile[id] ?? 0
            let name = options.catalogue.profiles[id]?.name ?? id
            output += "<tr><th scope=\"row\">\(escape(HTMLReporter.capitalised(name))) <code>\(escape(id))</code></th>"
            output += "<td class=\"num\">\(total)</td><td class=\"num\">\(withErrors)</td>"
            output += "<td class=\"num\">\(SummaryTable.rate(failing: withErrors, of: total))%</td></tr>\n"
        }
        return output + "</tbody>\n</table>\n"
    }

    /// The records with the most findings: errors first, then warnings.
    func mostFindings() -> String {
        var output = "<h3>Records with the most findings</h3>\n"
        guard !top.isEmpty else { return output + "<p class=\"empty ok-text\">No record has a finding.</p>\n" }
        output += "<table class=\"grid\">\n<thead><tr><th scope=\"col\">Record</th><th scope=\"col\">Meeting type</th>"
        output += "<th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Warnings</th><th scope=\"col\" class=\"num\">Notes</th></tr></thead>\n<tbody>\n"
        for entry in top {
            output += "<tr><th scope=\"row\"><a href=\"#record-\(entry.index)\" class=\"path\">\(escape(entry.path))</a></th>"
            output += "<td><code>\(escape(entry.profile))</code></td><td class=\"num\">\(entry.errors)</td>"
            output += "<td class=\"num\">\(entry.warnings)</td><td class=\"num\">\(entry.notes)</td></tr>\n"
        }
        return output + "</tbody>\n</table>\n"
    }

    // MARK: - A record

    /// One record's section: its heading, counts, findings and, when given, its text.
    func recordSection(_ result: RecordResult, anchor: String) -> String {
        var output = "<article class=\"record\" id=\"\(anchor)\">\n<h3 class=\"path\">\(escape(result.path))</h3>\n"
        if let failure = result.failure {
            output += "<p class=\"failure\"><span class=\"sev sev-error\">Error</span> This record could not be read: \(escape(failure))</p>\n"
            return output + "</article>\n"
        }
        output += "<p class=\"meta\">"
        let profileName = options.catalogue.profiles[result.profile]?.name
        output += "<span>Meeting type: \(escape(profileName.map(HTMLReporter.capitalised) ?? result.profile)) <code>\(escape(result.profile))</code></span>"
        output += "<span>Meeting date: \(escape(result.meetingDate?.description ?? "not found"))</span>"
        if result.diagnostics.isEmpty {
            output += "<span class=\"count count-ok\">Meets every standard checked</span>"
        } else {
            for severity in [Severity.error, .warning, .note] {
                let number = result.count(severity)
                if number > 0 { output += "<span class=\"count count-\(severity.rawValue)\">\(plural(number, severity.rawValue))</span>" }
            }
        }
        output += "</p>\n"
        let showText = !options.redact && result.text != nil
        if !result.diagnostics.isEmpty {
            output += findingsTable(result.diagnostics, anchor: anchor, linkLines: showText)
        }
        if showText, let text = result.text {
            output += sourceView(text, diagnostics: result.diagnostics, anchor: anchor)
        }
        return output + "</article>\n"
    }

    /// A record's findings as a table: where, severity, standard, message with help and guidance.
    /// Without the record's text beside it, each finding shows its line (unless redacted).
    func findingsTable(_ diagnostics: [Diagnostic], anchor: String, linkLines: Bool) -> String {
        var output = "<table class=\"findings\">\n<thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Severity</th>"
        output += "<th scope=\"col\">Standard</th><th scope=\"col\">Finding</th></tr></thead>\n<tbody>\n"
        for diagnostic in diagnostics {
            let place = "\(diagnostic.start.line):\(diagnostic.start.column)"
            let whole = HTMLReporter.isAboutWholeRecord(diagnostic)
            let whereCell = linkLines && !whole ? "<a href=\"#\(anchor)-L\(diagnostic.start.line)\">\(place)</a>" : place
            output += "<tr class=\"row-\(diagnostic.severity.rawValue)\"><td class=\"where\">\(whereCell)</td>"
            output += "<td>\(HTMLReporter.badge(diagnostic.severity))</td><td><code>\(escape(diagnostic.rule))</code></td><td>"
            output += "<p class=\"message\">\(escape(message(diagnostic)))</p>"
            if !options.redact, !linkLines, !diagnostic.lineText.isEmpty, !HTMLReporter.isAboutWholeRecord(diagnostic) {
                let cut = (diagnostic.excerptCutsStart ? "…" : "", diagnostic.excerptCutsEnd ? "…" : "")
                output += "<pre class=\"excerpt\"><span class=\"ln\">\(diagnostic.start.line)</span>\(cut.0)\(escape(HTMLReporter.displayable(diagnostic.lineText), inAttribute: false))\(cut.1)</pre>"
            }
            output += "<p class=\"help\"><strong>How to fix:</strong> \(escape(diagnostic.help))</p>"
            if !diagnostic.guidance.isEmpty { output += "<p class=\"guidance\"><strong>Guidance:</strong> \(escape(diagnostic.guidance))</p>" }
            output += "</td></tr>\n"
        }
        return output + "</tbody>\n</table>\n"
    }

    /// The record with line numbers, each finding's span marked and its message under its line.
    func sourceView(_ text: String, diagnostics: [Diagnostic], anchor: String) -> String {
        // Split at LF by code point (a CRLF is one `Character`), dropping the CR of CRLF.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line -> [Unicode.Scalar] in
            var scalars = Array(line)
            if scalars.last == "\r" { scalars.removeLast() }
            return scalars
        }
        // A final line end does not start a line of its own.
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        // Spans by line, and the findings that start on each line.
        var spans: [Int: [(from: Int, to: Int, severity: Severity)]] = [:]
        var starting: [Int: [Diagnostic]] = [:]
        for diagnostic in diagnostics where !HTMLReporter.isAboutWholeRecord(diagnostic) {
            let first = min(max(1, diagnostic.start.line), lines.count)
            starting[first, default: []].append(diagnostic)
            guard diagnostic.start.line == first else { continue }
            let last = min(max(first, diagnostic.end.line), lines.count)
            for line in first...last {
                let length = lines[line - 1].count
                var from = line == diagnostic.start.line ? diagnostic.start.column - 1 : 0
                var to = line == diagnostic.end.line ? diagnostic.end.column - 1 : length
                from = min(max(0, from), length)
                to = min(max(from, to), length)
                // An empty span marks the character it points at.
                if from == to, line == diagnostic.start.line, from < length, diagnostic.end.line == diagnostic.start.line { to = from + 1 }
                if from < to { spans[line, default: []].append((from, to, diagnostic.severity)) }
            }
        }
        var output = "<h4>The record, with its findings marked</h4>\n"
        let whole = diagnostics.filter(HTMLReporter.isAboutWholeRecord)
        if !whole.isEmpty {
            output += "<div class=\"whole-record\"><p class=\"whole-title\">About the record as a whole</p>"
            for diagnostic in whole { output += finding(diagnostic) }
            output += "</div>\n"
        }
        output += "<div class=\"source\" role=\"region\" aria-label=\"The record\">\n"
        for (offset, scalars) in lines.enumerated() {
            let number = offset + 1
            let here = starting[number] ?? []
            let worst = here.map(\.severity).max()
            let lineClass = worst.map { " line-\($0.rawValue)" } ?? ""
            output += "<div class=\"line\(lineClass)\" id=\"\(anchor)-L\(number)\"><span class=\"ln\">\(number)</span>"
            output += "<code class=\"text\">" + HTMLReporter.marked(scalars, spans[number] ?? []) + "</code></div>\n"
            if !here.isEmpty {
                output += "<div class=\"line-findings\">" + here.map(finding).joined() + "</div>\n"
            }
        }
        return output + "</div>\n"
    }

    /// One finding beside the record's text: severity, place, message and rule.
    func finding(_ diagnostic: Diagnostic) -> String {
        "<p class=\"line-finding\">\(HTMLReporter.badge(diagnostic.severity)) "
            + "<span class=\"where\">\(diagnostic.start.line):\(diagnostic.start.column)</span> "
            + "\(escape(message(diagnostic))) <code class=\"rule\">\(escape(diagnostic.rule))</code></p>"
    }

    /// A line's characters, escaped, with each span wrapped in `<mark>` for the most serious
    /// finding that covers it.
    static func marked(_ scalars: [Unicode.Scalar], _ spans: [(from: Int, to: Int, severity: Severity)]) -> String {
        var cover = [Severity?](repeating: nil, count: scalars.count)
        for span in spans {
            for index in span.from..<span.to where cover[index].map({ $0 < span.severity }) ?? true { cover[index] = span.severity }
        }
        var output = ""
        var index = 0
        while index < scalars.count {
            let severity = cover[index]
            var run = String.UnicodeScalarView()
            while index < scalars.count, cover[index] == severity {
                run.append(scalars[index])
                index += 1
            }
            let text = XML.escape(displayable(String(run)), inAttribute: false)
            if let severity {
                output += "<mark class=\"mark-\(severity.rawValue)\">\(text)</mark>"
            } else {
                output += text
            }
        }
        return output
    }

    // MARK: - Helpers

    /// Whether a finding is about something missing from the whole record: an empty span at 1:1
    /// (SPEC 3). It has no line of its own to show or mark.
    static func isAboutWholeRecord(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.start == diagnostic.end && diagnostic.start.line == 1 && diagnostic.start.column == 1
    }

    /// The message to show: the redacted one with `--redact`.
    func message(_ diagnostic: Diagnostic) -> String { options.redact ? diagnostic.redactedMessage : diagnostic.message }

    func escape(_ text: String, inAttribute: Bool = true) -> String { XML.escape(text, inAttribute: inAttribute) }

    /// Text with control characters (other than tab) and characters XML forbids shown as U+FFFD,
    /// so that every character keeps its column.
    static func displayable(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let control = scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F
            output.append(control || !XML.isAllowed(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(output)
    }

    /// A severity as a labelled badge: the word, not only the colour.
    static func badge(_ severity: Severity) -> String {
        let label: String
        switch severity {
        case .error: label = "Error"
        case .warning: label = "Warning"
        case .note: label = "Note"
        }
        return "<span class=\"sev sev-\(severity.rawValue)\">\(label)</span>"
    }

    /// `child protection core group` → `Child protection core group`.
    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    // MARK: - Style

    /// The page's style sheet. Colours meet WCAG AA contrast for their text.
    static let css = """
        :root { color-scheme: light; --ink: #1b1f24; --muted: #4b5563; --line: #d5d9e0; --paper: #ffffff; --wash: #f4f6f8;
          --error: #a61b12; --error-bg: #fdecea; --error-mark: #f8c9c4;
          --warning: #7a4300; --warning-bg: #fff4d6; --warning-mark: #fde3a1;
          --note: #1652b5; --note-bg: #e8f0fd; --note-mark: #c9dcfb;
          --ok: #0f6b3a; --ok-bg: #e6f5ec; }
        * { box-sizing: border-box; }
        html { background: var(--wash); }
        body { margin: 0; color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        code, pre, .where, .ln { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.875em; }
        a { color: #1652b5; }
        a:focus { outline: 3px solid #f5b700; outline-offset: 2px; }
        .page { display: flex; flex-direction: column; gap: 1.5rem; max-width: 72rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
        .masthead { order: 0; }
        .summary { order: 1; }
        .records { order: 2; }
        .colophon { order: 3; color: var(--muted); font-size: 0.875rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 0.1rem 0 0.5rem; letter-spacing: -0.01em; }
        h2 { font-size: 1.45rem; margin: 0 0 1rem; padding-bottom: 0.4rem; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1.15rem; margin: 1.75rem 0 0.75rem; }
        h4 { font-size: 1rem; margin: 1.5rem 0 0.5rem; }
        .tool { margin: 0; color: var(--muted); font-size: 0.875rem; text-transform: uppercase; letter-spacing: 0.06em; }
        .lede { margin: 0 0 0.75rem; color: var(--muted); max-width: 46rem; }
        .jump a { margin-right: 1rem; font-weight: 600; }
        .redacted { margin: 0.75rem 0 0; padding: 0.6rem 0.9rem; background: var(--note-bg); border-left: 4px solid var(--note); border-radius: 4px; }
        .summary, .record { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 1.5rem; }
        .summary > h3:first-of-type { margin-top: 1.5rem; }
        .record + .record { margin-top: 1rem; }
        .record > .meta:last-child { margin-bottom: 0; }
        .figures { display: flex; flex-wrap: wrap; gap: 0.75rem; list-style: none; margin: 0; padding: 0; }
        .figure { flex: 1 1 8rem; padding: 0.75rem 1rem; border-radius: 8px; border: 1px solid var(--line); background: var(--wash); }
        .figure .value { display: block; font-size: 1.9rem; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
        .figure .label { font-size: 0.9rem; color: var(--muted); }
        .figure-error { background: var(--error-bg); border-color: #f1b0a9; } .figure-error .value { color: var(--error); }
        .figure-warning { background: var(--warning-bg); border-color: #f0cf7a; } .figure-warning .value { color: var(--warning); }
        .figure-note { background: var(--note-bg); border-color: #abc6f5; } .figure-note .value { color: var(--note); }
        .figure-ok { background: var(--ok-bg); border-color: #9fd4b5; } .figure-ok .value { color: var(--ok); }
        .total-line { margin: 0.75rem 0 0; color: var(--muted); }
        .explain, .empty { color: var(--muted); margin: 0 0 0.75rem; }
        .ok-text { color: var(--ok); font-weight: 600; }
        .chart, .unmet { list-style: none; margin: 0; padding: 0; }
        .unmet li { display: grid; grid-template-columns: minmax(12rem, 1fr) 3fr auto; gap: 1rem; align-items: baseline; padding: 0.45rem 0; border-top: 1px solid #eceff3; }
        .unmet code { font-weight: 600; } .unmet .rule-summary { display: inline; } .unmet-count { color: var(--muted); font-size: 0.875rem; white-space: nowrap; }
        .bar-row { display: grid; grid-template-columns: minmax(12rem, 2fr) 3fr 9.5rem; gap: 0.4rem 1rem; align-items: center; padding: 0.55rem 0; border-top: 1px solid #eceff3; }
        .bar-label code { font-weight: 600; }
        .rule-summary { display: block; color: var(--muted); font-size: 0.875rem; }
        .bar-track { height: 0.9rem; background: #e4e7ec; border-radius: 999px; overflow: hidden; }
        .bar-fill { height: 100%; border-radius: 999px; min-width: 2px; }
        .bar-high { background: #1f8a4c; } .bar-mid { background: #c27803; } .bar-low { background: #c4291c; }
        .bar-value { font-variant-numeric: tabular-nums; } .bar-value span { display: block; color: var(--muted); font-size: 0.875rem; }
        table { border-collapse: collapse; width: 100%; }
        .grid th, .grid td { text-align: left; padding: 0.45rem 0.75rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        .grid thead th, .findings thead th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); border-bottom: 2px solid var(--line); }
        .grid tbody th { font-weight: 500; }
        .num { text-align: right !important; font-variant-numeric: tabular-nums; }
        .path { overflow-wrap: anywhere; }
        h3.path { margin: 0 0 0.4rem; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 1.05rem; }
        .meta { display: flex; flex-wrap: wrap; gap: 0.4rem 1.25rem; margin: 0 0 1rem; color: var(--muted); font-size: 0.9rem; align-items: center; }
        .count { font-weight: 600; padding: 0.05rem 0.55rem; border-radius: 999px; }
        .count-error { color: var(--error); background: var(--error-bg); } .count-warning { color: var(--warning); background: var(--warning-bg); }
        .count-note { color: var(--note); background: var(--note-bg); } .count-ok { color: var(--ok); background: var(--ok-bg); }
        .findings th, .findings td { text-align: left; padding: 0.6rem 0.75rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        .findings td.where, .findings td code { white-space: nowrap; }
        .findings tbody tr { border-left: 4px solid transparent; }
        .findings tr.row-error { border-left-color: var(--error); } .findings tr.row-warning { border-left-color: #d99a00; } .findings tr.row-note { border-left-color: var(--note); }
        .findings p { margin: 0 0 0.3rem; } .findings p:last-child { margin-bottom: 0; }
        .message { font-weight: 600; }
        .help, .guidance { font-size: 0.9rem; color: #374151; }
        .guidance { color: var(--muted); }
        .sev { display: inline-block; min-width: 4.6rem; text-align: center; font-size: 0.78rem; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; padding: 0.1rem 0.45rem; border-radius: 4px; border: 1px solid; }
        .sev-error { color: var(--error); background: var(--error-bg); border-color: #f1b0a9; }
        .sev-warning { color: var(--warning); background: var(--warning-bg); border-color: #f0cf7a; }
        .sev-note { color: var(--note); background: var(--note-bg); border-color: #abc6f5; }
        .failure { margin: 0; }
        .excerpt { margin: 0.25rem 0 0.4rem; padding: 0.35rem 0.6rem; background: var(--wash); border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; }
        .excerpt .ln { color: var(--muted); margin-right: 0.75rem; user-select: none; }
        .source { margin-top: 0.5rem; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; background: #fbfcfd; }
        .line { display: grid; grid-template-columns: 3.5rem 1fr; border-left: 4px solid transparent; }
        .line .ln { text-align: right; padding: 0.1rem 0.75rem 0.1rem 0; color: #6b7280; background: #f0f2f5; user-select: none; }
        .line .text { display: block; padding: 0.1rem 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; font-size: 0.875rem; }
        .line-error { background: var(--error-bg); border-left-color: var(--error); }
        .line-warning { background: var(--warning-bg); border-left-color: #d99a00; }
        .line-note { background: var(--note-bg); border-left-color: var(--note); }
        mark { color: inherit; border-radius: 2px; text-decoration-line: underline; text-decoration-style: wavy; text-decoration-thickness: 1px; text-underline-offset: 3px; }
        .mark-error { background: var(--error-mark); text-decoration-color: var(--error); }
        .mark-warning { background: var(--warning-mark); text-decoration-color: var(--warning); }
        .mark-note { background: var(--note-mark); text-decoration-color: var(--note); }
        .line-findings { padding: 0.35rem 0.75rem 0.5rem 4.25rem; background: var(--paper); border-top: 1px dashed var(--line); border-bottom: 1px dashed var(--line); }
        .line-finding { margin: 0.25rem 0; font-size: 0.9rem; }
        .line-finding .where { color: var(--muted); margin-right: 0.25rem; }
        .line-finding .rule { color: var(--muted); white-space: nowrap; }
        .whole-record { margin: 0.5rem 0 0.75rem; padding: 0.6rem 0.9rem; border: 1px solid var(--line); border-radius: 8px; background: var(--wash); }
        .whole-title { margin: 0 0 0.25rem; font-weight: 600; }
        @media (max-width: 40rem) { .bar-row { grid-template-columns: 1fr; } .line-findings { padding-left: 0.75rem; } }
        @media print { html { background: #fff; } .summary, .record { border: none; padding: 0; } .jump { display: none; } }

        """
}
