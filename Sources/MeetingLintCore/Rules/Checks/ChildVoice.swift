/// `child-voice`: the child's views, wishes and feelings are recorded with substance, and when
/// the child was not there, the record says how their views were gathered or who spoke for them.
struct ChildVoice: BuiltInCheck {
    static let id = "child-voice"

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        // The sections read in place by index (`sections(_:)` would make an array of copies).
        let indexes = meeting.sectionIndexes(.childVoice)
        guard let firstIndex = indexes.first else {
            // A baby, unborn or not, or a child under three: their lived experience, not their words.
            if meeting.childrenTooYoungToBeTold {
                return [.missing(
                    "The record does not say what life is like for the baby or young child, or what was seen of them.",
                    help: "Add a 'Lived experience' or 'Observations of the child' section: their day and their care, how they looked and responded, and who saw this and when.")]
            }
            return [.missing("The record does not say what the child thinks, feels or wants.")]
        }
        let substantial = indexes.filter { meeting.sections[$0].substance == .present }
        guard !substantial.isEmpty else {
            let first = meeting.sections[firstIndex]
            let placeholder = first.substance == .placeholder
            let words = meeting.contentTokens(of: first)
            let written = words.first.flatMap { start in words.last.map { meeting.text(SourceRange(start.range.start, $0.range.end)) } } ?? ""
            return [Finding(
                first.headingRange,
                placeholder
                    ? "The child's views section only says \(quote(written)): it does not record what the child thinks, feels or wants."
                    : "The child's views section is empty: it does not record what the child thinks, feels or wants.",
                redacted: placeholder
                    ? "The child's views section only holds a placeholder: it does not record what the child thinks, feels or wants."
                    : "The child's views section is empty: it does not record what the child thinks, feels or wants.")]
        }
        // The child was not at the meeting: someone must have gathered or carried their views
        // (unless the child is not yet born).
        guard meeting.hasAttendanceList, !meeting.childAttended, !meeting.childUnborn else { return [] }
        let gathered = substantial.contains { section in
            context.vocabulary.gatheringViews.firstMatch(in: meeting.contentTokens(of: meeting.sections[section])) != nil
        } || substantial.contains { section in
            // The heading may say it (`Observations by his key person`); read only when the
            // content does not, so its tokens are made for few records.
            context.vocabulary.gatheringViews.firstMatch(in: Tokenizer.tokens(of: meeting.sections[section].title)[...]) != nil
        }
        guard !gathered else { return [] }
        return [Finding(
            meeting.sections[substantial[0]].headingRange,
            "The child did not attend, and this section does not say how their views were gathered or who spoke for them.",
            help: "Say who saw or spoke to the child, when, and how (for example direct work, a drawing, an advocate or Mind of My Own), or who represented their views.")]
    }
}
