/// `plain-language`: professional phrases parents misread, used in running text.
struct PlainLanguage: BuiltInCheck {
    static let id = "plain-language"

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        let phrases = context.phrases("phrases")
        var seen = Set<String>()
        var findings: [Finding] = []
        for line in meeting.lines where line.kind == .text || line.kind == .cell || line.kind == .field {
            var tokens = meeting.tokens[line.tokens]
            if line.kind == .field {
                // A known field's key is a label, like a heading: only its value is running text.
                // (`Professionals are worried about disguised compliance: …` is a sentence.)
                let node = meeting.document[line.node]
                let key = TextKey.field(meeting.text(node.key))
                let vocabulary = context.vocabulary
                if vocabulary.fieldKeys[key] != nil || vocabulary.actionParts[key] != nil
                    || vocabulary.headingConcepts[TextKey.heading(meeting.text(node.key))] != nil
                {
                    tokens = tokens.drop { $0.range.start < node.content.start }
                }
            }
            for match in phrases.matches(in: tokens) {
                let range = SourceRange(tokens[match.index].range.start, tokens[match.index + match.length - 1].range.end)
                let written = phrases.written(tokens, at: match.index, length: match.length) ?? meeting.text(range)
                guard seen.insert(written.lowercased()).inserted else { continue }
                findings.append(Finding(
                    range,
                    "\(quote(meeting.text(range))) is professional shorthand that families often misread.",
                    redacted: "This phrase is professional shorthand that families often misread.",
                    help: "Describe what was seen or what needs to happen instead, in everyday words."))
            }
        }
        return findings
    }
}
