/// Everything `Rules/` holds, read once: rule documents, profiles and vocabulary.
public struct Catalogue: Sendable {
    /// Rule documents by id.
    public private(set) var rules: [String: RuleDocument]
    /// Profiles by id.
    public private(set) var profiles: [String: Profile]
    /// The vocabulary.
    public private(set) var vocabulary: Vocabulary
    /// Every document read, for `explain` and tests.
    public private(set) var documents: [DataDocument]

    /// The catalogue the binary carries.
    public static let builtIn = Catalogue(files: EmbeddedRules.documents.map { ($0.path, $0.text) })

    /// Reads documents given as (path inside `Rules/`, text).
    public init(files: [(path: String, text: String)]) {
        let documents = files.map { DataDocument(path: $0.path, text: $0.text) }
        self.documents = documents
        var rules: [String: RuleDocument] = [:]
        var profiles: [String: Profile] = [:]
        for document in documents {
            if let profile = Profile(document: document) {
                profiles[profile.id] = profile
            } else if let rule = RuleDocument(document: document) {
                rules[rule.id] = rule
            }
        }
        self.rules = rules
        self.profiles = profiles
        vocabulary = Vocabulary(documents: documents)
    }

    /// Adds a rule pack's documents: its rules, profiles and vocabulary entries.
    public func adding(files: [(path: String, text: String)]) -> Catalogue {
        var combined = documents.map { ($0.path, $0.text) }
        combined.append(contentsOf: files)
        return Catalogue(files: combined)
    }

    /// Rule ids in order.
    public var ruleIDs: [String] { rules.keys.sorted() }

    /// The profiles in a stable order.
    public var orderedProfiles: [Profile] { profiles.values.sorted { $0.id < $1.id } }
}
