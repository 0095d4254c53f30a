/// `family-group-conference`: a professionals' meeting considers a Family Group Conference.
struct FamilyGroupConference: BuiltInCheck {
    static let id = "family-group-conference"

    static let mentions = PhraseSet(["family group conference", "family group conferences", "FGC", "family group meeting", "family network meeting"])

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        if meeting.hasSection(.familyGroupConference) { return [] }
        if meeting.firstMatch(FamilyGroupConference.mentions, includingHeadings: true) != nil { return [] }
        return [.missing("The record does not say whether a Family Group Conference was considered.")]
    }
}
