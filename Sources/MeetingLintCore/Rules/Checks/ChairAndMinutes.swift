/// `chair-and-minutes`: who chaired and who took the minutes is recorded.
struct ChairAndMinutes: BuiltInCheck {
    static let id = "chair-and-minutes"

    static let chairNotes = PhraseSet(["chair", "chairing", "chaired", "chairperson", "chair person", "facilitator", "facilitating", "chaired the meeting"])
    static let minuteNotes = PhraseSet(["minutes", "minute taker", "minute-taker", "minuting", "note taker", "note-taker", "notes", "taking minutes", "recorder", "recording"])

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        let placeholders = context.vocabulary.placeholders
        let people = meeting.attendees
        func noted(_ phrases: PhraseSet) -> Bool {
            people.contains { person in
                let described = ([person.role].compactMap { $0 } + person.notes).joined(separator: " ; ")
                return phrases.firstMatch(in: Tokenizer.tokens(of: described)[...]) != nil
            }
        }
        let chair = meeting.meaningfulValue(.chair, placeholders: placeholders) != nil || noted(ChairAndMinutes.chairNotes)
        let minutes = meeting.meaningfulValue(.minuteTaker, placeholders: placeholders) != nil || noted(ChairAndMinutes.minuteNotes)
        switch (chair, minutes) {
        case (true, true): return []
        case (false, false): return [.missing("The record does not say who chaired the meeting or who took the minutes.")]
        case (false, true): return [.missing("The record does not say who chaired the meeting.")]
        case (true, false): return [.missing("The record does not say who took the minutes.")]
        }
    }
}
