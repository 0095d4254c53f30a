/// The `sarif` format: SARIF 2.1.0 as GitHub code scanning accepts it (SPEC 6), streamed.
///
///     {"$schema":…,"version":"2.1.0","runs":[{"tool":{"driver":{"name":"meetinglint","version":…,"rules":[
///     {"id":"action-owner","name":"ActionOwner","shortDescription":…,"fullDescription":…,"help":…,…},
///     …
///     ]}},"columnKind":"unicodeCodePoints","results":[
///     {"ruleId":"action-owner","ruleIndex":0,"level":"error","message":{"text":…},"locations":[…],
///      "partialFingerprints":{"meetinglint/v1":…}},
///     …
///     ],"invocations":[{"executionSuccessful":true}]}]}
///
/// `begin()` writes the tool and every rule of the catalogue (sorted by id, so `ruleIndex` is
/// stable); `record(_:)` writes one result per diagnostic; `end(_:)` closes the run with an
/// invocation that lists the records that could not be read. Keys come in a fixed order, so the
/// same results always give the same bytes.
///
/// A CI format: it never holds source excerpts. Regions count Unicode code points (`columnKind`),
/// `endColumn` is exclusive as SARIF defines it. Each result has a partial fingerprint — a hash
/// of the path, the rule and the text of the line it starts on, with an occurrence number for
/// identical findings — so code scanning follows a finding when lines are added elsewhere.
struct SARIFReporter: Reporter {
    let options: ReportOptions
    /// The rule ids in the order `begin()` writes them.
    let ruleIDs: [String]
    /// Each rule id's index in `ruleIDs`.
    let ruleIndex: [String: Int]
    private var firstResult = true
    /// Why records could not be read, as SARIF notifications (few, and only paths and reasons).
    private var notifications: [String] = []

    /// The address of the SARIF 2.1.0 schema, as written in `$schema`.
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    init(options: ReportOptions) {
        self.options = options
        ruleIDs = options.catalogue.ruleIDs
        var index: [String: Int] = [:]
        for (position, id) in ruleIDs.enumerated() { index[id] = position }
        ruleIndex = index
    }

    func begin() -> String {
        var output = "{\"$schema\":\(JSON.string(SARIFReporter.schemaURI)),\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{"
        output += "\"name\":\"meetinglint\",\"version\":\(JSON.string(options.version)),\"semanticVersion\":\(JSON.string(options.version))"
        output += ",\"rules\":["
        for (position, id) in ruleIDs.enumerated() {
            guard let rule = options.catalogue.rules[id] else { continue }
            output += (position == 0 ? "\n" : ",\n") + SARIFReporter.descriptor(rule)
        }
        output += "\n]}},\"columnKind\":\"unicodeCodePoints\",\"results\":["
        return output
    }

    mutating func record(_ result: RecordResult) -> String {
        if let failure = result.failure {
            notifications.append(
                "{\"level\":\"error\",\"message\":{\"text\":\(JSON.string("The record could not be read: \(failure)"))}"
                    + ",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\(JSON.string(SARIFReporter.uri(result.path)))}}}]}")
            return ""
        }
        var output = ""
        var occurrences: [String: Int] = [:]
        let uri = JSON.string(SARIFReporter.uri(result.path))
        for diagnostic in result.diagnostics {
            let hash = SARIFReporter.lineHash(path: result.path, rule: diagnostic.rule, line: diagnostic.lineHash)
            occurrences[hash, default: 0] += 1
            output += firstResult ? "\n" : ",\n"
            firstResult = false
            output += "{\"ruleId\":\(JSON.string(diagnostic.rule))"
            if let index = ruleIndex[diagnostic.rule] { output += ",\"ruleIndex\":\(index)" }
            output += ",\"level\":\(JSON.string(diagnostic.severity.rawValue))"
            output += ",\"message\":{\"text\":\(JSON.string(options.redact ? diagnostic.redactedMessage : diagnostic.message))}"
            output += ",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\(uri)},\"region\":{"
            output += "\"startLine\":\(diagnostic.start.line),\"startColumn\":\(diagnostic.start.column)"
            output += ",\"endLine\":\(diagnostic.end.line),\"endColumn\":\(diagnostic.end.column)}}}]"
            output += ",\"partialFingerprints\":{\"meetinglint/v1\":\(JSON.string("\(hash):\(occurrences[hash] ?? 1)"))}}"
        }
        return output
    }

