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
    /// A JSON string literal. Most strings need no escaping and are copied whole; the rest are
    /// escaped byte by byte (UTF-8 passes through, but for U+2028 and U+2029).
    static func string(_ text: String) -> String {
        var needsEscape = false
        for byte in text.utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F || byte == 0xE2 {
            needsEscape = true
            break
        }
        if !needsEscape { return "\"" + text + "\"" }
        var output: [UInt8] = [UInt8(ascii: "\"")]
        output.reserveCapacity(text.utf8.count + 16)
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): output += Array("\\\"".utf8)
            case UInt8(ascii: "\\"): output += Array("\\\\".utf8)
            case UInt8(ascii: "\n"): output += Array("\\n".utf8)
            case UInt8(ascii: "\r"): output += Array("\\r".utf8)
            case UInt8(ascii: "\t"): output += Array("\\t".utf8)
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                output += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default:
                if byte < 0x20 || byte == 0x7F {
                    let hex = String(byte, radix: 16)
                    output += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                } else {
                    output.append(byte)
                }
            }
            index += 1
        }
        output.append(UInt8(ascii: "\""))
        return String(decoding: output, as: UTF8.self)
    }

    /// `{"key":value,…}` from keys and encoded values, in the order given.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
