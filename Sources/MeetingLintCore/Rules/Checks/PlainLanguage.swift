/// `plain-language`: professional phrases parents misread, used in running text.
struct PlainLanguage: BuiltInCheck {
    static let id = "plain-language"

    /// A context's phrases, and the filter of their first words, read once.
    final class Setup: Sendable {
        let phrases: PhraseSet
        let first: FirstWords

        init(phrases: PhraseSet, first: FirstWords) {
            self.phrases = phrases
            self.first = first
        }
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        let setup = context.derived {
            let phrases = context.phrases("phrases")
            return Setup(phrases: phrases, first: FirstWords([phrases]))
        }
        let phrases = setup.phrases
        let first = setup.first
        guard !phrases.isEmpty else { return [] }
        let vocabulary = context.vocabulary
        let bytes = meeting.source.bytes
        var seen = Set<String>()
        var findings: [Finding] = []
        for index in words.lines(meeting.lines, mayHold: phrases) {
            let line = meeting.lines[index]
            guard line.kind == .text || line.kind == .cell || line.kind == .field else { continue }
            var tokens = meeting.tokens[line.tokens]
            // Most lines hold no phrase: then there is no key to read. (A match in the value is a
            // match in the whole line, as the value runs to the line's end.)
            guard phrases.firstMatch(in: tokens, first) != nil else { continue }
            if line.kind == .field {
                // A known field's key is a label, like a heading: only its value is running text.
                // (`Professionals are worried about disguised compliance: …` is a sentence.) The key
                // is looked up by the hash of its normal form, without building it.
                let node = meeting.document[line.node]
                let key = bytes.withUnsafeBufferPointer { TextKey.fieldHash(bytes: UnsafeBufferPointer(rebasing: $0[node.key.start..<node.key.end])) }
                if vocabulary.fieldKeysByHash[key] != nil || vocabulary.actionPartsByHash[key] != nil || vocabulary.headingConcept(bytes, node.key) != nil {
                    tokens = tokens.drop { $0.range.start < node.content.start }
                }
            }
            // Every match, left to right, not overlapping (`PhraseSet.matches(in:)`).
            var index = tokens.startIndex
            while index < tokens.endIndex {
                guard let length = phrases.match(tokens, at: index, first) else {
                    index += 1
                    continue
                }
                let range = SourceRange(tokens[index].range.start, tokens[index + length - 1].range.end)
                let written = phrases.written(tokens, at: index, length: length) ?? meeting.text(range)
                index += length
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
