/// `strengths-and-risks`: needs, strengths and risks (or worries) are recorded.
struct StrengthsAndRisks: BuiltInCheck {
    static let id = "strengths-and-risks"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        // Each part, its name, what an empty section leaves unsaid, and a heading to suggest.
        let parts: [(Concept, String, String, String)] = [
            (.needs, "needs", "what the child needs", "'What needs to change'"),
            (.strengths, "strengths", "what is going well for the child", "'What's working well'"),
            (.risks, "risks", "what the worries are for the child", "'What are we worried about'"),
        ]
        var missing: [String] = []
        var headings: [String] = []
        var empty: [(Section, String, String)] = []
        for (concept, name, unsaid, heading) in parts {
            if meeting.hasSubstantialSection(concept) { continue }
            if let section = meeting.firstSection(concept) {
                empty.append((section, name, unsaid))
            } else {
                missing.append(name)
                headings.append(heading)
            }
        }
        var findings = empty.map { section, name, unsaid in
            Finding(
                section.headingRange,
                "The \(quote(section.title)) section is empty: it does not say \(unsaid).",
                redacted: "The \(name) section is empty: it does not say \(unsaid).")
        }
        if !missing.isEmpty {
            func joined(_ items: [String], _ last: String) -> String {
                items.count == 1 ? items[0] : items.dropLast().joined(separator: ", ") + " \(last) " + items[items.count - 1]
            }
            // The help names only what is missing: a record with strengths and worries is not
            // asked for them again.
            let help = missing.count == 1
                ? "Add a section for the child's \(missing[0]), e.g. \(headings[0]), in plain words about the child."
                : "Add sections for the child's \(joined(missing, "and")), e.g. \(joined(headings, "and")), in plain words about the child."
            findings.insert(.missing("The record does not set out the child's \(joined(missing, "or")).", help: help), at: 0)
        }
        return findings
    }
}
