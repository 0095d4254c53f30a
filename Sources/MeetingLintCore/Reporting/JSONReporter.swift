/// The `json` format: one document in SPEC 6's shape, written a record a line so it streams.
///
///     {"tool":"meetinglint","version":"0.1.0","records":[
///     {"path":"a.md","profile":"tac","diagnostics":[{"rule":…,"severity":…,"message":…,"line":…,
///      "column":…,"endLine":…,"endColumn":…,"help":…,"guidance":…}]}
///     ],"summary":{"records":…,"clean":…,"errors":…,"warnings":…,"notes":…,"byRule":{…}}}
///
/// Columns count code points; `endColumn` is exclusive. With `--summary`, `summary` also has
/// `compliance` (per rule: records failing and the rate) and `profiles`.
struct JSONReporter: Reporter {
    let options: ReportOptions
    private var first = true

    init(options: ReportOptions) { self.options = options }

    func begin() -> String {
        "{\"tool\":\"meetinglint\",\"version\":\(JSON.string(options.version)),\"records\":["
    }

    mutating func record(_ result: RecordResult) -> String {
        guard result.failure == nil else { return "" }
        var output = first ? "\n" : ",\n"
        first = false
        output += "{\"path\":\(JSON.string(result.path)),\"profile\":\(JSON.string(result.profile)),\"diagnostics\":["
        for (index, diagnostic) in result.diagnostics.enumerated() {
            if index > 0 { output += "," }
            output += "{\"rule\":\(JSON.string(diagnostic.rule))"
            output += ",\"severity\":\(JSON.string(diagnostic.severity.rawValue))"
            output += ",\"message\":\(JSON.string(options.redact ? diagnostic.redactedMessage : diagnostic.message))"
            output += ",\"line\":\(diagnostic.start.line),\"column\":\(diagnostic.start.column)"
            output += ",\"endLine\":\(diagnostic.end.line),\"endColumn\":\(diagnostic.end.column)"
            output += ",\"help\":\(JSON.string(diagnostic.help)),\"guidance\":\(JSON.string(diagnostic.guidance))}"
        }
        output += "]}"
        return output
    }

    func end(_ summary: RunSummary) -> String {
        var output = "\n],\"summary\":{\"records\":\(summary.recordsRead),\"clean\":\(summary.clean)"
        output += ",\"errors\":\(summary.errors),\"warnings\":\(summary.warnings),\"notes\":\(summary.notes)"
        output += ",\"byRule\":" + JSON.object(summary.byRule.sorted { $0.key < $1.key }.map { ($0.key, String($0.value)) })
        if options.summary {
            let compliance = summary.recordsFailing.sorted { $0.key < $1.key }.map { rule, failing in
                (rule, "{\"recordsFailing\":\(failing),\"compliance\":\(SummaryTable.rate(failing: failing, of: summary.recordsRead))}")
            }
            output += ",\"compliance\":" + JSON.object(compliance)
            let profiles = summary.recordsByProfile.sorted { $0.key < $1.key }.map { profile, total in
                let withErrors = summary.recordsWithErrorsByProfile[profile] ?? 0
                let failing = JSON.object((summary.failingByProfile[profile] ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, String($0.value)) })
                return (profile, "{\"records\":\(total),\"withErrors\":\(withErrors),\"recordsFailingByRule\":\(failing)}")
            }
            output += ",\"profiles\":" + JSON.object(profiles)
        }
        output += "}}\n"
        return output
    }
}

/// JSON text helpers: strings escaped per RFC 8259, objects from already-encoded values.
enum JSON {
    /// A JSON string literal.
    static func string(_ text: String) -> String {
        var output = "\""
        output.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// `{"key":value,…}` from keys and encoded values, in the order given.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
