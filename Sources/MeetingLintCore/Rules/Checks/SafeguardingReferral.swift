/// `safeguarding-referral`: a new safeguarding concern raised in the record comes with who will
/// make the referral and to whom.
struct SafeguardingReferral: BuiltInCheck {
    static let id = "safeguarding-referral"

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        let triggers = context.phrases("triggers")
        let negations = context.vocabulary.phrases("wording/negations")
        let actions = context.vocabulary.phrases("wording/referral-actions")
        let destinations = context.vocabulary.phrases("wording/referral-destinations")
        // The first sentence that raises a concern and does not deny it.
        var raised: (Meeting.Sentence, Range<Int>)?
        for sentence in meeting.sentences() {
            let tokens = meeting.tokens[sentence.tokens]
            guard let match = triggers.firstMatch(in: tokens) else { continue }
            if negations.firstMatch(in: tokens) != nil { continue }
            raised = (sentence, match.index..<(match.index + match.length))
            break
        }
        guard let (sentence, trigger) = raised else { return [] }
        // Who will refer, and to whom: an action with an owner, or a sentence naming both.
        for action in meeting.actions where action.owner != nil {
            let tokens = meeting.tokens[action.tokens]
            if actions.firstMatch(in: tokens) != nil, destinations.firstMatch(in: tokens) != nil { return [] }
        }
        for other in meeting.sentences() {
            let tokens = meeting.tokens[other.tokens]
            guard actions.firstMatch(in: tokens) != nil, destinations.firstMatch(in: tokens) != nil else { continue }
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
            help: "Record who will refer, to whom (children's social care or the front door, MASH, police, LADO) and when — e.g. 'Jane Smith (DSL) to refer to MASH today.'")]
    }
}
