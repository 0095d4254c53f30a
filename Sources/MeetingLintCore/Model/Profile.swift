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
    /// The document's text (the template and example are read from it when asked for).
    public var text: String
    /// Where it came from.
    public var path: String

    /// A blank record for this meeting type, with prompts (`meetinglint new`).
    public var template: String? { DataDocument(path: path, text: text).section("Template")?.codeBlocks.first?.body }
    /// A filled, realistic record that passes clean (`meetinglint new --example`).
    public var example: String? { DataDocument(path: path, text: text).section("Example")?.codeBlocks.first?.body }

    /// Reads a profile document.
    public init?(document: DataDocument) {
        self.init(path: document.path, text: document.text, outline: DataOutline(text: document.text))
    }

    init?(path: String, text: String, outline: DataOutline) {
        guard outline.field("kind") == "profile", let id = outline.field("id") else { return nil }
        self.id = id
        self.path = path
        self.text = text
        name = outline.field("name") ?? id
        matches = outline.items("Matches") ?? []
        var parameters: [String: String] = [:]
        for item in outline.items("Parameters") ?? [] {
            if let (key, value) = Profile.pair(item) { parameters[key] = value }
        }
        self.parameters = parameters
        var severities: [String: Severity?] = [:]
        for item in outline.items("Rules") ?? [] {
            if let (rule, value) = Profile.pair(item) {
                severities[rule] = value == "off" ? .some(nil) : Severity(rawValue: value).map { .some($0) } ?? .none
            }
        }
        self.severities = severities
    }

    /// `` `review-within`: `12 weeks` — note `` → (`review-within`, `12 weeks`).
    static func pair(_ item: String) -> (String, String)? {
        var text = item
        for separator in [" — ", " -- "] {
            if let range = text.firstWholeRange(of: separator) { text = String(text[..<range.lowerBound]) }
        }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = String(text[..<colon]).replacingBackticks.trimmingSpaces
        let value = String(text[text.index(after: colon)...]).replacingBackticks.trimmingSpaces
        guard !key.isEmpty else { return nil }
        return (key, value)
    }
}

extension String {
    /// The string without backticks. (Most have none, told from the bytes without walking the
    /// characters.)
    var replacingBackticks: String {
        guard utf8.contains(UInt8(ascii: "`")) else { return self }
        return filter { $0 != "`" }
    }
}
