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
    /// Literals of the texts every record repeats (rule ids, help, guidance, profiles), escaped
    /// once rather than for every finding.
    private var memo = JSONStringMemo()
    /// Memory each record's line is written into first, kept from one record to the next.
    private let scratch = OutputScratch()

    init(options: ReportOptions) { self.options = options }

    func begin() -> String {
        "{\"tool\":\"meetinglint\",\"version\":\(JSON.string(options.version)),\"records\":["
    }

    mutating func record(_ result: RecordResult) -> String {
        var output: [UInt8] = []
        record(result, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Writes the record's line straight as bytes: about 2.7 KB a record, so no interpolation.
    mutating func record(_ result: RecordResult, into output: inout [UInt8]) {
        guard result.failure == nil else { return }
        let isFirst = first
        first = false
        let redact = options.redact
        OutputBytes.append(to: &output, using: scratch) { output in
            output.appendLiteral(isFirst ? "\n" : ",\n")
            output.appendLiteral("{\"path\":")
            output.appendJSONString(result.path)
            output.appendLiteral(",\"profile\":")
            output.appendJSONString(result.profile, memo: &memo)
            output.appendLiteral(",\"diagnostics\":[")
            var firstDiagnostic = true
            // Indexed rather than iterated, so no diagnostic is copied.
            for index in result.diagnostics.indices {
                output.appendLiteral(firstDiagnostic ? "{\"rule\":" : ",{\"rule\":")
                firstDiagnostic = false
                output.appendJSONString(result.diagnostics[index].rule, memo: &memo)
                // A severity is one of three words: written with the keys around it as one literal
                // (through the memo, its lookup cost more than the bytes, and its slot clashed).
                switch result.diagnostics[index].severity {
                case .note: output.appendLiteral(",\"severity\":\"note\",\"message\":")
                case .warning: output.appendLiteral(",\"severity\":\"warning\",\"message\":")
                case .error: output.appendLiteral(",\"severity\":\"error\",\"message\":")
                }
                output.appendJSONString(redact ? result.diagnostics[index].redactedMessage : result.diagnostics[index].message)
                output.appendLiteral(",\"line\":")
                output.appendDecimal(result.diagnostics[index].start.line)
                output.appendLiteral(",\"column\":")
                output.appendDecimal(result.diagnostics[index].start.column)
                output.appendLiteral(",\"endLine\":")
                output.appendDecimal(result.diagnostics[index].end.line)
                output.appendLiteral(",\"endColumn\":")
                output.appendDecimal(result.diagnostics[index].end.column)
                output.appendLiteral(",\"help\":")
                output.appendJSONString(result.diagnostics[index].help, memo: &memo)
                output.appendLiteral(",\"guidance\":")
                output.appendJSONString(result.diagnostics[index].guidance, memo: &memo)
                output.appendLiteral("}")
            }
            output.appendLiteral("]}")
        }
    }

    func end(_ summary: RunSummary) -> String {
        var output = "\n],\"summary\":{\"records\":\(summary.recordsRead),\"clean\":\(summary.clean)"
        output += ",\"errors\":\(summary.errors),\"warnings\":\(summary.warnings),\"notes\":\(summary.notes)"
        output += ",\"byRule\":" + JSON.object(summary.byRule.sorted { $0.key < $1.key }.map { ($0.key, String($0.value)) })
        if options.summary {
            let compliance = summary.recordsFailing.sorted { $0.key < $1.key }.map { rule, failing in
                (rule, "{\"recordsChecked\":\(summary.recordsChecked(for: rule)),\"recordsFailing\":\(failing),\"compliance\":\(SummaryTable.rate(failing: failing, of: summary.recordsChecked(for: rule)))}")
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
    /// A JSON string literal (see `OutputBytes.appendJSONEscaped(_:)` for the escapes).
    static func string(_ text: String) -> String {
        var output: [UInt8] = []
        OutputBytes.append(to: &output) { $0.appendJSONString(text) }
        return String(decoding: output, as: UTF8.self)
    }

    /// `{"key":value,…}` from keys and encoded values, in the order given.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
