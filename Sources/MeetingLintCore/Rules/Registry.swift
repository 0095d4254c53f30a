/// Every check the binary has, sorted by rule id. A test keeps it in step with `Rules/`: every
/// document has a check here (or is one of the engine's own rules) and every check a document.
enum Registry {
    static let checks: [any Check] = [
        ActionOwner(),
        ActionTimescale(),
        Apologies(),
        Attendees(),
        ChildVoice(),
        Contingency(),
        DateSanity(),
        MeetingDate(),
        ReviewDate(),
    ]
}
