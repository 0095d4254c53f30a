/// `safeguarding-referral`: a new safeguarding concern raised in the record comes with who will
/// make the referral and to whom.
struct SafeguardingReferral: BuiltInCheck {
    static let id = "safeguarding-referral"

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        let triggers = context.phrases("triggers")
        let negations = context.vocabulary.phrases("wording/negations")
        let actions = context.vocabulary.phrases("wording/referral-actions")
        let destinations = context.vocabulary.phrases("wording/referral-destinations")
        let conditions = context.vocabulary.phrases("wording/conditions")
        // Who will refer, and to whom: an action with an owner, or a sentence naming both, with the
        // referral before where it goes (`refer to MASH`, not `police stopped him … phone`), and not
        // a condition (`If he goes missing, Mum will report it to the police`). The destination may
        // be part of the referral words themselves: `request a strategy discussion`.
        func refers(_ tokens: ArraySlice<Token>) -> Bool {
            var index = tokens.startIndex
            while index < tokens.endIndex {
                if let length = actions.match(tokens, at: index) {
                    let window = tokens[index..<min(tokens.endIndex, index + length + 12)]
                    if destinations.firstMatch(in: window) != nil { return true }
                    index += length
                } else {
                    index += 1
                }
            }
            return false
        }
        func conditional(_ tokens: ArraySlice<Token>) -> Bool {
            guard let first = tokens.indices.first else { return false }
            return conditions.match(tokens, at: first) != nil
        }
        // The first sentence that raises a concern and does not deny it, or say in the same
        // paragraph that it was reported (`Mum reported it to the police the same evening`).
        let sentences = meeting.sentences()
        func paragraph(_ sentence: Meeting.Sentence) -> Int32 {
            let line = meeting.lines[sentence.line]
            return line.kind == .text || line.kind == .field ? meeting.document[line.node].parent : -1 - Int32(sentence.line)
        }
        var raised: (Meeting.Sentence, Range<Int>)?
        for sentence in sentences {
            let tokens = meeting.tokens[sentence.tokens]
            guard let match = triggers.firstMatch(in: tokens), negations.firstMatch(in: tokens) == nil else { continue }
            let here = paragraph(sentence)
            let handled = sentences.contains { other in
                paragraph(other) == here && refers(meeting.tokens[other.tokens]) && !conditional(meeting.tokens[other.tokens])
            }
            if handled { continue }
            raised = (sentence, match.index..<(match.index + match.length))
            break
        }
        guard let (sentence, trigger) = raised else { return [] }
        for action in meeting.actions where action.owner != nil {
            let tokens = meeting.tokens[action.tokens]
            if refers(tokens), !conditional(meeting.tokens[action.whatTokens]) { return [] }
        }
        for other in sentences {
            let tokens = meeting.tokens[other.tokens]
            let section = meeting.lines[other.line].section
            if section >= 0, meeting.sections[section].context.contains(.contingency) { continue }
            guard refers(tokens), !conditional(tokens) else { continue }
            let namesSomeone = tokens.dropFirst().contains { token in
                let first = meeting.source.bytes[token.range.start]
                return (token.shape == .word && first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")) || token.shape == .initial
            }
            if namesSomeone { return [] }
        }
        let line = meeting.lines[sentence.line]
        let words = meeting.text(meeting.span(trigger))
        return [Finding(
            line.range,
            "This raises a safeguarding concern (\(quote(words))), but the record does not say who will make the referral or to whom.",
            redacted: "This raises a safeguarding concern, but the record does not say who will make the referral or to whom.",
            help: "Record who will make the referral, to whom — children's social care (the front door or MASH), the police, or the Local Authority Designated Officer (LADO) — and when, e.g. 'Jane Smith (school safeguarding lead) to refer to children's social care today.'")]
    }
}
