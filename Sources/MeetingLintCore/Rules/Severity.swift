/// How serious a finding is (SPEC 3).
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    /// Worth a look.
    case note
    /// The record probably does not meet the guidance.
    case warning
    /// The record does not meet the guidance.
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
