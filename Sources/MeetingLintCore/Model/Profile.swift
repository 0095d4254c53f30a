/// A meeting type: which rules apply, at what severity, with what parameters (SPEC 4).
///
/// Profiles are documents in `Rules/profiles/`.
public struct Profile: Sendable {
    /// The profile's id: `tac`, `cin`, `core-group`, `professionals`, `generic`.
    public var id: String
    /// Its name as practitioners say it: `Team Around the Child`.
    public var name: String
    /// The meeting types it matches, as phrases found anywhere in a record's `type`.
    public var matches: [String]
    /// Parameter values for rules, by parameter name (`review-within` → `12 weeks`).
    public var parameters: [String: String]
    /// Rule severities set by the profile (`nil` turns the rule off).
    public var severities: [String: Severity?]
    /// A blank record for this meeting type, with prompts (`meetinglint new`).
    public var template: String?
    /// A filled, realistic record that passes clean (`meetinglint new --example`).
    public var example: String?

    /// Reads a profile document.
    public init?(document: DataDocument) {
        guard document.field("kind") == "profile", let id = document.field("id") else { return nil }
        self.id = id
        name = document.field("name") ?? id
        matches = document.section("Matches")?.items ?? []
        var parameters: [String: String] = [:]
        for item in document.section("Parameters")?.items ?? [] {
            if let (key, value) = Profile.pair(item) { parameters[key] = value }
        }
        self.parameters = parameters
        var severities: [String: Severity?] = [:]
        for item in document.section("Rules")?.items ?? [] {
            if let (rule, value) = Profile.pair(item) {
                severities[rule] = value == "off" ? .some(nil) : Severity(rawValue: value).map { .some($0) } ?? .none
            }
        }
        self.severities = severities
        template = document.section("Template")?.codeBlocks.first?.body
        example = document.section("Example")?.codeBlocks.first?.body
    }

    /// `` `review-within`: `12 weeks` — note `` → (`review-within`, `12 weeks`).
    static func pair(_ item: String) -> (String, String)? {
        var text = item
        for separator in [" — ", " -- "] {
            if let range = text.range(of: separator) { text = String(text[..<range.lowerBound]) }
        }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = String(text[..<colon]).replacingBackticks.trimmingSpaces
        let value = String(text[text.index(after: colon)...]).replacingBackticks.trimmingSpaces
        guard !key.isEmpty else { return nil }
        return (key, value)
    }
}

extension String {
    /// The string without backticks.
    var replacingBackticks: String { filter { $0 != "`" } }
}
