/// `strengths-and-risks`: needs, strengths and risks (or worries) are recorded.
struct StrengthsAndRisks: BuiltInCheck {
    static let id = "strengths-and-risks"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        // Each part, its name, and what an empty section leaves unsaid.
        let parts: [(Concept, String, String)] = [
            (.needs, "needs", "what the child needs"),
            (.strengths, "strengths", "what is going well for the child"),
            (.risks, "risks", "what the worries are for the child"),
        ]
        var missing: [String] = []
        var empty: [(Section, String, String)] = []
        for (concept, name, unsaid) in parts {
            if meeting.hasSubstantialSection(concept) { continue }
            if let section = meeting.firstSection(concept) { empty.append((section, name, unsaid)) } else { missing.append(name) }
        }
        var findings = empty.map { section, name, unsaid in
            Finding(
                section.headingRange,
                "The \(quote(section.title)) section is empty: it does not say \(unsaid).",
                redacted: "The \(name) section is empty: it does not say \(unsaid).")
        }
        if !missing.isEmpty {
            let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " or " + missing[missing.count - 1]
            findings.insert(.missing("The record does not set out the child's \(list)."), at: 0)
        }
        return findings
    }
}
