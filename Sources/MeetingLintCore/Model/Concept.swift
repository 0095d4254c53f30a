/// What a section of a record is about, whatever its heading says (SPEC 2.2).
///
/// The headings that mean each concept are data: `Rules/vocabulary/headings.md`.
public enum Concept: String, Sendable, CaseIterable, Hashable {
    case attendance
    case apologies
    case purpose
    case childVoice = "child-voice"
    case familyViews = "family-views"
    case previousActions = "previous-actions"
    case updates
    case strengths
    case risks
    case needs
    case actions
    case contingency
    case nextMeeting = "next-meeting"
    case leadProfessional = "lead-professional"
    case informationSharing = "information-sharing"
    case distribution
    case siblings
    case safeguarding
    case familyFeedback = "family-feedback"
    case familyInformed = "family-informed"
    case decisions
    case glossary
    case meetingDetails = "meeting-details"
    case familyGroupConference = "family-group-conference"

    /// The concept's position in `allCases`, for tables indexed by concept.
    var ordinal: Int {
        switch self {
        case .attendance: 0
        case .apologies: 1
        case .purpose: 2
        case .childVoice: 3
        case .familyViews: 4
        case .previousActions: 5
        case .updates: 6
        case .strengths: 7
        case .risks: 8
        case .needs: 9
        case .actions: 10
        case .contingency: 11
        case .nextMeeting: 12
        case .leadProfessional: 13
        case .informationSharing: 14
        case .distribution: 15
        case .siblings: 16
        case .safeguarding: 17
        case .familyFeedback: 18
        case .familyInformed: 19
        case .decisions: 20
        case .glossary: 21
        case .meetingDetails: 22
        case .familyGroupConference: 23
        }
    }
}

/// A metadata field's canonical key (SPEC 2.1); the aliases are `Rules/vocabulary/fields.md`.
public enum FieldKey: String, Sendable, CaseIterable, Hashable {
    case title
    case type
    case date
    case time
    case venue
    case child
    case chair
    case minuteTaker = "minute-taker"
    case leadProfessional = "lead-professional"
    case convenedBy = "convened-by"
    case previousMeeting = "previous-meeting"
    case nextMeeting = "next-meeting"
    case circulated
}

/// A part of an action (SPEC 2.4); the names are `Rules/vocabulary/actions.md`.
public enum ActionPart: String, Sendable, CaseIterable, Hashable {
    case what
    case owner
    case due
    case measure
    case status
}

/// A column of an attendance table (SPEC 2.3).
public enum PersonColumn: String, Sendable, CaseIterable, Hashable {
    case name
    case role
    case agency
    case contact
    case attended
}
