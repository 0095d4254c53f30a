/// `chair-and-minutes`: who chaired and who took the minutes is recorded.
struct ChairAndMinutes: BuiltInCheck {
    static let id = "chair-and-minutes"

    static let open = Tokenizer.foldedHash("(")
    static let close = Tokenizer.foldedHash(")")
    static let comma = Tokenizer.foldedHash(",")

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        let placeholders = context.vocabulary.placeholders
        let chairNotes = context.phrases("chair-notes")
        let minuteNotes = context.phrases("minute-notes")
        let marks = meeting.attendees.map(ChairAndMinutes.marks)
        // A mark is a whole note (`(chair)`, `(minute taker)`), not a word in one: `Chair of
        // Governors` did not chair, and `(notes sent afterwards)` took no minutes.
        func marked(_ phrases: PhraseSet) -> Bool {
            marks.contains { $0.contains { phrases.matchesWhole($0) } }
        }
        let chair = meeting.meaningfulValue(.chair, placeholders: placeholders) != nil || marked(chairNotes)
        let minutes = meeting.meaningfulValue(.minuteTaker, placeholders: placeholders) != nil || marked(minuteNotes)
        switch (chair, minutes) {
        case (true, true): return []
        case (false, false): return [.missing("The record does not say who chaired the meeting or who took the minutes.")]
        case (false, true): return [.missing("The record does not say who chaired the meeting.")]
        case (true, false): return [.missing("The record does not say who took the minutes.")]
        }
    }

    /// What may mark an attendee as chair or minute taker: each bracketed note (each part of one
    /// split at commas: `(chair, by phone)`), notes in brackets in the role or agency (a table's
    /// `Social Worker (chair)`), and the role as a whole (`Jane Smith — Chair`).
    static func marks(_ person: Person) -> [ArraySlice<Token>] {
        var result = person.notes.map { Tokenizer.tokens(of: $0)[...] }
        for text in [person.role, person.agency].compactMap({ $0 }) {
            let tokens = Tokenizer.tokens(of: text)
            var depth = 0
            var start = 0
            var outside = true
            for (index, token) in tokens.enumerated() {
                if token.folded == open {
                    if depth == 0 { start = index + 1 }
                    depth += 1
                    outside = false
                } else if token.folded == close, depth > 0 {
                    depth -= 1
                    if depth == 0, index > start { result.append(tokens[start..<index]) }
                } else if depth == 1, token.folded == comma {
                    if index > start { result.append(tokens[start..<index]) }
                    start = index + 1
                }
            }
            if text == person.role, outside { result.append(tokens[...]) }
        }
        return result
    }
}