    func end(_ summary: RunSummary) -> String {
        var output = "\n],\"invocations\":[{\"executionSuccessful\":\(notifications.isEmpty)"
        if !notifications.isEmpty {
            output += ",\"toolExecutionNotifications\":[\n" + notifications.joined(separator: ",\n") + "\n]"
        }
        return output + "}]}]}\n"
    }

    /// A rule's `reportingDescriptor`: id, name, descriptions, help (plain and markdown) and
    /// default level, from its document.
    static func descriptor(_ rule: RuleDocument) -> String {
        let document = DataDocument(path: rule.path, text: rule.text)
        let checks = document.section("What it checks")?.paragraphs.joined(separator: " ") ?? ""
        var helpText = rule.help
        if !rule.guidance.isEmpty { helpText += "\n\nGuidance: " + rule.guidance }
        var markdown: [String] = []
        for title in ["What it checks", "Why", "How to fix"] {
            guard let body = document.section(title).map({ sectionBody($0.markdown) }), !body.isEmpty else { continue }
            markdown.append("**\(title)**\n\n" + body)
        }
        if markdown.isEmpty { markdown.append(rule.help) }
        if !rule.guidance.isEmpty { markdown.append("**Guidance**\n\n" + rule.guidance) }
        var output = "{\"id\":\(JSON.string(rule.id)),\"name\":\(JSON.string(name(rule.id)))"
        output += ",\"shortDescription\":{\"text\":\(JSON.string(rule.summary.isEmpty ? rule.id : rule.summary))}"
        output += ",\"fullDescription\":{\"text\":\(JSON.string(checks.isEmpty ? rule.summary : checks))}"
        output += ",\"help\":{\"text\":\(JSON.string(helpText)),\"markdown\":\(JSON.string(markdown.joined(separator: "\n\n")))}"
        output += ",\"defaultConfiguration\":{\"level\":\(JSON.string(rule.severity.rawValue))}"
        output += ",\"properties\":{\"tags\":[\"meetinglint\"]}}"
        return output
    }

    /// A section's markdown without its heading line and surrounding blank lines.
    static func sectionBody(_ markdown: String) -> String {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        if let first = lines.first, first.hasPrefix("#") { lines.removeFirst() }
        return lines.joined(separator: "\n").trimmingWhitespaceAndNewlines
    }

    /// `action-owner` → `ActionOwner`: the rule's name in the form SARIF viewers expect.
    static func name(_ id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A path as a URI reference: `/` separators, and every byte outside the characters a URI
    /// path allows percent-encoded (spaces, `%`, `#`, `?`, `"`, `:`, non-ASCII…). An absolute path
    /// becomes a `file:` URI. Paths come cleaned from the walk (`recs/a.md`, never `./recs/a.md`).
    static func uri(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"),
                UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "@"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// A stable 64-bit FNV-1a hash, in hex, of the path, the rule and the line's text with its
    /// surrounding white space removed. The same on every machine and every run.
    static func lineHash(path: String, rule: String, line: UInt64) -> String {
        // The path and the rule, each ended by a zero byte, then the line's own hash (its text
        // with white space collapsed) as eight bytes, lowest first.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count + rule.utf8.count + 10)
        bytes.append(contentsOf: path.utf8)
        bytes.append(0)
        bytes.append(contentsOf: rule.utf8)
        bytes.append(0)
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: line >> UInt64(shift))) }
        return Diagnostic.hex(TextKey.fnv(bytes))
    }
}
