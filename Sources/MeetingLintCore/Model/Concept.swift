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

/// A set of concepts, one bit a concept (`Concept.ordinal`): a section's concepts and context
/// are a word each, copied and compared without an array to retain, release or search.
public struct ConceptSet: Sendable, Hashable, Sequence, ExpressibleByArrayLiteral {
    /// One bit a concept, bit `ordinal` for each concept in the set.
    public private(set) var bits: UInt32

    /// The empty set.
    public init() { bits = 0 }

    /// The set of these concepts.
    public init(arrayLiteral concepts: Concept...) { self.init(concepts) }

    /// The set of these concepts.
    public init(_ concepts: [Concept]) {
        bits = 0
        // By index: iterating the array would retain it.
        for index in concepts.indices { insert(concepts[index]) }
    }

    /// The set whose bits are `bits` (as `bits` gives them).
    @inline(__always)
    init(bits: UInt32) { self.bits = bits }

    /// A concept's bit.
    @inline(__always)
    static func bit(_ concept: Concept) -> UInt32 { 1 << UInt32(concept.ordinal) }

    /// Whether the set holds no concept.
    public var isEmpty: Bool { bits == 0 }

    /// How many concepts the set holds.
    public var count: Int { bits.nonzeroBitCount }

    /// Whether the set holds `concept`.
    @inline(__always)
    public func contains(_ concept: Concept) -> Bool { bits & ConceptSet.bit(concept) != 0 }

    /// Adds `concept`.
    public mutating func insert(_ concept: Concept) { bits |= ConceptSet.bit(concept) }

    /// The concepts in `allCases` order, for the set's iterator.
    static let byOrdinal = Concept.allCases

    /// The concepts in the set, in `Concept.allCases` order.
    public struct Iterator: IteratorProtocol {
        var remaining: UInt32

        public mutating func next() -> Concept? {
            guard remaining != 0 else { return nil }
            let ordinal = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            return ConceptSet.byOrdinal[ordinal]
        }
    }

    public func makeIterator() -> Iterator { Iterator(remaining: bits) }
}
