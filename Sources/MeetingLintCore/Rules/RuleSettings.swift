/// How a run turns rules on and off and sets their parameters: configuration (SPEC 7) with the
/// command line's overrides on top.
public struct RuleSettings: Sendable {
    /// Severities set by configuration's `[rules]` (nil: off).
    public var configured: [String: Severity?] = [:]
    /// Severities set on the command line (`--severity`, `--enable`, `--disable`); they win.
    public var commandLine: [String: Severity?] = [:]
    /// Rules turned on by `--enable` at their default severity.
    public var enabled: Set<String> = []
    /// Parameters by profile id, from configuration's `[profile NAME]` sections.
    public var profileParameters: [String: [String: String]] = [:]
    /// The profile every record gets (`--profile`), whatever its type says.
    public var profileOverride: String?
    /// The profile for a record whose type matches none.
    public var defaultProfile = "generic"
    /// How numeric dates are ordered.
    public var dateOrder: DateOrder = .dmy
    /// Bank holidays for working-day arithmetic.
    public var holidays: Set<Day> = []

    /// Default settings: every rule as its document and profile say.
    public init() {}

    /// The severity a rule has for a profile, or nil when it is off.
    func severity(of rule: RuleDocument, in profile: Profile) -> Severity? {
        if let set = commandLine[rule.id] { return set }
        if enabled.contains(rule.id) {
            // `--enable` turns a rule on at the most specific severity anything set, or its default.
            return (configured[rule.id] ?? nil) ?? (profile.severities[rule.id] ?? nil) ?? rule.severity
        }
        guard rule.applies(to: profile.id) else { return nil }
        if let set = configured[rule.id] { return set }
        if let set = profile.severities[rule.id] { return set }
        return rule.severity
    }

    /// A rule's parameters for a profile: configuration, then the profile, then the rule's defaults.
    func parameters(of rule: RuleDocument, in profile: Profile) -> [String: String] {
        var result = rule.parameters
        for (key, value) in profile.parameters where rule.parameters[key] != nil { result[key] = value }
        for (key, value) in profileParameters[profile.id] ?? [:] where rule.parameters[key] != nil { result[key] = value }
        return result
    }
}
