/// `strengths-and-risks`: needs, strengths and risks (or worries) are recorded.
struct StrengthsAndRisks: BuiltInCheck {
    static let id = "strengths-and-risks"

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        let parts: [(Concept, String)] = [(.needs, "needs"), (.strengths, "strengths"), (.risks, "risks")]
        var missing: [String] = []
        var empty: [(Section, String)] = []
        for (concept, name) in parts {
            let sections = meeting.sections(concept)
            if sections.contains(where: { $0.substance == .present }) { continue }
            if let section = sections.first { empty.append((section, name)) } else { missing.append(name) }
        }
        var findings = empty.map { section, name in
            Finding(section.headingRange, "The \(name) section is empty: the record does not analyse the child's \(name).")
        }
        if !missing.isEmpty {
            let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " or " + missing[missing.count - 1]
            findings.insert(.missing("The record does not set out the child's \(list)."), at: 0)
        }
        return findings
    }
}
