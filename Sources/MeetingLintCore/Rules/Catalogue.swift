/// Everything `Rules/` holds, read once: rule documents, profiles and vocabulary.
public struct Catalogue: Sendable {
    /// Rule documents by id.
    public private(set) var rules: [String: RuleDocument]
    /// Profiles by id.
    public private(set) var profiles: [String: Profile]
    /// The vocabulary.
    public private(set) var vocabulary: Vocabulary
    /// Every document read, as (path inside `Rules/`, text).
    public private(set) var files: [(path: String, text: String)]

    /// The catalogue the binary carries.
    public static let builtIn = Catalogue(files: EmbeddedRules.documents.map { ($0.path, $0.text) })

    /// Reads documents given as (path inside `Rules/`, text).
    public init(files: [(path: String, text: String)]) {
        self.files = files
        var rules: [String: RuleDocument] = [:]
        var profiles: [String: Profile] = [:]
        var vocabularies: [(path: String, outline: DataOutline)] = []
        for file in files {
            let outline = DataOutline(text: file.text)
            switch outline.field("kind") ?? "rule" {
            case "vocabulary":
                vocabularies.append((file.path, outline))
            case "profile":
                if let profile = Profile(path: file.path, text: file.text, outline: outline) { profiles[profile.id] = profile }
            default:
                if let rule = RuleDocument(path: file.path, text: file.text, outline: outline) { rules[rule.id] = rule }
            }
        }
        self.rules = rules
        self.profiles = profiles
        vocabulary = Vocabulary(outlines: vocabularies)
    }

    /// Adds a rule pack's documents: its rules, profiles and vocabulary entries.
    public func adding(files: [(path: String, text: String)]) -> Catalogue {
        var combined = self.files
        combined.append(contentsOf: files)
        return Catalogue(files: combined)
    }

    /// Rule ids in order.
    public var ruleIDs: [String] { rules.keys.sorted() }

    /// The profiles in a stable order.
    public var orderedProfiles: [Profile] { profiles.values.sorted { $0.id < $1.id } }
}
