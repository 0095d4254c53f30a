/// `plain-language`: professional phrases parents misread, used in running text.
struct PlainLanguage: BuiltInCheck, SetUpCheck {
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

    /// What the check derives from a context (`SetUpCheck`): made once for each rule and
    /// profile, when the linter is made.
    func makeSetup(_ context: CheckContext) -> Setup {
        let phrases = context.phrases("phrases")
        return Setup(phrases: phrases, first: FirstWords([phrases]))
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        let setup = self.setup(context)
        let phrases = setup.phrases
        let first = setup.first
        guard !phrases.isEmpty else { return [] }
        let vocabulary = context.vocabulary
        let bytes = meeting.source.bytes
        var seen = Set<String>()
        var findings: [Finding] = []
        // Phrases are tried only where one of their first words stands (no other token starts a
        // match). A line is read further at its first match: whether it is running text, and
        // where that starts (after a known field's key). Then every match from there, left to
        // right, not overlapping (`PhraseSet.matches(in:)`); `next` is where the last one ended.
        let lines = meeting.lines
        let tokens = meeting.tokens
        var current = -1
        var skipped = false
        var start = 0
        var next = 0
        // The current line's tokens, sliced once for all its positions.
        var lineTokens: ArraySlice<Token> = []
        words.forEachStart(of: phrases, in: lines) { index, position in
            if index != current {
                current = index
                let kind = lines[index].kind
                skipped = !(kind == .text || kind == .cell || kind == .field)
                start = -1
                next = 0
                lineTokens = skipped ? [] : tokens[lines[index].tokens]
            }
            guard !skipped, position >= next, let length = phrases.match(lineTokens, at: position, first) else { return true }
            let line = lines[index]
            if start < 0 {
                start = line.tokens.lowerBound
                if line.kind == .field {
                    // A known field's key is a label, like a heading: only its value is running
                    // text. (`Professionals are worried about disguised compliance: …` is a
                    // sentence.) The key is looked up by the hash of its normal form, without
                    // building it.
                    let node = meeting.document[line.node]
                    let key = bytes.withUnsafeBufferPointer { TextKey.fieldHash(bytes: UnsafeBufferPointer(rebasing: $0[node.key.start..<node.key.end])) }
                    if vocabulary.fieldKeysByHash[key] != nil || vocabulary.actionPartsByHash[key] != nil || vocabulary.headingConcept(bytes, node.key) != nil {
                        start = lineTokens.firstIndex { $0.range.start >= node.content.start } ?? line.tokens.upperBound
                    }
                }
            }
            // A match in the key is no match of the value's (which starts at `start`).
            guard position >= start else { return true }
            let range = SourceRange(tokens[position].range.start, tokens[position + length - 1].range.end)
            let written = phrases.written(lineTokens, at: position, length: length) ?? meeting.text(range)
            next = position + length
            guard seen.insert(written.lowercased()).inserted else { return true }
            findings.append(Finding(
                range,
                "\(quote(meeting.text(range))) is professional shorthand that families often misread.",
                redacted: "This phrase is professional shorthand that families often misread.",
                help: "Describe what was seen or what needs to happen instead, in everyday words."))
            return true
        }
        return findings
    }
}
