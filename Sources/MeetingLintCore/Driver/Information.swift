/// The text of `meetinglint rules` and `meetinglint explain`.
enum Information {
    /// One rule a line: id, default severity, profiles, summary.
    static func rulesTable(_ catalogue: Catalogue) -> String {
        let rules = catalogue.ruleIDs.compactMap { catalogue.rules[$0] }
        let idWidth = rules.map(\.id.count).max() ?? 10
        var output = ""
        output += "rule".padded(to: idWidth) + "  " + "severity".padded(to: 8) + "  " + "profiles".padded(to: 32) + "  summary\n"
        for rule in rules {
            var profiles = rule.profiles.isEmpty ? "all" : rule.profiles.joined(separator: ",")
            let changed = catalogue.orderedProfiles.compactMap { profile -> String? in
                guard let setting = profile.severities[rule.id] else { return nil }
                return "\(profile.id): \(setting?.rawValue ?? "off")"
            }
            if !changed.isEmpty { profiles += " (" + changed.joined(separator: ", ") + ")" }
            output += rule.id.padded(to: idWidth) + "  " + rule.severity.rawValue.padded(to: 8) + "  "
                + profiles.padded(to: 32) + "  " + rule.summary + "\n"
        }
        return output
    }

    /// A rule's document, as written, readable in a terminal.
    static func explain(_ rule: RuleDocument) -> String {
        var text = rule.text
        // The front matter is for the machine; show it as a short header instead.
        if text.hasPrefix("---\n"), let end = text[text.index(text.startIndex, offsetBy: 3)...].firstWholeRange(of: "\n---\n") {
            text = String(text[end.upperBound...])
        }
        let profiles = rule.profiles.isEmpty ? "all meeting types" : rule.profiles.joined(separator: ", ")
        var header = "\(rule.id) — \(rule.summary)\n"
        header += "severity: \(rule.severity.rawValue); applies to: \(profiles)\n"
        if !rule.guidance.isEmpty { header += "guidance: \(rule.guidance)\n" }
        return header + text.replacingScalar("↓", with: "") + (text.hasSuffix("\n") ? "" : "\n")
    }
}

extension String {
    /// The string padded with spaces to `width` characters (never cut).
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

