/// A rule's document in `Rules/`: the single source of its metadata (id, default severity,
/// profiles, parameters, guidance) and of the examples the test suite runs.
public struct RuleDocument: Sendable {
    /// An example record from the document, with the positions its markers (`↓`) point at.
    public struct Example: Sendable {
        /// The record, markers removed.
        public var text: String
        /// The 1-based (line, code-point column) each marker points at, in order.
        public var expected: [SourceLocation]
        /// The line in the rule document where the example's body starts.
        public var documentLine: Int
    }

    /// The marker that shows where an example's finding points.
    public static let marker: Character = "↓"

    /// The rule id.
    public var id: String
    /// The default severity.
    public var severity: Severity
    /// The profiles the rule applies to; empty means all.
    public var profiles: [String]
    /// One line: what the rule checks.
    public var summary: String
    /// Which guidance asks for it, by short name and section.
    public var guidance: String
    /// How to fix a finding, in one line.
    public var help: String
    /// Parameter defaults, by name.
    public var parameters: [String: String]
    /// Examples that must trigger the rule at their markers (read from the document when asked
    /// for: the tests and `explain` need them, checking records does not).
    public var triggering: [Example] {
        (DataDocument(path: path, text: text).section("Examples that trigger")?.codeBlocks ?? []).map(RuleDocument.example)
    }
    /// Examples that must not trigger the rule.
    public var passing: [Example] {
        (DataDocument(path: path, text: text).section("Examples that pass")?.codeBlocks ?? []).map(RuleDocument.example)
    }
    /// The document as written.
    public var text: String
    /// Where it came from.
    public var path: String
    /// The declarative check of a rule pack's rule, if it has one (`check:` in front matter).
    public var declarative: [String: String]

    /// Reads a rule document; nil if it is not one (no `id`, or `kind` other than `rule`).
    public init?(document: DataDocument) {
        self.init(path: document.path, text: document.text, outline: DataOutline(text: document.text))
    }

    /// Reads a rule document from its quick outline; the examples are read when asked for.
    init?(path: String, text: String, outline: DataOutline) {
        let kind = outline.field("kind") ?? "rule"
        guard kind == "rule", let id = outline.field("id") else { return nil }
        self.id = id
        severity = outline.field("severity").flatMap(Severity.init(rawValue:)) ?? .warning
        let profileList = outline.field("profiles") ?? "all"
        profiles = profileList == "all" ? [] : profileList.split(separator: ",").map { String($0).trimmingSpaces }
        summary = outline.field("summary") ?? ""
        guidance = outline.field("guidance") ?? ""
        help = outline.field("help") ?? ""
        var parameters: [String: String] = [:]
        for item in outline.items("Parameters") ?? [] {
            if let (key, value) = Profile.pair(item) { parameters[key] = value }
        }
        self.parameters = parameters
        self.text = text
        self.path = path
        var declarative: [String: String] = [:]
        for (key, value) in outline.fields where key.hasPrefix("check") || ["concept", "heading", "field", "phrase", "replacement", "section", "from", "to", "within", "message"].contains(key) {
            declarative[key] = value
        }
        self.declarative = declarative
    }

    /// Whether the rule applies to a profile.
    public func applies(to profile: String) -> Bool { profiles.isEmpty || profiles.contains(profile) }

    /// Removes the markers from an example and notes where they pointed.
    static func example(_ block: (info: String, body: String, line: Int)) -> Example {
        var expected: [SourceLocation] = []
        var text = ""
        var line = 1
        var column = 1
        for character in block.body {
            if character == marker {
                expected.append(SourceLocation(line: line, column: column))
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return Example(text: text, expected: expected, documentLine: block.line)
    }
}
