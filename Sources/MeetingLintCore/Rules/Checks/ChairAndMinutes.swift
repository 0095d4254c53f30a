/// `chair-and-minutes`: who chaired and who took the minutes is recorded.
struct ChairAndMinutes: BuiltInCheck {
    static let id = "chair-and-minutes"

    static let open = Tokenizer.foldedHash("(")
    static let close = Tokenizer.foldedHash(")")
    static let comma = Tokenizer.foldedHash(",")

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        let placeholders = context.vocabulary.placeholders
        var chair = meeting.hasMeaningfulValue(.chair, placeholders: placeholders)
        var minutes = meeting.hasMeaningfulValue(.minuteTaker, placeholders: placeholders)
        // `Chair and notes: Joanne Baker`: one field names both, its key a minute note too.
        if chair, !minutes, let field = meeting.fieldIndex(.chair) {
            let key = Tokenizer.tokens(of: meeting.fields[field].writtenKey)
            minutes = context.phrases("minute-notes").firstMatch(in: key[...]) != nil
        }
        if !chair || !minutes {
            // A mark is a whole note (`(chair)`, `(minute taker)`), not a word in one: `Chair of
            // Governors` did not chair, and `(notes sent afterwards)` took no minutes.
            let chairNotes = context.phrases("chair-notes")
            let minuteNotes = context.phrases("minute-notes")
            // One buffer of tokens and one of marks for every attendee, each read in place.
            var tokens: [Token] = []
            var marks: [Range<Int>] = []
            search: for index in meeting.attendees.indices {
                ChairAndMinutes.marks(meeting.attendees[index], buffer: &tokens, into: &marks)
                for mark in marks {
                    if !chair, chairNotes.matchesWhole(tokens[mark]) { chair = true }
                    if !minutes, minuteNotes.matchesWhole(tokens[mark]) { minutes = true }
                    if chair && minutes { break search }
                }
            }
        }
        switch (chair, minutes) {
        case (true, true): return []
        case (false, false): return [.missing("The record does not say who chaired the meeting or who took the minutes.")]
        case (false, true): return [.missing("The record does not say who chaired the meeting.")]
        case (true, false): return [.missing("The record does not say who took the minutes.")]
        }
    }

    /// What may mark an attendee as chair or minute taker: each bracketed note (each part of one
    /// split at commas: `(chair, by phone)`), notes in brackets in the role or agency (a table's
    /// `Social Worker (chair)`), and the role as a whole (`Jane Smith — Chair`). The marks, put in
    /// `result` (emptied first), are ranges of `buffer`, which holds the tokens of the person's
    /// notes, role and agency.
    static func marks(_ person: Person, buffer tokens: inout [Token], into result: inout [Range<Int>]) {
        tokens.removeAll(keepingCapacity: true)
        result.removeAll(keepingCapacity: true)
        person.forEachNote { note in result.append(tokenize(note, into: &tokens)) }
        // The role's text made once: the agency is a mark as a whole too when it is the same.
        let role = person.role
        if let role { addMarks(of: role, whole: true, buffer: &tokens, into: &result) }
        if let agency = person.agency { addMarks(of: agency, whole: agency == role, buffer: &tokens, into: &result) }
    }

    /// Adds the tokens of a text to `tokens`, and returns where they stand.
    static func tokenize(_ text: String, into tokens: inout [Token]) -> Range<Int> {
        let start = tokens.count
        var text = text
        text.withUTF8 { Tokenizer.tokenize($0, SourceRange(0, $0.count), into: &tokens) }
        return start..<tokens.count
    }

    /// Adds the marks of a role's or agency's text: its bracketed notes, and the text as a whole
    /// when it has no brackets and `whole` says it may be one.
    static func addMarks(of text: String, whole: Bool, buffer tokens: inout [Token], into result: inout [Range<Int>]) {
        let all = tokenize(text, into: &tokens)
        var depth = 0
        var start = all.lowerBound
        var outside = true
        for index in all {
            let token = tokens[index]
            if token.folded == open {
                if depth == 0 { start = index + 1 }
                depth += 1
                outside = false
            } else if token.folded == close, depth > 0 {
                depth -= 1
                if depth == 0, index > start { result.append(start..<index) }
            } else if depth == 1, token.folded == comma {
                if index > start { result.append(start..<index) }
                start = index + 1
            }
        }
        if whole, outside { result.append(all) }
    }
}
