/// One rule's check: reads the meeting model and returns findings. It never prints and never
/// reads global state; its wording stays in its own file.
public protocol Check: Sendable {
    /// The rule id, as in its document and in configuration.
    static var id: String { get }
    /// The findings for one record.
    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding]
}

extension Check {
    /// The rule id.
    var id: String { Self.id }
}

/// What a check may read besides the meeting: its parameters and the vocabulary.
public struct CheckContext: Sendable {
    /// The rule's parameters, resolved for the record's profile: configuration, then the
    /// profile's document, then the rule's document.
    public var parameters: [String: String]
    /// The vocabulary.
    public var vocabulary: Vocabulary
    /// The profile that applies.
    public var profile: Profile

    /// A parameter as an interval (`12 weeks`), or nil when it is `none` or missing.
    public func interval(_ name: String) -> Interval? {
        parameters[name].flatMap(Interval.init)
    }

    /// A parameter as a whole number.
    public func integer(_ name: String) -> Int? {
        parameters[name].flatMap { Int($0.trimmingSpaces) }
    }

    /// A parameter as a phrase list: `a, b, c`, or the name of a vocabulary list (`people/vague-owners`).
    public func phrases(_ name: String) -> PhraseSet {
        guard let value = parameters[name] else { return PhraseSet([]) }
        if vocabulary.lists[value] != nil { return PhraseSet(vocabulary.list(value)) }
        return PhraseSet(value.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty })
    }
}
