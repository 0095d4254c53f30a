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
        // The documents are read in two halves of about the same size, the later half offered to a
        // thread of its own (`Background`: done here if that thread has not begun it by the time
        // the first half is read), and taken in their order after.
        var half = 0
        var bytesLeft = files.reduce(0) { $0 + $1.text.utf8.count } / 2
        while half < files.count, bytesLeft > 0 {
            bytesLeft -= files[half].text.utf8.count
            half += 1
        }
        self.init(files: files, laterFrom: half)
    }

    /// Reads documents; those from index `half` to the end are offered to a thread of their own.
    init(files: [(path: String, text: String)], laterFrom half: Int) {
        self.files = files
        let later = Background { [files, half] in files[half...].map(Catalogue.read) }
        let reads = files[..<half].map(Catalogue.read) + later.result()
        var rules: [String: RuleDocument] = [:]
        var profiles: [String: Profile] = [:]
        var vocabularies: [(path: String, outline: DataOutline)] = []
        for (file, read) in zip(files, reads) {
            switch read {
            case .vocabulary(let outline): vocabularies.append((file.path, outline))
            case .profile(let profile?): profiles[profile.id] = profile
            case .rule(let rule?): rules[rule.id] = rule
            case .profile(nil), .rule(nil): break
            }
        }
        self.rules = rules
        self.profiles = profiles
        vocabulary = Vocabulary(outlines: vocabularies)
    }

    /// One document, read: a vocabulary's outline (the vocabularies are read together), a profile
    /// or a rule (nil where the document is not a valid one).
    private enum Read {
        case vocabulary(DataOutline)
        case profile(Profile?)
        case rule(RuleDocument?)
    }

    private static func read(_ file: (path: String, text: String)) -> Read {
        let outline = DataOutline(text: file.text)
        switch outline.field("kind") ?? "rule" {
        case "vocabulary": return .vocabulary(outline)
        case "profile": return .profile(Profile(path: file.path, text: file.text, outline: outline))
        default: return .rule(RuleDocument(path: file.path, text: file.text, outline: outline))
        }
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
