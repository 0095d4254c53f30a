/// The `github` format: GitHub Actions workflow commands, which the runner turns into annotations
/// on the pull request (SPEC 6).
///
///     ::error file=a.md,line=12,col=1,endLine=12,endColumn=40,title=meetinglint action-owner::This action …
///     ::notice title=meetinglint::2 errors, 1 warning in 1 of 3 records (2 clean)
///
/// Severities map to `::error`, `::warning` and `::notice`. The message escapes `%`, CR and LF
/// (as `%25`, `%0D`, `%0A`), so record text can never end the command or start a new one;
/// property values also escape `:` and `,`. The runner unescapes only those sequences in a message,
/// so other characters (`:` included) are written as they are: they cannot break the command once
/// it is on a line of its own. `col` and `endColumn` are left out when a span covers several lines.
/// GitHub shows only 10 annotations of each kind per step, so `end(_:)` writes a final notice with
/// the run's totals. A CI format: it never holds source excerpts.
struct GitHubReporter: Reporter {
    let options: ReportOptions

    /// How many annotations of one kind GitHub shows for a step.
    static let annotationsShown = 10

    func begin() -> String { "" }

    func record(_ result: RecordResult) -> String {
        let file = GitHubReporter.property(result.path)
        if let failure = result.failure {
            return "::error file=\(file),title=\(GitHubReporter.property("meetinglint"))::"
                + GitHubReporter.data("The record could not be read: \(failure)") + "\n"
        }
        var output = ""
        for diagnostic in result.diagnostics {
            let command: String
            switch diagnostic.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            var properties = ["file=\(file)", "line=\(diagnostic.start.line)"]
            // A span that ends at the start of a later line ends, in effect, on the line before.
            var endLine = diagnostic.end.line
            if endLine > diagnostic.start.line, diagnostic.end.column <= 1 { endLine -= 1 }
            if endLine == diagnostic.start.line {
                let endColumn = diagnostic.end.line == endLine
                    ? diagnostic.end.column : diagnostic.startLineLength + 1
                properties += ["col=\(diagnostic.start.column)", "endLine=\(endLine)", "endColumn=\(max(endColumn, diagnostic.start.column))"]
            } else {
                properties.append("endLine=\(endLine)")
            }
            properties.append("title=" + GitHubReporter.property("meetinglint \(diagnostic.rule)"))
            let message = options.redact ? diagnostic.redactedMessage : diagnostic.message
            output += "::\(command) " + properties.joined(separator: ",") + "::" + GitHubReporter.data(message) + "\n"
        }
        return output
    }

    func end(_ summary: RunSummary) -> String {
        var text = summary.line + "."
        let limit = GitHubReporter.annotationsShown
        if summary.errors > limit || summary.warnings > limit || summary.notes > limit {
            text += " GitHub shows only the first \(limit) annotations of each kind; the step's log lists them all."
        }
        return "::notice title=\(GitHubReporter.property("meetinglint"))::" + GitHubReporter.data(text) + "\n"
    }

    /// A command's message: `%`, CR and LF escaped.
    static func data(_ text: String) -> String { escape(text, property: false) }

    /// A property value: as `data(_:)`, and `:` and `,` escaped too.
    static func property(_ text: String) -> String { escape(text, property: true) }

    private static func escape(_ text: String, property: Bool) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            case ":" where property: output += "%3A"
            case "," where property: output += "%2C"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
