/// The records `meetinglint new` prints: a profile's blank template or its filled example, both
/// kept in the profile's document.
enum Templates {
    static func record(for profile: Profile, catalogue: Catalogue, example: Bool) -> String {
        let fallback = catalogue.profiles["generic"]
        let text = example ? (profile.example ?? fallback?.example) : (profile.template ?? fallback?.template)
        guard var text else { return "---\ntype: \(profile.name) meeting\ndate:\n---\n" }
        if !text.hasSuffix("\n") { text += "\n" }
        return text
    }
}
